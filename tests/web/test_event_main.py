"""The event page's main block written in Python (app/web/eventmain.py) is what
`event.html` renders, byte for byte: for every event of the factory data through the
route, and for made-up contexts that reach every branch of the template."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace as NS
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event
from app.render.ui import UI
from app.web import eventmain
from app.web.marks import Segment
from tests import factories
from tests.web.conftest import TestClient


def _template_page(app: FastAPI, ctx: dict[str, Any]) -> str:
    return str(app.state.templates.get_template("event.html").render(ctx))


def _python_page(app: FastAPI, ctx: dict[str, Any]) -> str:
    page = app.state.templates.get_template("event_page.html")
    return str(
        page.render({"ui": ctx["ui"], "event": ctx["event"], "main": eventmain.main_block(ctx)})
    )


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_event_page_is_the_template_byte_for_byte(
    app: FastAPI,
    client: TestClient,
    session: Session,
    built: factories.Built,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[dict[str, Any]] = []
    real = eventmain.main_block

    def recording(ctx: dict[str, Any]) -> Any:
        seen.append(ctx)
        return real(ctx)

    monkeypatch.setattr(eventmain, "main_block", recording)
    ids = list(session.scalars(select(Event.id).order_by(Event.id)))
    assert ids
    for event_id in ids:
        r = client.get(f"/events/{event_id}", headers={"accept-language": lang})
        assert r.status_code == 200
        ctx = seen[-1]
        assert r.text == _template_page(app, ctx)
    assert any(c["disagreeing"] or c["extra_disagreement"] for c in seen)


def _source(mention_id: int, article_id: str, **kw: Any) -> Any:
    base = {
        "mention_id": mention_id,
        "article_id": article_id,
        "file": "a<1>.txt",
        "title": None,
        "outlet": None,
        "published": None,
        "date_text": None,
        "date_how": "explicit",
    }
    return NS(**{**base, **kw})


def _sv(source: Any, agrees: bool, segments: list[Segment]) -> Any:
    return NS(source=source, segments=segments, date_label="5 May & <6>", agrees=agrees)


def _context(lang: str, variant: int) -> dict[str, Any]:
    s1 = _source(1, "Abc", title="T & <x>", outlet='Outlet "Q"', date_text="5 мая")
    s2 = _source(2, "abc", published=dt.date(2024, 5, 6))
    s3 = _source(3, "def", outlet="O", date_text=None)
    segs = [
        Segment("a<b "),
        Segment("5 мая", "date"),
        Segment(" & ", None),
        Segment("Лавров", "actor", "x"),
    ]
    sources = [_sv(s1, variant % 2 == 0, segs), _sv(s2, True, []), _sv(s3, variant != 1, segs[:1])]
    event = NS(
        id="ev<1>",
        title="Переговоры & встреча",
        title_en="Talks <b>" if variant % 2 else None,
        type="talks",
        status=["happened", "planned", "cancelled", "postponed"][variant % 4],
        planned=variant in (1, 2),
        date_start=dt.date(2024, 5, 5) if variant != 3 else None,
        date_end=dt.date(2024, 5, 6) if variant != 3 else None,
        precision="day" if variant != 3 else "unknown",
        venue=[None, NS(name="Geneva", name_ru="Женева"), NS(name=None, name_ru="Минск")][
            variant % 3
        ],
        actors=[
            NS(id="sergey lavrov/ü&x", name="Sergey Lavrov", name_ru="Лавров", role="speaker"),
            NS(id="usa", name=None, name_ru="США", role="participant"),
        ],
        sources=[sv.source for sv in sources],
    )
    extra: list[Any] = [
        {"article_id": "def", "start": "2024-05-01", "end": None, "how": "relative"},
        {"article_id": "zzz", "start": "2024-05-02", "end": "2024-05-03"},
        {"start": "x<y>"},
        {},
    ]
    disagreeing = [sv for sv in sources if not sv.agrees]
    return {
        "ui": UI(lang=lang, path="/events/ev?x=<1>"),
        "event": event,
        "reason": "Because <of> & «this»",
        "sources": sources,
        "disagreeing": disagreeing if variant != 3 else [],
        "extra_disagreement": extra[: variant + 1] if variant < 3 else [],
        "article_titles": {"def": "Def <title>", "Abc": "A"},
        "prev_id": ["p<1>", None, "p2", None][variant],
        "next_id": ["n1", "n<2>", None, None][variant],
    }


@pytest.mark.parametrize("variant", range(4))
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_made_up_contexts_are_the_template_byte_for_byte(
    app: FastAPI, lang: str, variant: int
) -> None:
    ctx = _context(lang, variant)
    assert _python_page(app, ctx) == _template_page(app, ctx)


def test_an_event_with_a_stored_card_is_read_without_a_session(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.web.routes import events as routes

    event_id = session.scalars(select(Event.id).order_by(Event.id)).first()
    before = client.get(f"/events/{event_id}")
    assert before.status_code == 200

    async def no_session(*_: Any) -> Any:
        raise AssertionError("the session's way was taken")

    monkeypatch.setattr(routes, "run_db", no_session)
    after = client.get(f"/events/{event_id}")
    assert after.status_code == 200
    assert after.text == before.text
