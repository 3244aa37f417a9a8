"""One person under the spellings outlets use: a bare surname in another transliteration
(«Нетаниягу» of Israeli Russian-language outlets beside «Нетаньяху») is the same actor, so
reports of one happening by such outlets can meet (app/data/leaders.toml aliases).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.nlp import Nlp

CASES = [
    # the bare variant surname, in several cases
    ("Поездку Нетаниягу в Москву отложили на неделю.", ["benjamin-netanyahu"]),
    ("Нетаниягу прилетит в российскую столицу в среду.", ["benjamin-netanyahu"]),
    ("Встречу с Нетаниягу перенесли на среду.", ["benjamin-netanyahu"]),
    # the usual spelling and the full variant name still resolve
    ("Нетаньяху прилетит в российскую столицу в среду.", ["benjamin-netanyahu"]),
    ("Биньямин Нетаниягу отложил поездку.", ["benjamin-netanyahu"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_variant_surname_is_one_person(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    hits = [h.actor_id for h in match_actors(nlp.analyse(text), gaz, date(2019, 2, 20))]
    assert hits == expected
