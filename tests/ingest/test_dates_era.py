"""The era of an undated article from the dated roles of the gazetteer (app.ingest.dates.era),
and the years it settles. Sentences written for these tests; terms from app/data/actors.toml."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from app.ingest.dates.era import Era, era_of

D = date.fromisoformat
BIDEN = (D("2021-01-20"), D("2025-01-19"))

ERAS: list[tuple[str, Era | None]] = [
    ("Президент США Джо Байден подписал указ.", (BIDEN,)),
    ("Об этом сообщил президент США Джо Байден.", (BIDEN,)),
    # a former holder says nothing about when the text was written
    ("Бывший президент США Джо Байден дал интервью.", None),
    # a holder with two terms: either of them
    (
        "Президент США Дональд Трамп провёл брифинг.",
        ((D("2017-01-20"), D("2021-01-19")), (D("2025-01-20"), None)),
    ),
    # a term still open bounds the era from below only
    ("Министр иностранных дел России Сергей Лавров прилетел в Дели.", ((D("2004-03-09"), None),)),
    # a name without its title, or a title without a holder, is no evidence
    ("Байден выступил в Конгрессе.", None),
    ("Президент США выступил в Конгрессе.", None),
    # a holder not yet in office: the text lies in the term of the one who is
    (
        "Уходящий президент США Джо Байден примет новоизбранного президента США Дональда Трампа.",
        (BIDEN,),
    ),
    ("Будущий президент США Дональд Трамп выступил на митинге.", None),
]


@pytest.mark.parametrize(("text", "era"), ERAS)
def test_era_of(text: str, era: Era | None) -> None:
    assert era_of(text) == era


Row = tuple[str, str | None, str, str]

YEARS: list[tuple[str, Row]] = [
    # the weekday picks the one year of the term in which 16 June is a Wednesday
    (
        "Президент США Джо Байден в среду, 16 июня, провёл переговоры в Женеве.",
        ("в среду, 16 июня", "2021-06-16", "day", "year-from-weekday"),
    ),
    # a day and month alone recur every year of a four-year term: not settled
    (
        "Президент США Джо Байден 16 июня провёл переговоры в Женеве.",
        ("16 июня", None, "unknown", "year-unknown"),
    ),
    # 29 February falls in one year of the term only
    (
        "Президент США Джо Байден 29 февраля выступил с обращением.",
        ("29 февраля", "2024-02-29", "day", "year-from-context"),
    ),
    # the president-elect does not empty the era: the weekday settles the year
    (
        "Президент США Джо Байден и новоизбранный президент США Дональд Трамп встретятся"
        " в среду, 13 ноября.",
        ("в среду, 13 ноября", "2024-11-13", "day", "year-from-weekday"),
    ),
    # an open term settles nothing
    (
        "Министр иностранных дел России Сергей Лавров в среду, 16 июня, прилетел в Дели.",
        ("в среду, 16 июня", None, "unknown", "year-unknown"),
    ),
]


@pytest.mark.parametrize(("text", "row"), YEARS)
def test_era_settles_a_year(text: str, row: Row) -> None:
    (m,) = extract_dates(text, None, era=era_of(text))
    got = (m.text, m.value.start.isoformat() if m.value.start else None, m.value.precision)
    assert (*got, m.value.how) == row


def test_era_is_ignored_with_a_publication_date() -> None:
    text = "Президент США Джо Байден 16 июня провёл переговоры в Женеве."
    (m,) = extract_dates(text, D("2030-07-01"), era=era_of(text))
    assert m.value.start == D("2030-06-16")
