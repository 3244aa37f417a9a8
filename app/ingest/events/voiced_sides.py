"""«Белый дом объявил о высылке дипломатов» and «Обама распорядился выслать дипломатов» of
one day: a state's own act (sanctions) named by the state or its body in one report and by
the person who spoke for it that day (a head of state or government, a foreign minister:
state_voice.py) in another is one act. The day must be stated in both, so that the offices
are those held then. Used across articles (identity.same_happening, same_stored).

Not the sides of a joint act («Россия и Турция договорились» and «Путин и Эрдоган
договорились»): read that way, measured on two shares never read by rule writers, it
joined two different happenings of one of them (one event fewer found) for one duplicate
fewer on the set, and was taken out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from app.ingest.events.model import DateReading
from app.ingest.events.state_voice import state_ids, voiced


def day_stated(r: DateReading) -> dt.date | None:
    """The one day a report states."""
    v = r.value
    if r.explicit and v.precision == "day" and v.start is not None and v.start == v.end:
        return v.start
    return None


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
    day = day_stated(date_a)
    if day is None or day != day_stated(date_b):
        return False  # both stated, the same day: the offices are those held then
    la, lb = list(actors_a), list(actors_b)
    for named, people in ((la, lb), (lb, la)):
        states = {(parents or {}).get(x, x) for x in named}
        if len(states) != 1 or not people:
            continue
        (state,) = states
        if state in state_ids() and all(state in voiced(p, day) for p in people):
            return True
    return False
