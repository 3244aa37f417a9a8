"""A state's service named by its adjective or with the state in the genitive is that
state's body (services.py, bodies.py); sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.nlp import Nlp

# (sentence, [(id, Russian name, state)] of the hits)
CASES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Израильская разведка в четверг опровергла эти сведения.",
        [("razvedka-izrailya", "Разведка Израиля", "israel")],
    ),
    (
        "В сообщении, которое распространила турецкая разведка, говорится об обмене.",
        [("razvedka-turtsii", "Разведка Турции", "turkey")],
    ),
    (
        "Японская береговая охрана заявила о вторжении судов.",
        [("beregovaya-okhrana-yaponii", "Береговая охрана Японии", "japan")],
    ),
    (
        "Переговоры обеспечивали египетские спецслужбы.",
        [("spetssluzhby-egipta", "Спецслужбы Египта", "egypt")],
    ),
    (
        "Разведка Турции выступила посредником.",
        [("razvedka-turtsii", "Разведка Турции", "turkey")],
    ),
    # Not a service noun: the adjective alone is no actor.
    ("Турецкая сторона промолчала о японской технике.", [("turkey", "", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_state_services(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = match_actors(nlp.analyse(text), gaz, date(2025, 6, 1))
    got = [
        (h.actor_id, h.record.name_ru if h.record else "", h.record.part_of if h.record else None)
        for h in found
    ]
    assert got == expected
