"""«Стороны» told paragraphs after the parties' act (plural_refs.STORY_WORDS), and a fronted
object the parser took for a second subject (fronted_object.py), on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.fronted_object import fronted_objects
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
RU_IN = ["india", "russia"]

CASES: list[tuple[str, D, list[Ev]]] = [
    # «стороны» three paragraphs after the talks, with a one-party statement between: still
    # the two states of the talks; «следующий раунд» is the object of «провести».
    (
        "Россия и Индия 3 апреля провели в Москве переговоры по вопросам безопасности.\n\n"
        "Индийский министр Джайшанкар 2 апреля выступил в Госдуме.\n\n"
        "Вопросы торговли на встрече не поднимались.\n\n"
        "Следующий раунд переговоров стороны договорились провести в Дели в конце мая.",
        D(2025, 4, 5),
        [
            ("talks", "happened", D(2025, 4, 3), D(2025, 4, 3), "day", RU_IN),
            (
                "statement",
                "happened",
                D(2025, 4, 2),
                D(2025, 4, 2),
                "day",
                ["subrahmanyam-jaishankar"],
            ),
            ("talks", "planned", D(2025, 5, 21), D(2025, 5, 31), "part", RU_IN),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_story_sides(pipeline: Pipeline, text: str, published: D, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected


def _tok(text: str, pos: str, **feats: str) -> Token:
    return Token(0, 0, text, text.lower(), pos, dict(feats))


INAN_M = {"Animacy": "Inan", "Case": "Nom", "Gender": "Masc", "Number": "Sing"}
PLUR = {"Case": "Nom", "Number": "Plur"}
FIN_PL = {"Number": "Plur", "VerbForm": "Fin"}
# «Саммит стороны договорились провести»
SUMMIT = [
    _tok("Саммит", "NOUN", **INAN_M),
    _tok("стороны", "NOUN", Animacy="Inan", Gender="Fem", **PLUR),
    _tok("договорились", "VERB", **FIN_PL),
    _tok("провести", "VERB", VerbForm="Inf"),
]
# «Саммит стороны наметили»
NO_INF = [
    _tok("Саммит", "NOUN", **INAN_M),
    _tok("стороны", "NOUN", Animacy="Inan", Gender="Fem", **PLUR),
    _tok("наметили", "VERB", **FIN_PL),
]
# «Саммит прошел»: one subject, nothing to mend.
ONE = [_tok("Саммит", "NOUN", **INAN_M), _tok("прошел", "VERB", Number="Sing", VerbForm="Fin")]
# «Президент стороны договорились»: an animate noun is not a fronted object.
ANIMATE = [
    _tok("Президент", "NOUN", Animacy="Anim", Case="Nom", Gender="Masc", Number="Sing"),
    _tok("стороны", "NOUN", Animacy="Inan", Gender="Fem", **PLUR),
    _tok("договорились", "VERB", **FIN_PL),
]

PARSES = [
    (SUMMIT, [2, 2, -1, 2], ["nsubj", "nsubj", "root", "xcomp"], [3, 2, -1, 2], "obj"),
    (NO_INF, [2, 2, -1], ["nsubj", "nsubj", "root"], [2, 2, -1], "obj"),
    (ONE, [1, -1], ["nsubj", "root"], [1, -1], "nsubj"),
    (ANIMATE, [2, 2, -1], ["nsubj", "nsubj", "root"], [2, 2, -1], "nsubj"),
]


@pytest.mark.parametrize(("toks", "heads", "rels", "want_heads", "want_rel"), PARSES)
def test_fronted_object(
    toks: list[Token], heads: list[int], rels: list[str], want_heads: list[int], want_rel: str
) -> None:
    heads, rels = list(heads), list(rels)
    fronted_objects(toks, heads, rels)
    assert heads == want_heads
    assert rels[0] == want_rel
