"""Two named organisations joined by «и», each with its noun («компания «X» и завод «Y»
подписали»): the second stands where the first does (tree.actor_belongs), on sentences of
our own; a name under a common noun joined to another is still no party."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Компания «Ростех» и завод «Тата» подписали соглашение о сборке машин.",
        [("agreement", ["rostekh", "tata"])],
    ),
    (
        "Российская корпорация «Ростех» и индийская компания «Тата» в среду подписали "
        "меморандум о сотрудничестве.",
        [("agreement", ["rostekh", "tata"])],
    ),
    # A name under a common noun that is only what was discussed, or where.
    (
        "Сергей Лавров обсудил с Ван И развитие торговли и проекты «Газпрома».",
        [("talks", ["sergey-lavrov", "wang-yi"])],
    ),
    ("Встреча прошла в здании правительства и офисе «Газпрома».", []),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_conjoined_names_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected
