"""Date filters read bounded index ranges (queries._branches) and still match exactly the
events whose interval overlaps [from, to], on both backends.

Each case is checked against a brute-force overlap over every event: the page contents
(paged through with a small limit, so pages cross the ranges), the total and the histogram.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from app.db import derived, queries
from app.db.models import Actor, DateSpan, Event

D = dt.date

# id: (start, end, precision, actors)
EVENTS: dict[str, tuple[dt.date | None, dt.date | None, str, list[str]]] = {
    "day-in": (D(2025, 3, 10), D(2025, 3, 10), "day", ["a", "b"]),
    "day-before": (D(2025, 2, 27), D(2025, 2, 27), "day", ["a"]),
    "day-after": (D(2025, 4, 2), D(2025, 4, 2), "day", ["a", "b"]),
    "month-reaching-in": (D(2025, 2, 1), D(2025, 2, 28), "month", ["a"]),
    "year-reaching-in": (D(2024, 12, 1), D(2025, 11, 30), "part", ["a", "b"]),
    # Starts long before any `from` below and still overlaps it.
    "decade-range": (D(2014, 1, 1), D(2025, 12, 31), "range", ["a", "b"]),
    "year-over": (D(2024, 1, 1), D(2024, 12, 31), "year", ["b"]),
    # Null start: «ранее» in an article of 2026-01-10 overlaps every range up to that day.
    "before-late": (None, D(2026, 1, 10), "before", ["a", "b"]),
    "before-early": (None, D(2025, 1, 5), "before", ["a"]),
    # Null end: after a day long ago, open-ended.
    "after-open": (D(2016, 5, 1), None, "after", ["a", "b"]),
    "after-closed": (D(2025, 1, 20), D(2025, 2, 10), "after", ["b"]),
    "after-late": (D(2025, 5, 1), None, "after", ["a"]),
    "undated": (None, None, "unknown", ["a", "b"]),
}

FILTERS: list[tuple[dt.date | None, dt.date | None]] = [
    (D(2025, 3, 1), D(2025, 3, 31)),
    (D(2025, 3, 1), None),
    (None, D(2025, 3, 31)),
    (D(2025, 1, 1), D(2025, 1, 1)),
    (D(2016, 1, 1), D(2016, 12, 31)),
    (D(2026, 1, 10), D(2026, 2, 1)),
    (D(2026, 1, 11), None),
    (None, D(2014, 1, 1)),
    (D(1990, 1, 1), D(1990, 1, 1)),
]
ACTOR_SETS: list[tuple[str, ...]] = [(), ("a",), ("b",), ("a", "b")]


def _fill(session: Session, without: frozenset[str] = frozenset()) -> None:
    for actor in ("a", "b"):
        session.add(Actor(id=actor, name=actor, name_ru=actor, kind="person"))
    session.flush()
    for eid, (start, end, precision, actors) in EVENTS.items():
        if eid in without:
            continue
        sort_date, rank = derived.sort_key(start, end, precision)
        ev = Event(
            id=eid,
            title=eid,
            type="meeting",
            planned=False,
            date_start=start,
            date_end=end,
            date_precision=precision,
            date_text=None,
            date_how="explicit",
            sort_date=sort_date,
            precision_rank=rank,
            sources_count=0,
            disagreement=[],
            signature="",
        )
        session.add(ev)
        session.flush()
        derived.set_event_actors(session, ev, actors)
    derived.recount_actors(session, ["a", "b"])
    derived.recount_months(session, [derived.month_key(e.sort_date) for e in _all(session)])
    session.commit()


def _all(session: Session) -> list[Event]:
    return list(session.scalars(select(Event)))


def _expected(session: Session, f: queries.EventFilter) -> list[str]:
    out = []
    for e in _all(session):
        if e.date_start is None and e.date_end is None:
            continue
        if f.date_to is not None and e.date_start is not None and e.date_start > f.date_to:
            continue
        if f.date_from is not None and e.date_end is not None and e.date_end < f.date_from:
            continue
        if any(a not in EVENTS[e.id][3] for a in f.actors):
            continue
        out.append((e.sort_date, e.precision_rank, e.id))
    return [i for _, _, i in sorted(out)]


def _check(session: Session) -> None:
    for (lo, hi), actors in itertools.product(FILTERS, ACTOR_SETS):
        f = queries.EventFilter(actors=actors, date_from=lo, date_to=hi)
        want = _expected(session, f)
        got: list[str] = []
        after = None
        first = queries.list_events(session, f, limit=2)
        page = first
        while True:
            got += [e.id for e in page.events]
            if page.next is None:
                break
            after = page.next
            page = queries.list_events(session, f, limit=2, after=after, with_total=False)
        assert got == want, (lo, hi, actors)
        assert first.total == len(want), (lo, hi, actors)
        hist = queries.month_histogram(session, f)
        assert sum(n for _, n in hist) == len(want), (lo, hi, actors)


@pytest.mark.parametrize("without", [frozenset(), frozenset({"after-closed"})])
def test_bounded_date_filters_match_overlap_exactly(
    any_engine: Engine, without: frozenset[str]
) -> None:
    """Without "after-closed", rank 5 holds open-start and open-end events only, so the
    range after `to` is counted from the index alone; with it, the events are read."""
    with Session(any_engine) as session:
        _fill(session, without)
        spans = {(s.kind, s.precision_rank): s.max_days for s in session.scalars(select(DateSpan))}
        # Kept by the triggers of migration 0002, from the events alone.
        assert spans[("closed", 1)] == (D(2025, 12, 31) - D(2014, 1, 1)).days
        assert ("open_start", 5) in spans and ("open_end", 5) in spans
        assert (("closed", 5) in spans) == (not without)
        _check(session)


def test_span_bound_follows_updates(any_engine: Engine) -> None:
    """Lengthening an interval after the fact (a re-ingest) raises the bound with it."""
    with Session(any_engine) as session:
        _fill(session)
        session.execute(
            update(Event).where(Event.id == "day-before").values(date_end=D(2025, 3, 5))
        )
        session.commit()
        EVENTS["day-before"] = (D(2025, 2, 27), D(2025, 3, 5), "day", ["a"])
        try:
            f = queries.EventFilter(date_from=D(2025, 3, 1), date_to=D(2025, 3, 2))
            ids = [e.id for e in queries.list_events(session, f, limit=50).events]
            assert "day-before" in ids
            _check(session)
        finally:
            EVENTS["day-before"] = (D(2025, 2, 27), D(2025, 2, 27), "day", ["a"])


@pytest.mark.parametrize("limit", [1, 3])
def test_pages_cross_branches_in_timeline_order(any_engine: Engine, limit: int) -> None:
    with Session(any_engine) as session:
        _fill(session)
        f = queries.EventFilter(date_from=D(2025, 3, 1), date_to=D(2025, 3, 31))
        seen: list[queries.EventItem] = []
        page = queries.list_events(session, f, limit=limit)
        while True:
            seen += page.events
            if page.next is None:
                break
            page = queries.list_events(session, f, limit=limit, after=page.next)
        positions = [e.position for e in seen]
        assert positions == sorted(positions)
        assert [e.id for e in seen] == _expected(session, f)
