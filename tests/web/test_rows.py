"""The timeline's rows written in Python (app/web/rows.py) are what `_event_item.html`
renders, byte for byte, for cards and records, both languages, with and without filters."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import QueryParams

from app.db import cards, queries
from app.db.models import Event
from app.render.ui import UI
from app.web.filters import parse_timeline
from app.web.rows import event_rows
from tests import factories


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
