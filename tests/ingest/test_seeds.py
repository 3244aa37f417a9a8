"""The seeds, ingested end to end: the acceptance checks of issues 2, 3 and 4."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Settings
from app.db.engine import make_engine, make_sessionmaker
from app.db.models import Article, Event, EventActor, Mention
from app.ingest.runner import run_ingest
from tests.conftest import SEEDS

D = dt.date


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'seeds.db'}"
    report = run_ingest([str(SEEDS)], Settings(db=url), err=io.StringIO(), out=io.StringIO())
    assert (report.ingested, report.rejected) == (5, [])
    return url


@pytest.fixture
def db(seeded: str) -> Session:
    return make_sessionmaker(make_engine(seeded))()


def _sources(db: Session, ev: Event) -> set[str]:
    rows = db.scalars(
        select(Article.file)
        .join(Mention, Mention.article_id == Article.id)
        .where(Mention.event_id == ev.id)
    )
    return {f[:3] for f in rows}


def _actors(db: Session, ev: Event) -> set[str]:
    return set(db.scalars(select(EventActor.actor_id).where(EventActor.event_id == ev.id)))


def test_publication_dates(db: Session) -> None:
    got = {a.file[:3]: (a.published, a.published_how) for a in db.scalars(select(Article))}
    assert got == {
        "000": (D(2026, 2, 3), "inferred-from-text"),
        "001": (D(2026, 2, 3), "header"),
        "002": (D(2026, 2, 2), "dateline"),
        "003": (None, "unknown"),
        "004": (D(2025, 12, 30), "header"),
    }


def test_one_call_on_12_february(db: Session) -> None:
    calls = db.scalars(
        select(Event).where(Event.type == "call", Event.date_start == D(2025, 2, 12))
    ).all()
    assert len(calls) == 1
    (call,) = calls
    assert call.id == "2025-02-12-putin-trump-call"
    assert call.date_precision == "day"
    assert _actors(db, call) == {"vladimir-putin", "donald-trump"}
    assert _sources(db, call) == {"003", "004"}


def test_one_event_for_the_mfa_answers(db: Session) -> None:
    events = [e for e in db.scalars(select(Event)) if _sources(db, e) >= {"000", "001", "002"}]
    assert len(events) == 1
    (ev,) = events
    assert ev.type == "answers"
    assert (ev.date_start, ev.date_end, ev.date_precision) == (D(2026, 2, 2), D(2026, 2, 2), "day")
    assert ev.date_text == "в понедельник"
    assert "russian-mfa" in _actors(db, ev)


def test_month_part_and_before_events(db: Session) -> None:
    by_text = {e.date_text: e for e in db.scalars(select(Event)) if e.date_text}
    march = by_text["в марте 2025 года"]
    assert (march.date_start, march.date_end, march.date_precision) == (
        D(2025, 3, 1),
        D(2025, 3, 31),
        "month",
    )
    late = by_text["в конце 2025 года"]
    assert late.date_precision == "part" and late.date_end == D(2025, 12, 31)
    earlier = [
        e
        for e in db.scalars(select(Event).where(Event.date_precision == "before"))
        if e.type == "call"
    ]
    assert len(earlier) == 1
    assert earlier[0].date_end == D(2025, 12, 30) and earlier[0].date_start is None
    assert _actors(db, earlier[0]) == {"vladimir-putin", "donald-trump"}
    # 003 has no publication date, but its «Ранее ...» call is the same one as 004's.
    assert _sources(db, earlier[0]) == {"003", "004"}


def test_lavrov_interview(db: Session) -> None:
    ev = db.get(Event, "2025-12-30-lavrov-interview")
    assert ev is not None
    assert _sources(db, ev) == {"003", "004"}


def test_nothing_after_publication_unless_planned(db: Session) -> None:
    for m in db.scalars(select(Mention).where(Mention.planned.is_(False))):
        pub = db.get(Article, m.article_id).published  # type: ignore[union-attr]
        if pub and m.date_start:
            assert m.date_start <= pub, (m.quote, m.date_start)


def test_quotes_are_exact_substrings(db: Session) -> None:
    texts = {a.id: a.text for a in db.scalars(select(Article))}
    for m in db.scalars(select(Mention)):
        text = texts[m.article_id]
        assert text[m.sent_start : m.sent_end] == m.quote
        if m.date_text_start is not None:
            assert text[m.date_text_start : m.date_text_end] == m.date_text


def test_no_events_from_furniture(db: Session) -> None:
    for m in db.scalars(select(Mention)):
        assert "©" not in m.quote and "Смотрите также" not in m.quote
        assert "+7 (495)" not in m.quote


def test_reingest_is_idempotent(seeded: str, db: Session) -> None:
    before = sorted(db.scalars(select(Event.id)))
    out = io.StringIO()
    report = run_ingest([str(SEEDS)], Settings(db=seeded), err=io.StringIO(), out=out)
    assert (report.ingested, report.unchanged) == (0, 5)
    assert "ingested 0, unchanged 5, rejected 0" in out.getvalue()
    db.expire_all()
    assert sorted(db.scalars(select(Event.id))) == before
