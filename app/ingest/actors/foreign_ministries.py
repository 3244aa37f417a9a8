"""A state's foreign ministry, for a round of consultations its ministry holds
(events/ministry_rounds.py): the gazetteer's («МИД России», «Госдепартамент США»), else a
body named the way news name it («МИД Чили»), part of the state.
"""

from __future__ import annotations

from app.ingest.actors.adjective_bodies import genitive
from app.ingest.actors.bodies import named_body
from app.ingest.actors.gazetteer import ActorRecord, Gazetteer

# How the gazetteer names a foreign ministry: «МИД …», or an alias calling it the state's
# «внешнеполитическое ведомство» (the US Department of State).
_SHORT = "МИД "
_ALIAS_WORDS = "внешнеполитический ведомство"


def foreign_ministry(gazetteer: Gazetteer, state_id: str) -> ActorRecord | None:
    """The foreign ministry of the state `state_id`; None when it is no state."""
    state = gazetteer.actors.get(state_id)
    if state is None or state.kind != "state":
        return None
    for rec in gazetteer.actors.values():
        if rec.part_of != state_id or rec.kind != "organisation":
            continue
        if rec.name_ru.startswith(_SHORT) or any(_ALIAS_WORDS in a for a in rec.aliases):
            return rec
    return named_body(f"{_SHORT}{genitive(state.name_ru)}", state_id)
