"""The timeline's rows of events written in Python: `_event_item.html`, byte for byte.

A page of 50 events rendered through the template (its include, the date and chips macros,
Jinja's attribute lookups) cost more than everything else the page does. The row is small
and fixed, so it is written here from the event's card, with the request's parts that
repeat across rows (labels, the chips' query strings) computed once per page.
tests/web/test_rows.py renders the template and this for the same events and compares.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape

from app.web import datelabel
from app.web.filters import TimelineQuery
from app.web.ui import UI

_HX = ' hx-target="#timeline" hx-swap="outerHTML" hx-push-url="true"'


class _Page:
    """What rows of one page share: the UI's labels and the chips' links."""

    def __init__(self, tq: TimelineQuery, ui: UI, hx: bool) -> None:
        self.tq = tq
        self.ui = ui
        self.hx = hx
        self.chosen = set(tq.filter.actors)
        self.chips_open = f'<ul class="chips" aria-label="{escape(ui.t("actors"))}">\n'
        self._chips: dict[tuple[str, str, str | None], str] = {}
        self._labels: dict[tuple[str, str], str] = {}

    def label(self, kind: str, key: str) -> str:
        found = self._labels.get((kind, key))
        if found is None:
            ui = self.ui
            if kind == "type":
                text = ui.type(key)
            elif kind == "status":
                text = ui.t("status_" + key)
            else:
                text = ui.sources(int(key))
            found = self._labels[(kind, key)] = str(escape(text))
        return found

    def chip(self, a: Any) -> str:
        key = (a.id, a.name_ru, a.name)
        found = self._chips.get(key)
        if found is None:
            qs = escape(self.tq.with_actor_qs(a.id))
            on = " on" if a.id in self.chosen else ""
            hx = f' hx-get="/?{qs}"{_HX}' if self.hx else ""
            name = escape(self.ui.name(a))
            found = f'<li><a class="chip{on}" href="/?{qs}"{hx}>{name}</a></li>\n'
            self._chips[key] = found
        return found


# The last pages' shared parts: `_page.html` asks for the rows of each month in turn.
_PAGES: OrderedDict[tuple[TimelineQuery, UI, bool], _Page] = OrderedDict()
_PAGES_KEPT = 32
_LOCK = threading.Lock()


def _page(tq: TimelineQuery, ui: UI, hx: bool) -> _Page:
    key = (tq, ui, hx)
    with _LOCK:
        found = _PAGES.get(key)
        if found is None:
            found = _PAGES[key] = _Page(tq, ui, hx)
            while len(_PAGES) > _PAGES_KEPT:
                _PAGES.popitem(last=False)
        return found


@lru_cache(maxsize=16384)
def _when(lang: str, start: dt.date | None, end: dt.date | None, precision: str) -> tuple[str, str]:
    """(datetime attribute, label) of a row's date, escaped: pure functions of these four,
    and pages of one window repeat the same days."""
    return (
        str(escape(datelabel.iso_interval(start, end))),
        str(escape(datelabel.label(start, end, precision, lang))),
    )


def _row(p: _Page, card: Any) -> str:
    ui = p.ui
    # A card's decoded fields carry the same names as the record's, without a property
    # lookup per attribute.
    e = getattr(card, "fields", card)
    status = e.status
    badge = ""
    if status != "happened":
        planned = " planned" if e.planned else ""
        badge = (
            f' <span class="badge status-{escape(status)}{planned}">'
            f"{p.label('status', status)}</span>"
        )
    iso, when = _when(ui.lang, e.date_start, e.date_end, e.precision)
    chips = "".join([p.chip(a) for a in e.actors])
    return (
        f'<li class="event{" is-planned" if e.planned else ""}">\n'
        f'<div class="when"><time datetime="{iso}">{when}</time></div>\n'
        '<div class="what">\n'
        f'<p class="meta"><span class="type">{p.label("type", e.type)}</span>{badge}'
        f' <span class="n-sources">· {p.label("sources", str(e.sources_count))}</span></p>\n'
        f'<h3 class="title"><a href="/events/{escape(card.id)}">{escape(ui.title(e))}</a></h3>\n'
        f"{p.chips_open}{chips}</ul>\n\n"
        "</div>\n"
        "</li>"
    )


def event_rows(events: Iterable[Any], tq: TimelineQuery, ui: UI, hx: Any = False) -> Markup:
    """The rows of these events (cards or EventItems), as `_event_item.html` renders each
    in turn; `hx`: chips also as htmx links (an undefined template variable is false)."""
    p = _page(tq, ui, bool(hx))
    # Every value above is escaped; the markup around it is this module's own.
    return Markup("".join(_row(p, e) for e in events))  # noqa: S704
