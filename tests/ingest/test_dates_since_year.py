"""A year a span runs since («шли с 2000 года») bounds the time of telling and does not set
it (app.ingest.dates.story_year.since_year, app.ingest.dates.publication), and a yearless
dateline takes the one year the terms of the text's dated roles allow that day in
(app.ingest.dates.era.day_in_era, app.ingest.article). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.article import prepare
from app.ingest.dates import extract_dates, infer_publication_date
from app.ingest.dates.era import Era, day_in_era, era_of
from app.ingest.reading import Source, read_source

D = date.fromisoformat

# (text, the expression asked about, its start or None)
CARRY: list[tuple[str, str, str | None]] = [
    # a span run since a year: the months after it are not in that year
    (
        "Переговоры о поставках шли с 2011 года. В марте стороны обменялись проектами.",
        "В марте",
        None,
    ),
    ("Начиная с 2009 года делегации встречаются ежегодно. В июне прошла встреча.", "В июне", None),
    # a year stated as a time of the story carries, as before
    (
        "Переговоры начались в 2011 году. В марте стороны обменялись проектами.",
        "В марте",
        "2011-03-01",
    ),
    # a span since a month of a year is not a year alone: unchanged
    ("Консультации идут с марта 2011 года. В мае стороны встретились.", "В мае", "2011-05-01"),
]


@pytest.mark.parametrize(("text", "expr", "start"), CARRY)
def test_since_a_year_does_not_carry(text: str, expr: str, start: str | None) -> None:
    (m,) = [m for m in extract_dates(text, None) if m.text == expr]
    assert m.value.start == (D(start) if start else None)


# (text, day, month, publication or None)
PUBLICATION: list[tuple[str, int, int, str | None]] = [
    # the only past date is a span since a year: how long after, nobody says
    ("Двусторонние консультации шли с 2004 года. Сегодня стороны подписали протокол.", 12, 5, None),
    # a dated happening still bounds the year from below, the span does not hide it
    (
        "Консультации шли с 2004 года, последний раунд прошёл в марте 2009 года.",
        12,
        5,
        "2009-05-12",
    ),
    ("Последний раунд прошёл в марте 2009 года.", 12, 5, "2009-05-12"),
]


@pytest.mark.parametrize(("text", "day", "month", "want"), PUBLICATION)
def test_since_a_year_is_no_publication_year(
    text: str, day: int, month: int, want: str | None
) -> None:
    assert infer_publication_date(text, day, month) == (D(want) if want else None)


ERA_DAYS: list[tuple[Era | None, int, int, str | None]] = [
    # June 2006 – September 2007 holds 19 November once
    (((D("2006-06-08"), D("2007-09-23")),), 19, 11, "2006-11-19"),
    # ... and 1 July twice
    (((D("2006-06-08"), D("2007-09-23")),), 1, 7, None),
    # an open term settles nothing
    (((D("2006-06-08"), None),), 19, 11, None),
    # two spans, the day in one of them only
    (
        ((D("2001-01-20"), D("2001-03-01")), (D("2009-10-01"), D("2009-12-31"))),
        19,
        11,
        "2009-11-19",
    ),
    (None, 19, 11, None),
]


@pytest.mark.parametrize(("era", "day", "month", "want"), ERA_DAYS)
def test_day_in_era(era: Era | None, day: int, month: int, want: str | None) -> None:
    assert day_in_era(era, day, month) == (D(want) if want else None)


def test_roles_of_a_trade_talk_date_it() -> None:
    text = (
        "Документ подписали глава Минэкономразвития Герман Греф и торговый представитель США"
        " Сьюзан Шваб."
    )
    assert era_of(text) == ((D("2006-06-08"), D("2007-09-23")),)


PAGES: list[tuple[str, str | None]] = [
    # a yearless dateline over the roles' common term, the span since a year no evidence
    (
        "Протокол подписан\n\nЖЕНЕВА, 19 ноября. /ИТАР-ТАСС/. Глава Минэкономразвития Герман"
        " Греф и торговый представитель США Сьюзан Шваб сегодня подписали протокол. Консультации"
        " шли с 2000 года.\n",
        "2006-11-19",
    ),
    # no role, only the span since a year: unknown, not 2000
    (
        "Протокол подписан\n\nЖЕНЕВА, 19 ноября. /ИТАР-ТАСС/. Делегации сегодня подписали"
        " протокол. Консультации шли с 2000 года.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "want"), PAGES)
def test_yearless_dateline_on_a_page(text: str, want: str | None) -> None:
    src = Source(path="/x/a.txt", file="a.txt", kind="txt", text=text, encoding="utf-8")
    assert prepare(read_source(src)).published == (D(want) if want else None)
