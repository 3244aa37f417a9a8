"""An undated report of an article without a publication date joins no stored happening
dated outside the years the article's own dated reports give (told_years.py via
same_stored.find_same). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.dates import DateValue
from app.ingest.dates.era import Era
from app.ingest.events.model import DateReading
from app.ingest.events.told_years import Years, beyond_era, beyond_years, years_told
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of, files_of, store_text

D = dt.date


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text="5 марта")


def month(a: D, b: D) -> DateReading:
    return DateReading(DateValue(a, b, "month", "explicit"), text="в марте")


def before(d: D) -> DateReading:
    return DateReading(DateValue(None, d, "before", "explicit"), text="до 5 марта")


def after(d: D) -> DateReading:
    return DateReading(DateValue(d, None, "after", "explicit"), text="после 5 марта")


def published(d: D) -> DateReading:
    """A report dated by its publication day alone (not the text's words)."""
    return DateReading(DateValue(d, d, "day", "publication-date"), explicit=False)


def undated() -> DateReading:
    return DateReading(DateValue(None, None, "unknown", "unanchored"), explicit=False)


TOLD: list[tuple[list[DateReading], Years | None]] = [
    ([day(D(2015, 3, 5))], (2015, 2015)),
    ([day(D(2011, 3, 5)), month(D(2013, 3, 1), D(2013, 3, 31)), undated()], (2011, 2013)),
    ([before(D(2009, 3, 5))], (2009, 2009)),
    ([published(D(2015, 3, 5))], None),  # the publication day is not the text's word
    ([undated(), undated()], None),  # an article that dates nothing sets no limit
    ([], None),
]


@pytest.mark.parametrize(("readings", "want"), TOLD, ids=[f"{i:02d}" for i in range(len(TOLD))])
def test_years_told(readings: list[DateReading], want: Years | None) -> None:
    assert years_told(readings) == want


BEYOND: list[tuple[DateReading, DateReading, Years | None, bool]] = [
    (undated(), day(D(2019, 8, 19)), (2022, 2022), True),  # three years before
    (undated(), day(D(2018, 5, 18)), (2000, 2002), True),  # long after a review's years
    (undated(), day(D(2022, 2, 12)), (2022, 2022), False),  # within them
    (undated(), day(D(2012, 6, 18)), (2012, 2013), False),
    (undated(), before(D(2009, 3, 5)), (2011, 2011), True),  # over before they begin
    (undated(), before(D(2011, 3, 5)), (2011, 2011), False),
    (undated(), after(D(2016, 3, 5)), (2011, 2013), True),  # begins after they end
    (undated(), after(D(2010, 3, 5)), (2011, 2013), False),
    (undated(), undated(), (2011, 2013), False),  # nothing dates the stored one
    (undated(), day(D(2019, 8, 19)), None, False),  # the article dates nothing
    (day(D(2019, 8, 19)), day(D(2019, 8, 19)), (2022, 2022), False),  # a dated report
]


@pytest.mark.parametrize(
    ("cand", "stored", "years", "want"), BEYOND, ids=[f"{i:02d}" for i in range(len(BEYOND))]
)
def test_beyond_years(
    cand: DateReading, stored: DateReading, years: Years | None, want: bool
) -> None:
    assert beyond_years(cand, stored, years) is want


def test_undated_reprint_keeps_off_another_years_call(session: Session, pipeline: Pipeline) -> None:
    """A dated call of 2017 stored first; a reprint without a publication date that dates
    its other news to 2021 and tells a call of the same leaders without a date: the call
    is not the one of 2017."""
    store_text(
        session,
        pipeline,
        "Президенты России и Франции Владимир Путин и Эмманюэль Макрон 14 июня провели "
        "телефонный разговор о ситуации на Ближнем Востоке.",
        D(2017, 6, 15),
        "old.txt",
    )
    store_text(
        session,
        pipeline,
        "Владимир Путин и Эмманюэль Макрон провели телефонный разговор. Стороны обсудили "
        "ситуацию на Ближнем Востоке.\n\nРанее, 21 января 2021 года, Сергей Лавров встретился в "
        "Женеве с Энтони Блинкеном.",
        None,
        "reprint.txt",
    )
    calls = events_of(session, "call")
    assert any(files_of(session, ev) == {"reprint.txt"} for ev in calls)


def era(lo: D | None, hi: D | None) -> Era:
    return ((lo, hi),)


BEYOND_ERA: list[tuple[DateReading, DateReading, Era | None, bool]] = [
    # «госсекретарь США ... » of 2021–2025 and a press conference of 2008
    (undated(), day(D(2008, 8, 15)), era(D(2021, 1, 26), D(2025, 1, 19)), True),
    (undated(), day(D(2023, 3, 2)), era(D(2021, 1, 26), D(2025, 1, 19)), False),
    (undated(), day(D(2026, 3, 2)), era(D(2021, 1, 26), D(2025, 1, 19)), True),
    (undated(), day(D(2002, 5, 24)), era(D(2004, 3, 9), None), True),  # a term still open
    (undated(), day(D(2026, 5, 24)), era(D(2004, 3, 9), None), False),  # bounds from below
    (undated(), before(D(2003, 3, 5)), era(D(2004, 3, 9), None), True),
    (undated(), after(D(2003, 3, 5)), era(D(2004, 3, 9), None), False),
    # two terms of one holder: a day between them is outside both
    (undated(), day(D(2010, 5, 5)), ((D(2000, 5, 7), D(2008, 5, 6)), (D(2012, 5, 7), None)), True),
    (undated(), day(D(2013, 5, 5)), ((D(2000, 5, 7), D(2008, 5, 6)), (D(2012, 5, 7), None)), False),
    (undated(), undated(), era(D(2021, 1, 26), D(2025, 1, 19)), False),
    (undated(), day(D(2008, 8, 15)), None, False),  # no dated roles
    (day(D(2008, 8, 15)), day(D(2008, 8, 15)), era(D(2021, 1, 26), D(2025, 1, 19)), False),
]


@pytest.mark.parametrize(
    ("cand", "stored", "e", "want"), BEYOND_ERA, ids=[f"{i:02d}" for i in range(len(BEYOND_ERA))]
)
def test_beyond_era(cand: DateReading, stored: DateReading, e: Era | None, want: bool) -> None:
    assert beyond_era(cand, stored, e) is want


def test_undated_reprint_keeps_off_a_talks_before_its_era(
    session: Session, pipeline: Pipeline
) -> None:
    """Talks of 2015 stored first; a reprint without a publication date that names «президент
    США Джо Байден» (written in 2021–2025) and tells talks of the same leaders without a
    date: they are not the talks of 2015."""
    store_text(
        session,
        pipeline,
        "Владимир Путин и Си Цзиньпин 8 мая провели переговоры в Кремле.",
        D(2015, 5, 9),
        "old.txt",
    )
    store_text(
        session,
        pipeline,
        "Владимир Путин и Си Цзиньпин провели переговоры в Кремле. Стороны обсудили "
        "заявление, которое сделал президент США Джо Байден.",
        None,
        "reprint.txt",
    )
    talks = events_of(session, "talks", "meeting")
    assert any(files_of(session, ev) == {"reprint.txt"} for ev in talks)
