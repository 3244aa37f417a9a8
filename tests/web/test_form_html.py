"""The timeline's filter form put together from parts (app/web/formhtml.py) is what
`_filters.html` and `_actor_options.html` render, byte for byte: every page below has its
form made both ways from the same context and compared, in both languages, with actors
chosen or found by name, the same page asked again (the parts then come from the caches)
and after the data changed (a new data version: the picker's lines made again)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from markupsafe import Markup
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db.vocabulary import STATUSES
from app.web import timeline
from app.web.filters import ORDERS

QUERIES = [
    "",
    "actor=sergey-lavrov",
    "actor=sergey-lavrov&from=2025-01-01&order=newest",
    "actor=marco-rubio&actor=sergey-lavrov&to=2025-06-30",
    "from=1990-01-01&to=1990-12-31",
    "q=%3Cb%3E%20%26%20%22x%22",  # markup in the words
    "type=visit&status=planned",
    "actor_q=lav",
    "actor_q=%3Ci%3E&actor=sergey-lavrov",
]


@pytest.fixture
def forms(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries whose form was compared with the templates'."""
    seen: list[str] = []
    templates = app.state.templates
    made = timeline.full_context

    def both(request: Any, session: Any, tq: Any, default_limit: int, **kw: Any) -> dict[str, Any]:
        ctx = made(request, session, tq, default_limit, **kw)
        ui = timeline.ui_for(request)
        options = Markup(  # noqa: S704 (an autoescaped template's output)
            templates.get_template("_actor_options.html").render(
                {"ui": ui, "tq": tq, "picker": ctx["picker"]}
            )
        )
        assert ctx["actor_options"] == options
        f = tq.filter
        form = templates.get_template("_filters.html").render(
            {
                "ui": ui,
                "tq": tq,
                "filtered": not f.is_empty,
                "from_value": f.date_from.isoformat() if f.date_from else "",
                "to_value": f.date_to.isoformat() if f.date_to else "",
                "statuses": STATUSES,
                "orders": ORDERS,
                "actor_options": options,
                "type_options": ctx["type_options"],
                "article_options": ctx["article_options"],
            }
        )
        assert ctx["filters_html"] == form
        seen.append(request.url.query)
        return ctx

    monkeypatch.setattr(timeline, "full_context", both)
    # The route module imported the name: it is replaced there too.
    from app.web.routes import events

    monkeypatch.setattr(events, "full_context", both)
    return seen


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_form_is_the_templates_byte_for_byte(
    client: TestClient, forms: list[str], session: Session, lang: str
) -> None:
    headers = {"Accept-Language": lang}
    for _round in range(2):  # the second time from the caches
        for query in QUERIES:
            r = client.get(f"/?{query}", headers=headers)
            assert r.status_code == 200, query
            assert 'id="actor-options"' in r.text
    # A new data version (as ingest bumps it): lines made again, with the new counts.
    session.execute(text("UPDATE actors SET events_count = events_count + 7"))
    session.execute(text("UPDATE data_version SET version = version + 1 WHERE id = 1"))
    session.commit()
    for query in QUERIES:
        assert client.get(f"/?{query}", headers=headers).status_code == 200
    assert len(forms) == 3 * len(QUERIES)


def test_the_picker_shows_the_counts_of_the_data_version(
    client: TestClient, session: Session
) -> None:
    before = client.get("/?actor=sergey-lavrov").text
    session.execute(text("UPDATE actors SET events_count = 4321 WHERE id = 'sergey-lavrov'"))
    session.execute(text("UPDATE data_version SET version = version + 1 WHERE id = 1"))
    session.commit()
    after = client.get("/?actor=sergey-lavrov").text
    assert '<span class="count">4321</span>' not in before
    assert '<label for="actor-sergey-lavrov">Sergey Lavrov <span class="count">4321</span>' in after
