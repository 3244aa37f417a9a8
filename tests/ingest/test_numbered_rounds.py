"""A contact told by its number as the subject of a verb of taking place («Второй раунд
прошел в Минске 14 мая») is between the parties of the contact the article told
(numbered_rounds.py). Sentences of our own invention."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

LEAD = (
    "Министр иностранных дел России Сергей Лавров провел в Москве переговоры с министром "
    "иностранных дел Индии Субраманьямом Джайшанкаром. "
)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (LEAD + "Первый раунд консультаций прошел в Дели 14 мая 2018 года.", "2018-05-14"),
        (LEAD + "Второй раунд состоялся в Минске 3 марта 2019 года.", "2019-03-03"),
        (LEAD + "Третий раунд переговоров завершился 20 июня 2019 года.", "2019-06-20"),
    ],
)  # fmt: skip
def test_numbered_round_takes_told_parties(pipeline: Pipeline, text: str, start: str) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 9, 10)))
    found = [e for e in facts.events if str(e.date.value.start) == start]
    assert len(found) == 1
    assert {"sergey-lavrov"} <= set(found[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        # The number, but not the subject of a verb of taking place.
        LEAD + "Эксперты обсуждали первый раунд консультаций 14 мая 2018 года.",
    ],
)
def test_no_series_no_parties(pipeline: Pipeline, text: str) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 9, 10)))
    found = [e for e in facts.events if str(e.date.value.start) == "2018-05-14"]
    assert not any("sergey-lavrov" in e.actors for e in found)
