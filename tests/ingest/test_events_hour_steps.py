"""Two contacts of one day told hour by hour stay two (events/hour_steps.py), on sentences
of our own: a step dated only by «После этого», «Параллельно» or a clock time that lacks a
person the step before names is another happening; one that names as many or more is the
same one retold. Each row: an article, then (type, sorted actor ids, day) of each contact."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates.sequel import told
from app.ingest.events.hour_steps import steps_apart
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUB = D(2025, 6, 5)

CASES: list[tuple[str, list[tuple[str, list[str], dt.date]]]] = [
    # The Kremlin meeting of three, then the ministers' talks «около восьми вечера»: two.
    (
        "4 июня Путин, Лавров и Фидан провели встречу в Кремле. Около восьми вечера "
        "начались переговоры Лаврова и Фидана.",
        [
            ("meeting", ["hakan-fidan", "sergey-lavrov", "vladimir-putin"], D(2025, 6, 4)),
            ("talks", ["hakan-fidan", "sergey-lavrov"], D(2025, 6, 4)),
        ],
    ),
    (
        "Во вторник Путин принял в Кремле Лаврова и Фидана. После этого Лавров и Фидан "
        "провели переговоры в особняке МИД.",
        [
            ("meeting", ["hakan-fidan", "sergey-lavrov", "vladimir-putin"], D(2025, 6, 3)),
            ("talks", ["hakan-fidan", "sergey-lavrov"], D(2025, 6, 3)),
        ],
    ),
    # A body naming one person more than its lead, at a clock time: one meeting.
    (
        "4 июня Путин встретился с Фиданом. В 17:00 начались переговоры Путина, Фидана "
        "и Лаврова.",
        [("meeting", ["hakan-fidan", "sergey-lavrov", "vladimir-putin"], D(2025, 6, 4))],
    ),
    # The same two people's talks and their end at a clock time: one.
    (
        "4 июня Лавров провёл переговоры с Фиданом. В 15:30 переговоры Лаврова и Фидана "
        "завершились.",
        [("talks", ["hakan-fidan", "sergey-lavrov"], D(2025, 6, 4))],
    ),
]

CONTACTS = {"meeting", "talks", "call", "visit"}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hour_steps_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [
        (e.type, sorted(e.actors), e.date.value.start)
        for e in facts.events
        if e.type in CONTACTS
    ]
    assert got == expected


# (words of a date, told hours from the happening before)
TOLD = [
    ("Параллельно", True),
    ("около девяти вечера", True),
    ("В 17:00", True),
    ("После этого", True),
    ("Через несколько часов", True),
    ("вчера", False),
    ("4 июня", False),
    ("Во вторник", False),
    (None, False),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_told(text: str | None, expected: bool) -> None:
    assert told(text) is expected


PEOPLE = {"putin", "lavrov", "fidan", "kerry"}
STATES = {"russia", "usa", "turkey", "qatar"}

# (type a, actors a, date words a, type b, actors b, date words b, apart)
PAIRS = [
    ("meeting", ["putin", "lavrov", "fidan"], "4 июня", "talks", ["lavrov", "fidan"],
     "Около восьми вечера", True),
    # the step told by hours names a person more: the body of the lead
    ("meeting", ["putin", "fidan"], "4 июня", "meeting", ["putin", "fidan", "lavrov"],
     "В 17:00", False),
    # the step told by hours names one side only: any step of the day
    ("meeting", ["putin", "lavrov", "fidan"], "4 июня", "talks", ["fidan", "turkey"],
     "После этого", False),
    # neither is dated by hours: other rules decide
    ("meeting", ["putin", "lavrov", "fidan"], "4 июня", "talks", ["lavrov", "fidan"],
     "4 июня", False),
    # words are never a step of their own
    ("meeting", ["putin", "lavrov", "fidan"], "4 июня", "statement", ["lavrov", "fidan"],
     "После этого", False),
    # the earlier telling may come second (across articles)
    ("talks", ["lavrov", "kerry"], "Параллельно", "meeting", ["putin", "lavrov", "kerry"],
     "7 мая", True),
    # named by states in one telling: the step told by hours lacks a state of the other
    ("meeting", ["kerry", "turkey", "qatar"], "Параллельно", "meeting",
     ["russia", "usa", "turkey", "qatar"], "9 мая", True),
    # ... and the same states' meeting told again at a clock time
    ("meeting", ["russia", "usa", "turkey"], "В 16:00", "meeting",
     ["russia", "usa", "turkey"], "9 мая", False),
]  # fmt: skip


@pytest.mark.parametrize(("ta", "aa", "da", "tb", "ab", "db", "apart"), PAIRS)
def test_steps_apart(
    ta: str, aa: list[str], da: str, tb: str, ab: list[str], db: str, apart: bool
) -> None:
    assert steps_apart(ta, aa, da, tb, ab, db, PEOPLE.__contains__, STATES.__contains__) is apart
