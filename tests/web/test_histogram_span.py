"""The histogram of a date-filtered view spans the filter's months; bars keep the filters."""

from __future__ import annotations

from typing import Any

import pytest

from app.web import histogram


@pytest.mark.parametrize(
    ("counts", "first", "last", "months"),
    [
        (
            [("2024-11", 2), ("2025-02", 1)],
            None,
            None,
            ["2024-11", "2024-12", "2025-01", "2025-02"],
        ),
        # an event that only overlaps the filter from an earlier month is not a bar
        ([("2024-11", 2), ("2025-02", 1)], "2025-01", "2025-03", ["2025-01", "2025-02", "2025-03"]),
        (
            [("2025-02", 1), ("2025-09", 4)],
            "2025-01",
            None,
            [f"2025-{m:02d}" for m in range(1, 10)],
        ),
        ([("2024-01", 1), ("2025-02", 1)], None, "2024-02", ["2024-01", "2024-02"]),
        ([("2024-01", 3)], "2025-01", "2025-02", []),
    ],
)
def test_span_is_the_filters(
    counts: list[tuple[str, int]], first: str | None, last: str | None, months: list[str]
) -> None:
    h = histogram.build(counts, first, last)
    assert [b.month for b in h.bars] == months


def test_filtered_page_histogram_and_its_links(client: Any) -> None:
    html = client.get("/?from=2025-01&to=2025-06&actor=sergey-lavrov").text
    fig = html.split('<figure class="histogram">')[1].split("</figure>")[0]
    months = [a.split('aria-label="')[1].split('"')[0] for a in fig.split("<a ")[1:]]
    assert months, fig
    # every bar link keeps the type filter and narrows the dates to its month
    for link in fig.split('<a href="/?')[1:]:
        qs = link.split('"')[0]
        assert "actor=sergey-lavrov" in qs and "from=2025-0" in qs
    axis = fig.split('<div class="axis">')[1]
    assert "2025" in axis
