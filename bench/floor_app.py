"""The "floor" for the web benchmark: what FastAPI + Jinja2 + sqlite3 cost by themselves.

    LETOPIS_FLOOR_DB=path/to/fill.db uvicorn --factory bench.floor_app:create_app

A deliberately minimal app over the same database file and schema as Letopis (it queries
the project's tables directly with sqlite3, one connection per thread) serving the three
page kinds bench.webload measures: an actor's events in a date window as JSON and as HTML,
and one event page. No filters beyond those, no cursors, no caching: the figure Letopis is
compared with (bench.webload --varied), never something it serves.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading

from fastapi import FastAPI, HTTPException, Query
from jinja2 import Environment
from starlette.responses import HTMLResponse, Response

PAGE = 50
FROM = Query("0001-01-01", alias="from")
LIST_SQL = """
SELECT e.id, e.title, e.type, e.date_start, e.date_end, e.date_precision, e.status,
       e.sources_count
FROM event_actors ea JOIN events e ON e.id = ea.event_id
WHERE ea.actor_id = ? AND ea.sort_date >= ? AND ea.sort_date <= ?
ORDER BY ea.sort_date, ea.precision_rank, ea.event_id LIMIT ?
"""
EVENT_SQL = """
SELECT id, title, type, date_start, date_end, date_precision, status, sources_count
FROM events WHERE id = ?
"""
COLS = ("id", "title", "type", "date_start", "date_end", "precision", "status", "sources")
LIST_HTML = """<!doctype html><html lang="en"><title>{{ actor }}</title><body><ol>
{% for e in events %}<li><a href="/events/{{ e.id }}">{{ e.title }}</a>
 <time>{{ e.date_start }}</time> {{ e.type }} · {{ e.status }} · {{ e.sources }}</li>
{% endfor %}</ol></body></html>"""
EVENT_HTML = """<!doctype html><html lang="en"><title>{{ e.title }}</title><body>
<h1>{{ e.title }}</h1><p>{{ e.date_start }} – {{ e.date_end }} ({{ e.precision }})</p>
<ul>{% for a in actors %}<li>{{ a[1] or a[2] }}</li>{% endfor %}</ul>
{% for s in sources %}<blockquote>{{ s[0] }}</blockquote><cite>{{ s[1] }}, {{ s[2] }}</cite>
{% endfor %}</body></html>"""


def create_app(path: str | None = None) -> FastAPI:
    db = path or os.environ["LETOPIS_FLOOR_DB"]
    local = threading.local()

    def con() -> sqlite3.Connection:
        if not hasattr(local, "con"):
            local.con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
        c: sqlite3.Connection = local.con
        return c

    env = Environment(autoescape=True)
    list_tpl, event_tpl = env.from_string(LIST_HTML), env.from_string(EVENT_HTML)
    app = FastAPI()

    def events(actor: str, lo: str, hi: str) -> list[dict[str, object]]:
        rows = con().execute(LIST_SQL, (actor, lo, hi, PAGE)).fetchall()
        return [dict(zip(COLS, r, strict=True)) for r in rows]

    @app.get("/healthz")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/events")
    def api(actor: str, date_from: str = FROM, to: str = "9999-12-30") -> Response:
        body = json.dumps({"events": events(actor, date_from, to)}, ensure_ascii=False)
        return Response(body, media_type="application/json")

    @app.get("/")
    def page(actor: str, date_from: str = FROM, to: str = "9999-12-30") -> HTMLResponse:
        return HTMLResponse(list_tpl.render(actor=actor, events=events(actor, date_from, to)))

    @app.get("/events/{event_id}")
    def event(event_id: str) -> HTMLResponse:
        c = con()
        row = c.execute(EVENT_SQL, (event_id,)).fetchone()
        if row is None:
            raise HTTPException(404)
        actors = c.execute(
            "SELECT a.id, a.name, a.name_ru FROM event_actors ea JOIN actors a "
            "ON a.id = ea.actor_id WHERE ea.event_id = ?",
            (event_id,),
        ).fetchall()
        sources = c.execute(
            "SELECT m.quote, ar.title, ar.published FROM mentions m JOIN articles ar "
            "ON ar.id = m.article_id WHERE m.event_id = ?",
            (event_id,),
        ).fetchall()
        e = dict(zip(COLS, row, strict=True))
        return HTMLResponse(event_tpl.render(e=e, actors=actors, sources=sources))

    return app
