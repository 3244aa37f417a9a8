"""The timeline's events-per-month histogram as SVG geometry (no chart library, no script).

Months without events are kept as empty slots so that the time axis stays honest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from app.render.ui import UI
    from app.web.filters import TimelineQuery

WIDTH = 600
HEIGHT = 60
MAX_MONTHS = 240


@dataclass(frozen=True)
class Bar:
    month: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Histogram:
    bars: list[Bar]
    width: int
    height: int
    first: str | None
    last: str | None
    peak: int


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < MAX_MONTHS * 4:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def build(
    counts: list[tuple[str, int]], first: str | None = None, last: str | None = None
) -> Histogram:
    """Bars from the first to the last month with events; `first`/`last` ("YYYY-MM", a date
    filter's months) fix the span instead: months outside it are left out, months inside
    it without events are empty slots."""
    known = {
        m: n
        for m, n in counts
        if n > 0 and (first is None or m >= first) and (last is None or m <= last)
    }
    if not known:
        return Histogram([], WIDTH, HEIGHT, None, None, 0)
    months = _months(first or min(known), last or max(known))[-MAX_MONTHS:]
    peak = max(known.get(m, 0) for m in months) or 1
    slot = WIDTH / len(months)
    gap = min(2.0, slot * 0.2)
    bars = []
    for i, month in enumerate(months):
        n = known.get(month, 0)
        h = 0.0 if n == 0 else max(3.0, HEIGHT * n / peak)
        bars.append(
            Bar(
                month=month,
                count=n,
                x=round(i * slot + gap / 2, 2),
                y=round(HEIGHT - h, 2),
                width=round(slot - gap, 2),
                height=round(h, 2),
            )
        )
    return Histogram(bars, WIDTH, HEIGHT, months[0], months[-1], peak)


_BAR = (
    '<a href="/?{qs}" hx-get="/?{qs}" hx-target="#timeline" hx-swap="outerHTML"'
    ' hx-push-url="true" aria-label="{label}"><rect class="bar{on}" x="{x}" y="{y}"'
    ' width="{w}" height="{h}"><title>{label}</title></rect></a>\n'
)


def render(h: Histogram, ui: UI, tq: TimelineQuery) -> Markup:
    """`_histogram.html`, byte for byte, written in Python: about 140 linked bars through
    Jinja cost as much per request as the page's SQL (tests/web/test_histogram_html.py
    compares the two)."""
    if not h.bars:
        return Markup("")
    title = escape(ui.t("histogram"))
    out = [
        '<figure class="histogram">\n',
        f'<figcaption>{title} <span class="hint">{escape(ui.t("histogram_hint"))}</span>'
        "</figcaption>\n",
        f'<svg viewBox="0 0 {h.width} {h.height}" preserveAspectRatio="none" role="group"'
        f' aria-label="{title}" focusable="false">\n',
    ]
    for b in h.bars:
        if not b.count:
            continue
        label = escape(f"{ui.month(b.month)}: {b.count}")
        out.append(
            _BAR.format(
                qs=escape(tq.month_qs(b.month)),
                label=label,
                on=" on" if tq.is_month(b.month) else "",
                x=b.x,
                y=b.y,
                w=b.width,
                h=b.height,
            )
        )
    out.append("</svg>\n")
    out.append(
        f'<div class="axis"><span>{escape(ui.month(h.first))}</span>'
        f"<span>{escape(ui.month(h.last))}</span></div>\n"
    )
    out.append("</figure>\n")
    # Every value above is escaped; the markup around it is this module's own.
    return Markup("".join(out))  # noqa: S704
