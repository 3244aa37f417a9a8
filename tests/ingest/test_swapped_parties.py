"""The parties of an exchange of prisoners are the states, the people swapped are named as
its subject (swapped_parties.py; sentences of our own)."""

from __future__ import annotations

import datetime as dt

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2019, 6, 14)

# An article about two states (each named often enough for the pair), telling the exchange by
# the people swapped only.
STORY = (
    "Россия и Норвегия провели обмен заключёнными. "
    "Москва и Осло готовили его несколько месяцев, сообщили в МИД России. "
    "Обмен Ивара Хансена на Петра Смирнова состоялся 12 июня на границе России и Норвегии."
)


def exchange_actors(text: str, pipeline: Pipeline) -> list[tuple[str, str]]:
    facts = pipeline.process(raw_article(text, PUB))
    out = []
    for e in facts.events:
        if e.type == "exchange":
            out += [(a, e.roles.get(a, "participant")) for a in e.actors]
    return sorted(set(out))


def test_people_swapped_are_named_and_the_states_are_parties(pipeline: Pipeline) -> None:
    got = exchange_actors(STORY, pipeline)
    roles = dict(got)
    assert roles.get("russia") == "participant"
    assert roles.get("norway") == "participant"
    people = [a for a, r in got if a not in ("russia", "norway")]
    assert people, got
    assert all(roles[a] == "subject" for a in people), got


def test_without_a_pair_of_states_the_sentence_reads_as_it_is(pipeline: Pipeline) -> None:
    got = exchange_actors("Обмен Ивара Хансена на Петра Смирнова состоялся 12 июня.", pipeline)
    assert got and all(r == "participant" for _, r in got), got
