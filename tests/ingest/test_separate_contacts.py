"""A contact told as held apart («отдельная беседа», «отдельно встретился») is not the bigger
contact around it (separate_contacts.py): in one article (grouping.py) and across articles
(same_stored.find_same). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.separate_contacts import APART_MARK, told_apart
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

# Text, the contacts (type family folded to one word) expected with their sorted actors.
CASES: list[tuple[str, list[list[str]]]] = [
    # A side talk on the day of a bigger session, told by «отдельную беседу».
    (
        "Министры иностранных дел России, США и Китая Сергей Лавров, Майк Помпео и Ван И в "
        "среду провели в Бангкоке трехстороннюю встречу. Вечером Лавров провел отдельную "
        "беседу с Майком Помпео.",
        [
            ["mike-pompeo", "sergey-lavrov"],
            ["mike-pompeo", "sergey-lavrov", "wang-yi"],
        ],
    ),
    # The adverb on the verb: «отдельно встретился».
    (
        "В четверг в Женеве прошли переговоры Сергея Лаврова, Джона Керри и Кэтрин Эштон. "
        "Перед их началом Керри отдельно встретился с Сергеем Лавровым.",
        [
            ["john-kerry", "sergey-lavrov"],
            ["john-kerry", "ketrin-eshton", "sergey-lavrov"],
        ],
    ),
    # No such word: the two tellings stay one meeting, as before.
    (
        "Министры иностранных дел России, США и Китая Сергей Лавров, Майк Помпео и Ван И в "
        "среду провели в Бангкоке трехстороннюю встречу. Вечером Лавров провел беседу с "
        "Майком Помпео.",
        [["mike-pompeo", "sergey-lavrov", "wang-yi"]],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["noun", "adverb", "plain"])
def test_separate_contacts_table(pipeline: Pipeline, text: str, expected: list[list[str]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 8, 1)))
    got = sorted(sorted(e.actors) for e in facts.events if e.type in ("meeting", "talks", "call"))
    assert got == sorted(expected)


def _state(x: str) -> bool:
    return x in {"russia", "usa", "gcc-state"}


APART = frozenset({APART_MARK, "беседа"})
PLAIN = frozenset({"встреча"})
PAIRS: list[tuple[str, list[str], frozenset[str], str, list[str], frozenset[str], bool]] = [
    # The marked talk lacks a person of the other: apart.
    ("meeting", ["lavrov", "kerry"], APART, "talks", ["lavrov", "kerry", "eshton"], PLAIN, True),
    # ... or a body the other holds.
    ("meeting", ["lavrov", "zayed"], APART, "meeting", ["lavrov", "zayed", "gcc"], PLAIN, True),
    # Only states beyond it: a state may stand for its people.
    ("meeting", ["lavrov", "kerry"], APART, "talks", ["lavrov", "kerry", "russia"], PLAIN, False),
    # The same people: the separate talk told again.
    ("meeting", ["lavrov", "kerry"], APART, "meeting", ["kerry", "lavrov"], PLAIN, False),
    # Both marked, or neither: not this rule's.
    ("meeting", ["lavrov", "kerry"], APART, "meeting", ["lavrov", "kerry", "eshton"], APART, False),
    ("meeting", ["lavrov", "kerry"], PLAIN, "meeting", ["lavrov", "kerry", "eshton"], PLAIN, False),
    # Not a contact: words said at the session are not a talk apart.
    ("statement", ["lavrov"], APART, "meeting", ["lavrov", "kerry", "eshton"], PLAIN, False),
]


@pytest.mark.parametrize(
    ("ta", "aa", "ka", "tb", "ab", "kb", "want"), PAIRS, ids=[f"{i:02d}" for i in range(len(PAIRS))]
)
def test_told_apart(
    ta: str,
    aa: list[str],
    ka: frozenset[str],
    tb: str,
    ab: list[str],
    kb: frozenset[str],
    want: bool,
) -> None:
    assert told_apart(ta, aa, ka, tb, ab, kb, _state, {}) is want
    assert told_apart(tb, ab, kb, ta, aa, ka, _state, {}) is want
