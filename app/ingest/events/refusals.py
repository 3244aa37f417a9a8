"""A happening refused by the one who was to take part in it is called off.

«Обама отказался от визита в Москву», «после отказа Обамы от поездки»: what the refusing
word declines is the visit itself, so the visit did not take place (status.py reads it as
cancelled). What the refuser declines to join («отказался от участия в саммите»,
«отказалась присоединиться к санкциям») is left to status.py's own reading: no happening
of theirs.
"""

from __future__ import annotations

from app.ingest.events.lexicon import REFUSING_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How what is refused hangs on the refusing word: «отказался от визита» (obl), «отказ от
# поездки» (nmod under the noun of refusing).
_REFUSED_LINKS = frozenset({"obl", "xcomp", "obj", "nmod"})
# Words between a refusing word and the «от» of what is refused: the refuser's name.
_REFUSER_REACH = 4


def refused_itself(parse: SentenceParse, trigger: int, verb: int) -> bool:
    """Is trigger noun `trigger` itself what refusing `verb` declines, hanging right under it
    («отказался от визита», «отказ от поездки»)? The happening is then called off."""
    return parse.heads[trigger] == verb and parse.rels[trigger] in _REFUSED_LINKS


def refused_nearby(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Is trigger noun `trigger` with its own «от» what a word of refusing just before it
    declines, wherever the parse hangs it («после отказа Обамы от визита»: «от визита» is
    often put under a farther noun)? Only within a few words, the refuser's name between."""
    froms = [
        j
        for j, h in enumerate(parse.heads)
        if h == trigger and parse.rels[j] == "case" and lemma_of(tokens[j]) == "от"
    ]
    return bool(froms) and any(
        lemma_of(tokens[k]) in REFUSING_LEMMAS
        for k in range(max(0, froms[0] - _REFUSER_REACH), froms[0])
    )
