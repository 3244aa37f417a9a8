"""«Четыре министра», «трое лидеров»: a numeral beside a plural word for people told before
keeps it a reference to them, and says how many (plural_words.told_count): the nearest set of
just that many. Sentences of our own. Each row: article text, publication date, and the
events as (type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
FOUR = ["angela-merkel", "francois-hollande", "petro-poroshenko", "vladimir-putin"]
PUB = D(2015, 2, 14)
TALKS: Ev = ("talks", "happened", D(2015, 2, 13), D(2015, 2, 13), "day", FOUR)
PRESSER: Ev = ("press-conference", "happened", D(2015, 2, 13), D(2015, 2, 13), "day", FOUR)

CASES: list[tuple[str, D, list[Ev]]] = [
    # a cardinal numeral: «четыре лидера» are the four who held the talks
    (
        "В пятницу в Минске Путин, Олланд, Меркель и Порошенко провели переговоры. "
        "Утром четыре лидера вышли к журналистам.",
        PUB,
        [TALKS, PRESSER],
    ),
    # a collective one, «четверо лидеров», the same
    (
        "В пятницу в Минске Путин, Олланд, Меркель и Порошенко провели переговоры. "
        "Утром четверо лидеров вышли к журналистам.",
        PUB,
        [TALKS, PRESSER],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_counted_reference(pipeline: Pipeline, text: str, published: D, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected
