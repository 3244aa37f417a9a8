"""One statement across outlets when one names the state and the other the minister who
speaks for it, and one meeting when a reprint without a date tells it only «на днях» in
the same city (the store step on real SQLite files, with the real pipeline; sentences of
our own), also under a replaced file."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date



MINISTER = (
    "Министр иностранных дел Венгрии Петер Сийярто 14 марта заявил, что Будапешт не "
    "поддержит новые ограничения на поставки топлива."
)
STATE = "Венгрия 14 марта заявила о намерении заблокировать новые ограничения на поставки топлива."
SPEECH = ("statement", "interview", "press-conference", "answers")


def test_a_state_and_its_minister_on_one_day(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, MINISTER, D(2024, 3, 15), "minister.txt")
    _store(session, pipeline, STATE, D(2024, 3, 15), "state.txt")
    said = _events(session, *SPEECH)
    assert len(said) == 1
    assert _files(session, said[0]) == {"minister.txt", "state.txt"}
    # The state's report is replaced by one of another day: two statements again.
    _store(session, pipeline, STATE.replace("14 марта", "10 марта"), D(2024, 3, 15), "state.txt")
    assert len(_events(session, *SPEECH)) == 2


def test_a_state_and_its_minister_on_other_days(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, MINISTER, D(2024, 3, 15), "minister.txt")
    _store(session, pipeline, STATE.replace("14 марта", "11 марта"), D(2024, 3, 15), "state.txt")
    assert len(_events(session, *SPEECH)) == 2


TALKS = "Делегации России и Украины 28 февраля провели в Минске первый раунд переговоров."
REPRINT = "На днях делегации России и Украины встретились в Минске, напоминает издание."


def test_a_reprint_without_a_date_in_the_same_city(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, TALKS, D(2022, 3, 1), "dated.txt")
    _store(session, pipeline, REPRINT, None, "reprint.txt")
    met = _events(session, "talks", "meeting")
    assert len(met) == 1
    assert _files(session, met[0]) == {"dated.txt", "reprint.txt"}


def test_a_reprint_without_a_date_in_another_city(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, TALKS, D(2022, 3, 1), "dated.txt")
    _store(session, pipeline, REPRINT.replace("Минске", "Стамбуле"), None, "reprint.txt")
    assert len(_events(session, "talks", "meeting")) == 2
