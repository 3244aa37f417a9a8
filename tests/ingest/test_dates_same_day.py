"""The story's own time taken up by words that name no date (dates/then.py, deictic.py):
«в это время», «в то же самое время» (as «тогда же»), a time of day standing alone
(«Вечером», «Во второй половине дня») and «Позже»/«Позднее» opening a sentence, on the day
just told. A time of day takes up only a day stated by its own words (not the eve told in
someone's words, not a month), within two sentences; «позже» in mid-sentence, «не позднее
1 марта», «в среду вечером» (the weekday's own time), «в то же время» (however) are no such
anaphor. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2023, 5, 12)  # a Friday

# (text, the phrase, the day it takes up, or None when it is no date)
CASES: list[tuple[str, str, D | None]] = [
    # «В тот же день» a paragraph after a step back to the eve: the story's day again ...
    (
        "Министры в четверг подписали протокол.\n\nГость прилетел в среду вечером и ужинал "
        "с хозяином.\n\nВ тот же день министр встретился с послом.",
        "В тот же день",
        D(2023, 5, 11),
    ),
    # ... but in the paragraph of the step back, that day
    (
        "Министры в четверг подписали протокол.\n\nГость прилетел в среду вечером. В тот же "
        "день министр встретился с послом.",
        "В тот же день",
        D(2023, 5, 10),
    ),
    (
        "10 мая министр провёл переговоры в Хельсинки. В это время его заместитель "
        "встретился с послом.",
        "В это время",
        D(2023, 5, 10),
    ),
    (
        "Министры беседовали 10 мая в Хельсинки. В то же самое время военные провели "
        "консультации в Москве.",
        "В то же самое время",
        D(2023, 5, 10),
    ),
    (
        "В среду министр прилетел в Хельсинки. Вечером он встретился с коллегой.",
        "Вечером",
        D(2023, 5, 10),
    ),
    # «Пока ..., » opening a sentence with a past verb: while the happening told went on
    (
        "10 мая президенты провели переговоры в Хельсинки. Пока они беседовали, министры "
        "встретились в соседнем зале.",
        "Пока",
        D(2023, 5, 10),
    ),
    # the past verb need not stand right before the comma
    (
        "10 мая президенты провели переговоры в Хельсинки. Пока они беседовали один на один, "
        "министры встретились в соседнем зале.",
        "Пока",
        D(2023, 5, 10),
    ),
    ("Пока не ясно, когда министры встретятся.", "Пока", None),
    ("Пока что министры молчат.", "Пока", None),
    (
        "9 мая делегация прибыла в Ташкент. Переговоры шли три часа. Во второй половине дня "
        "президент принял гостей.",
        "Во второй половине дня",
        D(2023, 5, 9),
    ),
    (
        "В четверг утром прошли переговоры глав МИД. Стороны обсудили торговлю. Позже "
        "министр принял посла.",
        "Позже",
        D(2023, 5, 11),
    ),
    # a month is no day a time of day goes on with
    ("В марте министр посетил Пекин. Вечером он встретился с премьером.", "Вечером", None),
    # the eve told in someone's words is aside from the story's day, which the time of day
    # goes on with (time_of_day.py: then.py alone would leave it without a date)
    (
        "Посол в четверг рассказал, что накануне встретился с министром. Днём он посетил выставку.",
        "Днём",
        D(2023, 5, 11),
    ),
    # three sentences on, then.py no longer takes the day up; but with no other time told
    # since, it is still the story's day, two days before the report (time_of_day.py)
    (
        "10 мая министр прилетел в Рим. Он провёл переговоры. Обсуждали торговлю. Стороны "
        "договорились продолжить диалог. Вечером он улетел.",
        "Вечером",
        D(2023, 5, 10),
    ),
    # «позже» in mid-sentence may be years on
    ("10 мая министр прилетел в Рим. Он позже стал послом.", "позже", None),
    # «в то же время»: however, no time
    ("10 мая министр прилетел в Рим. В то же время он отметил сложности.", "В то же время", None),
]


@pytest.mark.parametrize(
    ("text", "phrase", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_same_day_words(text: str, phrase: str, day: D | None) -> None:
    got = [(m.value.start, m.value.end) for m in extract_dates(text, P) if m.text == phrase]
    assert got == ([(day, day)] if day is not None else [])


def test_a_time_of_day_after_a_date_is_its_own() -> None:
    """«в среду вечером»: one date, the weekday's; no second mention for the time of day."""
    texts = [m.text for m in extract_dates("В среду вечером министр прилетел в Рим.", P)]
    assert texts == ["В среду"]


def test_no_later_than_is_a_term() -> None:
    got = [(m.text, m.value.precision) for m in extract_dates("Ответ дадут не позднее 1 июня.", P)]
    assert got == [("не позднее 1 июня", "before")]


@pytest.mark.parametrize(
    ("text", "eve"),
    [
        # a past happening's eve is not counted from a day still ahead: publication's eve
        (
            "Министр возглавит делегацию. Его речь намечена на 20 мая. Накануне он встретился "
            "с коллегой.",
            D(2023, 5, 11),
        ),
        # a planned one is
        ("Визит намечен на 20 мая. Накануне министр проведёт переговоры.", D(2023, 5, 19)),
    ],
)
def test_the_eve_of_a_day_ahead(text: str, eve: D) -> None:
    got = [m.value.start for m in extract_dates(text, P) if m.text == "Накануне"]
    assert got == [eve]
