"""«Россия и Турция договорились» and «Путин и Эрдоган договорились» of one day: the
sides of a joint act named as states in one report and by the people who speak for
those states in another (a head of state or government, a foreign minister:
state_voice.py) are the same sides.

Outlets name the parties of an agreement, talks or a meeting at either level: a ministry's
summary gives the states, a wire the leaders or ministers. Without this, the two shared
no actor and made two happenings of one. Only each state of one report counts, and each
must be spoken for on that day by a person the other names (two states at least: Russia
alone, in most of our news, says nothing); the day must be stated, so that the offices
are those held then, and stated by both: a month or a year holds too many acts of
two states. Used across articles (identity.same_happening).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from app.ingest.events.model import DateReading
from app.ingest.events.state_voice import state_ids, voiced

# Acts the parties take together (one party's sanctions or words are its own).
JOINT = frozenset({"agreement", "call", "meeting", "talks", "exchange"})
MIN_STATES = 2


def day_stated(r: DateReading) -> dt.date | None:
    """The one day a report states."""
    v = r.value
    if r.explicit and v.precision == "day" and v.start is not None and v.start == v.end:
        return v.start
    return None


def stated_day(a: DateReading, b: DateReading) -> dt.date | None:
    """The day both reports state (the offices held on it), the first one's when they
    differ: a month or a year holds too many acts of two states to tell which one a
    report of the states' means."""
    day_a, day_b = day_stated(a), day_stated(b)
    return day_a if day_a is not None and day_b is not None else None


def states_named(actors: Iterable[str], parents: Mapping[str, str] | None) -> frozenset[str]:
    """The states a report names, a state's body counting as its state."""
    known = state_ids()
    mapped = {(parents or {}).get(a, a) for a in actors}
    return frozenset(a for a in mapped if a in known)


def voiced_sides(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    parents: Mapping[str, str] | None = None,
) -> bool:
    """The states one report names are each spoken for, on the stated day, by a person
    the other report names."""
    if type_a not in JOINT or type_b not in JOINT:
        return False
    day = stated_day(date_a, date_b)
    if day is None:
        return False
    la, lb = list(actors_a), list(actors_b)
    for states, people in ((states_named(la, parents), lb), (states_named(lb, parents), la)):
        if len(states) < MIN_STATES:
            continue
        spoken = frozenset().union(*(voiced(p, day) for p in people))
        if states <= spoken:
            return True
    return False


# One actor's own acts: a state's and its leader's (or minister's) of one day are one.
OWN = frozenset({"sanctions"})


def state_act(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    parents: Mapping[str, str] | None = None,
) -> bool:
    """«Белый дом объявил о высылке дипломатов» and «Обама распорядился выслать
    дипломатов» of one day: one report names only a state (or its bodies), the other
    only people who spoke for that state that day."""
    if type_a not in OWN or type_b not in OWN:
        return False
    day = stated_day(date_a, date_b)
    if day is None or day != day_stated(date_b):
        return False
    la, lb = list(actors_a), list(actors_b)
    for named, people in ((la, lb), (lb, la)):
        states = {(parents or {}).get(x, x) for x in named}
        if len(states) != 1 or not people:
            continue
        (state,) = states
        if state in state_ids() and all(state in voiced(p, day) for p in people):
            return True
    return False
