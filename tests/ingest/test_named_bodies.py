"""A body named by its head noun and a «по» phrase that no list knows («рабочая группа по
водным ресурсам», «комиссия по делимитации границы») is an actor of its own, named in the
nominative (named_bodies.py), so the sittings it holds are events. A name with a state's
compound adjective stays the states' joint body. Sentences of our own invention."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.actors import actors_of, match_actors
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article


def bodies(pipeline: Pipeline, text: str) -> list[str]:
    analysis = pipeline.nlp.analyse(text)
    found = match_actors(analysis, pipeline.gazetteer, None)
    records = actors_of(found, analysis, pipeline.gazetteer)
    return [records[h.actor_id].name_ru for h in found if h.via == "org"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Заседание постоянной рабочей группы по водным ресурсам прошло в Тамбове.",
            ["Постоянная рабочая группа по водным ресурсам"],
        ),
        (
            "Члены комиссии по делимитации границы осмотрели участок у озера.",
            ["Комиссия по делимитации границы"],
        ),
        (
            "Вопрос внесут на рассмотрение консультативного комитета по вопросам рыболовства.",
            ["Консультативный комитет по вопросам рыболовства"],
        ),
        (
            "Российско-норвежская экспертная подгруппа по охране лосося соберется в мае.",
            [],  # the two states' joint body, no actor of its own
        ),
        (
            "Министры договорились создать совместную группу по борьбе с браконьерством.",
            [],  # the two sides' body: they are its parties
        ),
        ("Туристы записались в группы по интересам.", []),  # several groups, no body
        ("Группа собралась у входа по сигналу гида.", []),  # no dative noun after «по»
    ],
)
def test_named_bodies(pipeline: Pipeline, text: str, names: list[str]) -> None:
    assert bodies(pipeline, text) == names


@pytest.mark.parametrize(
    ("text", "typ", "start"),
    [
        (
            "Первое заседание межведомственной группы по паводковой обстановке в Приамурье "
            "прошло 3–4 апреля в Благовещенске.",
            "meeting", "2019-04-03",
        ),
        (
            "Внеочередное заседание комиссии по рыболовству назначено на пятницу.",
            "meeting", "2019-04-12",
        ),
    ],
)  # fmt: skip
def test_sitting_of_named_body(pipeline: Pipeline, text: str, typ: str, start: str) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 4, 10)))
    events = [e for e in facts.events if e.type == typ]
    assert len(events) == 1
    assert events[0].actors
    assert str(events[0].date.value.start) == start


def test_sides_told_stand_first(pipeline: Pipeline) -> None:
    """A group whose sides the article tells («стороны» after the states' talks) is
    theirs: the states are the parties, not the group named by the reader."""
    text = (
        "Россия и Норвегия в понедельник провели консультации в Осло. Заседание рабочей "
        "группы по охране лосося стороны решили провести 14 ноября."
    )
    facts = pipeline.process(raw_article(text, dt.date(2019, 4, 10)))
    sitting = [e for e in facts.events if e.type == "meeting"]
    assert len(sitting) == 1
    assert set(sitting[0].actors) == {"russia", "norway"}
