"""A happening named in what a speaker charges someone with is not told by the charge.

«Лавров упрекнул американскую сторону в затягивании переговоров», «обвинил Вашингтон в срыве
встречи»: the talks or the meeting are what the reproach is about; the verb's day and
subject are the words', not a contact's, and the one reproached is no party. A trigger noun
in the «в» phrase of a verb of reproach (directly or under the nouns of that phrase: «в
затягивании переговоров»), with no date of its own, gives no event; the reproach itself is
a statement (app/data/speech.toml, [saying]).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

from app.ingest.dates import DateMention
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)["charge"]
CHARGING_VERBS = frozenset(_DATA["verbs"])
CHARGE_PREPOSITIONS = frozenset(_DATA["prepositions"])
_NOMINAL = frozenset({"NOUN", "PROPN"})


def _preps(toks: list[Token], parse: SentenceParse, i: int) -> set[str]:
    return {
        lemma_of(toks[j]) for j, h in enumerate(parse.heads) if h == i and parse.rels[j] == "case"
    }


def charged(
    toks: list[Token], parse: SentenceParse, idx: int, attached: Sequence[DateMention]
) -> bool:
    """Is trigger noun `idx`, with no date in its own phrase, inside the charge of a verb of
    reproach («упрекнул ... в затягивании переговоров»)?"""
    if toks[idx].pos not in _NOMINAL:
        return False
    phrase = idx
    # Climb the nouns the trigger hangs on («затягивании» over «переговоров»).
    while parse.rels[phrase] == "nmod" and parse.heads[phrase] >= 0:
        if toks[parse.heads[phrase]].pos not in _NOMINAL:
            return False
        phrase = parse.heads[phrase]
    verb = parse.heads[phrase]
    if verb < 0 or parse.rels[phrase] != "obl" or toks[verb].pos not in VERBAL:
        return False
    if lemma_of(toks[verb]) not in CHARGING_VERBS:
        return False
    if not _preps(toks, parse, phrase) & CHARGE_PREPOSITIONS:
        return False
    words = subtree(parse, idx)
    lo, hi = min(toks[i].start for i in words), max(toks[i].end for i in words)
    return not any(lo <= d.start < hi for d in attached)
