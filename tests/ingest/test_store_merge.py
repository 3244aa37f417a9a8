"""One event per happening across outlets that retell it in their own words (the store
step on real SQLite files, with the real pipeline): one speaker's words of one day, a
happening told «before» a later publication, the place two reports share, and the same
under a replaced file. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.db.models import EventRedirect
from app.ingest.events.places import PLACE_MARK, place_keys
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date



@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Министры провели переговоры в Анкаре.", {"анкара"}),
        ("Совещание прошло в Нижнем Новгороде.", {"новгород"}),
        ("Во Владивостоке открылся форум.", {"владивосток"}),
        # Not a place: «в» before a common noun, a proper noun without «в».
        ("Стороны договорились в принципе, сообщил Лавров.", set()),
    ],
)
def test_place_keys(pipeline: Pipeline, text: str, places: set[str]) -> None:
    toks = pipeline.nlp.analyse(text).tokens
    got = place_keys(toks, lambda t: t.lemma.lower())
    assert {k.removeprefix(PLACE_MARK) for k in got} == places


ZAKHAROVA_SUNDAY = (
    "Официальный представитель МИД России Мария Захарова в воскресенье назвала отказ "
    "соседних стран пропустить самолёт министра беспрецедентным шагом."
)
ZAKHAROVA_EVENING = (
    "Вечером 4 июня Мария Захарова заявила, что закрытие воздушного пространства для "
    "делегации лишь показывает нервозность западных столиц."
)


def test_one_speakers_words_of_one_day_in_two_outlets(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, ZAKHAROVA_SUNDAY, D(2023, 6, 5), "a.txt")  # Sunday = 4 June
    _store(session, pipeline, ZAKHAROVA_EVENING, D(2023, 6, 5), "b.txt")
    said = _events(session, "statement")
    assert len(said) == 1
    assert _files(session, said[0]) == {"a.txt", "b.txt"}


def test_the_next_days_words_stay_another_statement(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, ZAKHAROVA_SUNDAY, D(2023, 6, 5), "a.txt")
    _store(session, pipeline, ZAKHAROVA_EVENING.replace("4 июня", "5 июня"), D(2023, 6, 6), "b.txt")
    assert len(_events(session, "statement")) == 2


TALKS_DATED = (
    "Министр иностранных дел России Сергей Лавров и глава МИД Турции Хакан Фидан "
    "провели переговоры в Анкаре 3 июня, обсудив поставки зерна и транзит."
)
TALKS_EARLIER = (
    "Ранее Сергей Лавров и Хакан Фидан провели переговоры, посвящённые вопросам "
    "судоходства на Чёрном море."
)
TALKS_EARLIER_PLACE = "Ранее Сергей Лавров провёл переговоры в Анкаре, говорится в материале."


def test_a_day_matches_before_a_later_publication(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, TALKS_DATED, D(2023, 6, 4), "dated.txt")
    _store(session, pipeline, TALKS_EARLIER, D(2023, 6, 20), "later.txt")
    talks = _events(session, "talks", "meeting")
    assert len(talks) == 1
    assert talks[0].date_start == D(2023, 6, 3)
    assert _files(session, talks[0]) == {"dated.txt", "later.txt"}


def test_months_later_earlier_talks_are_other_talks(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, TALKS_DATED, D(2023, 6, 4), "dated.txt")
    _store(session, pipeline, TALKS_EARLIER, D(2023, 11, 20), "later.txt")
    assert len(_events(session, "talks", "meeting")) == 2


def test_the_place_joins_a_report_that_names_one_party(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, TALKS_DATED, D(2023, 6, 4), "dated.txt")
    _store(session, pipeline, TALKS_EARLIER_PLACE, D(2023, 6, 10), "place.txt")
    talks = _events(session, "talks", "meeting")
    assert len(talks) == 1
    assert _files(session, talks[0]) == {"dated.txt", "place.txt"}


def test_another_place_is_another_happening(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, TALKS_DATED, D(2023, 6, 4), "dated.txt")
    other = TALKS_EARLIER_PLACE.replace("Анкаре", "Стамбуле")
    _store(session, pipeline, other, D(2023, 6, 10), "place.txt")
    assert len(_events(session, "talks", "meeting")) == 2


def test_merged_event_survives_a_replaced_file(session: Session, pipeline: Pipeline) -> None:
    """The vague report's file changes: the dated event keeps its own source and id."""
    _store(session, pipeline, TALKS_DATED, D(2023, 6, 4), "dated.txt")
    _store(session, pipeline, TALKS_EARLIER, D(2023, 6, 20), "later.txt")
    (ev,) = _events(session, "talks", "meeting")
    first_id = ev.id
    assert (
        _store(session, pipeline, "Ранее стороны обсуждали погоду.", D(2023, 6, 20), "later.txt")
        == "replaced"
    )
    (ev,) = _events(session, "talks", "meeting")
    assert ev.id == first_id and _files(session, ev) == {"dated.txt"}
    # Storing the dated article again under another name changes nothing.
    assert _store(session, pipeline, TALKS_DATED, D(2023, 6, 4), "copy.txt") == "unchanged"
    assert session.get(EventRedirect, first_id) is None
