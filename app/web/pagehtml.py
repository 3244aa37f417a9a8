"""A timeline page's events block written in Python: `_page.html`'s, byte for byte.

The block is the page's month groups (a heading unless the group continues the previous
page's month, then the rows), the "no events" line and the "more" link. Through Jinja (an
include, a loop, a call per month into app.web.rows) it was most of what the templates
still cost an HTML timeline, and it is small and fixed, so it is written here from the
same values the template reads; the rows of the whole page have their chips filled in one
pass. app.web.framehtml (`_timeline.html` in Python) and `actor.html` call it, the
"more" fragment is it alone; `page_bytes` writes the same as UTF-8 from rows read as bytes
for the timeline's own answers.
tests/web/test_page_html.py renders `_page.html` and this for the same pages and compares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from markupsafe import Markup, escape

from app.render.ui import UI
from app.web import rows
from app.web.filters import TimelineQuery

T = TypeVar("T", str, bytes)


def _block(
    groups: Sequence[Any],
    page: Any,
    tq: TimelineQuery,
    ui: UI,
    more_qs: str | None,
    row: Callable[[Any], T],
    text: Callable[[str], T],
) -> list[T]:
    """The block's parts in order: the rows as `row` gives them, the rest through `text`."""
    parts: list[T] = []
    for g in groups:
        parts.append(text('<section class="month">\n'))
        if g.heading:
            parts.append(text(f'<h2 class="month-heading">{escape(ui.month(g.month))}</h2>\n'))
        parts.append(text('<ol class="events">\n'))
        parts.extend([row(e) for e in g.events])
        parts.append(text("</ol>\n</section>\n"))
    if not page.events and not tq.cursor:
        parts.append(text(f'<p class="empty">{escape(ui.t("no_events"))}</p>\n'))
    tail = '<div class="more-wrap">\n'
    if more_qs:
        qs = escape(more_qs)
        tail += (
            f'<a class="more" href="/?{qs}" hx-get="/?{qs}" hx-target="closest .more-wrap"'
            f' hx-swap="outerHTML">{escape(ui.t("more"))}</a>\n'
        )
    parts.append(text(tail + "</div>"))
    return parts


def page_html(
    groups: Sequence[Any],
    page: Any,
    tq: TimelineQuery,
    ui: UI,
    more_qs: str | None,
    hx: Any = False,
) -> Markup:
    """`_page.html` with these values (`hx`: the template's `hx_chips`; an undefined
    template variable is false)."""
    parts = _block(groups, page, tq, ui, more_qs, lambda e: rows.row_of(e, ui.lang), str)
    # Every value above is escaped, the rows are app.render.rows' (escaped values), and no
    # escaped value holds a chip's placeholder characters: one pass fills the page's chips.
    return rows.fill_chips("".join(parts), tq, bool(hx))


def page_bytes(
    groups: Sequence[Any],
    page: Any,
    tq: TimelineQuery,
    ui: UI,
    more_qs: str | None,
    hx: bool = False,
) -> bytes:
    """`page_html` as UTF-8, its rows as read (bytes, app.db.cards.StoredRow) never
    decoded: the bytes of the answer are mostly these rows."""
    parts = _block(groups, page, tq, ui, more_qs, lambda e: rows.row_bytes(e, ui.lang), str.encode)
    return rows.fill_chips_bytes(b"".join(parts), tq, hx)
