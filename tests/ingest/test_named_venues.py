"""A building named after the noun for it, told as where something happens («в гостинице
«Пальма»», «в государственной резиденции «Ляньхуа»»), is the venue, never a party, whatever clause
lists it (occasion.named_venue). Sentences of our own; each row: text, then the sorted
participant ids of the first event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2019, 5, 17)

CASES: list[tuple[str, list[str]]] = [
    # A joint press conference at a hotel: the ministers speak, the hotel does not.
    (
        "В четверг министры Сергей Лавров и Ван И провели совместную пресс-конференцию в "
        "гостинице «Пальма».",
        ["sergey-lavrov", "wang-yi"],
    ),
    # The states listed by «участвуют», the residence after them in the main clause.
    (
        "Новый раунд переговоров, в которых участвуют Россия, Китай и Индия, откроется в "
        "пятницу в государственной резиденции «Ляньхуа».",
        ["china", "india", "russia"],
    ),
    # A hotel after «в»: the same.
    (
        "Новый раунд переговоров, в которых участвуют Россия, Китай и Индия, откроется в "
        "пятницу в отеле «Ритц-Карлтон».",
        ["china", "india", "russia"],
    ),
    # Not a building: a company's voice stays a party.
    (
        "В четверг в компании «Роснефть» заявили, что сделка с индийскими партнерами закрыта.",
        ["rosneft"],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-40:] for c in CASES])
def test_named_venue_no_party(pipeline: Pipeline, text: str, want: list[str]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    assert facts.events
    assert sorted(facts.events[0].actors) == want
