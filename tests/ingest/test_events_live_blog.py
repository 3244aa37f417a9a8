"""A live blog's entries under bare hours are of the page's day (issue 11). Texts written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = date.fromisoformat
PUBLISHED = D("2024-03-14")
ENTRIES = [
    "Министры иностранных дел Бразилии и Чили провели переговоры в Сантьяго.",
    "Глава МИД Бразилии встретился с президентом Чили.",
    "Министр иностранных дел Бразилии прилетел в Сантьяго.",
]



def _blog(hours: list[str]) -> str:
    parts = ["Трансляция"]
    for hour, entry in zip(hours, ENTRIES, strict=True):
        if hour:
            parts.append(hour)
        parts.append(entry)
    return "\n".join(parts) + "\n"


# (hours heading the entries, published, the precision of every event's date)
CASES: list[tuple[list[str], date | None, str]] = [
    (["21.40", "19:20", "15.30"], PUBLISHED, "day"),  # a live blog: the page's day
    (["21.40", "", "15.30"], PUBLISHED, "before"),  # two hours: a schedule, not a blog
    (["21.40", "19:20", "15.30"], None, "unknown"),  # no page date: nothing to take
    (["25.40", "19:70", "15.30"], PUBLISHED, "before"),  # not hours
]


@pytest.mark.parametrize(("hours", "published", "precision"), CASES)
def test_live_blog_entries_take_the_page_day(
    pipeline: Pipeline, hours: list[str], published: date | None, precision: str
) -> None:
    facts = pipeline.process(raw_article(_blog(hours), published))
    happened = [e for e in facts.events if e.status == "happened"]
    assert happened
    assert {e.date.value.precision for e in happened} == {precision}
    if precision == "day":
        assert {e.date.value.start for e in happened} == {PUBLISHED}


def test_a_sentence_run_on_from_the_lines_above_the_hour_is_not_the_entry(
    pipeline: Pipeline,
) -> None:
    """Header lines without a stop over the first entry («Новости дня / Трансляция / 21.40
    / Министры ...»): line_breaks.py now cuts them off, so every entry below its hour takes
    the page's day; a sentence that still ran on from above the first hour (a hard-wrapped
    header) would keep its own reading."""
    text = "Новости дня\n" + _blog(["21.40", "19:20", "15.30"])
    facts = pipeline.process(raw_article(text, PUBLISHED))
    first = text.index("21.40")
    dated = {
        e.date.value.precision
        for e in facts.events
        if e.status == "happened" and all(a > first for a, _ in e.sentences)
    }
    assert dated == {"day"}
    before = [e for e in facts.events if any(a < first for a, _ in e.sentences)]
    assert all(e.date.value.precision != "day" for e in before)
    assert len([e for e in facts.events if e.status == "happened"]) >= len(ENTRIES)
