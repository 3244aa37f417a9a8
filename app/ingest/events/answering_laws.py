"""A law one state's leader signs against another: sanctions, not a unilateral act.

Signing a law or decree is one party's act and concludes no agreement (status.unilateral_act:
«Путин подписал указ», «закон, подписанный президентом»). When the law answers or targets
another state it is the signer's measure against it, sanctions of the signer on the day of
signing, as the news and the analyst's timeline tell it:
- a word of measures under the law: «подписал закон об ответных мерах», «подписал закон
  «О мерах воздействия на лиц ...»» (lexicon.ANSWERING_MEASURES);
- another state named under the law than the signer's own: «Путин подписал закон,
  запрещающий усыновление детей гражданами США», «Обама подписал закон о нормализации
  торговых отношений с Россией». The signer's states are those of the actors named outside
  the law's phrase (a body's state, the state a leader speaks for, state_voice.terms). Not
  when the law is about a treaty with that state, help or cooperation («закон о помощи
  Украине», «закон о приостановлении действия договора между СССР и США»), unless it bans
  something to it (lexicon.BANNING_WORDS, FRIENDLY_WORDS, DOCUMENT_NOUNS).
A law on a domestic matter («закон о федеральном бюджете») names no other state and stays no
event; a law ratifying a treaty with another state («закон о ратификации соглашения с
Китаем») is the treaty's business, and a decree appointing an envoy («указ о назначении
Антонова послом в США») an appointment, not a measure (lexicon.NOT_MEASURES).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import (
    ANSWERING_LAWS,
    ANSWERING_MEASURES,
    ANSWERING_SIGN_VERBS,
    BANNING_WORDS,
    DOCUMENT_NOUNS,
    FRIENDLY_WORDS,
    NOT_MEASURES,
)
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.state_pair import state_of
from app.ingest.events.state_voice import terms
from app.ingest.events.syntax import VERBAL, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How the law hangs on the verb of signing: its object, its passive subject.
_LAW_LINKS = frozenset({"obj", "nsubj:pass"})


def signed_law(tokens: Sequence[Token], parse: SentenceParse, trigger: int) -> int | None:
    """The law or decree the verb of signing at `trigger` has signed, or None."""
    if lemma_of(tokens[trigger]) not in ANSWERING_SIGN_VERBS or tokens[trigger].pos not in VERBAL:
        return None
    return next(
        (
            j
            for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True))
            if h == trigger and rel in _LAW_LINKS and lemma_of(tokens[j]) in ANSWERING_LAWS
        ),
        None,
    )


def _states(inp: ArticleInput, actor_id: str) -> set[str]:
    """The states an actor is, belongs to, or (a leader) has spoken for."""
    own = state_of(inp, actor_id)
    return ({own} if own else set()) | {s for s, _, _ in terms().get(actor_id, ())}


def answering_law(
    inp: ArticleInput,
    tokens: Sequence[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    trigger: int,
) -> bool:
    """Is the verb of signing at `trigger` a law signed against another state?"""
    law = signed_law(tokens, parse, trigger)
    if law is None:
        return False
    inside = subtree(parse, law)
    lemmas = {lemma_of(tokens[k]) for k in inside}
    if lemmas & NOT_MEASURES:
        return False
    if lemmas & ANSWERING_MEASURES:
        return True
    first = min(tokens[k].start for k in inside)
    last = max(tokens[k].end for k in inside)
    under: set[str] = set()
    outside: set[str] = set()
    for h in hits:
        (under if first <= h.start and h.end <= last else outside).update(_states(inp, h.actor_id))
    for k in inside:  # «российских детей»: a state's adjective under the law
        state = inp.state_words.get(lemma_of(tokens[k]))
        if state is not None:
            under.add(state)
    if not outside or not under - outside:
        return False
    return bool(lemmas & BANNING_WORDS) or not lemmas & (DOCUMENT_NOUNS | FRIENDLY_WORDS)
