"""A trip on the schedule told in the present (dates/scheduled_weekday.py, [scheduled_present] in
app/data/dates.toml): «в пятницу вылетает в Пекин» in Thursday's news is the Friday ahead,
as «вылетит» would be; a past verb of the same trip keeps its weekday behind, and other
present verbs keep theirs as before. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
THU = D(2023, 5, 11)
MON = D(2023, 5, 8)

# (publication, text, the phrase, the day it reads as)
CASES: list[tuple[D, str, str, D]] = [
    (THU, "Глава МИД в пятницу вылетает в Пекин на переговоры.", "в пятницу", D(2023, 5, 12)),
    (THU, "Во вторник делегация прибывает в Ереван.", "Во вторник", D(2023, 5, 16)),
    (MON, "Премьер в среду отправляется в Анкару с визитом.", "в среду", D(2023, 5, 10)),
    (MON, "В субботу министр приезжает в Минск.", "В субботу", D(2023, 5, 13)),
    # the same day of the week as the news: that very day
    (THU, "В четверг президент прилетает в Бишкек.", "В четверг", THU),
    # a past verb of the trip: behind
    (THU, "В пятницу глава МИД вылетел в Пекин.", "В пятницу", D(2023, 5, 5)),
    (MON, "В среду делегация прибыла в Ереван.", "В среду", D(2023, 5, 3)),
]


@pytest.mark.parametrize(("published", "text", "phrase", "want"), CASES)
def test_scheduled_present(published: D, text: str, phrase: str, want: D) -> None:
    mentions = [m for m in extract_dates(text, published) if m.text == phrase]
    assert mentions, [m.text for m in extract_dates(text, published)]
    v = mentions[0].value
    assert (v.start, v.end, v.precision) == (want, want, "day")


def test_other_clause_keeps_its_weekday() -> None:
    # the weekday dates the saying, a past verb; the trip's verb is in another clause
    text = "В пятницу министр заявил, что делегация прибывает в Ереван."
    mentions = [m for m in extract_dates(text, THU) if m.text == "В пятницу"]
    assert mentions and mentions[0].value.start == D(2023, 5, 5)
