"""The next round of a kind, told as an act still to do: «условлено провести очередной
раунд консультаций в Никосии», «пригласила провести следующий раунд в Ташкенте»,
«договорились провести следующее заседание в Москве».

An adjective of order names the next contact of a kind (next_round.py), to come when its
clause is future or planned. The verb that holds it may also be an infinitive of the act
agreed, proposed or invited: nobody says it was held, and the next one is still to come,
between the parties of the article's latest contact of that kind. A finite past verb
(«следующая встреча прошла в мае») still tells a held one the text must name.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.attendance import article_pair
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.next_round import next_of_kind
from app.ingest.events.parties import CONTACT, Antecedent, antecedent_for
from app.ingest.events.state_pair import state_of
from app.ingest.events.syntax import anchor_verb
from app.ingest.nlp import Token


def next_to_come(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` the next of its kind, the object of an infinitive («провести
    очередной раунд»)?"""
    if not next_of_kind(toks, parse, idx):
        return False
    verb = anchor_verb(toks, parse, idx)
    if verb == idx or toks[verb].feats.get("VerbForm") != "Inf":
        return False
    # «не провести»: denied, not planned
    return not any(
        parse.heads[j] == verb and toks[j].lemma.lower() == "не" for j in range(len(toks))
    )


def other_sides(
    inp: ArticleInput,
    toks: list[Token],
    idx: int,
    kind: str,
    actors: Sequence[ActorSpan],
    told_before: Sequence[Antecedent],
) -> list[ActorSpan]:
    """«Узбекская сторона пригласила провести следующий раунд»: one side invites; the round
    is between the sides of the latest contact of its kind, so the states of its parties
    that the inviter is not, marked on the trigger."""
    found = antecedent_for(told_before, {kind}) if kind in CONTACT else None
    if found is None:
        return []
    have = {state_of(inp, h.actor_id) or h.actor_id for h in actors}
    states = [state_of(inp, a) for a in found.actors]
    pair = article_pair(inp)
    if not any(states) and pair is not None and have & set(pair):
        # parties the gazetteer places in no state (people the article introduces): the
        # two states the article is about, the inviter being one of them
        states = list(pair)
    here = toks[idx]
    out: list[ActorSpan] = []
    for state in states:
        if state is not None and state not in have:
            have.add(state)
            out.append(ActorSpan(here.start, here.end, state))
    return out
