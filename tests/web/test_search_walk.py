"""A words-only search walked in timeline order through FTS5 (app.db.searchkey, searchwalk,
migration 0011) gives exactly the pages of sorting every match."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import derived, search, searchkey, searchwalk
from app.db.migrate import alembic_config
from app.db.models import UNDATED, Event
from app.db.queries.records import Position
from tests import factories

D = dt.date

# Keys in timeline order (sort_date, precision_rank, id): their groups never decrease.
ORDERED_KEYS = [
    (D(1, 1, 1), 0, "0001-01-01-a"),
    (D(1899, 12, 31), 0, "1899-z"),
    (D(1900, 1, 1), 0, "1900-01-01-a"),
    (D(2019, 5, 12), 0, "2019-05-12-a"),
    (D(2019, 5, 12), 0, "2019-05-12-b"),
    (D(2019, 5, 12), 3, "2019-05"),
    (D(2020, 1, 1), 4, "2019-late-renamed"),  # id below the day's usual prefix
    (D(2020, 1, 1), 4, "2020"),
    (D(2020, 1, 1), 4, "2020-"),
    (D(2020, 1, 1), 4, "2020-a"),
    (D(2020, 1, 1), 4, "2020-ab"),
    (D(2020, 1, 1), 4, "2020-b"),
    (D(2020, 1, 1), 4, "2020-zz-9"),
    (D(2020, 1, 1), 4, "2020-ю"),  # non-ASCII sorts after ASCII, as in SQLite
    (D(2020, 1, 1), 4, "undated-x"),  # id above the prefix
    (D(2300, 6, 1), 0, "2300-06-01-a"),  # past the last day slot: clamped
    (D(2400, 6, 1), 0, "2400-06-01-a"),
    (UNDATED, 5, "undated-a"),
    (UNDATED, 6, "a"),
    (UNDATED, 6, "undated"),
    (UNDATED, 6, "undated-"),
    (UNDATED, 6, "undated-abramov-meeting"),
    (UNDATED, 6, "undated-abramov-meeting-2"),
    (UNDATED, 6, "undated-b"),
    (UNDATED, 6, "zzz"),
]


def test_groups_follow_timeline_order() -> None:
    assert ORDERED_KEYS == sorted(ORDERED_KEYS)
    groups = [searchkey.group(*k) for k in ORDERED_KEYS]
    assert groups == sorted(groups)
    # Ids of one day are split, so a page need not read a whole day (or all undated events).
    assert searchkey.group(UNDATED, 6, "undated-a") < searchkey.group(UNDATED, 6, "undated-b")
    assert searchkey.last_rowid(max(groups)) <= (1 << 63) - 1


def test_groups_follow_timeline_order_random() -> None:
    rng = random.Random(5)
    alphabet = "-0123456789abcdefgzю"
    keys = []
    for _ in range(3000):
        day = rng.choice([D(2020, 1, 1), D(2020, 1, 2), UNDATED, D(1850, 1, 1)])
        prefix = rng.choice(["", "2020-", "undated-", "2019-", "zz"])
        ident = prefix + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        keys.append((day, rng.choice([0, 4, 6]), ident))
    keys.sort()
    groups = [searchkey.group(*k) for k in keys]
    assert groups == sorted(groups)


def _add(session: Session, i: int, start: dt.date | None, precision: str, ident: str) -> None:
    ev = factories._event(
        session,
        id=ident,
        title=f"Встреча номер {i}" + (" переговоры" if i % 3 else ""),
        type="meeting",
        start=start,
        end=start if precision == "day" else None,
        precision=precision,
        date_text=None,
        how="explicit",
    )
    derived.index_event(session, ev, [], [])


@pytest.fixture
def searched(session: Session) -> Session:
    """Events crowded into few days (so that groups hold many rows), undated ones, years."""
    rng = random.Random(7)
    days = [D(2021, 3, 1), D(2021, 3, 2), D(2021, 3, 9)]
    for i in range(240):
        kind = i % 4
        tail = "".join(rng.choice("abcz-") for _ in range(3))
        if kind == 0:
            _add(session, i, None, "unknown", f"undated-{tail}-{i}")
        elif kind == 1:
            _add(session, i, D(2021, 1, 1), "year", f"2021-{tail}-{i}")
        else:
            day = rng.choice(days)
            _add(session, i, day, "day", f"{day.isoformat()}-{tail}-{i}")
    session.commit()
    return session


def _all(session: Session, q: str, newest: bool) -> list[tuple[str, int, str]]:
    """Every match sorted by its timeline key: what the page must be a slice of."""
    found = search.fts_match_sql("sqlite", q)
    assert found is not None
    sql, params = found
    order = "DESC" if newest else "ASC"
    rows = session.execute(
        text(
            f"SELECT sort_date, precision_rank, id FROM events WHERE id IN ({sql}) "  # noqa: S608
            f"ORDER BY sort_date {order}, precision_rank {order}, id {order}"
        ),
        params,
    ).all()
    return [(str(r[0]), int(r[1]), str(r[2])) for r in rows]


def _check_pages(session: Session, q: str) -> None:
    match = search.fts_match_sql("sqlite", q)
    assert match is not None
    for newest in (False, True):
        expected = _all(session, q, newest)
        assert expected
        for n in (1, 5, 60, 500):
            for start in [-1, *range(0, len(expected), 7)]:
                after = None
                if start >= 0:
                    sd, pr, eid = expected[start]
                    after = Position(D.fromisoformat(sd), pr, eid)
                got = searchwalk.page_ids(session, match[1]["q"], after, n, newest=newest)
                want = [k[2] for k in expected[start + 1 : start + 1 + n]]
                assert got == want, (q, newest, n, start)


@pytest.mark.parametrize("q", ["встреча", "переговоры", "номер 1", "встреча переговоры"])
def test_walk_pages_equal_sorting_every_match(searched: Session, q: str) -> None:
    _check_pages(searched, q)


def test_walk_after_dates_change_and_rename(searched: Session) -> None:
    """Ingest rewrites an event's row with its new key whenever it recomputes its date."""
    for eid in list(searched.scalars(text("SELECT id FROM events ORDER BY id LIMIT 30"))):
        ev = searched.get(Event, eid)
        assert ev is not None
        ev.sort_date, ev.precision_rank = derived.sort_key(D(2021, 3, 2), D(2021, 3, 2), "day")
        derived.index_event(searched, ev, [], [])
    searched.commit()
    _check_pages(searched, "встреча")


def test_migration_rekeys_an_old_index(db_url: str, searched: Session) -> None:
    """0011 gives rows written with any rowids (before it) their timeline keys."""
    searched.close()
    cfg = alembic_config(db_url)
    command.downgrade(cfg, "0010")
    with searched.bind.connect() as conn:  # type: ignore[union-attr]
        rows = conn.execute(text("SELECT event_id, content FROM event_search")).all()
        conn.execute(text("DELETE FROM event_search"))
        conn.execute(text("DELETE FROM event_search_rowids"))
        for i, (eid, content) in enumerate(reversed(rows)):
            conn.execute(
                text("INSERT INTO event_search (rowid, event_id, content) VALUES (:r, :e, :c)"),
                {"r": i + 1, "e": eid, "c": content},
            )
            conn.execute(
                text("INSERT INTO event_search_rowids VALUES (:e, :r)"), {"e": eid, "r": i + 1}
            )
        conn.commit()
    command.upgrade(cfg, "head")
    _check_pages(searched, "встреча")
    mapped = searched.execute(
        text(
            "SELECT count(*) FROM event_search_rowids m "
            "JOIN event_search s ON s.rowid = m.search_rowid AND s.event_id = m.event_id"
        )
    ).scalar()
    assert mapped == len(rows)
