"""A happening that is the subject of a negated verb with an object of its own was held; the
«не» denies only what it brought: «встреча не принесла прорыва», «переговоры не дали
результатов», «разговор не дал повода ждать подвижек», «визит ничего не изменил». A verb
that tells the happening itself takes no object («встреча не состоялась», «визит не
прошёл»), so there the «не» still denies it (clause_mood.negated). The scope of «не» is the
verb and what the verb governs: with the happening as the verb's doer and something else as
its object, what is negated is the object.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Dependents that are what a verb brings or does to: its direct object or a clause in its
# place («не позволили сблизить позиции»).
_OUTCOME_RELS = frozenset({"obj", "ccomp", "xcomp"})


def outcome_denied(tokens: list[Token], parse: SentenceParse, trigger: int, verb: int) -> bool:
    """Is the trigger noun the doer (nsubj) of `verb`, which governs an object of its own?
    Then a «не» on that verb denies the outcome, not the trigger's happening."""
    if verb == trigger or parse.heads[trigger] != verb or parse.rels[trigger] != "nsubj":
        return False
    return any(
        h == verb and i != trigger and parse.rels[i] in _OUTCOME_RELS
        for i, h in enumerate(parse.heads)
    )
