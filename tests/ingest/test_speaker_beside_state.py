"""A speaker named beside states (same_voice.speakers): his words of one day told with
and without the state are one statement; other speakers, other days and reports of states
alone stay apart. Tables of one_voice and identity.same_happening."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity, same_voice
from app.ingest.events.model import DateReading

D = dt.date
NO_KEYS: frozenset[str] = frozenset()
DAY = D(2019, 3, 14)


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «Путин заявил, что Россия не станет отвечать» and «Путин объявил» that day.
        (["vladimir-putin", "russia"], ["vladimir-putin"], True),
        # «Песков подтвердил контакт с американской стороной» and «Песков заявил» that day.
        (["dmitry-peskov", "usa"], ["dmitry-peskov"], True),
        # A body with the states it spoke of and the body alone that day.
        (["white-house", "russia", "usa"], ["white-house"], True),
        # The same states named beside two other speakers: two statements.
        (["dmitry-peskov", "usa"], ["maria-zakharova", "usa"], False),
        # One speaker and two speakers together: not one voice.
        (["dmitry-peskov", "russia"], ["dmitry-peskov", "maria-zakharova"], False),
        # Reports of states alone keep their states: another pair is another statement.
        (["russia", "usa"], ["russia"], False),
        # A state alone is not any person named beside it (that is one_state_voice's).
        (["dmitry-peskov", "russia"], ["usa"], False),
    ],
)
def test_speaker_beside_states_is_one_voice(a: list[str], b: list[str], same: bool) -> None:
    assert same_voice.one_voice("statement", a, day(DAY), "statement", b, day(DAY)) is same
    assert same_voice.one_voice("statement", b, day(DAY), "statement", a, day(DAY)) is same
    got = identity.same_happening(
        "statement", a, day(DAY), NO_KEYS, "statement", b, day(DAY), NO_KEYS
    )
    assert got is same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another day is another statement, with or without the state.
        (["vladimir-putin", "russia"], ["vladimir-putin"]),
        (["dmitry-peskov", "usa"], ["dmitry-peskov"]),
    ],
)
def test_another_day_stays_apart(a: list[str], b: list[str]) -> None:
    other = day(DAY + dt.timedelta(days=1))
    assert not same_voice.one_voice("statement", a, day(DAY), "statement", b, other)


def test_speakers_keeps_states_alone() -> None:
    assert same_voice.speakers(frozenset({"russia", "usa"})) == {"russia", "usa"}
    assert same_voice.speakers(frozenset({"sergey-lavrov", "usa"})) == {"sergey-lavrov"}


def test_interviews_keep_their_states() -> None:
    # An interview is its own occasion: one beside a state and one without stay apart.
    a, b = ["vladimir-putin", "russia"], ["vladimir-putin"]
    assert not same_voice.one_voice("interview", a, day(DAY), "interview", b, day(DAY))
