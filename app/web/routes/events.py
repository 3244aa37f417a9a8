"""The timeline (`/`), event permalinks (`/events/{id}`) and their JSON twins under /api."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from app.config import Settings
from app.db import cards, eventpage, queries
from app.db.rawsession import NeedsSession
from app.render import datelabel
from app.render.ui import UI
from app.web import cursor, eventmain, framehtml, marks
from app.web.deps import get_session, is_sqlite, run_db, run_raw, run_snapshot
from app.web.errors import NotFound
from app.web.filters import FilterError
from app.web.pagehtml import page_bytes
from app.web.render import html_response, render, ui_for
from app.web.schemas import BAD_PARAMS, NOT_FOUND, EventOut, EventsPage, dumps
from app.web.timeline import full_context, list_page, page_context, parse

router = APIRouter()

SESSION = Depends(get_session)


def is_fragment_request(request: Request) -> bool:
    """htmx asks for a fragment, except when restoring history (it needs the full page)."""
    return (
        request.headers.get("hx-request") == "true"
        and request.headers.get("hx-history-restore-request") != "true"
    )


# The parameters of the pages the bare connection can serve (app.db.queries.fastpath's:
# actors and dates); a page with others would only find out halfway (NeedsSession).
_RAW_PARAMS = frozenset({"actor", "from", "to", "order", "limit", "cursor"})
_FILTERS = frozenset({"actor", "from", "to"})


async def _fast_or_session(request: Request, work: Callable[[Session], Response]) -> Response:
    """`work` on the bare sqlite3 connection in a snapshot of its own where it can be
    (deps.run_snapshot), else, or when it asks for more, in a session."""
    keys = request.query_params.keys()
    # An empty filter reads the precomputed months through the session: not tried.
    if is_sqlite(request) and keys <= _RAW_PARAMS and not keys.isdisjoint(_FILTERS):
        try:
            return await run_snapshot(request, work)
        except NeedsSession:
            # The version read in that snapshot is not this session's.
            request.state.data_version = None
    return await run_db(request, work)


@router.get("/", include_in_schema=False)
async def timeline(request: Request) -> Response:
    return await _fast_or_session(request, lambda session: _timeline(request, session))


def _timeline(request: Request, session: Session) -> Response:
    settings: Settings = request.app.state.settings
    tq = parse(request, session, default_order="newest")
    vary = ("HX-Request",)
    fragment = is_fragment_request(request)
    if fragment and tq.cursor is not None:
        ui = ui_for(request)
        ctx = page_context(session, tq, settings.page_size, lang=ui.lang, as_bytes=True)
        # `_page.html`, written in Python as UTF-8 (app.web.pagehtml).
        html = page_bytes(ctx["groups"], ctx["page"], tq, ui, ctx["more_qs"], hx=True)
        return html_response(request, html, ui, vary=vary)
    ctx = {
        **full_context(request, session, tq, settings.page_size, as_bytes=True),
        "hx_chips": True,
    }
    ui = ui_for(request)
    # `_timeline.html` and `timeline.html`, written in Python (app.web.framehtml); a
    # fragment also refreshes the header's language link (out of band) for the new URL.
    if fragment:
        frame = framehtml.timeline_html({**ctx, "oob": True}, ui)
    else:
        frame = framehtml.timeline_page({**ctx, "oob": False}, ui)
    return html_response(request, frame, ui, vary=vary)


@router.get("/api/events", response_model=EventsPage, responses=BAD_PARAMS)
async def api_events(request: Request) -> Response:
    return await _fast_or_session(request, lambda session: _api_events(request, session))


def _api_events(request: Request, session: Session) -> Response:
    tq = parse(request, session)
    fast = queries.list_bodies(
        session,
        tq.filter,
        limit=tq.limit,
        after=tq.cursor,
        total=tq.cursor_total,
        newest=tq.newest,
    )
    if fast is not None:
        nxt = cursor.encode(fast.next, fast.total, newest=tq.newest) if fast.next else None
        raw = b"".join(
            (
                b'{"events":[',
                b",".join(fast.bodies),
                b'],"next":',
                dumps(nxt).encode(),
                b',"total":',
                str(fast.total).encode(),
                b"}",
            )
        )
        return Response(raw, media_type="application/json")
    page = list_page(session, tq)
    # The events' stored JSON (app.db.cards) joined as they are: no model, no encoding per
    # row (EventsPage stays the documented response_model; tests/web check the bytes).
    nxt = cursor.encode(page.next, page.total, newest=tq.newest) if page.next else None
    body = "".join(
        (
            '{"events":[',
            ",".join(c.body for c in page.events),
            '],"next":',
            dumps(nxt),
            ',"total":',
            str(page.total),
            "}",
        )
    )
    return Response(body, media_type="application/json")


# Seconds between the page's polls for new events (app.state.new_events_poll overrides).
NEW_EVENTS_POLL = 30


@router.get("/api/count", responses=BAD_PARAMS)
def api_count(session: Session = SESSION) -> Response:
    """How many events there are: cheap (the histogram's monthly counts plus the undated
    ones), for clients that poll for new events."""
    return Response(f'{{"events": {queries.count_events(session)}}}', media_type="application/json")


@router.get("/new-events", include_in_schema=False)
def new_events(request: Request, session: Session = SESSION) -> Response:
    """The timeline's notice "N new events since you loaded this page" (htmx polls it with
    the count the page was loaded with; it answers itself, so polling goes on)."""
    raw = request.query_params.get("since", "")
    if not raw.isdigit() or len(raw) > 12:
        raise FilterError("since", "is not a count of events")
    since = int(raw)
    now = queries.count_events(session)
    ctx = {
        "since": since,
        "new": max(now - since, 0),
        "poll": poll_seconds(request),
        "back": _back_query(request.query_params.get("back", "")),
    }
    return render(request, "_new_events.html", ctx)


def _back_query(raw: str) -> str:
    """The timeline's own query (its filters), so that "show them" reloads the view the
    reader is on rather than the unfiltered timeline. Re-encoded from its pairs, so only a
    query string ever reaches the link; "/" itself validates the filters."""
    if len(raw) > MAX_BACK:
        raise FilterError("back", f"is longer than {MAX_BACK} characters")
    return urlencode(parse_qsl(raw))


MAX_BACK = 4000


def poll_seconds(request: Request) -> float:
    return float(getattr(request.app.state, "new_events_poll", NEW_EVENTS_POLL))


def _resolve(session: Session, event_id: str) -> tuple[str, bool]:
    current, moved = queries.resolve_event_id(session, event_id)
    if current is None:
        raise NotFound("event", event_id)
    return current, moved


@router.get(
    "/api/events/{event_id}",
    response_model=EventOut,
    responses={**NOT_FOUND, 301: {"description": "The id changed: Location names the new one"}},
)
async def api_event(request: Request, event_id: str) -> Response:
    return await run_db(request, lambda session: _api_event(session, event_id))


def _api_event(session: Session, event_id: str) -> Response:
    card = cards.read_one(session, event_id)
    if card is not None:
        return Response(card.body, media_type="application/json")
    # Not an event's id: perhaps one that a re-ingest replaced.
    current, moved = _resolve(session, event_id)
    if moved:
        return RedirectResponse(f"/api/events/{current}", status_code=301)
    card = cards.read_one(session, current)  # stored in between (no snapshot on a server)
    if card is None:
        raise NotFound("event", event_id)
    return Response(card.body, media_type="application/json")


@dataclass(frozen=True)
class SourceView:
    source: queries.SourceRef
    segments: list[marks.Segment]
    date_label: str
    agrees: bool


def _disputes(e: queries.EventItem, s: queries.SourceRef) -> bool:
    """Ingest decided which sources contradict the event's date (explicit readings that do
    not overlap it); a source dated only by its publication disputes nothing."""
    return any(isinstance(d, dict) and d.get("mention_id") == s.mention_id for d in e.disagreement)


def _same_date(e: queries.EventItem, s: queries.SourceRef) -> bool:
    return (s.date_start, s.date_end, s.date_precision) == (e.date_start, e.date_end, e.precision)


def _reason(e: queries.EventItem, ui: UI) -> str:
    """Explain the event's date from the source that reads it the way the event does."""
    agreeing = sorted(
        (s for s in e.sources if _same_date(e, s)),
        key=lambda s: (s.date_how != e.date_how, s.date_text != e.date_text),
    )
    best = agreeing[0] if agreeing else None
    return datelabel.reason(
        date_text=e.date_text,
        how=best.date_how if best else e.date_how,
        planned=e.planned,
        published=best.published if best else None,
        result=ui.date(e.date_start, e.date_end, e.precision),
        lang=ui.lang,
    )


def _page_event(session: Session, event_id: str) -> queries.EventItem | None:
    """The event from its stored card (one query), else from the tables."""
    card = cards.read_one(session, event_id)
    if card is None:
        return None
    return eventpage.from_card(card) or queries.get_event(session, event_id)


@router.get("/events/{event_id}", include_in_schema=False)
async def event_page(request: Request, event_id: str) -> Response:
    if is_sqlite(request):
        # An event with a stored card: two statements on a bare connection.
        found = await run_raw(request, lambda conn: _event_page_raw(request, conn, event_id))
        if found is not None:
            return found
    return await run_db(request, lambda session: _event_page(request, session, event_id))


def _event_page_raw(request: Request, conn: Any, event_id: str) -> Response | None:
    card = cards.read_stored(conn, event_id)
    event = eventpage.from_card(card) if card is not None else None
    if event is None:
        return None  # the session's way: a moved id, a card not stored or an old one
    prev_id, next_id = queries.neighbours_sqlite(conn, event.position)
    return _render_event(request, event, prev_id, next_id)


def _event_page(request: Request, session: Session, event_id: str) -> Response:
    event = _page_event(session, event_id)
    if event is None:
        # Not an event's id: perhaps one that a re-ingest replaced.
        current, moved = _resolve(session, event_id)
        if moved:
            return RedirectResponse(f"/events/{current}", status_code=301)
        event = queries.get_event(session, current)  # stored in between (on a server)
        if event is None:
            raise NotFound("event", event_id)
    prev_id, next_id = queries.neighbours(session, event.position)
    return _render_event(request, event, prev_id, next_id)


def _render_event(
    request: Request, event: queries.EventItem, prev_id: str | None, next_id: str | None
) -> Response:
    ui = ui_for(request)
    sources = [
        SourceView(
            source=s,
            segments=marks.quote_segments(
                s.quote,
                s.sent_start,
                date_span=(s.date_text_start, s.date_text_end),
                actor_spans=s.actor_spans,
            ),
            date_label=ui.date(s.date_start, s.date_end, s.date_precision),
            agrees=not _disputes(event, s),
        )
        for s in event.sources
    ]
    listed = {s.source.article_id for s in sources if not s.agrees}
    titles = {s.article_id: (s.title or s.file) for s in event.sources}
    extra = [
        d for d in event.disagreement if isinstance(d, dict) and d.get("article_id") not in listed
    ]
    ctx = {
        "ui": ui,
        "event": event,
        "reason": _reason(event, ui),
        "sources": sources,
        "disagreeing": [s for s in sources if not s.agrees],
        "extra_disagreement": extra,
        "article_titles": titles,
        "prev_id": prev_id,
        "next_id": next_id,
    }
    # `event.html`'s main block written in Python (app.web.eventmain), byte for byte.
    main = eventmain.main_block(ctx)
    return render(request, "event_page.html", {"ui": ui, "event": event, "main": main})
