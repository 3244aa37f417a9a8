"""Mending an adverbial the parser hangs past the verb that governs its head.

«Раиси по итогам встречи с Путиным сообщил, что Тегеран и Москва готовы увеличить ...»: a
parser may hang «по итогам» on «увеличить», inside the clause «сообщил» introduces. An arc
from a word before a verb to a word under that verb after it passes over its own head's
governor, which a Russian sentence's tree does not do (its arcs do not cross the words
above them); the adverbial belongs to the verb it passes over: «по итогам встречи» is when
Raisi spoke, not when transit grows.

A partner after a verb is hung the same way on a noun past the next verb: «Макрон поговорил
по телефону с Х и обсудил с ним подготовку к встрече»: «с Х» on «встрече», past «обсудил»
above it. A prepositional noun whose arc passes over a verb above its head belongs to the
verb whose words it follows: the verb above the word just before it («по телефону» is
«поговорил»'s), the contact verb whose partner it is.

A word between a verb and the «и» that joins a second verb to it is the first verb's:
«принял посла Х и обсудил с ним ...» — «посла» hung on «обсудил» stands before the «и» that
opens «обсудил»'s words, so it is «принял»'s object.

The mirror case: «провёл переговоры с Х и обсудил подготовку к визиту»: «к визиту» hung
back on «переговоры», across «обсудил», whose own arc it crosses. A prepositional noun
follows the noun it modifies: it goes on the noun right before its preposition.

An adverbial after an infinitive that a second, joined verb governs is the infinitive's:
«провели консультации в Москве и договорились продолжить их в Никосии в первой половине
следующего года» — «в первой половине» hung back on «провели», across «договорились
продолжить», is when the consultations go on, not when they were held.
"""

from __future__ import annotations

from app.ingest.events.syntax import hangs_under
from app.ingest.nlp import Token

ADVERBIAL = frozenset({"obl", "advmod", "advcl"})
VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN"})


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


def partner_over_verb(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each prepositional noun whose arc rightwards passes over a verb
    above its head onto the verb above the word before it, when that verb is before it."""
    for i, h in enumerate(heads):
        if rels[i] != "nmod" or h <= i:
            continue
        prep = [j for j in range(i) if heads[j] == i and rels[j] == "case"]
        if not prep or not any(i < v < h and toks[v].pos in VERBAL for v in _governors(heads, h)):
            continue
        verb = _verb_above(toks, heads, prep[0] - 1)
        if verb is not None and verb < prep[0]:
            heads[i], rels[i] = verb, "obl"


def before_conjunction(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each argument of a second, joined verb that stands before the
    conjunction opening that verb's words, onto the first verb."""
    for v, first in enumerate(heads):
        if rels[v] != "conj" or toks[v].pos != "VERB" or not 0 <= first < v:
            continue
        if toks[first].pos != "VERB":
            continue
        cc = [j for j in range(first + 1, v) if heads[j] == v and rels[j] == "cc"]
        if not cc:
            continue
        for x in range(first + 1, cc[0]):
            if heads[x] == v and rels[x] in _ARGUMENTS:
                heads[x] = first


# What a verb governs that the first of two joined verbs takes when it stands before «и».
_ARGUMENTS = frozenset({"obj", "iobj", "obl", "nmod"})


def noun_back_over_verb(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each prepositional noun hung leftwards on a noun across a verb
    whose own arc leaves the span, onto the noun right before its preposition."""
    for i, h in enumerate(heads):
        if rels[i] != "nmod" or not 0 <= h < i or toks[h].pos not in NOMINAL:
            continue
        prep = [j for j in range(h + 1, i) if heads[j] == i and rels[j] == "case"]
        if not prep or not any(
            toks[v].pos in VERBAL and not h <= heads[v] <= i for v in range(h + 1, prep[0])
        ):
            continue
        noun = prep[0] - 1
        if noun != h and toks[noun].pos in NOMINAL and not hangs_under(heads, noun, i):
            heads[i] = noun



def back_over_infinitive(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each adverbial hung leftwards on a verb across a joined verb and
    its infinitive, when that infinitive is the last verb before it, onto the infinitive."""
    for i, h in enumerate(heads):
        if rels[i] != "obl" or not 0 <= h < i or toks[h].pos not in VERBAL:
            continue
        inf = next((v for v in range(i - 1, h, -1) if toks[v].pos in VERBAL), None)
        if inf is None or toks[inf].feats.get("VerbForm") != "Inf" or rels[inf] != "xcomp":
            continue
        joined = heads[inf]
        if h < joined < inf and heads[joined] == h and rels[joined] == "conj":
            heads[i] = inf


def _verb_above(toks: list[Token], heads: list[int], j: int) -> int | None:
    """The nearest verb at or above token j."""
    seen = 0
    while j >= 0 and seen <= len(heads):
        if toks[j].pos == "VERB":
            return j
        j = heads[j]
        seen += 1
    return None


def _governors(heads: list[int], h: int) -> list[int]:
    """The words above `h`, nearest first."""
    out: list[int] = []
    cur = heads[h]
    while cur >= 0 and cur not in out and len(out) <= len(heads):
        out.append(cur)
        cur = heads[cur]
    return out
