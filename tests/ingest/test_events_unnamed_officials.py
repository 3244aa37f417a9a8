"""An official the article does not name stands for his state, by the state's adjective on
his title (unnamed_officials.py), on sentences of our own. Each row: text, then the events
as (type, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # A minister of a portfolio, named nowhere: his state signs.
    (
        "Глава «Росатома» Алексей Лихачев и кенийский министр энергетики подписали в пятницу "
        "меморандум о сотрудничестве.",
        [("agreement", ["aleksey-likhachev", "kenya"])],
    ),
    # A counterpart with only his state's adjective.
    (
        "Лавров провел переговоры с турецким коллегой в Анкаре в среду.",
        [("talks", ["sergey-lavrov", "turkey"])],
    ),
    (
        "Сергей Лавров встретился с китайским послом в Москве во вторник.",
        [("meeting", ["china", "sergey-lavrov"])],
    ),
    # Named before: the person, not the state (coref.py).
    (
        "Глава МИД Турции Хакан Фидан прибыл в Москву. "
        "Лавров провел переговоры с турецким коллегой в среду.",
        [("visit", ["hakan-fidan"]), ("talks", ["hakan-fidan", "sergey-lavrov"])],
    ),
    # Named after the rest of the title, or after where he is posted: the person.
    (
        "Лавров встретился с китайским послом в России Чжаном Ханьхуэем во вторник.",
        [("meeting", ["chzhan-khankhuey", "sergey-lavrov"])],
    ),
    # A guest may be anyone: left to coref.py, no state.
    (
        "Вечером Владимир Путин встретился с китайским гостем.",
        [("meeting", ["vladimir-putin"])],
    ),
    # Named right after the title: the person.
    (
        "Египетский министр Самех Шукри прибыл в Москву во вторник.",
        [("visit", ["sameh-shoukry"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unnamed_officials(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    assert [(e.type, sorted(e.actors)) for e in facts.events] == expected
