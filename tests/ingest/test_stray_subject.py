"""A titled subject the parser leaves as a tree of its own is put back on its verb
(stray_subject.py, applied by mend.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.stray_subject import appositive_subjects, stray_subjects
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, toks

M = {"Case": "Nom", "Number": "Sing", "Gender": "Masc"}
PAST_M = {"VerbForm": "Fin", "Number": "Sing", "Gender": "Masc", "Tense": "Past"}
PAST_PL = {"VerbForm": "Fin", "Number": "Plur", "Tense": "Past"}


# посол Норвегии Ольсен во вторник вручил грамоты
SENT = toks(
    ("посол", "NOUN", M),
    ("Норвегии", "PROPN", {"Case": "Gen"}),
    ("Ольсен", "PROPN", M),
    ("во", "ADP", {}),
    ("вторник", "NOUN", {"Case": "Acc"}),
    ("вручил", "VERB", PAST_M),
    ("грамоты", "NOUN", {"Case": "Acc"}),
)


@pytest.mark.parametrize(
    ("heads", "rels", "verb_feats", "subject_head"),
    [
        # The noun's tree and the verb's tree side by side: the noun is the subject.
        (
            [-1, 0, 0, 4, 5, -1, 5],
            ["appos", "nmod", "appos", "case", "obl", "root", "obj"],
            PAST_M,
            5,
        ),
        # The verb has a subject of its own: left as it is.
        (
            [-1, 0, 5, 4, 5, -1, 5],
            ["appos", "nmod", "nsubj", "case", "obl", "root", "obj"],
            PAST_M,
            -1,
        ),
        # The verb does not agree in number: no subject of it.
        (
            [-1, 0, 0, 4, 5, -1, 5],
            ["appos", "nmod", "appos", "case", "obl", "root", "obj"],
            PAST_PL,
            -1,
        ),
        # A word of neither tree between them («во» hangs on the noun, «вторник» on nothing).
        (
            [-1, 0, 0, 4, -1, -1, 5],
            ["appos", "nmod", "appos", "case", "root", "root", "obj"],
            PAST_M,
            -1,
        ),
        # Already the verb's subject.
        (
            [5, 0, 0, 4, 5, -1, 5],
            ["nsubj", "nmod", "appos", "case", "obl", "root", "obj"],
            PAST_M,
            5,
        ),
    ],
)
def test_stray_subject(
    heads: list[int], rels: list[str], verb_feats: dict[str, str], subject_head: int
) -> None:
    sent = [
        *SENT[:5],
        Token(SENT[5].start, SENT[5].end, "вручил", "вручить", "VERB", verb_feats),
        SENT[6],
    ]
    hs, rs = list(heads), list(rels)
    stray_subjects(sent, hs, rs)
    assert hs[0] == subject_head
    if subject_head == 5:
        assert rs[0] == "nsubj"



@pytest.mark.parametrize(
    ("text", "who"),
    [
        # The formal title opening the sentence: the parser's second tree.
        (
            "Чрезвычайный и Полномочный Посол Республики Чили в России Родриго Сото вручил "
            "копии верительных грамот заместителю министра иностранных дел Михаилу Галузину.",
            "rodrigo-soto",
        ),
        (
            "Чрезвычайный и Полномочный Посол Лаосской Народно-Демократической Республики "
            "Сомпхет Линдавонг во вторник вручил копии верительных грамот заместителю министра "
            "иностранных дел России Андрею Руденко.",
            "sompkhet-lindavong",
        ),
    ],
)
def test_titled_subject_takes_part(pipeline: Pipeline, text: str, who: str) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    assert any(who in e.actors for e in facts.events)


# по приглашению президента Ирана Эрдоган прибыл
INVITED = toks(
    ("по", "ADP", {}),
    ("приглашению", "NOUN", {"Case": "Dat", "Number": "Sing"}),
    ("президента", "NOUN", {"Case": "Gen", "Number": "Sing"}),
    ("Ирана", "PROPN", {"Case": "Gen"}),
    ("Эрдоган", "PROPN", M),
    ("прибыл", "VERB", PAST_M),
)


@pytest.mark.parametrize(
    ("heads", "rels", "subject_head"),
    [
        # A nominative name «in apposition» to a dative noun: the verb's subject.
        ([1, 5, 1, 2, 1, -1], ["case", "obl", "nmod", "nmod", "appos", "root"], 5),
        # The verb has a subject already: left as it is.
        ([1, 5, 1, 2, 5, -1], ["case", "obl", "nmod", "nmod", "nsubj", "root"], 5),
        # An apposition in its noun's own case is one («президента ... Эрдогана»).
        ([1, 5, 1, 2, 2, -1], ["case", "obl", "nmod", "nmod", "appos", "root"], 2),
    ],
)
def test_appositive_subject(heads: list[int], rels: list[str], subject_head: int) -> None:
    sent = list(INVITED)
    if subject_head == 2:  # the name in the genitive, as its noun
        e = sent[4]
        sent[4] = Token(e.start, e.end, e.text, e.lemma, e.pos, {**M, "Case": "Gen"})
    hs, rs = list(heads), list(rels)
    appositive_subjects(sent, hs, rs)
    assert hs[4] == subject_head
    if subject_head == 5 and rels[4] == "appos":
        assert rs[4] == "nsubj"


def test_invited_visitor_takes_part(pipeline: Pipeline) -> None:
    text = (
        "По приглашению президента Египта Касым-Жомарт Токаев прибыл в Каир "
        "с официальным визитом."
    )
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    assert [(e.type, e.actors) for e in facts.events] == [("visit", ["kassym-jomart-tokayev"])]


def test_joined_verb_keeps_its_shared_subject(pipeline: Pipeline) -> None:
    # A foreign name partly tagged nominative under «с коллегой» is the partner, not the
    # subject of «провёл», which shares Lavrov with «посетил».
    text = (
        "Сергей Лавров посетил Вьентьян 5 мая 2023 года и тогда провёл переговоры "
        "с коллегой Буй Тхань Соном."
    )
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    assert any(e.type == "talks" and "sergey-lavrov" in e.actors for e in facts.events)
