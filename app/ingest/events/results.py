"""«Пресс-конференция по итогам переговоров», «заявление по итогам встречи»: a contact named
under «по итогам» of another trigger noun is that happening's setting, told to place it
(the contact itself is told elsewhere); the other happening is the sentence's news.

Happenings told by a verb take precedence over a contact that is their setting
(attribution.setting, «по итогам переговоров приняли заявление»); this is the same for a
happening told by a noun.
"""

from __future__ import annotations

from app.ingest.events.lexicon import RESULT_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import NOMINAL, lemma_of
from app.ingest.nlp import Token


def setting_of_other(
    toks: list[Token], parse: SentenceParse, idx: int, triggers: list[tuple[int, str]]
) -> bool:
    """Is trigger `idx` under «итогам» / «результатам» that hangs on another trigger noun
    of the sentence («на пресс-конференции по итогам переговоров»)?"""
    head = parse.heads[idx]
    if head < 0 or lemma_of(toks[head]) not in RESULT_NOUNS:
        return False
    above = parse.heads[head]
    # Under a verb of saying the contact is the occasion of the words, and a source of its
    # own («По итогам встречи Лавров заявил»): only a happening's noun is meant here.
    return toks[above].pos in NOMINAL and any(j == above and j != idx for j, _ in triggers)
