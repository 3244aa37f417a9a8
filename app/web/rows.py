"""The timeline's rows of events: `_event_item.html`, byte for byte, from stored rows.

Each card stores its row per UI language (app.render.rows, built at ingest), with each
actor chip's opening tag as a placeholder, since the chip's link keeps the page's current
filter; a page joins its rows and fills the placeholders in one regular-expression pass,
each distinct actor's tag made once per page. An event without a stored row (an EventItem,
a card read by the general path) gets its row built by the same function.
tests/web/test_rows.py renders the template and this for the same events and compares.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from app.render import rows as stored_rows
from app.render.ui import UI
from app.web.filters import TimelineQuery

# htmx boosts the chip's own link (a GET of `href`, its URL pushed); what it replaces is
# the events block's `hx-target`/`hx-swap` (app.web.framehtml), written once per page
# instead of the link again and three attributes in every chip.
_HX = ' hx-boost="true"'
_CHIP = re.compile(stored_rows.CHIP)
# The same placeholders in a row's UTF-8 bytes (no id holds either character, so the
# shortest match is the id's).
_CHIP_BYTES = re.compile(
    re.escape(stored_rows.CHIP_OPEN.encode())
    + b"(.*?)"
    + re.escape(stored_rows.CHIP_CLOSE.encode()),
    re.DOTALL,
)


class _Page:
    """What rows of one page share: the chips' opening tags (their links keep the filter)."""

    def __init__(self, tq: TimelineQuery, hx: bool) -> None:
        self.tq = tq
        self.hx = hx
        self.chosen = set(tq.filter.actors)
        # A chip's link is the filter's parameters with the actor's put after the chosen
        # ones': the two parts around it escaped once per page, the actor's own once per
        # process (urlencode and escape per chip per page were ~5% of an HTML timeline).
        self._parts = tuple(str(escape(p)) for p in tq.chip_qs_parts())
        self._chips: dict[str, str] = {}
        self._chips_bytes: dict[bytes, bytes] = {}
        # An actor not chosen yet: its tag is these two around its own parameter, as bytes.
        head, tail = self._parts
        before = '<a class="chip" href="/?' + (f"{head}&amp;" if head else "")
        after = (f"&amp;{tail}" if tail else "") + f'"{_HX if hx else ""}>'
        self._around_bytes = (before.encode(), after.encode())

    def _tag(self, actor_id: str) -> str:
        if actor_id in self.chosen:
            qs = str(escape(self.tq.with_actor_qs(actor_id)))
            on = " on"
        else:
            head, tail = self._parts
            qs = "&amp;".join([p for p in (head, _actor_param(actor_id), tail) if p])
            on = ""
        return f'<a class="chip{on}" href="/?{qs}"{_HX if self.hx else ""}>'

    def chip(self, m: re.Match[str]) -> str:
        actor_id = m[1]
        found = self._chips.get(actor_id)
        if found is None:
            found = self._chips[actor_id] = self._tag(actor_id)
        return found

    def chip_bytes(self, m: re.Match[bytes]) -> bytes:
        actor_id = m[1]
        found = self._chips_bytes.get(actor_id)
        if found is None:
            if actor_id.decode() in self.chosen:
                found = self._tag(actor_id.decode()).encode()
            else:
                # `_tag`'s link for an actor not chosen, from parts made once (a page names
                # ~50 actors, each new to it: building each tag was most of the chip pass).
                before, after = self._around_bytes
                found = before + _actor_param_bytes(actor_id) + after
            self._chips_bytes[actor_id] = found
        return found


@lru_cache(maxsize=8192)
def _actor_param(actor_id: str) -> str:
    """`actor=<id>` as a link's query writes it, escaped for an attribute."""
    return str(escape(urlencode([("actor", actor_id)])))


@lru_cache(maxsize=8192)
def _actor_param_bytes(actor_id: bytes) -> bytes:
    return _actor_param(actor_id.decode()).encode()


# The last pages' shared parts: `_page.html` asks for the rows of each month in turn.
_PAGES: OrderedDict[tuple[TimelineQuery, bool], _Page] = OrderedDict()
_PAGES_KEPT = 32
_LOCK = threading.Lock()


def _page(tq: TimelineQuery, hx: bool) -> _Page:
    key = (tq, hx)
    with _LOCK:
        found = _PAGES.get(key)
        if found is None:
            found = _PAGES[key] = _Page(tq, hx)
            while len(_PAGES) > _PAGES_KEPT:
                _PAGES.popitem(last=False)
        return found


def row_of(e: Any, lang: str) -> str:
    """The row of `e` (a card, a stored row or an EventItem), its chips still placeholders."""
    stored: str | bytes | None = getattr(e, "row", None)
    if stored is not None:
        return stored.decode() if isinstance(stored, bytes) else stored
    # A card's decoded fields carry the same names as the record's.
    return stored_rows.row(getattr(e, "fields", e), e.id, lang)


def row_bytes(e: Any, lang: str) -> bytes:
    """`row_of` as UTF-8: a stored row read as bytes is not decoded."""
    stored = getattr(e, "row", None)
    if isinstance(stored, bytes):
        return stored
    return row_of(e, lang).encode()


def event_rows(events: Iterable[Any], tq: TimelineQuery, ui: UI, hx: Any = False) -> Markup:
    """The rows of these events (cards or EventItems), as `_event_item.html` renders each
    in turn; `hx`: chips also as htmx links (an undefined template variable is false)."""
    return fill_chips("".join([row_of(e, ui.lang) for e in events]), tq, bool(hx))


def fill_chips_bytes(html: bytes, tq: TimelineQuery, hx: bool) -> bytes:
    """`fill_chips` on UTF-8 bytes (rows read as bytes, app.web.pagehtml.page_bytes)."""
    return _CHIP_BYTES.sub(_page(tq, hx).chip_bytes, html)


def fill_chips(html: str, tq: TimelineQuery, hx: bool) -> Markup:
    """`html` (rows, and markup around them holding no placeholder) with its chips' opening
    tags filled in for this page's filter."""
    p = _page(tq, hx)
    # Every value in a row is escaped (app.render.rows); the markup is that module's and
    # the chips' tags this one's.
    return Markup(_CHIP.sub(p.chip, html))  # noqa: S704
