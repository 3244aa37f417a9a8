"""«Ранее» narrowed by the day that follows it at once (dates/earlier_on.py): «Ранее
сегодня», «ранее в среду», «ранее в тот же день», «ранее на этой неделе» date the happening
on that day (or week), as one expression; «ранее» alone, or apart from a day, stays «before
publication», and «не ранее 5 марта» is a lower bound, not «earlier on 5 March». Every
sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2023, 5, 12)  # a Friday

# (text, the phrase, (start, end, precision) it reads as)
CASES: list[tuple[str, str, tuple[D | None, D | None, str]]] = [
    (
        "Ранее сегодня представитель Кремля сказал, что совместного заявления не будет.",
        "Ранее сегодня",
        (P, P, "day"),
    ),
    (
        "Ранее в среду министр провёл переговоры с коллегой в Анкаре.",
        "Ранее в среду",
        (D(2023, 5, 10), D(2023, 5, 10), "day"),
    ),
    (
        "Дипломаты, которые ранее во вторник обсудили повестку, прибыли в резиденцию.",
        "ранее во вторник",
        (D(2023, 5, 9), D(2023, 5, 9), "day"),
    ),
    (
        "Переговоры прошли 10 мая в Женеве. Ранее в тот же день делегации обменялись нотами.",
        "Ранее в тот же день",
        (D(2023, 5, 10), D(2023, 5, 10), "day"),
    ),
    (
        "Ранее на этой неделе посол вручил ноту в министерстве.",
        "Ранее на этой неделе",
        (D(2023, 5, 8), D(2023, 5, 14), "range"),
    ),
    # «ранее» alone: before publication, whatever follows later in the sentence
    (
        "Ранее госсекретарь заявлял, что встреча возможна.",
        "Ранее",
        (None, P, "before"),
    ),
    # a comma between: «ранее» is its own word, the weekday its own
    (
        "Как сообщалось ранее, в понедельник министры поговорили по телефону.",
        "ранее",
        (None, P, "before"),
    ),
]


@pytest.mark.parametrize(("text", "phrase", "want"), CASES)
def test_earlier_on_a_day(text: str, phrase: str, want: tuple[D | None, D | None, str]) -> None:
    mentions = [m for m in extract_dates(text, P) if m.text == phrase]
    assert mentions, [m.text for m in extract_dates(text, P)]
    v = mentions[0].value
    assert (v.start, v.end, v.precision) == want


def test_lower_bound_is_not_earlier_on() -> None:
    """«не ранее 5 марта» stays a bound from that day, no «earlier on 5 March»."""
    text = "Решение будет принято не ранее 5 июня."
    texts = [m.text for m in extract_dates(text, P)]
    assert not any(t.lower().startswith("ранее") for t in texts)
