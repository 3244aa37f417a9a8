"""An answer given by a measure is no statement (app/ingest/events/retorts.py); an answer
in words stays one. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)



# (text, statement speakers expected, sorted)
CASES = [
    # A measure answered with a measure: no words.
    ("В марте Москва ответила симметрично, выслав трех польских консулов.", []),
    ("Россия ответила на высылку своих дипломатов из Праги.", []),
    ("Кремль ответил на это ответными мерами против литовских компаний.", []),
    # Words: a question about a measure, a «что» clause, accusations of one.
    ("Мария Захарова ответила на вопрос о высылке дипломатов.", ["maria-zakharova"]),
    ("Сергей Лавров ответил, что Москва вышлет столько же дипломатов.", ["sergey-lavrov"]),
    ("Дмитрий Песков ответил на обвинения в давлении на посольства.", ["dmitry-peskov"]),
    # One party's act as the means of the answer (bare instrumental) is a deed.
    ("Варшава ответила собственным законом о посольствах.", []),
    ("Президент Литвы ответил на это указом о гражданстве.", []),
    # The act answered (under «на») may be answered in words.
    ("Мария Захарова ответила на польский закон резкой критикой.", ["maria-zakharova"]),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_retorts(pipeline: Pipeline, text: str, speakers: list[str]) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    said = sorted(a for e in events if e.type == "statement" for a in e.actors)
    assert said == speakers
