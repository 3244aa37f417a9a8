"""A contact named only as the setting of words («заявил по итогам переговоров с X») takes
the words' date when it states none (situated_day.py); a date of its own wins, and a contact
the words report («заявил, что провёл переговоры») is not the words' setting. Sentences of
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2019, 4, 11)

CASES = [
    # sentence, the contact's (type, start, end, precision)
    (
        "«Мы договорились продолжить работу», — заявил Лавров по итогам переговоров с "
        "министром иностранных дел Чили Роберто Ампуэро.",
        ("talks", "2019-04-11", "2019-04-11", "day"),
    ),
    (
        "В среду в ходе встречи с Роберто Ампуэро Сергей Лавров подчеркнул важность "
        "торговли.",
        ("meeting", "2019-04-10", "2019-04-10", "day"),
    ),
    (
        "Лавров заявил по итогам переговоров с Роберто Ампуэро, состоявшихся 3 апреля, что "
        "стороны близки к соглашению.",
        ("talks", "2019-04-03", "2019-04-03", "day"),
    ),
    (
        "Сергей Лавров заявил, что провёл переговоры с Роберто Ампуэро.",
        ("talks", None, "2019-04-11", "before"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_the_contact_of_the_words(
    pipeline: Pipeline, text: str, want: tuple[str, str | None, str, str]
) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    contacts = [e for e in facts.events if e.type in ("talks", "meeting")]
    assert len(contacts) == 1
    v = contacts[0].date.value
    got = (
        contacts[0].type,
        v.start.isoformat() if v.start else None,
        v.end.isoformat() if v.end else None,
        v.precision,
    )
    assert got == want
