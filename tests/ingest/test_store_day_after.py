"""Words reported without a day of their own, dated by the next day's publication, and the
one statement of the same speaker the store dates to the day before (day_after.py, on the
store step with the real pipeline): one statement in either order; another speaker's
statement of that day, or her statement two days before, leaves the report apart, as does
an article that tells no happening of the day before (the news of its own day).
Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event
from app.ingest.dates import DateValue
from app.ingest.events.day_after import day_after, days_stated, news_of_day_before, said_day
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import DateReading
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date
TUESDAY, WEDNESDAY, THURSDAY = D(2021, 3, 16), D(2021, 3, 17), D(2021, 3, 18)

DATED = (
    "Официальный представитель МИД России Мария Захарова во вторник заявила, что Москва "
    "готова обсуждать квоты на вылов трески в Баренцевом море."
)
WORDS = (
    "Мария Захарова заявила, что российская сторона ждёт от норвежских партнёров ответа "
    "по рыболовным квотам."
)
# The news of the day before, the same words without a day the reader can keep.
NEXT_DAY = "Во вторник в Осло прошли российско-норвежские консультации по рыболовству.\n\n" + WORDS
# The news of the day of publication: that day's words, whatever she said the day before.
SAME_DAY = WORDS
OTHER_SPEAKER = (
    "Пресс-секретарь президента России Дмитрий Песков во вторник заявил, что Кремль "
    "следит за переговорами о квотах на вылов трески."
)


def _statements(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.type.in_(sorted(SPEECH_TYPES)))))


@pytest.mark.parametrize("undated_first", [False, True])
def test_the_one_statement_of_the_day_before(
    session: Session, pipeline: Pipeline, undated_first: bool
) -> None:
    stories = [(DATED, TUESDAY, "dated.txt"), (NEXT_DAY, WEDNESDAY, "next.txt")]
    for text, pub, file in reversed(stories) if undated_first else stories:
        _store(session, pipeline, text, pub, file)
    said = _statements(session)
    assert len(said) == 1
    assert _files(session, said[0]) == {"dated.txt", "next.txt"}
    assert said[0].date_start == said[0].date_end == TUESDAY


def test_another_speakers_statement_is_not_hers(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, OTHER_SPEAKER, TUESDAY, "other.txt")
    _store(session, pipeline, NEXT_DAY, WEDNESDAY, "next.txt")
    assert len(_statements(session)) == 2


def test_the_news_of_the_day_of_publication_is_that_days_words(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, DATED, TUESDAY, "dated.txt")
    _store(session, pipeline, SAME_DAY, WEDNESDAY, "today.txt")
    assert len(_statements(session)) == 2


def test_a_statement_two_days_before_is_another(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, DATED, TUESDAY, "dated.txt")
    _store(session, pipeline, NEXT_DAY, THURSDAY, "next.txt")
    assert len(_statements(session)) == 2


def _published(day: dt.date) -> DateReading:
    return DateReading(value=DateValue(day, day, "day", "publication-date"), explicit=False)


def _stated(day: dt.date) -> DateReading:
    return DateReading(value=DateValue(day, day, "day", "explicit"), text="16 марта", explicit=True)


@pytest.mark.parametrize(
    ("type_a", "actors_a", "date_a", "type_b", "actors_b", "date_b", "offer"),
    [
        # words dated by the next day's news and the words stated for the day before
        ("statement", ["zakharova"], _published(WEDNESDAY), "statement", ["zakharova"],
         _stated(TUESDAY), True),
        # either order, and any speech act of the family
        ("press-conference", ["lavrov"], _stated(TUESDAY), "statement", ["lavrov"],
         _published(WEDNESDAY), True),
        # another speaker
        ("statement", ["zakharova"], _published(WEDNESDAY), "statement", ["peskov"],
         _stated(TUESDAY), False),
        # the same day is one_voice's, two days before is too far
        ("statement", ["zakharova"], _published(TUESDAY), "statement", ["zakharova"],
         _stated(TUESDAY), False),
        ("statement", ["zakharova"], _published(THURSDAY), "statement", ["zakharova"],
         _stated(TUESDAY), False),
        # both dated by publication alone: nothing states a day
        ("statement", ["zakharova"], _published(WEDNESDAY), "statement", ["zakharova"],
         _published(TUESDAY), False),
        # contacts are sole_contact's and identity's, not this rule's
        ("meeting", ["a", "b"], _published(WEDNESDAY), "meeting", ["a", "b"],
         _stated(TUESDAY), False),
    ],
)  # fmt: skip
def test_day_after_offer(
    type_a: str,
    actors_a: list[str],
    date_a: DateReading,
    type_b: str,
    actors_b: list[str],
    date_b: DateReading,
    offer: bool,
) -> None:
    assert day_after(type_a, actors_a, date_a, type_b, actors_b, date_b) is offer


def test_said_day() -> None:
    assert said_day(_stated(TUESDAY)) == TUESDAY
    assert said_day(_published(WEDNESDAY)) == TUESDAY
    assert said_day(DateReading(value=DateValue(None, None, "unknown", "unanchored"))) is None


def test_news_of_day_before() -> None:
    told = days_stated([_stated(TUESDAY), _published(WEDNESDAY)])
    assert told == {TUESDAY}
    assert news_of_day_before(_published(WEDNESDAY), told)
    assert not news_of_day_before(_published(THURSDAY), told)
    assert not news_of_day_before(_stated(WEDNESDAY), told)


@pytest.mark.parametrize("changed", ["dated.txt", "next.txt"])
def test_a_replaced_file_keeps_the_one_statement(
    session: Session, pipeline: Pipeline, changed: str
) -> None:
    _store(session, pipeline, DATED, TUESDAY, "dated.txt")
    _store(session, pipeline, NEXT_DAY, WEDNESDAY, "next.txt")
    # The same file again changes nothing; a corrected version of either takes its place.
    assert _store(session, pipeline, NEXT_DAY, WEDNESDAY, "next.txt") == "unchanged"
    text, pub = (DATED, TUESDAY) if changed == "dated.txt" else (NEXT_DAY, WEDNESDAY)
    assert _store(session, pipeline, text + " Правка.", pub, changed) == "replaced"
    said = _statements(session)
    assert len(said) == 1
    assert _files(session, said[0]) == {"dated.txt", "next.txt"}
    assert said[0].date_start == TUESDAY
