"""Where words were said is set apart from who said them when the clause names a speaker
(speech_venues.py), on sentences of our own; a body with no speaker beside it is the voice."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "После встречи Сергей Рябков провел в посольстве России брифинг для журналистов.",
        [("press-conference", ["sergey-ryabkov"])],
    ),
    (
        "Посол Анатолий Антонов в среду на пресс-конференции в посольстве России в "
        "Вашингтоне призвал не драматизировать ситуацию.",
        [("press-conference", ["anatoly-antonov"])],
    ),
    (
        "Дмитрий Песков в Кремле заявил журналистам, что визит не планируется.",
        [("statement", ["dmitry-peskov"])],
    ),
    # No speaker named: the body the words come from speaks.
    (
        "В посольстве России в Вашингтоне заявили, что ответят на запрос.",
        [("statement", ["posolstvo-rossii-v-vashingtone"])],
    ),
    (
        "В Кремле заявили, что визит не планируется.",
        [("statement", ["kremlin"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speech_venues_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2023, 2, 21)))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events)
    assert got == sorted(expected)
