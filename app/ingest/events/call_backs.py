"""A call back is not the call it answers.

«Путин позвонил Бушу в первые часы после атак. Буш перезвонил в Москву 12 сентября»: two
calls of the same two leaders, the second told by a verb of calling back («перезвонить»).
An event read from such a verb carries CALL_BACK_MARK among its keys, so that it travels
with the event across articles, and two calls only one of which is a call back are two
happenings (identity.same_happening), however alike the parties, even when one of them has
no date of its own (an undated «позвонил» would otherwise take the call back's day). The
verbs are data (app/data/triggers.toml, [call_back]).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import CALL_BACK_VERBS
from app.ingest.nlp import Token

CALL_BACK_MARK = "%call-back"


def call_back_keys(toks: Sequence[Token], idx: int) -> frozenset[str]:
    """The mark for an event whose trigger at `idx` is a verb of calling back; none else."""
    lemma = toks[idx].lemma.lower().replace("ё", "е")
    return frozenset({CALL_BACK_MARK}) if lemma in CALL_BACK_VERBS else frozenset()


def call_back_apart(
    type_a: str, keys_a: frozenset[str], type_b: str, keys_b: frozenset[str]
) -> bool:
    """Two calls, one told as a call back and the other not: two happenings."""
    return type_a == type_b == "call" and (CALL_BACK_MARK in keys_a) != (CALL_BACK_MARK in keys_b)
