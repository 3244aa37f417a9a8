"""What the parties agreed on «тогда» is the outcome of the contact just told, not a new one.

«Стороны встретились в Вашингтоне в мае. Тогда стороны договорились составить перечень
документов»: «тогда» points back to a happening the text has told, and the agreeing is what
came of it, a part of that contact (read where the contact is told), with no day of its own.
Only an agreement told by a verb of agreeing with «тогда» («тогда же») over it, opening the
sentence (so it ties the sentence to the one before; mid-sentence it may point to a
happening of the same sentence, whose other clauses are read on their own), and no date of
its own: «тогда, 5 мая, договорились» is dated and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.lexicon import AGREED_TO_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The adverb pointing back to a time the text has told.
_THEN = frozenset({"тогда"})


def agreed_then(
    toks: list[Token], parse: SentenceParse, idx: int, typ: str, attached: Sequence[DateMention]
) -> bool:
    """Is trigger `idx` a verb of agreeing under a sentence-opening «тогда», with no date
    attached but the one «тогда» itself is read as?"""
    if typ != "agreement" or lemma_of(toks[idx]) not in AGREED_TO_LEMMAS:
        return False
    if any(d.value.precision != "unknown" and _own(d) for d in attached):
        return False
    # «Тогда» opening the sentence (token 0), hanging on the verb of agreeing
    return bool(toks) and parse.heads[0] == idx and lemma_of(toks[0]) in _THEN


def _own(mention: DateMention) -> bool:
    """A date of the agreeing's own, not «тогда» («тогда же») read as the time told before."""
    words = mention.text.split()
    return not words or words[0].lower() not in _THEN
