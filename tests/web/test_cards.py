"""The read model (app/db/cards.py): stored cards say byte for byte what the tables say,
and every change to an event, its mentions, actors or articles reaches its card."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.config import PROJECT_ROOT, Settings
from app.db import cards, eventpage, queries
from app.db.engine import make_engine, make_sessionmaker
from app.db.migrate import upgrade
from app.db.models import Actor, Event, Mention
from app.ingest.runner import run_ingest
from app.web.schemas import EventOut, EventsPage, dumps, event_dict, event_out
from tests import factories

SEEDS = PROJECT_ROOT / "seeds"


def _all_ids(session: Session) -> list[str]:
    return list(session.scalars(select(Event.id).order_by(Event.id)))


def _stored(session: Session) -> dict[str, str]:
    rows = session.execute(text("SELECT event_id, body FROM event_cards"))
    return {str(r[0]): str(r[1]) for r in rows}


def _queued(session: Session) -> list[str]:
    return list(session.scalars(text("SELECT event_id FROM event_cards_stale")))


def test_every_event_has_its_card_and_it_is_the_api_json(
    session: Session, built: factories.Built
) -> None:
    ids = _all_ids(session)
    stored = _stored(session)
    assert sorted(stored) == ids and _queued(session) == []
    for e in queries.load_events(session, ids):
        assert stored[e.id] == dumps(event_dict(e)) == event_out(e).model_dump_json()


def test_the_event_page_reads_from_its_card_what_the_tables_say(
    session: Session, built: factories.Built
) -> None:
    ids = _all_ids(session)
    assert ids
    for e in queries.load_events(session, ids):
        card = cards.read_one(session, e.id)
        assert card is not None
        assert eventpage.from_card(card) == e


def test_a_card_without_the_pages_part_gives_no_page_record(
    session: Session, built: factories.Built
) -> None:
    e = queries.load_events(session, _all_ids(session)[:1])[0]
    body, item = cards.build(e)
    old = json.dumps(json.loads(item)[:11])  # as cards were stored before the part existed
    assert eventpage.from_card(cards.Card(e.id, body, old)) is None
    assert eventpage.from_card(cards.Card(e.id, body, item)) == e


def test_api_pages_are_the_documented_models_byte_for_byte(
    client: Any, session: Session, built: factories.Built
) -> None:
    for url in ("/api/events?limit=3", "/api/events?actor=sergey-lavrov", "/api/events?limit=500"):
        got = client.get(url)
        page = EventsPage.model_validate_json(got.content)
        assert got.content == page.model_dump_json().encode(), url
    for eid in _all_ids(session):
        got = client.get(f"/api/events/{eid}")
        event = queries.get_event(session, eid)
        assert event is not None
        assert got.content == event_out(event).model_dump_json().encode()
        EventOut.model_validate_json(got.content)


def test_a_changed_event_is_read_from_the_tables_until_its_card_is_rebuilt(
    session: Session, built: factories.Built
) -> None:
    eid = _all_ids(session)[0]
    session.execute(text("UPDATE events SET title = 'Новое название' WHERE id = :id"), {"id": eid})
    assert eid not in _stored(session)  # the trigger took the old card away
    assert _queued(session) == [eid]
    card = cards.read_one(session, eid)
    assert card is not None and card.title == "Новое название"
    assert cards.refresh(session) == 1
    assert '"title":"Новое название"' in _stored(session)[eid] and _queued(session) == []


def test_mentions_actor_names_and_article_heads_reach_the_cards(
    session: Session, built: factories.Built
) -> None:
    m = session.scalars(select(Mention).order_by(Mention.id)).first()
    assert m is not None
    eid, article = m.event_id, m.article_id
    retitle = text("UPDATE articles SET title = 'Другой заголовок' WHERE id = :id")
    session.execute(retitle, {"id": article})
    cards.refresh(session)
    assert '"title":"Другой заголовок"' in _stored(session)[eid]

    actor = session.scalars(select(Actor.id).order_by(Actor.id)).first()
    linked = session.scalars(
        text("SELECT event_id FROM event_actors WHERE actor_id = :a"), {"a": actor}
    ).all()
    session.execute(text("UPDATE actors SET name = 'Renamed One' WHERE id = :id"), {"id": actor})
    cards.refresh(session)
    stored = _stored(session)
    for e in linked:
        assert '"name":"Renamed One"' in stored[e]

    session.execute(text("DELETE FROM mentions WHERE id = :id"), {"id": m.id})
    cards.refresh(session)
    assert f'"mention_id":{m.id},' not in _stored(session)[eid]


def test_an_unchanged_actor_row_rewritten_queues_nothing(
    session: Session, built: factories.Built
) -> None:
    session.execute(text("UPDATE actors SET name = name, events_count = events_count + 1"))
    assert _queued(session) == []


def test_ingest_stores_every_events_card_in_its_transaction(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'seeds.db'}"
    upgrade(url)
    report = run_ingest([str(SEEDS)], Settings(db=url), err=io.StringIO(), out=io.StringIO())
    assert (report.ingested, report.rejected) == (5, [])
    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        stored = _stored(session)
        ids = _all_ids(session)
        assert sorted(stored) == ids and ids and _queued(session) == []
        for e in queries.load_events(session, ids):
            # The same JSON; only the actors' order may differ, frozen by the counts of
            # when the card was built (app/db/cards.py says why).
            got, now = json.loads(stored[e.id]), event_dict(e)
            got["actors"].sort(key=lambda a: a["id"])
            now["actors"].sort(key=lambda a: a["id"])
            assert got == now
    engine.dispose()


def test_migrations_0008_and_0009_change_the_cards_both_ways(
    db_url: str, session: Session, built: factories.Built
) -> None:
    from alembic import command

    from app.db.migrate import alembic_config

    session.commit()
    engine = make_engine(db_url)

    def lengths() -> set[int]:
        with engine.connect() as conn:
            items = conn.execute(text("SELECT item FROM event_cards")).scalars()
            return {len(json.loads(i)) for i in items}

    def queued() -> int:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM event_cards_stale")).scalar() or 0

    n = len(_all_ids(session))
    assert lengths() == {13} and queued() == 0  # the page's part, then the English title
    e = queries.load_events(session, _all_ids(session)[:1])[0]
    body, item = cards.build(e)
    # 0009 down: the cards go and are queued (0008's readers build them from the tables).
    command.downgrade(alembic_config(db_url), "0008")
    assert lengths() == set() and queued() == n
    # 0008 down: a card with the page's part (as 0008's code wrote it) loses it.
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO event_cards (event_id, body, item) VALUES (:i, :b, :t)"),
            {"i": e.id, "b": body, "t": json.dumps(json.loads(item)[:12])},
        )
    command.downgrade(alembic_config(db_url), "0007")
    assert lengths() == {11}
    # Up again: every card rebuilt (by 0010, 0009 only queues), nothing left queued.
    command.upgrade(alembic_config(db_url), "head")
    assert lengths() == {13} and queued() == 0
    ids = _all_ids(session)
    with make_sessionmaker(engine)() as s:
        for e in queries.load_events(s, ids):
            card = cards.read_one(s, e.id)
            assert card is not None and eventpage.from_card(card) == e
    engine.dispose()
