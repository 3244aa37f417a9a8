"""An envoy summoned to a ministry: a meeting of the envoy and the ministry (summons.py),
and a describing clause's date that the parse hangs past a word of the main clause
(clause_end.py). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.clause_end import within
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday



# (text, [(type, status, actors sorted, date start or None, precision)])
SUMMONED = [
    (
        "Посол России в Армении Сергей Копыркин во вторник был вызван в МИД Армении.",
        [("meeting", "happened", ["mid-armenii", "sergey-kopyrkin"], "2025-03-11", "day")],
    ),
    (
        "МИД Германии в четверг вызвал посла России Сергея Нечаева.",
        [("meeting", "happened", ["mid-germanii", "sergey-nechaev"], "2025-03-13", "day")],
    ),
    # The envoy's words causing a stir summon no one.
    (
        "Слова посла России Сергея Нечаева в четверг вызвали недовольство в Берлине.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMONED)
def test_envoy_summoned(pipeline: Pipeline, text: str, expected: list) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert [r for r in speech_rows(events) if r[0] == "meeting"] == expected


def _tok(text: str, pos: str) -> Token:
    return Token(text=text, lemma=text, pos=pos, start=0, end=len(text), feats={})


# Tokens (text, pos, head) of a sentence with a relative clause whose run is 1..3; whether
# token 5 (a date hung on the clause's verb at 2) is inside the clause.
RUN_ON = [
    # «посол, которая вручила грамоты Путину 5 апреля, ...»: a name between, no comma
    ([("посол", "NOUN", 6), (",", "PUNCT", 2), ("вручила", "VERB", 0), ("грамоты", "NOUN", 2),
      ("Путину", "PROPN", 6), ("5", "NUM", 2), ("вызвали", "VERB", -1)], True),
    # «посол, которая вручила грамоты, приехала 5 апреля»: after a comma, the main clause's
    ([("посол", "NOUN", 6), (",", "PUNCT", 2), ("вручила", "VERB", 0), ("грамоты", "NOUN", 2),
      (",", "PUNCT", 6), ("5", "NUM", 2), ("приехала", "VERB", -1)], False),
    # the main verb between
    ([("посол", "NOUN", 4), (",", "PUNCT", 2), ("вручила", "VERB", 0), ("грамоты", "NOUN", 2),
      ("приехала", "VERB", -1), ("5", "NUM", 2), ("апреля", "NOUN", 5)], False),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "inside"), RUN_ON)
def test_clause_runs_on(rows: list[tuple[str, str, int]], inside: bool) -> None:
    toks = [_tok(t, p) for t, p, _ in rows]
    parse = SentenceParse(tuple(h for _, _, h in rows), tuple("dep" for _ in rows))
    assert within(toks, parse, range(1, 4), 5) is inside
    assert within(toks, parse, range(1, 4), 2)
