"""GET /healthz: liveness plus how much the database holds."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from app.db import queries
from app.web.deps import get_session
from app.web.schemas import Health

router = APIRouter()


@router.get("/healthz", response_model=Health)
def healthz(session: Session = Depends(get_session)) -> Health:  # noqa: B008
    articles, events = queries.counts(session)
    return Health(status="ok", articles=articles, events=events)
