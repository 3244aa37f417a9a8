"""PostgreSQL parity: migrations, derived data and Russian full-text answer as on SQLite.

The checks that matter are written once and run on both backends through `any_db_url`
(tests/pg.py); the API tests can be parametrized the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.cli import main as letopis
from app.db import derived, search
from app.db.engine import make_engine, make_sessionmaker, writer_lock
from app.db.migrate import is_current
from app.db.models import (
    Actor,
    ActorAlias,
    Article,
    Event,
    EventActor,
    Mention,
    MonthCount,
)
from tests.pg import PgServer

D = dt.date


def _article(aid: str, published: D, body: str) -> Article:
    return Article(
        id=aid,
        file=f"{aid}.txt",
        path=f"/archive/{aid}.txt",
        title=body[:40],
        outlet="ТАСС",
        published=published,
        published_how="header",
        text=body,
        excluded=[[0, 5]],
        sha256=aid * 4,
    )


def _event(
    eid: str, title: str, start: D | None, end: D | None, precision: str, *, planned: bool = False
) -> Event:
    sort_date, rank = derived.sort_key(start, end, precision)
    return Event(
        id=eid,
        title=title,
        type="meeting",
        planned=planned,
        date_start=start,
        date_end=end,
        date_precision=precision,
        date_text=None,
        date_how="explicit",
        sort_date=sort_date,
        precision_rank=rank,
        disagreement=[{"start": "2025-02-11", "how": "relative"}],
    )


# (event id, title, start, end, precision, actors, evidence quote)
EVENTS: list[tuple[str, str, D | None, D | None, str, list[str], str]] = [
    (
        "2025-02-12-lavrov-rubio-call",
        "Лавров и Рубио провели телефонный разговор",
        D(2025, 2, 12),
        D(2025, 2, 12),
        "day",
        ["sergey-lavrov", "usa"],
        "Сергей Лавров провёл переговоры с госсекретарём США по телефону.",
    ),
    (
        "2025-02-18-riyadh-talks",
        "Переговоры делегаций России и США в Эр-Рияде",
        D(2025, 2, 18),
        D(2025, 2, 18),
        "day",
        ["sergey-lavrov", "russian-mfa", "usa"],
        "В Эр-Рияде завершились переговоры российской и американской делегаций.",
    ),
    (
        "2025-02-sanctions",
        "Новые санкции против России",
        D(2025, 2, 1),
        D(2025, 2, 28),
        "month",
        ["usa"],
        "Минфин США объявил о новых санкциях.",
    ),
    (
        "2025-03-mfa-statement",
        "Заявление МИД России о ёлке дипломатии",
        D(2025, 3, 1),
        D(2025, 3, 31),
        "month",
        ["russian-mfa"],
        "МИД России выступил с заявлением и ЕЩЁ раз призвал к диалогу.",
    ),
    (
        "undated-interview",
        "Интервью Лаврова",
        None,
        None,
        "unknown",
        ["sergey-lavrov"],
        "Лавров дал интервью.",
    ),
]
ACTORS = [
    ("sergey-lavrov", "Sergey Lavrov", "Сергей Лавров", "person", ["сергей лавров", "лавров"]),
    ("russian-mfa", "Russian MFA", "МИД России", "organisation", ["мид россии"]),
    ("usa", "United States", "США", "state", ["сша"]),
]


def _fill(session: Session) -> None:
    for aid, name, name_ru, kind, aliases in ACTORS:
        session.add(Actor(id=aid, name=name, name_ru=name_ru, kind=kind, curated=True))
        session.add_all(ActorAlias(actor_id=aid, alias=a) for a in aliases)
    art = _article("a1b2c3d4e5f60718", D(2025, 3, 31), "Текст статьи о переговорах.")
    session.add(art)
    session.flush()
    for eid, title, start, end, precision, actor_ids, quote in EVENTS:
        ev = _event(eid, title, start, end, precision)
        session.add(ev)
        session.flush()
        session.add(
            Mention(
                event_id=eid,
                article_id=art.id,
                sent_start=0,
                sent_end=len(quote),
                quote=quote,
                date_precision=precision,
                date_how="explicit",
                planned=False,
                actor_spans=[[0, 6, actor_ids[0]]],
            )
        )
        session.flush()
        derived.set_event_actors(session, ev, actor_ids)
        derived.recount_sources(session, ev)
        names = [a[2] for a in ACTORS if a[0] in actor_ids]
        derived.index_event(session, ev, [quote], names)
    derived.recount_actors(session, [a[0] for a in ACTORS])
    derived.recount_months(session, [_month(e[2], e[3]) for e in EVENTS])
    session.commit()


def _month(start: D | None, end: D | None) -> str | None:
    return derived.month_key(derived.sort_key(start, end, "day")[0])


def _search(session: Session, q: str) -> list[str]:
    dialect = session.get_bind().dialect.name
    clause = search.matching_ids_clause(dialect, q)
    stmt = select(Event.id).order_by(Event.id)
    if clause is not None:
        stmt = stmt.where(clause)
    return list(session.scalars(stmt))


def _snapshot(session: Session) -> dict[str, Any]:
    """Everything derived, in a backend-neutral shape."""
    return {
        "actors": [
            (a.id, a.events_count, a.curated)
            for a in session.scalars(select(Actor).order_by(Actor.id))
        ],
        "months": [
            (m.month, m.count)
            for m in session.scalars(select(MonthCount).order_by(MonthCount.month))
        ],
        "links": [
            (x.actor_id, x.sort_date, x.precision_rank, x.event_id)
            for x in session.scalars(
                select(EventActor).order_by(
                    EventActor.actor_id,
                    EventActor.sort_date,
                    EventActor.precision_rank,
                    EventActor.event_id,
                )
            )
        ],
        "sources": dict(session.execute(select(Event.id, Event.sources_count)).tuples().all()),
    }


@pytest.fixture
def filled(any_db_url: str) -> Any:
    engine = make_engine(any_db_url)
    with make_sessionmaker(engine)() as s:
        _fill(s)
    try:
        yield engine
    finally:
        engine.dispose()


def test_derived_data_same_on_both_backends(filled: Engine) -> None:
    with make_sessionmaker(filled)() as s:
        snap = _snapshot(s)
    assert snap["actors"] == [
        ("russian-mfa", 2, True),
        ("sergey-lavrov", 3, True),
        ("usa", 3, True),
    ]
    assert snap["months"] == [("2025-02", 3), ("2025-03", 1)]
    lavrov = [x for x in snap["links"] if x[0] == "sergey-lavrov"]
    assert lavrov == [
        ("sergey-lavrov", D(2025, 2, 12), 0, "2025-02-12-lavrov-rubio-call"),
        ("sergey-lavrov", D(2025, 2, 18), 0, "2025-02-18-riyadh-talks"),
        ("sergey-lavrov", D(9999, 12, 31), 6, "undated-interview"),
    ]
    usa = [x[3] for x in snap["links"] if x[0] == "usa"]  # timeline order: month after day
    assert usa == ["2025-02-sanctions", "2025-02-12-lavrov-rubio-call", "2025-02-18-riyadh-talks"]
    assert set(snap["sources"].values()) == {1}


def test_json_bool_and_dates_round_trip(filled: Engine) -> None:
    with make_sessionmaker(filled)() as s:
        ev = s.get(Event, "2025-02-sanctions")
        assert ev is not None
        assert ev.disagreement == [{"start": "2025-02-11", "how": "relative"}]
        assert ev.planned is False and ev.date_end == D(2025, 2, 28)
        art = s.get(Article, "a1b2c3d4e5f60718")
        assert art is not None and art.excluded == [[0, 5]]
        m = s.scalars(select(Mention).where(Mention.event_id == ev.id)).one()
        assert m.actor_spans == [[0, 6, "usa"]]
        assert s.scalars(select(Event.id).where(Event.planned.is_(False))).all()


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        # Russian word forms find each other: «переговорах» ~ «переговоры».
        ("переговорах", ["2025-02-12-lavrov-rubio-call", "2025-02-18-riyadh-talks"]),
        ("ПЕРЕГОВОРАМИ", ["2025-02-12-lavrov-rubio-call", "2025-02-18-riyadh-talks"]),
        (
            "лавров",
            ["2025-02-12-lavrov-rubio-call", "2025-02-18-riyadh-talks", "undated-interview"],
        ),
        ("санкция", ["2025-02-sanctions"]),
        # every word must match (AND), in any case
        ("переговоры Рияде", ["2025-02-18-riyadh-talks"]),
        ("мид заявлениями", ["2025-03-mfa-statement"]),
        # prefixes, ё/е
        ("перегов", ["2025-02-12-lavrov-rubio-call", "2025-02-18-riyadh-talks"]),
        ("елке", ["2025-03-mfa-statement"]),
        ("ёлки", ["2025-03-mfa-statement"]),
        # nothing, and hostile syntax is just words
        ("Брюссель", []),
        ('"переговоры" OR (санкции', []),
        ("переговоры' & !:* |", ["2025-02-12-lavrov-rubio-call", "2025-02-18-riyadh-talks"]),
        ("___", []),
    ],
)
def test_full_text_same_on_both_backends(filled: Engine, q: str, expected: list[str]) -> None:
    with make_sessionmaker(filled)() as s:
        assert _search(s, q) == expected


def test_no_words_is_no_filter(filled: Engine) -> None:
    assert search.matching_ids_clause(filled.dialect.name, " ?! ") is None


def test_reindex_rename_and_delete_keep_derived_data(filled: Engine) -> None:
    """Re-ingest moves an event id (ON UPDATE CASCADE) and deletes one (ON DELETE CASCADE)."""
    old, new = "2025-02-18-riyadh-talks", "2025-02-18-russia-usa-riyadh-talks"
    with make_sessionmaker(filled)() as s:
        s.execute(update(Event).where(Event.id == old).values(id=new))
        derived.index_event(s, s.get(Event, new), ["Встреча в Эр-Рияде"], [])  # type: ignore[arg-type]
        search.delete_search(s, old)
        gone = s.get(Event, "2025-02-sanctions")
        assert gone is not None
        s.delete(gone)
        search.delete_search(s, gone.id)
        s.flush()
        derived.recount_actors(s, [a[0] for a in ACTORS])
        derived.recount_months(s, ["2025-02"])
        s.commit()
    with make_sessionmaker(filled)() as s:
        snap = _snapshot(s)
        assert snap["actors"] == [
            ("russian-mfa", 2, True),
            ("sergey-lavrov", 3, True),
            ("usa", 2, True),
        ]
        assert snap["months"] == [("2025-02", 2), ("2025-03", 1)]
        assert [x[3] for x in snap["links"] if x[0] == "usa"] == [
            "2025-02-12-lavrov-rubio-call",
            new,
        ]
        assert s.scalars(select(Mention.event_id).where(Mention.event_id == new)).all() == [new]
        assert _search(s, "встречи") == [new]
        assert _search(s, "санкции") == []


# --- PostgreSQL only ------------------------------------------------------------------


@pytest.mark.postgres
def test_cli_db_upgrade_on_postgres(pg_empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert not is_current(pg_empty_url)
    assert letopis(["db", "upgrade", "--db", pg_empty_url]) == 0
    assert letopis(["db", "upgrade", "--db", pg_empty_url]) == 0  # idempotent
    assert is_current(pg_empty_url)
    engine = make_engine(pg_empty_url)
    try:
        insp = inspect(engine)
        assert {
            "articles",
            "actors",
            "events",
            "mentions",
            "event_actors",
            "event_search",
            "month_counts",
            "event_redirects",
            "actor_aliases",
        } <= set(insp.get_table_names())
        cols = {c["name"]: c["type"] for c in insp.get_columns("events")}
        assert cols["planned"].python_type is bool
        assert type(cols["disagreement"]).__name__ == "JSON"
        with engine.connect() as conn:
            idx = conn.scalar(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_event_search_tsv'")
            )
            assert idx is not None and "gin" in idx and "'russian'" in idx
            assert conn.scalar(text("SELECT version_num FROM alembic_version"))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_search_uses_the_gin_index(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        sql, params = search.fts_match_sql("postgresql", "переговорах")  # type: ignore[misc]
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            plan = "\n".join(conn.scalars(text("EXPLAIN " + sql), params))
        assert "ix_event_search_tsv" in plan
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_engine_options_per_backend(pg_url: str, db_url: str) -> None:
    pg = make_engine(pg_url)
    lite = make_engine(db_url)
    try:
        assert pg.pool._pre_ping is True  # type: ignore[attr-defined]
        with pg.connect() as conn:
            assert conn.scalar(text("SHOW server_encoding")) == "UTF8"
        with lite.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        pg.dispose()
        lite.dispose()


@pytest.mark.postgres
def test_pg_url_is_fresh_and_migrated(pg_server: PgServer, pg_url: str) -> None:
    assert is_current(pg_url)
    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM articles")) == 0
            assert conn.scalar(text("SELECT current_database()")).startswith(pg_server.prefix)
    finally:
        engine.dispose()


def test_writer_lock(any_engine: Engine) -> None:
    """Ingest writers take turns on PostgreSQL; on SQLite the call is harmless."""
    make = make_sessionmaker(any_engine)
    with make() as a, make() as b:
        writer_lock(a)
        if any_engine.dialect.name == "postgresql":
            b.execute(text("SET LOCAL lock_timeout = '100ms'"))
            with pytest.raises(OperationalError, match="lock timeout"):
                writer_lock(b)
            b.rollback()
        a.commit()  # releases it
        writer_lock(b)
        b.commit()
