"""A document between two foreign ministries: the ministries are its parties.

«Подписан план консультаций между министерствами иностранных дел двух стран», «министры
подписали план межмидовских консультаций»: such a plan binds the two ministries, whoever
signed it for them. The signers told stay (they act for their ministries); the states they
speak for join, and the pipeline adds each state's foreign ministry, as it does for a
numbered round of consultations (ministry_rounds.py). Only an agreement whose sentence names
the ministries together: the plural «министерства иностранных дел» or the adjective
«межмидовский»; a document of one ministry («МИД России подписал ...») names its party.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import ActorSpan, ArticleInput
from app.ingest.events.person_profiles import profiles_of
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Adjectives that say «between the foreign ministries»: «межмидовские консультации».
BETWEEN_MINISTRIES = frozenset({"межмидовский"})
_MINISTRY = ("министерство", "иностранный", "дело")


def both_ministries(toks: Sequence[Token]) -> bool:
    """Does the sentence name the foreign ministries together («между министерствами
    иностранных дел», «межмидовских консультаций»)?"""
    for k, t in enumerate(toks):
        if lemma_of(t) in BETWEEN_MINISTRIES:
            return True
        words = tuple(lemma_of(x) for x in toks[k : k + len(_MINISTRY)])
        if words == _MINISTRY and t.feats.get("Number") == "Plur":
            return True
    return False


def states_of(inp: ArticleInput, actor_id: str) -> set[str]:
    """The states an actor speaks for: a state itself, a body's state, a person's states
    as the article's titles for him tell them (or the gazetteer's words of his title)."""
    info = inp.actors.get(actor_id)
    if info is None:
        return set()
    if info.kind == "state":
        return {actor_id}
    if info.kind == "person":
        # The gazetteer's titles at the date first: the article's words before a name may
        # hold a place he went to («визит Лаврова в Республику Союз Мьянма»).
        known = {s for t in info.titles for w in t.split() if (s := inp.state_words.get(w))}
        if len(known) == 1:
            return known
        prof = profiles_of(inp).get(actor_id)
        if prof is None:
            return set()
        if prof.states:
            return set(prof.states)
        return {s for w in prof.words if (s := inp.state_words.get(w)) is not None}
    parent = inp.parents.get(actor_id)
    return {parent} if parent else set()


def ministry_states(
    inp: ArticleInput, toks: Sequence[Token], typ: str, actors: Sequence[ActorSpan]
) -> list[ActorSpan]:
    """The states of an agreement between two foreign ministries, each at the span of the
    party that speaks for it (empty unless the sentence names the ministries together and
    its parties speak for two states or more, each for one)."""
    if typ != "agreement" or not both_ministries(toks):
        return []
    return states_spoken_for(inp, actors)


def states_spoken_for(inp: ArticleInput, actors: Sequence[ActorSpan]) -> list[ActorSpan]:
    """The states `actors` speak for, each at the span of the first party that speaks for
    it; empty unless two states or more, each party speaking for one."""
    out: dict[str, ActorSpan] = {}
    for h in actors:
        states = {s for s in states_of(inp, h.actor_id) if s in inp.actors}
        if len(states) != 1:
            continue
        state = next(iter(states))
        if inp.actors[state].kind == "state":
            out.setdefault(state, ActorSpan(h.start, h.end, state))
    return list(out.values()) if len(out) >= 2 else []
