"""A state or person named inside an outlet's quoted name is the outlet's name, no actor.

«в интервью телеканалу «Россия 24»», «агентству «Россия сегодня»», «радиостанции «Голос
Америки»», «газете «Московский комсомолец»»: the gazetteer finds Russia or America in the
name, and the interview became one of Russia as a second speaker. Words in quotes right
after a noun of a medium (телеканал, газета, агентство, радиостанция ...) are its name.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from app.ingest.actors.actor_hit import ActorHit
from app.ingest.actors.lemmas import norm
from app.ingest.nlp import Token

# Common nouns of a medium whose own name follows in quotes.
OUTLET_NOUNS = frozenset(
    {
        "телеканал", "газета", "агентство", "радиостанция", "журнал", "издание",
        "телекомпания", "телерадиокомпания", "радио", "портал", "еженедельник",
    }
)  # fmt: skip
_OPEN = frozenset({"«", '"', "„", "“"})
_CLOSE = frozenset({"»", '"', "“", "”"})


def in_outlet_name(tokens: Sequence[Token], hit: ActorHit) -> bool:
    """Does `hit` lie within quotes opened right after a medium's noun («телеканалу
    «Россия 24»»)?"""
    starts = [t.start for t in tokens]
    k = bisect.bisect_left(starts, hit.start)
    # walk back inside the quotes to their opening, if the hit is in quotes at all
    j = k - 1
    while j >= 0 and tokens[j].text not in _OPEN:
        if tokens[j].text in _CLOSE or k - j > 6:
            return False
        j -= 1
    return j >= 1 and norm(tokens[j - 1].lemma) in OUTLET_NOUNS


def without_outlet_names(tokens: Sequence[Token], hits: list[ActorHit]) -> list[ActorHit]:
    """The hits, less those inside an outlet's quoted name."""
    return [h for h in hits if not in_outlet_name(tokens, h)]
