"""«Совет министров иностранных дел ОБСЕ», «Совет глав государств СНГ»: a council of an
international organisation's members' officials is the organisation meeting.

bodies.py reads a body's head noun followed by genitive words and an actor as that
actor's body («МИД Турции», «Совет министров Крыма»). When the actor is an international
organisation and the words between name a plural of people («министров иностранных дел»,
«глав государств», «постоянных представителей»), the council is the member states'
officials gathered as the organisation: news tell its sessions as the organisation's own
(«на СМИД ОБСЕ», «саммит СНГ»), so the actor is the organisation.
"""

from __future__ import annotations

from app.ingest.actors.gazetteer import ActorRecord
from app.ingest.actors.lemmas import norm
from app.ingest.nlp import Token

# Heads of a gathering of members' officials.
COUNCIL_HEADS = frozenset({"совет", "совещание"})


def members_council(
    tokens: list[Token], head: int, org_first: int, org: ActorRecord | None
) -> bool:
    """Is the body headed at token `head`, ending with the organisation `org` at token
    `org_first`, a council of the organisation's members' officials?"""
    if org is None or org.kind != "organisation" or org.part_of:
        return False
    if norm(tokens[head].lemma) not in COUNCIL_HEADS or head + 1 >= org_first:
        return False
    first = tokens[head + 1]  # the officials: «министров», «глав», «представителей»
    if first.pos == "ADJ":  # «постоянных представителей»
        nouns = [t for t in tokens[head + 1 : org_first] if t.pos == "NOUN"]
        first = nouns[0] if nouns else first
    return (
        first.pos == "NOUN"
        and first.feats.get("Number") == "Plur"
        and first.feats.get("Case") == "Gen"
        and first.feats.get("Animacy") == "Anim"
    )
