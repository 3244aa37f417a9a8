"""The SQL-text path of actor and date pages (app/db/queries/fastpath.py) answers exactly
what the general path does: the same ids in the same order, pages, totals, histograms."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import queries
from app.db.engine import make_engine, make_sessionmaker
from app.db.queries import fastpath
from app.db.queries.records import EventFilter
from bench.filldb import fill


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """A database with every kind of date interval (open ends, long spans) and skewed
    actors, as the benchmark fills it."""
    path: Path = tmp_path_factory.mktemp("fast") / "fill.db"
    url = f"sqlite:///{path}"
    fill(url, 3000, seed=3, n_actors=60, quiet=True)
    engine = make_engine(url)
    with make_sessionmaker(engine)() as s:
        yield s
    engine.dispose()


def _filters(session: Session) -> list[EventFilter]:
    rng = random.Random(7)
    top = list(session.scalars(text("SELECT id FROM actors ORDER BY events_count DESC LIMIT 8")))
    out = [EventFilter(actors=(a,)) for a in top[:3]]
    for _ in range(25):
        y, m = rng.randrange(2014, 2026), rng.randrange(1, 13)
        lo = dt.date(y, m, 1)
        hi = lo + dt.timedelta(days=rng.choice([20, 180, 400]))
        actors = tuple(rng.sample(top, rng.choice([0, 1, 1, 2])))
        out.append(
            EventFilter(
                actors=actors,
                date_from=lo if rng.random() < 0.9 else None,
                date_to=hi if rng.random() < 0.9 else None,
            )
        )
    return [f for f in out if not f.is_empty]


def _general(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastpath, "covered", lambda session, f: False)


@pytest.mark.parametrize("newest", [False, True])
def test_pages_and_totals_are_the_general_paths(
    filled: Session, monkeypatch: pytest.MonkeyPatch, newest: bool
) -> None:
    checked = 0
    for f in _filters(filled):
        assert fastpath.covered(filled, f)
        fast = [queries.page_ids(filled, f, limit=7, newest=newest)]
        with monkeypatch.context() as mp:
            _general(mp)
            slow = [queries.page_ids(filled, f, limit=7, newest=newest)]
        # and the next page from the last id's position
        for pages in (fast, slow):
            ids, more, _total = pages[0]
            if more:
                last = queries.load_events(filled, [ids[-1]])[0].position
                if pages is slow:
                    with monkeypatch.context() as mp:
                        _general(mp)
                        pages.append(
                            queries.page_ids(filled, f, limit=7, after=last, newest=newest)
                        )
                else:
                    pages.append(queries.page_ids(filled, f, limit=7, after=last, newest=newest))
        assert fast == slow, f
        checked += bool(fast[0][0])
    assert checked >= 10  # the filters found events


def test_histograms_are_the_general_paths(filled: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    for f in _filters(filled):
        fast = queries.month_histogram(filled, f)
        with monkeypatch.context() as mp:
            _general(mp)
            assert queries.month_histogram(filled, f) == fast, f
        if f.date_from or f.date_to:
            # what the timeline page relies on to skip counting
            assert sum(n for _m, n in fast) == queries.page_ids(filled, f, limit=1)[2]


def test_words_types_and_other_backends_take_the_general_path(filled: Session) -> None:
    assert not fastpath.covered(filled, EventFilter(actors=("x",), q="визит"))
    assert not fastpath.covered(filled, EventFilter(type="talks"))
    assert not fastpath.covered(filled, EventFilter())


def _main_range(session: Session, f: EventFilter) -> tuple[str, dict[str, object]]:
    s = fastpath._SQL()
    bounds = queries.date_bounds(session)
    ranges = fastpath._ranges(s, f, f.actors[0] if f.actors else None, bounds)
    mains = [frm for frm, _k in ranges if "sort_date >= " in frm and "precision_rank" not in frm]
    assert len(mains) == 1
    return mains[0], s.params


@pytest.mark.parametrize(
    ("lo", "hi", "upper"),
    [
        (dt.date(2020, 1, 1), dt.date(2020, 6, 30), "2020-06-30"),
        (dt.date(2020, 1, 1), None, "9999-12-31"),
        (dt.date(2020, 1, 1), dt.date(9999, 12, 31), "9999-12-31"),
    ],
)
def test_main_range_has_one_upper_bound(
    filled: Session, lo: dt.date, hi: dt.date | None, upper: str
) -> None:
    """Given `sort_date < undated` and `sort_date <= to`, SQLite's planner bounds the index
    range by one of them: the main range says only the one that bounds it."""
    frm, params = _main_range(filled, EventFilter(actors=("a-0",), date_from=lo, date_to=hi))
    uppers = [c for c in frm.split(" AND ") if "sort_date <" in c]
    assert len(uppers) == 1
    assert params[uppers[0].rsplit(":", 1)[1].strip(")")] == upper


def test_reach_before_from_is_one_range_per_precision(filled: Session) -> None:
    """With an actor, the intervals that start before `from` and reach it are read as one
    range per precision (each as long as that precision's longest interval), not one range
    as long as the longest of all."""
    bounds = queries.date_bounds(filled)
    reach = {r: d for r, d in bounds.closed.items() if d > 0}
    assert len(reach) > 1  # the fill has several precisions with closed spans
    s = fastpath._SQL()
    f = EventFilter(actors=("a-0",), date_from=dt.date(2020, 3, 1), date_to=dt.date(2020, 8, 31))
    ranges = fastpath._ranges(s, f, "a-0", bounds)
    per_rank = [frm for frm, _k in ranges if "precision_rank = " in frm]
    assert len(per_rank) == len(reach)
    assert all(" OR " not in frm for frm, _k in ranges)
