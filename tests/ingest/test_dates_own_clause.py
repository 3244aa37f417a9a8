"""A date in the event's own sentence reaches it, past a parse that hangs it elsewhere:
the finite verb of the date's own stretch of words (clause_verb.py), a «когда»-clause
after a date (when_clause.py), a clause joined by «, и» to one an opening date sets
(opening_day.py). Sentences of our own; each row: text, the type, the start of its event
(None: no event of that type starts on a stated day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2019, 5, 17)

CASES: list[tuple[str, str, str]] = [
    # a date hung on the verb of the next clause («, а в 2011 году ... побывал»)
    (
        "Визиты редки: в начале марта 2015 года Лиму посетил глава МИД России Сергей "
        "Лавров, а в 2011 году с визитом в Москве побывал президент Перу Алан Гарсия.",
        "visit",
        "2015-03-01",
    ),
    # a date in apposition to an adverb of time: the clause after it
    (
        "Напомним, что чуть раньше, 5 марта, госсекретарь США Майк Помпео заявил на "
        "конференции в Вашингтоне, что США готовы к диалогу.",
        "statement",
        "2019-03-05",
    ),
    (
        "Ещё раньше, 3 мая, по телефону поговорили Владимир Путин и Дональд Трамп.",
        "call",
        "2019-05-03",
    ),
    # an apposition to a phrase of its clause's own verb stays with it
    (
        "Делегация Кипра провела в Москве три дня, 14–16 апреля, были и переговоры, и "
        "рабочие встречи в МИД.",
        "meeting",
        "2019-04-14",
    ),
    # a bare date after a duration («более трёх часов 4 марта»): the verb's
    (
        "Президенты России и Франции Владимир Путин и Эммануэль Макрон более трёх часов "
        "4 марта разговаривали по видеосвязи.",
        "call",
        "2019-03-04",
    ),
    # «в апреле прошлого года, когда ...»: the clause's happening in that month
    (
        "В апреле прошлого года, когда канцлер Ангела Меркель приезжала в Москву, лидеры "
        "долго беседовали с журналистами.",
        "visit",
        "2018-04-01",
    ),
    # an opening date over a clause joined by «, и»
    (
        "12 июня 2016 года премьер Израиля Биньямин Нетаньяху прилетел в Москву, и эта "
        "встреча с Путиным положила конец спору.",
        "meeting",
        "2016-06-12",
    ),
]


@pytest.fixture(scope="module")
def pipe() -> Iterator[Pipeline]:
    yield Pipeline.load()


@pytest.mark.parametrize(("text", "type_", "start"), CASES)
def test_date_of_own_clause(pipe: Pipeline, text: str, type_: str, start: str) -> None:
    facts = pipe.process(raw_article(text, PUBLISHED))
    assert start in [str(e.date.value.start) for e in facts.events if e.type == type_]


def test_demonstrative_meeting_takes_the_joined_subject(pipe: Pipeline) -> None:
    """«X приехал в Y, и эта встреча с Z ...»: X is a party to «эта встреча»
    (this_meeting.py)."""
    text = (
        "12 июня 2016 года премьер Израиля Биньямин Нетаньяху прилетел в Москву, и эта "
        "встреча с Владимиром Путиным положила конец спору."
    )
    facts = pipe.process(raw_article(text, PUBLISHED))
    names = {k: a.name_ru for k, a in facts.actors.items()}
    meetings = [e for e in facts.events if e.type == "meeting"]
    assert meetings
    got = {names.get(a, a) for a in meetings[0].actors}
    assert {"Биньямин Нетаньяху", "Владимир Путин"} <= got
