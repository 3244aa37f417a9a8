"""The previous contact of a kind, named by no one: the same parties' earlier one.

News recalls the contact before the one it reports by its noun and an adjective of order:
«Предыдущая встреча министров прошла в Каире 10 марта», «Прошлые переговоры лидеров
состоялись в июле прошлого года». Nobody is named: it is between the parties of the
article's latest contact of that kind (parties.py), and it was held. Only with a date of its
own in the sentence: without one, it is background the text does not place (and a date is
what tells it from the reported contact). The mirror of next_round.py; the words are data
(app/data/triggers.toml, [parties] previous).
"""

from __future__ import annotations

from app.ingest.events.lexicon import PREVIOUS_WORDS
from app.ingest.events.model import SentenceParse
from app.ingest.events.next_round import in_order
from app.ingest.nlp import Token


def previous_of_kind(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` told as the previous of its kind («предыдущая встреча», «прошлый
    раунд переговоров»)?"""
    return in_order(toks, parse, idx, PREVIOUS_WORDS)
