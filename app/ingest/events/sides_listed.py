"""Who sat at a contact already told, listed side by side, is no second contact.

«С российской стороны во встрече приняли участие Ушаков, Лавров и Шойгу», «Со стороны США
в переговорах участвовали Рубио и Уиткофф», «С российской стороны за столом переговоров
сидели Лавров и Шойгу»: after the article has told a meeting or talks, a sentence that
names one side («с российской стороны», «со стороны США») and lists its people under an
undated trigger noun tells who attended that contact. Read as a contact of its own it
becomes a second meeting of the attendees and the side's state.

Only nouns of meeting or talks, with no date of their own, and only after a contact told
before in the article: a first or dated mention is the news itself.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The happenings whose attendees are listed by sides.
LISTED = frozenset({"meeting", "talks"})
# «с российской стороны», «со стороны США», «от американской стороны»
SIDE_PREPOSITIONS = frozenset({"с", "со", "от"})


def side_phrase(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Does the sentence name one side («с российской стороны») outside the noun `idx`?"""
    below = subtree(parse, idx)
    for j, tok in enumerate(toks):
        if j in below or lemma_of(tok) != "сторона" or "Gen" not in (tok.feats.get("Case") or ""):
            continue
        head = parse.heads[j]
        # «со стороны США» is parsed as a compound preposition: «стороны» fixed to «со»
        if 0 <= head < len(toks) and toks[head].text.lower() in SIDE_PREPOSITIONS:
            return True
        if any(
            parse.heads[k] == j and toks[k].text.lower() in SIDE_PREPOSITIONS
            for k in range(len(toks))
        ):
            return True
    return False


def sides_listed(
    toks: list[Token], parse: SentenceParse, idx: int, typ: str, dated: bool, told_before: bool
) -> bool:
    """Is trigger `idx` the contact told before, whose attendees of one side the sentence
    lists («С российской стороны во встрече приняли участие Лавров и Ушаков»)?"""
    if typ not in LISTED or dated or not told_before or toks[idx].pos not in ("NOUN", "PROPN"):
        return False
    return side_phrase(toks, parse, idx)
