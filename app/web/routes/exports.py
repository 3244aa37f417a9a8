"""Exports of the current filter: `/export.csv` and `/export.ics` (JSON is /api/events).

They take the timeline's parameters; without `limit` they export every matching event, up
to EXPORT_MAX, paging through the keyset like any client would.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from app.db import queries
from app.render import datelabel
from app.web import ics
from app.web.deps import get_session
from app.web.filters import TimelineQuery
from app.web.schemas import event_url, source_url
from app.web.timeline import parse

router = APIRouter()
SESSION = Depends(get_session)
EXPORT_MAX = 10_000
CHUNK = 500

CSV_COLUMNS = [
    "id",
    "url",
    "title",
    "type",
    "planned",
    "status",
    "date_start",
    "date_end",
    "precision",
    "date_text",
    "how",
    "date_label",
    "actors",
    "sources_count",
    "sources",
    "title_en",  # added last: readers of the earlier columns keep working
]


def _all(session: Session, tq: TimelineQuery) -> Iterator[queries.EventItem]:
    wanted = tq.limit if "limit" in tq.explicit else EXPORT_MAX
    after = tq.cursor
    sent = 0
    while sent < wanted:
        page = queries.list_events(
            session,
            tq.filter,
            limit=min(CHUNK, wanted - sent),
            after=after,
            with_total=False,
            newest=tq.newest,
        )
        yield from page.events
        sent += len(page.events)
        if page.next is None:
            return
        after = page.next


def _guard_formula(value: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: make them text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@router.get("/export.csv", include_in_schema=False)
def export_csv(request: Request, session: Session = SESSION) -> Response:
    tq = parse(request, session)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in _all(session, tq):
        writer.writerow(
            [
                e.id,
                event_url(e.id),
                _guard_formula(e.title),
                e.type,
                "true" if e.planned else "false",
                ics.status_of(e),
                e.date_start.isoformat() if e.date_start else "",
                e.date_end.isoformat() if e.date_end else "",
                e.precision,
                _guard_formula(e.date_text or ""),
                e.date_how,
                datelabel.label(e.date_start, e.date_end, e.precision, "en"),
                ";".join(a.id for a in e.actors),
                e.sources_count,
                " ".join(source_url(s.article_id, s.mention_id) for s in e.sources),
                _guard_formula(e.title_en or ""),
            ]
        )
    return Response(
        buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="letopis-events.csv"'},
    )


@router.get("/export.ics", include_in_schema=False)
def export_ics(request: Request, session: Session = SESSION) -> Response:
    tq = parse(request, session)
    events = list(_all(session, tq))
    describe = {
        e.id: (
            f"{datelabel.label(e.date_start, e.date_end, e.precision, 'en')} "
            f"({e.precision}; «{e.date_text or ''}», {e.date_how}). "
            f"Actors: {', '.join(a.name or a.name_ru for a in e.actors)}. "
            f"Sources: {e.sources_count}."
        )
        for e in events
    }
    body = ics.calendar(events, base_url=str(request.base_url), describe=describe)
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="letopis-events.ics"'},
    )
