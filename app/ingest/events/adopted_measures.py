"""An act adopted whose content is sanctions: the adoption is the sanctions, no agreement.

«Совбез ООН в четверг принял резолюцию, которая вводит санкции против Ирана», «одобрил
резолюцию о санкциях против Эритреи», «парламент утвердил закон, предусматривающий санкции»:
the body that adopts the act imposes the measures it carries, on the day of the vote. A vote
on a resolution concludes nothing with another party, so the verb of adopting (an agreement
trigger of [adopt] and [needs]) is read as the sanctions trigger. A sanctions word inside the
act's own phrase then gives way to it: it is the same measure, and its clause's dates are the
content's («в связи с испытанием 9 октября»), not the day of the vote.

Only acts that can carry measures (lexicon.MEASURE_ACTS: a resolution, a law, a package),
not a declaration or a joint statement that may only speak of sanctions («приняли
заявление, в котором осудили санкции» stays an agreement).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import MEASURE_ACTS, REQUIRED_WORDS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How the act hangs on the verb of adopting: its object, or its passive subject
# («резолюция была принята»).
_ACT_LINKS = frozenset({"obj", "nsubj:pass"})
SANCTION_WORDS = REQUIRED_WORDS["sanctions"]


def adopted_act(tokens: Sequence[Token], parse: SentenceParse, verb: int) -> set[int]:
    """The tokens of the act adopted by the verb at `verb` when a sanctions word is among
    them; empty otherwise."""
    if tokens[verb].pos not in VERBAL:
        return set()
    for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True)):
        if h != verb or rel not in _ACT_LINKS or lemma_of(tokens[j]) not in MEASURE_ACTS:
            continue
        inside = subtree(parse, j)
        if any(lemma_of(tokens[k]) in SANCTION_WORDS for k in inside):
            return inside
    return set()


def adopted_sanctions(
    tokens: Sequence[Token], parse: SentenceParse, triggers: Sequence[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The triggers with each agreement of adopting an act of sanctions read as sanctions,
    and the sanctions triggers inside that act left out."""
    retyped: set[int] = set()
    inner: set[int] = set()
    for i, typ in triggers:
        if typ != "agreement":
            continue
        act = adopted_act(tokens, parse, i)
        if act:
            retyped.add(i)
            inner |= act
    if not retyped:
        return list(triggers)
    return [
        (i, "sanctions" if i in retyped else typ)
        for i, typ in triggers
        if not (typ == "sanctions" and i in inner)
    ]
