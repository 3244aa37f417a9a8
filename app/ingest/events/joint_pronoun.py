"""The pronoun who speaks at a joint appearance: «Об этом он сказал на совместной
пресс-конференции с главой МИД Греции»: «он» is a party of the press conference, beside
the partner named with «с».

A named speaker («На совместной пресс-конференции с X Лавров заявил») is read as a party
already (actor_attached): the subject of the verb the occasion hangs on. A pronoun is no
actor hit, so the occasion kept only its «с» partner. The pronoun is read here as coref.py
reads one: the nearest person of its gender before it, not the partner himself.
"""

from __future__ import annotations

from app.ingest.events.antecedents import pronoun_for
from app.ingest.events.lexicon import JOINT_SPEECH
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.syntax import anchor_verb
from app.ingest.nlp import Token

SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass"})


def pronoun_speaker(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    typ: str,
    actors: list[ActorSpan],
) -> list[ActorSpan]:
    """The person a pronoun subject stands for, as a span on the pronoun, when the trigger
    is a joint occasion of words told by a noun under that subject's verb."""
    if typ not in JOINT_SPEECH or toks[trigger].pos != "NOUN" or not actors:
        return []
    verb = anchor_verb(toks, parse, trigger)
    if verb == trigger:
        return []
    taken = {a.actor_id for a in actors}
    for j, h in enumerate(parse.heads):
        if h != verb or parse.rels[j] not in SUBJECT_LINKS:
            continue
        found = pronoun_for(inp, si, toks[j], taken)
        if found is not None:
            return [ActorSpan(toks[j].start, toks[j].end, found)]
    return []
