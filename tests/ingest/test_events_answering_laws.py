"""A law or decree a leader signs against another state is the signer's sanctions
(answering_laws.py); a law on a domestic matter, a ratification or an envoy's appointment is
not. On sentences of our own. Each row: text, the sanctions events as (start date, actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2017, 8, 3)

CASES: list[tuple[str, list[tuple[D | None, list[str]]]]] = [
    # Another state named under the law, signed in Washington.
    (
        "Дональд Трамп 2 августа подписал закон о противодействии России, Ирану и КНДР.",
        [(D(2017, 8, 2), ["donald-trump"])],
    ),
    # A word of measures under the law.
    (
        "Владимир Путин во вторник подписал закон об ответных мерах на действия Вашингтона.",
        [(D(2017, 8, 1), ["vladimir-putin"])],
    ),
    # A law forbidding something to another state's citizens.
    (
        "Путин 1 августа подписал закон, запрещающий въезд в Россию гражданам США.",
        [(D(2017, 8, 1), ["vladimir-putin"])],
    ),
    # Counter-sanctions against another state.
    (
        "Президент России 1 августа подписал закон о контрсанкциях против Канады.",
        [(D(2017, 8, 1), ["canada", "vladimir-putin"])],
    ),
    # Help to another state is no measure against it.
    ("Трамп 2 августа подписал закон о военной помощи Израилю.", []),
    # A law suspending a treaty with another state is the treaty's business.
    ("Путин 1 августа подписал закон о приостановлении действия договора с США.", []),
    # A domestic matter: no other state, no measure.
    ("Путин 1 августа подписал закон о федеральном бюджете.", []),
    # A ratification of a treaty with another state is no measure.
    ("Путин 1 августа подписал закон о ратификации соглашения с Китаем.", []),
    # A decree appointing an envoy to another state is no measure.
    ("Путин 1 августа подписал указ о назначении посла в США.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_answering_law(
    pipeline: Pipeline, text: str, want: list[tuple[D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(e.date.value.start, sorted(e.actors)) for e in facts.events if e.type == "sanctions"]
    assert got == want
