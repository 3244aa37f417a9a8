"""Happenings told by words that are no trigger of their own (worded_acts.py, expiring.py):
a demand to cut or close diplomatic missions, and the announced closure of the other state's
mission or property, are sanctions, a nomination to an office an
appointment, a conference with the press a press appearance, a
document that ceased to be in force an expiry. Sentences of our own; each row: text, the
type, and the start of the event of that type (None: no event of that type)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2019, 5, 17)

CASES: list[tuple[str, str, str | None]] = [
    # The closure of the other state's mission or property, announced or decided: a measure.
    (
        "Во вторник Оттава объявила о закрытии двух загородных резиденций российского посольства.",
        "sanctions",
        "2019-05-14",
    ),
    (
        "МИД Канады 14 мая принял решение о закрытии генконсульства России в Торонто.",
        "sanctions",
        "2019-05-14",
    ),
    # One's own consulate closed: no measure against anyone.
    ("МИД России 14 мая объявил о закрытии своего консульства в Монреале.", "sanctions", None),
    # A demand to cut a mission's staff or close a consulate: a measure, on the demand's day.
    (
        "Москва 14 мая потребовала от Канады сократить персонал посольства до 20 человек.",
        "sanctions",
        "2019-05-14",
    ),
    (
        "Во вторник Оттава потребовала закрыть российское генконсульство в Торонто.",
        "sanctions",
        "2019-05-14",
    ),
    (
        "МИД Канады 14 мая потребовал, чтобы Россия закрыла консульство в Монреале.",
        "sanctions",
        "2019-05-14",
    ),
    (
        "Россия 14 мая потребовала уменьшить число канадских дипломатов в Москве.",
        "sanctions",
        "2019-05-14",
    ),
    # A crowd or lawmakers only call for a measure.
    (
        "В субботу протестующие в Оттаве потребовали закрыть российское посольство.",
        "sanctions",
        None,
    ),
    ("Депутаты 14 мая потребовали выслать канадских дипломатов.", "sanctions", None),
    # A demand of something else is words only.
    ("Москва 14 мая потребовала от Канады закрыть этот вопрос.", "sanctions", None),
    ("Лавров 14 мая потребовал сократить сроки рассмотрения виз.", "sanctions", None),
    # A nomination to an office.
    ("Трамп 14 мая выдвинул на пост госсекретаря Майка Помпео.", "appointment", "2019-05-14"),
    (
        "Трамп 14 мая выдвинул кандидатуру Джона Смита на должность посла в Канаде.",
        "appointment",
        "2019-05-14",
    ),
    ("Трамп 14 мая выдвинул на его место Джона Болтона.", "appointment", "2019-05-14"),
    # Beside words, by a coordinated verb: an act of its own (said_and_done.py).
    (
        "Трамп 14 мая объявил об отставке советника и выдвинул на его место Джона Болтона.",
        "appointment",
        "2019-05-14",
    ),
    ("Трамп 14 мая выдвинул новую инициативу по Сирии.", "appointment", None),
    # A conference with the press, by phone or not.
    (
        "Песков в четверг провёл телефонную конференцию с журналистами.",
        "press-conference",
        "2019-05-16",
    ),
    (
        "Лавров в четверг выступил на конференции по безопасности в Оттаве.",
        "press-conference",
        None,
    ),
    # A document that ceased to be in force: the expiry, not an agreement concluded.
    (
        "Соглашение о рыболовстве между Россией и Канадой прекратило действие 1 января 2018 года.",
        "expiry",
        "2018-01-01",
    ),
    (
        "Соглашение о рыболовстве между Россией и Канадой прекратило действие 1 января 2018 года.",
        "agreement",
        None,
    ),
]


@pytest.fixture(scope="module")
def pipe() -> Iterator[Pipeline]:
    yield Pipeline.load()


@pytest.mark.parametrize(("text", "type_", "start"), CASES)
def test_worded_acts(pipe: Pipeline, text: str, type_: str, start: str | None) -> None:
    facts = pipe.process(raw_article(text, PUBLISHED))
    starts = [str(e.date.value.start) for e in facts.events if e.type == type_]
    if start is None:
        assert starts == []
    else:
        assert start in starts
