"""The timeline's rows written in Python (app/web/rows.py) are what `_event_item.html`
renders, byte for byte, for cards and records, both languages, with and without filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from starlette.datastructures import QueryParams

from app.db import cards, queries
from app.db.models import Event
from app.db.queries.records import ActorRef
from app.render import rows as stored_rows
from app.render.ui import UI
from app.web.filters import parse_timeline
from app.web.rows import event_rows
from tests import factories
from tests.web.made import Made as _Made


@pytest.mark.parametrize(
    "query", ["", "actor=sergey-lavrov", "actor=sergey-lavrov&from=2025-01-01&order=newest"]
)
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("hx", [True, False])
def test_rows_are_the_template_byte_for_byte(
    app: FastAPI, session: Session, built: factories.Built, query: str, lang: str, hx: bool
) -> None:
    tq = parse_timeline(QueryParams(query), default_limit=50, max_limit=500)
    ui = UI(lang=lang, path="/?" + query)
    template = app.state.templates.get_template("_event_item.html")
    ids = list(session.scalars(select(Event.id).order_by(Event.id)))
    items: list[Any] = [*queries.load_events(session, ids), *cards.read(session, ids)]
    assert len(items) == 2 * len(ids) > 0
    for e in items:
        expected = template.render({"e": e, "tq": tq, "ui": ui, "hx_chips": hx})
        assert str(event_rows([e], tq, ui, hx)) == expected


def _stored_rows(session: Session, lang: str) -> list[cards.StoredRow]:
    got = session.execute(
        text(
            f"SELECT c.event_id, c.row_{lang}, e.sort_date, e.precision_rank"  # noqa: S608
            " FROM event_cards c JOIN events e ON e.id = c.event_id ORDER BY c.event_id"
        )
    )
    return [cards.StoredRow(i, r, str(sd), pr) for i, r, sd, pr in got]


@pytest.mark.parametrize("query", ["", "actor=sergey-lavrov&from=2025-01-01"])
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("hx", [True, False])
def test_stored_rows_filled_in_are_the_template_byte_for_byte(
    app: FastAPI, session: Session, built: factories.Built, query: str, lang: str, hx: bool
) -> None:
    tq = parse_timeline(QueryParams(query), default_limit=50, max_limit=500)
    ui = UI(lang=lang, path="/?" + query)
    template = app.state.templates.get_template("_event_item.html")
    stored = _stored_rows(session, lang)
    events = {e.id: e for e in queries.load_events(session, [s.id for s in stored])}
    assert len(stored) == len(events) > 0
    for s in stored:
        assert stored_rows.CHIP_OPEN in s.row or not events[s.id].actors
        expected = template.render({"e": events[s.id], "tq": tq, "ui": ui, "hx_chips": hx})
        assert str(event_rows([s], tq, ui, hx)) == expected
    # A page's rows at once: the placeholders of every row filled in one pass.
    whole = "".join(
        template.render({"e": events[s.id], "tq": tq, "ui": ui, "hx_chips": hx}) for s in stored
    )
    assert str(event_rows(stored, tq, ui, hx)) == whole


def test_rows_filled_from_stored_items_are_the_rows_built_from_events(
    session: Session, built: factories.Built
) -> None:
    before = {lang: [s.row for s in _stored_rows(session, lang)] for lang in ("en", "ru")}
    session.execute(text("UPDATE event_cards SET row_en = NULL, row_ru = NULL"))
    assert cards.fill_rows(session) == len(before["en"]) > 0
    assert cards.fill_rows(session) == 0  # only rows missing are written
    for lang in ("en", "ru"):
        assert [s.row for s in _stored_rows(session, lang)] == before[lang]


_ODD_ACTORS = [
    ActorRef("a&b=c/d", "Tom & <Jerry>", 'Том "и" Джерри', "person"),
    ActorRef("ru-актор", None, "Без английского имени", "country"),  # type: ignore[arg-type]
    ActorRef("x y+z%20", "", "Пусто", "org"),
]


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("hx", [True, False])
@pytest.mark.parametrize(
    "made",
    [
        _Made(
            "ev<1>&",
            "<b>Визит</b> & «переговоры» \ue000",
            "A <visit> & talks",
            "visit",
            "planned",
            True,
            dt.date(2024, 5, 1),
            dt.date(2024, 5, 3),
            "day",
            1,
            _ODD_ACTORS,
        ),
        _Made("e2", "Звонок", None, "call", "cancelled", False, None, None, "unknown", 22, []),
        _Made(
            "e3",
            "Встреча",
            "",
            "meeting",
            "happened",
            False,
            dt.date(2019, 1, 1),
            None,
            "year",
            111,
            _ODD_ACTORS[:1],
        ),
    ],
)
def test_made_up_rows_are_the_template_byte_for_byte(
    app: FastAPI, made: _Made, lang: str, hx: bool
) -> None:
    tq = parse_timeline(
        QueryParams("actor=a%26b%3Dc%2Fd&from=2024-01-01"), default_limit=50, max_limit=500
    )
    ui = UI(lang=lang, path="/")
    template = app.state.templates.get_template("_event_item.html")
    expected = template.render({"e": made, "tq": tq, "ui": ui, "hx_chips": hx})
    stored = cards.StoredRow(made.id, stored_rows.row(made, made.id, lang), "2024-05-01", 3)
    assert str(event_rows([stored], tq, ui, hx)) == expected
    assert str(event_rows([made], tq, ui, hx)) == expected


def test_an_actor_id_holding_a_placeholder_is_refused() -> None:
    made = _Made(
        "e",
        "t",
        None,
        "visit",
        "happened",
        False,
        None,
        None,
        "unknown",
        1,
        [ActorRef(f"x{stored_rows.CHIP_CLOSE}y", "X", "Икс", "person")],
    )
    with pytest.raises(ValueError, match="placeholder"):
        stored_rows.row(made, made.id, "en")


def test_the_timeline_shows_stored_rows_and_builds_a_missing_one(
    client: TestClient, session: Session, built: factories.Built
) -> None:
    url = "/?actor=sergey-lavrov"
    session.commit()
    shown = client.get(url, headers={"accept-language": "ru"}).text
    eid = session.scalar(
        text(
            "SELECT c.event_id FROM event_cards c JOIN event_actors ea ON ea.event_id = c.event_id"
            " WHERE ea.actor_id = 'sergey-lavrov' ORDER BY c.event_id LIMIT 1"
        )
    )
    assert eid is not None and f'href="/events/{eid}"' in shown
    # The page writes what the card stores (in the page's language) ...
    session.execute(
        text("UPDATE event_cards SET row_ru = '<li>stored</li>' WHERE event_id = :i"), {"i": eid}
    )
    session.commit()
    changed = client.get(url, headers={"accept-language": "ru"}).text
    assert "<li>stored</li>" in changed and f'href="/events/{eid}"' not in changed
    assert client.get(url, headers={"accept-language": "en"}).text.count("<li>stored</li>") == 0
    # ... and a card without its rows (stored before them) has its row built: the same page.
    session.execute(
        text("UPDATE event_cards SET row_ru = NULL, row_en = NULL WHERE event_id = :i"), {"i": eid}
    )
    session.commit()
    assert client.get(url, headers={"accept-language": "ru"}).text == shown
