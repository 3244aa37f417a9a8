"""A surname alone the gazetteer does not take by itself (two of its people share it, or it
names somebody else as often) is the one of its people who held an office on the day the
sentence speaks of (actors/dated_surnames.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.actors.dated_surnames import dated_namesake
from app.ingest.actors.title_days import title_days
from app.ingest.dates import extract_dates
from app.ingest.nlp import Nlp

# (surname as written, day, the person)
NAMESAKES: list[tuple[str, date | None, str | None]] = [
    ("Клинтон", date(1998, 3, 1), "bill-clinton"),  # the president
    ("Клинтона", date(1996, 11, 5), "bill-clinton"),  # in another case
    ("Клинтон", date(2011, 7, 1), "hillary-clinton"),  # the secretary of state
    ("Клинтон", date(2016, 9, 1), None),  # neither in office
    ("Клинтон", None, None),  # no day: left alone
    ("Пауэлл", date(2003, 2, 5), "colin-powell"),
    ("Пауэлла", date(2022, 5, 4), None),  # Colin's term long over: Jerome of the Fed
    ("Иванов", date(2002, 6, 1), None),  # Igor and Sergei both in office
    ("Сингх", date(2006, 1, 1), "manmohan-singh"),
    ("Клинтон Билл", date(1998, 3, 1), None),  # not one word
]


@pytest.mark.parametrize(("surname", "day", "expected"), NAMESAKES)
def test_dated_namesake(
    gaz: Gazetteer, surname: str, day: date | None, expected: str | None
) -> None:
    assert dated_namesake(gaz, surname, day) == expected


# (sentence, publication day, the person the bare surname is)
SENTENCES: list[tuple[str, date | None, str]] = [
    (
        "В марте 1998 года Ельцин дважды созванивался с Клинтоном по поводу кризиса в Ираке.",
        date(2024, 1, 10),
        "bill-clinton",
    ),
    (
        "В октябре 2010 года министр провел переговоры с Клинтон в Вашингтоне.",
        date(2010, 10, 20),
        "hillary-clinton",
    ),
    (
        "Вечером 4 февраля 2003 года Лавров и Пауэлл обсудили резолюцию по Ираку.",
        None,
        "colin-powell",
    ),
]


@pytest.mark.parametrize(("text", "pub", "person"), SENTENCES)
def test_a_bare_surname_is_the_holder_of_the_day(
    nlp: Nlp, gaz: Gazetteer, text: str, pub: date | None, person: str
) -> None:
    analysis = nlp.analyse(text)
    spans = [(s.start, s.end) for s in analysis.sentences]
    day_at = title_days(spans, extract_dates(text, pub, sentences=spans), pub)
    found = {h.actor_id for h in match_actors(analysis, gaz, on=pub, day_at=day_at)}
    assert person in found
