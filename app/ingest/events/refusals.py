"""A happening refused by the one who was to take part in it is called off.

«Обама отказался от визита в Москву», «после отказа Обамы от поездки»: what the refusing
word declines is the visit itself, so the visit did not take place (status.py reads it as
cancelled), unless the refusing is denied («не отказались от встречи»). What the refuser
declines to join («отказался от участия в саммите»,
«отказалась присоединиться к санкциям») is left to status.py's own reading: no happening
of theirs.
"""

from __future__ import annotations

from app.ingest.events.lexicon import NOUN_TRIGGERS, REFUSING_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How what is refused hangs on the refusing word: «отказался от визита» (obl), «отказ от
# поездки» (nmod under the noun of refusing).
_REFUSED_LINKS = frozenset({"obl", "xcomp", "obj", "nmod"})
# Words between a refusing word and the «от» of what is refused: the refuser's name.
_REFUSER_REACH = 4
# Happenings a refusal calls off: contacts. A proposal or sanctions refused («отказ от
# приглашения», «отказ от высылки») are left to the other readings.
CONTACTS = frozenset({"call", "meeting", "talks", "visit"})


def _contact(tok: Token) -> bool:
    return NOUN_TRIGGERS.get(lemma_of(tok)) in CONTACTS


def _refusing(tokens: list[Token], parse: SentenceParse, k: int) -> bool:
    """A word of refusing not itself denied («не отказываются от приглашения»)."""
    return lemma_of(tokens[k]) in REFUSING_LEMMAS and not (
        (k > 0 and lemma_of(tokens[k - 1]) == "не")
        or any(h == k and lemma_of(tokens[j]) == "не" for j, h in enumerate(parse.heads))
    )


def refused_itself(
    tokens: list[Token], parse: SentenceParse, trigger: int, verb: int
) -> bool:
    """Is trigger noun `trigger` itself what refusing `verb` declines, hanging right under it
    («отказался от визита», «отказ от поездки»)? The happening is then called off."""
    return (
        _contact(tokens[trigger])
        and parse.heads[trigger] == verb
        and parse.rels[trigger] in _REFUSED_LINKS
        and _refusing(tokens, parse, verb)
    )


def refused_nearby(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Is trigger noun `trigger` with its own «от» what a word of refusing just before it
    declines, wherever the parse hangs it («после отказа Обамы от визита»: «от визита» is
    often put under a farther noun)? Only within a few words, the refuser's name between."""
    if not _contact(tokens[trigger]):
        return False
    froms = [
        j
        for j, h in enumerate(parse.heads)
        if h == trigger and parse.rels[j] == "case" and lemma_of(tokens[j]) == "от"
    ]
    return bool(froms) and any(
        _refusing(tokens, parse, k) for k in range(max(0, froms[0] - _REFUSER_REACH), froms[0])
    )
