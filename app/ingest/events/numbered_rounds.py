"""A contact told by its number as the subject of a verb of taking place: the same parties'.

Reviews of a negotiation go through its rounds by number, naming the parties once: «Стороны
начали консультации по Арктике. ... Первый раунд прошел в октябре в Москве», «Второй раунд в
том же составе состоялся 18 марта». The numbered round is the grammatical subject of a verb of
taking place and names no one: it belongs to the series the article told, so it is between
the parties of its latest contact of the kind (next_round.next_parties). Only with a date of
its own in the sentence (stand_in_actors.py): an undated «первая встреча прошла тепло» tells
the manner of the contact just told, no other happening. The verbs are data
(app/data/triggers.toml, [rounds] held); the mirror of previous_round.py and next_round.py.
"""

from __future__ import annotations

from app.ingest.events.lexicon import ROUND_HELD_VERBS
from app.ingest.events.model import SentenceParse
from app.ingest.events.next_round import in_order
from app.ingest.events.ordinals import ORDINAL_WORDS
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The trigger, or the round noun it hangs on («первый раунд переговоров»), is the subject.
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_ROUND_LINK = "nmod"


def numbered_round(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` a contact told by its number («второй раунд», «первое заседание»)
    as the subject of a verb of taking place («прошел», «состоялось», «завершился»)?"""
    if not in_order(toks, parse, idx, ORDINAL_WORDS):
        return False
    nouns = [idx]
    head = parse.heads[idx]
    if head >= 0 and parse.rels[idx] == _ROUND_LINK and toks[head].pos == "NOUN":
        nouns.append(head)
    for n in nouns:
        verb = parse.heads[n]
        if parse.rels[n] in _SUBJECT and verb >= 0 and lemma_of(toks[verb]) in ROUND_HELD_VERBS:
            return True
    return False
