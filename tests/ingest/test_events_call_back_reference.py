"""A back reference read as a phone call («во время их телефонного разговора») points back
at no meeting or talks held face to face (anaphora._kin): the meeting told before keeps its own
parties. A meeting noun («в ходе беседы») still points back at a call, and contacts of
other kinds at one another. Candidates of our own, as the sentences of a report give them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events.anaphora import antecedent, resolve
from app.ingest.events.grouping import absorb
from app.ingest.events.model import DateReading, EventCandidate

D = dt.date(2025, 3, 12)


def _cand(typ: str, at: int, actors: list[str], refers_back: bool = False) -> EventCandidate:
    return EventCandidate(
        type=typ,
        title="",
        planned=False,
        date=DateReading(DateValue(D, D, "day", "explicit"), text="в среду"),
        sentences=[(at, at + 50)],
        actors=list(actors),
        actor_spans=[],
        refers_back=refers_back,
    )


# (kind told first, kind of the back reference after it, does the reference join it)
KINDS: list[tuple[str, str, bool]] = [
    # «встретился с ... . ... во время их телефонного разговора»: another contact
    ("meeting", "call", False),
    # «провёл телефонный разговор ... . В ходе беседы ...»: the call told
    ("call", "meeting", True),
    ("call", "call", True),
    ("talks", "call", False),  # talks by telephone are read as a call
    ("meeting", "talks", True),
    ("meeting", "meeting", True),
]


@pytest.mark.parametrize(("told", "ref", "want"), KINDS, ids=[f"{a}<-{b}" for a, b, _ in KINDS])
def test_back_reference_kinds(told: str, ref: str, want: bool) -> None:
    groups = [_cand(told, 0, ["sergey-lavrov", "uilyam-ruto"])]
    back = _cand(ref, 100, ["antonio-guterres"], refers_back=True)
    assert (antecedent(groups, back) is groups[0]) is want


def test_call_keeps_out_of_meeting() -> None:
    # The call's one named side is no party to the meeting told before; with no call
    # told, a reference naming one side is no happening of its own.
    groups = [_cand("meeting", 0, ["sergey-lavrov", "uilyam-ruto"])]
    back = _cand("call", 100, ["antonio-guterres"], refers_back=True)
    assert resolve(groups, back, absorb) is None
    assert groups[0].actors == ["sergey-lavrov", "uilyam-ruto"]
