"""A timeline page's events block written in Python: `_page.html`'s, byte for byte.

The block is the page's month groups (a heading unless the group continues the previous
page's month, then the rows), the "no events" line and the "more" link. Through Jinja (an
include, a loop, a call per month into app.web.rows) it was most of what the templates
still cost an HTML timeline, and it is small and fixed, so it is written here from the
same values the template reads; the rows of the whole page have their chips filled in one
pass. app.web.framehtml (`_timeline.html` in Python) and `actor.html` call it, the
"more" fragment is it alone.
tests/web/test_page_html.py renders `_page.html` and this for the same pages and compares.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from app.render.ui import UI
from app.web import rows
from app.web.filters import TimelineQuery


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
    parts: list[str] = []
    for g in groups:
        parts.append('<section class="month">\n')
        if g.heading:
            parts.append(f'<h2 class="month-heading">{escape(ui.month(g.month))}</h2>\n')
        parts.append('<ol class="events">\n')
        parts.extend([rows.row_of(e, ui.lang) for e in g.events])
        parts.append("</ol>\n</section>\n")
    if not page.events and not tq.cursor:
        parts.append(f'<p class="empty">{escape(ui.t("no_events"))}</p>\n')
    parts.append('<div class="more-wrap">\n')
    if more_qs:
        qs = escape(more_qs)
        parts.append(
            f'<a class="more" href="/?{qs}" hx-get="/?{qs}" hx-target="closest .more-wrap"'
            f' hx-swap="outerHTML">{escape(ui.t("more"))}</a>\n'
        )
    parts.append("</div>")
    # Every value above is escaped, the rows are app.render.rows' (escaped values), and no
    # escaped value holds a chip's placeholder characters: one pass fills the page's chips.
    return rows.fill_chips("".join(parts), tq, bool(hx))
