"""Actors: `/actors` (names and counts), `/actors/{id}` (aliases and their timeline), API."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from app.config import Settings
from app.db import queries
from app.web.deps import get_session, get_settings
from app.web.errors import NotFound
from app.web.filters import TimelineQuery
from app.web.render import render
from app.web.schemas import ActorCountOut, ActorsOut
from app.web.timeline import page_context

router = APIRouter()
SESSION = Depends(get_session)
SETTINGS = Depends(get_settings)


@router.get("/api/actors", response_model=ActorsOut)
def api_actors(session: Session = SESSION) -> ActorsOut:
    return ActorsOut(
        actors=[
            ActorCountOut(id=a.id, name=a.name, name_ru=a.name_ru, kind=a.kind, events=a.events)
            for a in queries.list_actors(session)
        ]
    )


@router.get("/actors", include_in_schema=False)
def actors_page(request: Request, session: Session = SESSION) -> Response:
    return render(request, "actors.html", {"actors": queries.list_actors(session)})


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
    ctx = page_context(session, tq, settings.page_size)
    return render(request, "actor.html", {"found": found, **ctx})
