"""A subject of the next clause hung on the verb before it is put back on its own verb
(stray_subject.next_clause_subjects, applied by mend.py); on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.stray_subject import next_clause_subjects
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, toks

F = {"Case": "Nom", "Number": "Sing", "Gender": "Fem"}
M = {"Case": "Nom", "Number": "Sing", "Gender": "Masc"}
PAST_F = {"VerbForm": "Fin", "Number": "Sing", "Gender": "Fem", "Tense": "Past"}
PAST_M = {"VerbForm": "Fin", "Number": "Sing", "Gender": "Masc", "Tense": "Past"}
OBL = {"Case": "Loc"}


# Олбрайт приехала в Пекин , а Клинтон выступал в Денвере
SENT = toks(
    ("Олбрайт", "PROPN", F),
    ("приехала", "VERB", PAST_F),
    ("в", "ADP", {}),
    ("Пекин", "PROPN", {"Case": "Acc"}),
    (",", "PUNCT", {}),
    ("а", "CCONJ", {}),
    ("Клинтон", "PROPN", M),
    ("выступал", "VERB", PAST_M),
    ("в", "ADP", {}),
    ("Денвере", "PROPN", OBL),
)


@pytest.mark.parametrize(
    ("heads", "rels", "want"),
    [
        # the first verb's own subject before it, the next clause's subject hung on it too
        (
            [1, -1, 3, 1, 7, 7, 1, -1, 9, 7],
            ["nsubj", "root", "case", "obl", "punct", "cc", "nsubj", "root", "case", "obl"],
            [1, -1, 3, 1, 7, 7, 7, -1, 9, 7],
        ),
        # crosswise: each subject hung on the other clause's verb
        (
            [7, -1, 3, 1, 7, 7, 1, -1, 9, 7],
            ["nsubj", "root", "case", "obl", "punct", "cc", "nsubj", "root", "case", "obl"],
            [1, -1, 3, 1, 7, 7, 7, -1, 9, 7],
        ),
    ],
)
def test_next_clause_subject_goes_to_its_verb(
    heads: list[int], rels: list[str], want: list[int]
) -> None:
    hs, rs = list(heads), list(rels)
    next_clause_subjects(SENT, hs, rs)
    assert hs == want


def test_without_a_comma_nothing_is_mended() -> None:
    # «Олбрайт приехала в Пекин и Клинтон ...»: no clause boundary the grammar marks
    sent = [*SENT[:4], Token(25, 26, "и", "и", "CCONJ", {}), *SENT[5:]]
    heads = [1, -1, 3, 1, 6, 6, 1, -1, 9, 7]
    rels = ["nsubj", "root", "case", "obl", "cc", "cc", "nsubj", "root", "case", "obl"]
    next_clause_subjects(sent, heads, rels)
    assert heads == [1, -1, 3, 1, 6, 6, 1, -1, 9, 7]


def test_a_subject_that_does_not_agree_stays() -> None:
    # «..., а Клинтон выступали»: a plural verb is no verb of one person
    plural = {"VerbForm": "Fin", "Number": "Plur", "Tense": "Past"}
    sent = [*SENT[:7], Token(60, 69, "выступали", "выступать", "VERB", plural), *SENT[8:]]
    heads = [7, -1, 3, 1, 7, 7, 1, -1, 9, 7]
    rels = ["nsubj", "root", "case", "obl", "punct", "cc", "nsubj", "root", "case", "obl"]
    next_clause_subjects(sent, heads, rels)
    assert heads == [7, -1, 3, 1, 7, 7, 1, -1, 9, 7]


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        (
            "Мадлен Олбрайт впервые приехала в Пекин в марте 1997 года, а в июне того же "
            "года Клинтон выступал в Денвере.",
            "visit",
            ["madeleine-albright"],
        ),
        (
            "Министр иностранных дел Евгений Примаков 12 мая назвал расширение НАТО ошибкой, "
            "а постпред Сергей Лавров в конце мая доказывал, что у плана нет оснований.",
            "statement",
            ["yevgeny-primakov"],
        ),
    ],
)
def test_the_first_clause_keeps_its_own_subject(
    pipeline: Pipeline, text: str, kind: str, who: list[str]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2009, 6, 5)))
    events = [e for e in facts.events if e.type == kind]
    assert events, [(e.type, e.actors) for e in facts.events]
    assert sorted(events[0].actors) == sorted(who)
