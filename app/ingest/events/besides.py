"""A bare happening named after «помимо» / «кроме» is the one already told, not a new one.

«Помимо переговоров, программа включала семейный ужин», «Кроме консультаций, было главное
для нас событие: ...»: «besides the talks» presupposes the talks the story is about and
tells the rest; the noun names that happening only to set the new news against it, and
gives no event of its own (the talks are read where they are told). Only a bare noun:
one with its own partner, object or name («кроме встречи с Лавровым», «помимо переговоров
по газу») may be the only mention of a happening, and is left to the other readings.
"""

from __future__ import annotations

from app.ingest.events.lexicon import BESIDES_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Dependents that leave the noun bare: its preposition, punctuation, and words that only
# qualify it («помимо официальных переговоров», «кроме этих консультаций»).
_BARE_LINKS = frozenset({"case", "punct", "amod", "det"})


def besides_told(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` a bare noun governed by «помимо» / «кроме»?"""
    if toks[idx].pos in VERBAL:
        return False
    deps = [j for j, h in enumerate(parse.heads) if h == idx]
    if not any(parse.rels[j] == "case" and lemma_of(toks[j]) in BESIDES_LEMMAS for j in deps):
        return False
    return all(parse.rels[j] in _BARE_LINKS for j in deps)
