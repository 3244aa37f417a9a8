"""Building the timeline page's context: filtered page of events, month groups, picker.

Shared by `/` and `/actors/{id}`; routes only choose between full page and fragment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy.orm import Session

from app.config import Settings
from app.db import queries
from app.db.models import UNDATED
from app.db.vocabulary import STATUSES
from app.render.ui import UI
from app.web import cursor, formhtml, histogram
from app.web.filters import ORDERS, TimelineQuery, check_ids, parse_timeline
from app.web.render import fragment, fragments, ui_for

PICKER_SIZE = 60
ARTICLE_CHOICES = 200


@dataclass(frozen=True)
class MonthGroup:
    month: str | None
    events: list[Any]  # cards.Card or cards.StoredRow
    heading: bool  # False when this group continues the previous page's month


def parse(request: Request, session: Session, *, default_order: str = "oldest") -> TimelineQuery:
    settings: Settings = request.app.state.settings
    tq = parse_timeline(
        request.query_params,
        default_limit=settings.page_size,
        max_limit=settings.max_page_size,
        default_order=default_order,
    )
    check_ids(session, tq)
    return tq


def _month(d: dt.date) -> str | None:
    return None if d == UNDATED else f"{d.year:04d}-{d.month:02d}"


def groups(events: list[Any], after: queries.Position | None) -> list[MonthGroup]:
    """Consecutive events of one month (events come in timeline order)."""
    prev = _month(after.sort_date) if after is not None else "none"
    out: list[MonthGroup] = []
    for e in events:
        if out and out[-1].month == e.month:
            out[-1].events.append(e)
        else:
            continued = not out and e.month == prev
            out.append(MonthGroup(e.month, [e], heading=not continued))
    return out


def list_page(
    session: Session,
    tq: TimelineQuery,
    total: int | None = None,
    lang: str | None = None,
    as_bytes: bool = False,
) -> queries.CardPage:
    """The page of events the query asks for (its filter, cursor, size and order), as the
    events' stored cards (with `lang`, where it can, their stored rows of HTML in that
    language, with `as_bytes` as UTF-8); `total`, when the caller knows it, is not counted
    again."""
    return queries.list_cards(
        session,
        tq.filter,
        limit=tq.limit,
        after=tq.cursor,
        total=tq.cursor_total if tq.cursor_total is not None else total,
        newest=tq.newest,
        lang=lang,
        as_bytes=as_bytes,
    )


def page_context(
    session: Session,
    tq: TimelineQuery,
    default_limit: int,
    total: int | None = None,
    lang: str | None = None,
    as_bytes: bool = False,
) -> dict[str, Any]:
    """Events of one page: enough for the `_page.html` fragment ("more"); `lang`, the
    page's UI language, lets it read the events' stored rows of HTML (`as_bytes`: for a
    page written as bytes, app.web.pagehtml.page_bytes)."""
    page = list_page(session, tq, total, lang, as_bytes)
    nxt = cursor.encode(page.next, page.total, newest=tq.newest) if page.next else None
    extra: dict[str, object] = {"cursor": nxt}
    if tq.limit != default_limit:
        extra["limit"] = tq.limit
    return {
        "tq": tq,
        "page": page,
        "groups": groups(page.events, tq.cursor),
        "next_token": nxt,
        "more_qs": tq.query_string(**extra) if nxt else None,
    }


T = TypeVar("T")


def data_version(request: Request, session: Session) -> int:
    """The data version this request's snapshot reads (read once per request)."""
    version: int | None = getattr(request.state, "data_version", None)
    if version is None:
        version = request.state.data_version = queries.data_version(session)
    return version


def by_version(request: Request, session: Session, name: str, make: Callable[[], T]) -> T:
    """`make()`, the same for every filter, kept per process while the data version (bumped
    by ingest's every change, migration 0006) stays what this request's snapshot reads:
    the picker's actors, the article choices, the event types and the count of events."""
    version = data_version(request, session)
    cache: dict[str, tuple[int, Any]] = request.app.state.by_version
    hit = cache.get(name)
    if hit is not None and hit[0] == version:
        return cast(T, hit[1])
    value = make()
    cache[name] = (version, value)
    return value


def _span(tq: TimelineQuery) -> tuple[str | None, str | None]:
    """The months a date filter spans (the histogram shows those, not the months of
    events that only overlap it from outside)."""
    f = tq.filter
    return (
        f.date_from.isoformat()[:7] if f.date_from else None,
        f.date_to.isoformat()[:7] if f.date_to else None,
    )


def full_context(
    request: Request,
    session: Session,
    tq: TimelineQuery,
    default_limit: int,
    as_bytes: bool = False,
) -> dict[str, Any]:
    """Everything `/` shows: the page, histogram, filter form choices (`as_bytes`: the
    rows as UTF-8, see page_context)."""
    f = tq.filter
    counts = queries.month_histogram(session, f)
    # A date filter never matches an undated event, and the histogram counts every match
    # by the month of its sort date: its bars add up to the total, not counted again.
    total = sum(n for _m, n in counts) if f.date_from or f.date_to else None
    ui = ui_for(request)
    ctx = page_context(session, tq, default_limit, total, ui.lang, as_bytes)
    # ~140 linked bars: rendered once per (filter, language, counts), not per request.
    histogram_html = fragments(request).get(
        ("_histogram", ui.lang, tq.query_string(), tuple(counts)),
        lambda: histogram.render(histogram.build(counts, *_span(tq)), ui, tq),
    )
    selected = queries.actors_by_id(session, tq.filter.actors)
    if tq.actor_q:
        picker = queries.list_actors(session, text=tq.actor_q, limit=PICKER_SIZE)
    else:
        picker = by_version(
            request, session, "picker", lambda: queries.list_actors(session, limit=PICKER_SIZE)
        )
    chosen = {a.id for a in selected}
    version = data_version(request, session)
    shown = selected + [a for a in picker if a.id not in chosen]
    # The actor picker: its lines written once per (data version, language), joined here.
    lines: dict[tuple[str, bool], str] = by_version(
        request, session, f"picker lines {ui.lang}", dict
    )
    actor_options = formhtml.actor_options(lines, ui, shown, f.actors)
    # The type options: the same for every window and page, rendered once per (data
    # version, language, selection) like the histogram above.
    types = by_version(request, session, "types", lambda: queries.event_types(session))
    type_options = fragment(
        request,
        (version, ui.lang, f.type),
        "_type_options.html",
        {"ui": ui, "tq": tq, "types": types},
    )
    choices = by_version(
        request,
        session,
        "choices",
        lambda: queries.article_choices(session, limit=ARTICLE_CHOICES),
    )
    article_options = fragment(
        request,
        (tuple(choices), tq.filter.article),
        "_article_options.html",
        {"choices": choices, "selected": tq.filter.article},
    )
    ctx.update(
        filters_html=filters_html(
            request,
            ui,
            tq,
            {
                "actor_options": actor_options,
                "type_options": type_options,
                "article_options": article_options,
            },
        ),
        selected_actors=selected,
        picker=shown,
        actor_options=actor_options,
        type_options=type_options,
        statuses=STATUSES,
        orders=ORDERS,
        # The same 200 options on every page: rendered once per (choices, selection).
        article_options=article_options,
        histogram_html=histogram_html,
        loaded_total=by_version(request, session, "count", lambda: queries.count_events(session)),
        poll=float(getattr(request.app.state, "new_events_poll", 30)),
    )
    return ctx


def filters_html(request: Request, ui: UI, tq: TimelineQuery, options: dict[str, Markup]) -> Markup:
    """The filter form (`_filters.html`): the same for every date window and chosen actors
    but for the picker, so it is rendered once per (language, the other filters' values,
    the options offered) with stand-ins for the picker and the dates, cut at them, and
    joined with this request's (app.web.formhtml); Jinja rendering it per request cost as
    much as the page's rows."""
    f = tq.filter
    key = (
        "_filters.html",
        ui.lang,
        not f.is_empty,
        tq.actor_q,
        f.status,
        tq.order,
        f.q,
        options["type_options"],
        options["article_options"],
    )
    templates: Jinja2Templates = request.app.state.templates

    def make() -> tuple[str, str, str, str]:
        context = formhtml.template_context(ui, tq, not f.is_empty, options)
        context.update(statuses=STATUSES, orders=ORDERS)
        return formhtml.cut(templates.get_template("_filters.html").render(context))

    parts = fragments(request).value(key, make)
    lo = f.date_from.isoformat() if f.date_from else ""
    hi = f.date_to.isoformat() if f.date_to else ""
    return formhtml.fill(parts, options["actor_options"], lo, hi)
