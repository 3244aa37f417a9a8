"""The nominative of an organisation's name (orgs.py): only the head noun and the words
agreeing with it before it change case; the genitive words after the head keep theirs."""

from __future__ import annotations

import pytest

from app.ingest.actors import Gazetteer, actors_of, match_actors
from app.ingest.actors.orgs import governed_kept
from app.ingest.nlp import Nlp


@pytest.mark.parametrize(
    ("text", "normal", "head", "expected"),
    [
        (
            "Управлением водных ресурсов",
            "Управление водные ресурсы",
            0,
            "Управление водных ресурсов",
        ),
        (
            "Национальной палаты ремёсел",
            "Национальная палата ремёсла",
            1,
            "Национальная палата ремёсел",
        ),
        # A preposition before the head's complements still cuts there.
        ("Совета по делам молодёжи", "Совет по дело молодёжь", 0, "Совет по делам молодёжи"),
        # The head is the last word: the normal form as it is.
        ("Северной ассамблеи", "Северная ассамблея", 1, "Северная ассамблея"),
        # No head found: as before.
        (
            "Агентства сельских дорог",
            "Агентство сельские дороги",
            None,
            "Агентство сельские дороги",
        ),
    ],
)
def test_head_complements_keep_their_case(
    text: str, normal: str, head: int | None, expected: str
) -> None:
    assert governed_kept(text, normal, head) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Меморандум подписан с Министерством рыбных промыслов.",
            "Министерство рыбных промыслов",
        ),
        (
            "Соглашение подписала Торговая палата судоходных компаний Норвегии.",
            "Торговая палата судоходных компаний Норвегии",
        ),
        ("Письмо направил Союз производителей удобрений.", "Союз производителей удобрений"),
    ],
)
def test_organisation_named_in_the_nominative(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: str
) -> None:
    analysis = nlp.analyse(text)
    found = match_actors(analysis, gaz, None)
    records = actors_of(found, analysis, gaz)
    assert expected in [records[h.actor_id].name_ru for h in found]
