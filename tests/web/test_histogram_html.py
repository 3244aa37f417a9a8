"""The histogram written in Python (app.web.histogram.render) is what `_histogram.html`
renders, byte for byte: both languages, with and without a date filter (a bar "on" when
the filter is that one month), empty months, no events at all, characters to escape."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from starlette.datastructures import QueryParams

from app.render.ui import UI
from app.web import histogram
from app.web.filters import parse_timeline

COUNTS = [
    [],
    [("2024-03", 1)],
    [("2023-11", 4), ("2024-01", 17), ("2024-02", 0), ("2024-05", 250)],
    [(f"{y}-{m:02d}", (y * m) % 37) for y in range(2001, 2026) for m in range(1, 13)],
]


@pytest.mark.parametrize("counts", COUNTS)
@pytest.mark.parametrize(
    "query",
    [
        "",
        "actor=sergey-lavrov&q=%3Cb%3E+%26+%22x%22",
        "from=2024-01&to=2024-01",
        "actor=a&actor=b&from=2023-11-01&to=2024-05-31&order=newest",
        "to=2024-02",
    ],
)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_histogram_is_the_template_byte_for_byte(
    app: FastAPI, counts: list[tuple[str, int]], query: str, lang: str
) -> None:
    tq = parse_timeline(QueryParams(query), default_limit=50, max_limit=500)
    ui = UI(lang=lang, path="/?" + query)
    f = tq.filter
    span = (
        f.date_from.isoformat()[:7] if f.date_from else None,
        f.date_to.isoformat()[:7] if f.date_to else None,
    )
    h = histogram.build(counts, *span)
    template = app.state.templates.get_template("_histogram.html")
    expected = template.render({"ui": ui, "tq": tq, "histogram": h})
    assert str(histogram.render(h, ui, tq)) == expected
    if h.bars and any(b.count for b in h.bars):
        assert "<rect" in expected
