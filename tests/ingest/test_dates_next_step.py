"""«Затем», «Тем временем», «(Почти) одновременно», «Позже» opening a sentence: the day the
story is on (deictic.py _next_step, extract.py): the day told just before, else, as a bare
time of day, the story's recent day; mid-sentence, or naming a happening of its own
(«одновременно с визитом»), no date. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2019, 4, 14)  # a Sunday
LEAD = "Министры в пятницу провели переговоры в Вене. Стороны обсудили безопасность. "

# (text, expression, day or None)
CASES: list[tuple[str, str, D | None]] = [
    (LEAD + "Затем делегации разошлись по рабочим группам.", "Затем", D(2019, 4, 12)),
    (LEAD + "Тем временем в Москве собрался Совбез.", "Тем временем", D(2019, 4, 12)),
    (LEAD + "Почти одновременно выступил президент.", "Почти одновременно", D(2019, 4, 12)),
    (LEAD + "Одновременно прошло заседание комиссии.", "Одновременно", D(2019, 4, 12)),
    # further on: the story's recent day still (as «Вечером» would be)
    (
        LEAD + "Встреча длилась три часа. Обсуждали и Сирию. Затем министры пообедали.",
        "Затем",
        D(2019, 4, 12),
    ),
    # mid-sentence: no day of the story
    (LEAD + "Министры сначала поговорили, а затем пообедали.", "затем", None),
    # a happening of its own
    (LEAD + "Одновременно с визитом прошли учения.", "Одновременно", None),
]


@pytest.mark.parametrize(("text", "expr", "want"), CASES)
def test_next_step_on_the_story_day(text: str, expr: str, want: D | None) -> None:
    got = {m.text: m.value.start for m in extract_dates(text, PUB)}
    assert got.get(expr) == want, got
