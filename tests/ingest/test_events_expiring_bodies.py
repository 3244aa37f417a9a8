"""An end of force or of a body's work told by «перестать действовать» or «прекратить
деятельность», with a date of its own, is an expiry of the article's two states (expiring.py,
triggers.toml [needs]). On sentences of our own. Each row: text, the expiry events as (start
date, actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2015, 6, 10)

# An article on Russia and the US.
LEAD = (
    "Госдепартамент США сообщил, что российская сторона уведомила Вашингтон о своём решении. "
    "В Москве подтвердили, что Россия отказывается от программ США. "
)

CASES: list[tuple[str, list[tuple[D | None, list[str]]]]] = [
    # A document's force ends on a day told under the infinitive (spelt with «е»: the
    # tagger misreads «перестаёт»); the document, the subject
    # across a relative clause, is no agreement of its own.
    (
        LEAD + "Соглашение, по которому фонд работал в стране с 1995 года, перестает "
        "действовать 1 июля.",
        [(D(2015, 7, 1), ["russia", "usa"])],
    ),
    # A body's work ends on a day.
    (
        LEAD + "С 1 июля представительство фонда, работавшее в стране десять лет, прекратит "
        "деятельность.",
        [(D(2015, 7, 1), ["russia", "usa"])],
    ),
    # No end of force: «перестать» with another infinitive.
    (LEAD + "Россия давно перестала нуждаться в помощи на развитие.", []),
    # «прекратить» with no word of force or work.
    (LEAD + "Стороны 1 июля прекратили огонь.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-50:] for c in CASES])
def test_expiring_body(
    pipeline: Pipeline, text: str, want: list[tuple[D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(e.date.value.start, sorted(e.actors)) for e in facts.events if e.type == "expiry"]
    assert got == want
