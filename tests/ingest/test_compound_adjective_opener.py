"""A compound adjective the dictionary does not list («Российско-европейская», «Итало-
африканский»), capitalised only because it opens a sentence, is no organisation's name
(orgs.py): the body it begins goes on past it («... экспертная группа по ...»), and that
body is an actor of its own (named_bodies.py), whose numbered sittings are events
(body_series.py). Sentences of our own invention."""

from __future__ import annotations

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.test_named_bodies import bodies


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Российско-европейская рабочая группа по лесным пожарам в Приладожье "
            "собралась в Олонце.",
            ["Российско-европейская рабочая группа по лесным пожарам в Приладожье"],
        ),
        (
            "Франко-африканский комитет по водным ресурсам обсудил засуху.",
            ["Франко-африканский комитет по водным ресурсам"],
        ),
        (
            "Итало-африканская экспертная группа по морскому рыболовству появилась в 2015 году.",
            ["Итало-африканская экспертная группа по морскому рыболовству"],
        ),
        (
            "Норвежско-европейская экспертная группа по приграничному сотрудничеству в "
            "Лапландии появилась как побочный продукт саммита.",
            ["Норвежско-европейская экспертная группа по приграничному сотрудничеству в Лапландии"],
        ),
        (
            "Российско-монгольская рабочая группа по водным ресурсам собралась в Кяхте.",
            [],  # the two states' joint body, no actor of its own
        ),
    ],
)
def test_compound_opener_is_no_name(pipeline: Pipeline, text: str, names: list[str]) -> None:
    assert bodies(pipeline, text) == names

