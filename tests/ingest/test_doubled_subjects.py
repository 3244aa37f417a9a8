"""A verb's second subject, taken from the clause before, goes back to the subjectless verb
of that clause (stray_subject.doubled_subjects, applied by mend.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.stray_subject import doubled_subjects
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, toks

NOM = {"Case": "Nom", "Number": "Sing", "Gender": "Masc"}
SING = {"VerbForm": "Fin", "Number": "Sing", "Gender": "Masc", "Tense": "Past"}
PLUR = {"VerbForm": "Fin", "Number": "Plur", "Tense": "Past"}

# Шольц в среду прилетел в Пекин , который Шольц назвал ...
#  0     1  2     3       4  5    6  7        8     9
WORDS = [
    ("Шольц", "PROPN", NOM),
    ("в", "ADP", {}),
    ("среду", "NOUN", {"Case": "Acc"}),
    ("прилетел", "VERB", SING),
    ("в", "ADP", {}),
    ("Пекин", "PROPN", {"Case": "Acc"}),
    (",", "PUNCT", {}),
    ("который", "PRON", {"Case": "Nom", "Number": "Sing"}),
    ("Шольц", "PROPN", NOM),
    ("назвал", "VERB", SING),
]


@pytest.mark.parametrize(
    ("heads", "rels", "verb_feats", "expect"),
    [
        # «Шольц» and «который» both under «назвал»: «Шольц» goes to «прилетел», with
        # «в среду» between them.
        (
            [9, 2, 9, 5, 5, 3, 9, 9, 9, -1],
            ["nsubj", "case", "obl", "nmod", "case", "obl", "punct", "nsubj", "obj", "root"],
            SING,
            (3, 3),
        ),
        # The verb between them disagrees in number («прилетели»): left.
        (
            [9, 2, 9, 5, 5, 3, 9, 9, 9, -1],
            ["nsubj", "case", "obl", "nmod", "case", "obl", "punct", "nsubj", "obj", "root"],
            PLUR,
            (9, 9),
        ),
        # The verb between them has its subject: left.
        (
            [9, 2, 9, 5, 5, 3, 9, 3, 9, -1],
            ["nsubj", "case", "obl", "nmod", "case", "obl", "punct", "nsubj", "obj", "root"],
            SING,
            (9, 9),
        ),
        # One subject only: left.
        (
            [9, 2, 9, 5, 5, 3, 9, 9, 9, -1],
            ["nsubj", "case", "obl", "nmod", "case", "obl", "punct", "obj", "obj", "root"],
            SING,
            (9, 9),
        ),
    ],
)
def test_doubled_subject(
    heads: list[int], rels: list[str], verb_feats: dict[str, str], expect: tuple[int, int]
) -> None:
    words = list(WORDS)
    words[3] = ("прилетел", "VERB", verb_feats)
    sent = toks(*words)
    hs, rs = list(heads), list(rels)
    doubled_subjects(sent, hs, rs)
    assert (hs[0], hs[2]) == expect


def test_joined_subjects_need_plural_verb() -> None:
    # Шольц и Макрон беседовали : ... Макрон назвал
    sent = toks(
        ("Шольц", "PROPN", NOM),
        ("и", "CCONJ", {}),
        ("Макрон", "PROPN", NOM),
        ("беседовали", "VERB", PLUR),
        (":", "PUNCT", {}),
        ("Макрон", "PROPN", NOM),
        ("назвал", "VERB", SING),
    )
    heads, rels = [6, 2, 0, -1, 6, 6, -1], ["nsubj", "cc", "conj", "root", "punct", "nsubj", "root"]
    doubled_subjects(sent, heads, rels)
    assert heads[0] == 3


def test_accusative_subject_is_none() -> None:
    # Шольц и Макрон беседовали : ... Макрон изложил условия (parsed as «беседовали»'s)
    sent = toks(
        ("Шольц", "PROPN", NOM),
        ("и", "CCONJ", {}),
        ("Макрон", "PROPN", NOM),
        ("беседовали", "VERB", PLUR),
        (":", "PUNCT", {}),
        ("Макрон", "PROPN", NOM),
        ("изложил", "VERB", SING),
        ("условия", "NOUN", {"Case": "Acc", "Number": "Plur"}),
    )
    heads = [6, 2, 0, -1, 6, 6, -1, 3]
    rels = ["nsubj", "cc", "conj", "root", "punct", "nsubj", "root", "nsubj"]
    doubled_subjects(sent, heads, rels)
    assert heads[0] == 3


@pytest.mark.parametrize(
    ("text", "typ", "who"),
    [
        (
            "Шольц и Макрон созванивались и в понедельник, в разгар переговоров: по данным "
            "газеты, в одном из разговоров Макрон предложил Берлину новый план.",
            "call",
            {"olaf-scholz", "emmanuel-macron"},
        ),
        (
            "Ушаков подтвердил, что Путин во вторник, 9 ноября, выступит на пленарной сессии "
            "форума «Российская энергетическая неделя», которая в этом году пройдет в Москве.",
            "statement",
            {"vladimir-putin"},
        ),
    ],
)
def test_doubled_subject_parties(
    pipeline: Pipeline, text: str, typ: str, who: set[str]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2021, 11, 2)))
    assert any(e.type == typ and who <= set(e.actors) for e in facts.events)
