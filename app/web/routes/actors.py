"""Actors: `/actors` (names and counts), `/actors/{id}` (aliases and their timeline), API."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from app.config import Settings
from app.db import queries
from app.web.deps import get_session, get_settings
from app.web.errors import NotFound
from app.web.filters import FilterError, TimelineQuery
from app.web.render import render, ui_for
from app.web.schemas import ActorCountOut, ActorsOut
from app.web.timeline import page_context

router = APIRouter()
SESSION = Depends(get_session)
SETTINGS = Depends(get_settings)


ACTORS_PAGE = 100
KINDS = ("person", "organisation", "company", "media", "state")
MAX_PAGE = 10_000


@dataclass(frozen=True)
class ActorSearch:
    """/actors' parameters: words of a name, a kind, a page number (from 1)."""

    q: str | None
    kind: str | None
    page: int

    def query_string(self, **changes: object) -> str:
        values: dict[str, object] = {"q": self.q, "kind": self.kind, "page": self.page}
        values.update(changes)
        if values.get("page") == 1:
            values["page"] = None
        return urlencode([(k, str(v)) for k, v in values.items() if v])


def _actor_search(request: Request) -> ActorSearch:
    params = request.query_params
    q = (params.get("q") or "").strip()[:100] or None
    kind = (params.get("kind") or "").strip() or None
    if kind is not None and kind not in KINDS:
        raise FilterError("kind", f"{kind[:40]!r} is not one of: {', '.join(KINDS)}")
    raw = (params.get("page") or "").strip() or "1"
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise FilterError("page", f"must be a whole number between 1 and {MAX_PAGE}")
    return ActorSearch(q, kind, int(raw))


@router.get("/api/actors", response_model=ActorsOut)
def api_actors(request: Request, session: Session = SESSION) -> ActorsOut:
    """All actors, most events first; `q`, `kind` and `page` narrow them as on /actors
    (without `page`, every actor)."""
    s = _actor_search(request)
    paged = "page" in request.query_params
    found = queries.list_actors(
        session,
        text=s.q,
        kind=s.kind,
        limit=ACTORS_PAGE if paged else None,
        offset=(s.page - 1) * ACTORS_PAGE if paged else 0,
    )
    return ActorsOut(
        actors=[
            ActorCountOut(id=a.id, name=a.name, name_ru=a.name_ru, kind=a.kind, events=a.events)
            for a in found
        ]
    )


@router.get("/actors", include_in_schema=False)
def actors_page(request: Request, session: Session = SESSION) -> Response:
    """A page of ACTORS_PAGE actors, most events first, searchable by name in any case form."""
    s = _actor_search(request)
    found = queries.list_actors(
        session, text=s.q, kind=s.kind, limit=ACTORS_PAGE + 1, offset=(s.page - 1) * ACTORS_PAGE
    )
    more = len(found) > ACTORS_PAGE
    return render(
        request,
        "actors.html",
        {
            "actors": found[:ACTORS_PAGE],
            "search": s,
            "kinds": KINDS,
            "prev_qs": s.query_string(page=s.page - 1) if s.page > 1 else None,
            "next_qs": s.query_string(page=s.page + 1) if more else None,
        },
    )


@router.get("/actors/{actor_id}", include_in_schema=False)
def actor_page(
    request: Request, actor_id: str, session: Session = SESSION, settings: Settings = SETTINGS
) -> Response:
    found = queries.get_actor(session, actor_id)
    if found is None:
        raise NotFound("actor", actor_id)
    tq = TimelineQuery(
        filter=queries.EventFilter(actors=(actor_id,)),
        limit=settings.page_size,
        cursor=None,
        cursor_token=None,
    )
    ctx = page_context(session, tq, settings.page_size, lang=ui_for(request).lang)
    return render(request, "actor.html", {"found": found, **ctx})
