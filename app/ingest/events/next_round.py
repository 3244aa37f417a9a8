"""The next contact of a kind, named by no one: between the parties told before.

News closes a meeting or talks with the next one: «Следующая встреча на высшем уровне
намечена на май», «Очередной раунд переговоров пройдёт в Женеве», «Следующее заседание
глав делегаций назначено на пятницу». Nobody is named: the next sitting is between the
parties of the article's latest contact (of the same kind first, parties.py), still to come.
The order adjective hangs on the trigger or on the noun of a round it belongs to («раунд
переговоров»). Only a contact to come: «следующая встреча прошла в мае» tells a held one
the text must name. The words are data (app/data/triggers.toml, [parties] next).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import NEXT_WORDS
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.parties import CONTACT, Antecedent, antecedent_for
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How an order adjective hangs on its noun, and a trigger on the noun of its round
# («раунд переговоров», «заседание комиссии» is the trigger itself).
_ORDER_LINK = "amod"
_ROUND_LINK = "nmod"


def next_of_kind(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` told as the next of its kind («следующая встреча», «очередной
    раунд переговоров»)?"""
    return in_order(toks, parse, idx, NEXT_WORDS)


def in_order(
    toks: list[Token], parse: SentenceParse, idx: int, order_words: frozenset[str]
) -> bool:
    """Does an adjective of `order_words` hang on trigger `idx`, or on the noun of the
    round it belongs to («очередной раунд переговоров», «предыдущая встреча»)?"""
    nouns = [idx]
    head = parse.heads[idx]
    if head >= 0 and parse.rels[idx] == _ROUND_LINK and toks[head].pos == "NOUN":
        nouns.append(head)
    return any(
        parse.heads[j] in nouns
        and parse.rels[j] == _ORDER_LINK
        and lemma_of(toks[j]) in order_words
        for j in range(len(toks))
    )


def worth_parsing(toks: list[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could the sentence tell the next contact of a kind (worth a parse)?"""
    return any(t in CONTACT for _, t in triggers) and any(lemma_of(t) in NEXT_WORDS for t in toks)


def next_parties(
    toks: list[Token], kind: str, idx: int, told_before: Sequence[Antecedent]
) -> list[ActorSpan]:
    """The parties of the latest contact told (of kind `kind` first), as actor spans on
    the trigger; none when no contact was told."""
    if kind not in CONTACT:
        return []
    found = antecedent_for(told_before, {kind})
    if found is None:
        return []
    here = toks[idx]
    return [ActorSpan(here.start, here.end, a) for a in found.actors]
