"""Mending an adverbial the parser hangs past the verb that governs its head.

«Раиси по итогам встречи с Путиным сообщил, что Тегеран и Москва готовы увеличить ...»: a
parser may hang «по итогам» on «увеличить», inside the clause «сообщил» introduces. An arc
from a word before a verb to a word under that verb after it passes over its own head's
governor, which a Russian sentence's tree does not do (its arcs do not cross the words
above them); the adverbial belongs to the verb it passes over: «по итогам встречи» is when
Raisi spoke, not when transit grows.
"""

from __future__ import annotations

from app.ingest.nlp import Token

ADVERBIAL = frozenset({"obl", "advmod", "advcl"})
VERBAL = frozenset({"VERB", "AUX"})


def over_governor(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each adverbial whose arc passes over a verb above its head onto
    that verb (the highest such)."""
    for i, h in enumerate(heads):
        if rels[i] not in ADVERBIAL or h <= i:
            continue
        above = _governors(heads, h)
        passed = [v for v in above if i < v < h and toks[v].pos in VERBAL]
        if passed:
            heads[i] = passed[-1]


def _governors(heads: list[int], h: int) -> list[int]:
    """The words above `h`, nearest first."""
    out: list[int] = []
    cur = heads[h]
    while cur >= 0 and cur not in out and len(out) <= len(heads):
        out.append(cur)
        cur = heads[cur]
    return out
