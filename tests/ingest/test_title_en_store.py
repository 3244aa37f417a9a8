"""English titles end to end: built at ingest from the gazetteer's English names, stored,
served by the API and shown on the English pages; none for an open-world actor; and the
migration that adds them keeps a database of the earlier schema whole."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

from alembic import command
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.config import Settings
from app.db.engine import make_engine
from app.db.migrate import alembic_config, upgrade
from app.db.models import Event
from app.ingest.pipeline import Pipeline
from app.ingest.store import store_article
from app.web.app import create_app
from tests.ingest.helpers import raw_article

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

D = dt.date



def _store(session: Session, pipeline: Pipeline, text_: str, file: str) -> None:
    session.commit()
    store_article(session, pipeline.process(raw_article(text_, D(2025, 3, 6), file=file)))


def test_english_titles_stored_and_served(
    session: Session, pipeline: Pipeline, db_url: str
) -> None:
    _store(session, pipeline, "Владимир Путин и Дональд Трамп 5 марта провели телефонный "
           "разговор.", "call.txt")  # fmt: skip
    _store(session, pipeline, "Лавров 5 марта провёл переговоры с Антониу Перейрой да Коштой.",
           "open.txt")  # fmt: skip
    session.commit()
    titles = {e.type: (e.title, e.title_en) for e in session.scalars(select(Event))}
    assert titles["call"] == (
        "Телефонный разговор Путина и Трампа",
        "Phone call between Vladimir Putin and Donald Trump",
    )
    assert titles["talks"][1] is None  # an open-world actor has no English name
    app = create_app(Settings(db=db_url))
    try:
        with TestClient(app) as client:
            api = client.get("/api/events").json()["events"]
            assert {e["type"]: e["title_en"] for e in api} == {
                "call": "Phone call between Vladimir Putin and Donald Trump",
                "talks": None,
            }
            en = client.get("/", headers={"Accept-Language": "en"}).text
            ru = client.get("/", headers={"Accept-Language": "ru"}).text
            assert "Phone call between Vladimir Putin and Donald Trump" in en
            assert "Phone call between" not in ru and "Телефонный разговор Путина" in ru
            # The English page falls back to the Russian title where there is no English.
            assert "Переговоры Лаврова" in en
            call = next(e for e in api if e["type"] == "call")
            page = client.get(call["url"], headers={"Accept-Language": "en"}).text
            assert "<h1>Phone call between Vladimir Putin and Donald Trump</h1>" in page
    finally:
        app.state.engine.dispose()


def test_upgrade_from_the_schema_before_cards_keeps_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    make_engine(url).dispose()
    command.upgrade(alembic_config(url), "0006")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO events (id, title, type, status, planned, date_precision, date_how,"
                " sort_date, precision_rank, sources_count, disagreement, signature, created_at)"
                " VALUES ('e1', 'Встреча', 'meeting', 'happened', 0, 'unknown',"
                " 'unknown', '9999-12-31', 9, 0, '[]', '', '2025-01-01')"
            )
        )
    engine.dispose()
    upgrade(url)  # 0007 queues the card, 0008 adds the column and builds it
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title_en FROM events")).all() == [(None,)]
        body = conn.execute(text("SELECT body FROM event_cards WHERE event_id = 'e1'")).scalar()
        assert body is not None and '"title_en":null' in body
        assert conn.execute(text("SELECT count(*) FROM event_cards_stale")).scalar() == 0
    engine.dispose()
