"""An apposition after a dash that the parser hung on the genitive noun before the dash
names the nominative noun above it (dashed_appos.py, applied by mend.py). Sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.dashed_appos import dashed_apposition
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, toks

NOM = {"Case": "Nom", "Number": "Plur"}
GEN = {"Case": "Gen", "Number": "Sing"}
NOM_SG = {"Case": "Nom", "Number": "Sing"}


# «подписали сопредседатели совета — Иванов»
SENT = toks(
    ("подписали", "VERB", {"VerbForm": "Fin"}),
    ("сопредседатели", "NOUN", NOM),
    ("совета", "NOUN", GEN),
    ("—", "PUNCT", {}),
    ("Иванов", "PROPN", NOM_SG),
)


@pytest.mark.parametrize(
    ("heads", "rels", "want"),
    [
        # the subject's people: a subject of the same verb
        ([-1, 0, 1, 4, 2], ["root", "nsubj", "nmod", "punct", "parataxis"], (0, "nsubj")),
        # an object's: an apposition of the object
        ([-1, 0, 1, 4, 2], ["root", "obj", "nmod", "punct", "appos"], (1, "appos")),
        # hung on the subject itself: beside it all the same
        ([-1, 0, 1, 4, 1], ["root", "nsubj", "nmod", "punct", "appos"], (0, "nsubj")),
        # a gap, the word before the dash in another group: left there
        ([-1, 0, 4, 4, 1], ["root", "nsubj", "conj", "punct", "appos"], (1, "appos")),
        # on an object: left there
        ([-1, 0, 1, 4, 1], ["root", "obj", "nmod", "punct", "appos"], (1, "appos")),
    ],
)
def test_dashed_apposition(heads: list[int], rels: list[str], want: tuple[int, str]) -> None:
    h, r = list(heads), list(rels)
    dashed_apposition(SENT, h, r)
    assert (h[4], r[4]) == want


def test_no_dash_no_change() -> None:
    sent = [*SENT[:3], Token(SENT[3].start, SENT[3].end, ",", ",", "PUNCT", {}), SENT[4]]
    h, r = [-1, 0, 1, 4, 2], ["root", "nsubj", "nmod", "punct", "parataxis"]
    dashed_apposition(sent, h, r)
    assert (h[4], r[4]) == (2, "parataxis")


PUBLISHED = dt.date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Меморандум в среду подписали сопредседатели совета — Сергей Лавров и Джон Керри.",
            ["john-kerry", "sergey-lavrov"],
        ),
        (
            "Соглашение во вторник подписали сопредседатели группы — министр Сергей Лавров и "
            "Джон Керри.",
            ["john-kerry", "sergey-lavrov"],
        ),
        (
            "В четверг встретились главы делегаций — Сергей Рябков и Венди Шерман.",
            ["sergey-ryabkov", "vendi-sherman"],
        ),
    ],
)
def test_people_after_the_dash_take_part(pipeline: Pipeline, text: str, want: list[str]) -> None:
    events = pipeline.process(raw_article(text, PUBLISHED)).events
    assert [sorted(e.actors) for e in events] == [want]
