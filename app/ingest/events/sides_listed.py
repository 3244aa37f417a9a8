"""Who sat at a contact already told, listed side by side, is no second contact.

«С российской стороны во встрече приняли участие Ушаков, Лавров и Шойгу», «Со стороны США
в переговорах участвовали Рубио и Уиткофф», «С российской стороны за столом переговоров
сидели Лавров и Шойгу»: after the article has told a meeting or talks, a sentence that
names one side («с российской стороны», «со стороны США») and lists its people under an
undated trigger noun tells who attended that contact. Read as a contact of its own it
becomes a second meeting of the attendees and the side's state.

Only nouns of meeting or talks, with no date of their own, and only after a contact told
before in the article: a first or dated mention is the news itself.

So is a side's arrival at talks or a meeting told before: «С американской стороны в Вену
прилетели представители Пентагона и Госдепартамента», «Со стороны США в Женеву прибыли
Шерман и Нуланд» list one side's delegation to that round, not a visit of its own. Only a
verb of arrival whose clause names the side, undated, after meeting or talks were told.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The happenings whose attendees are listed by sides.
LISTED = frozenset({"meeting", "talks"})
# «с российской стороны», «со стороны США», «от американской стороны»
SIDE_PREPOSITIONS = frozenset({"с", "со", "от"})


# How far above the side's noun the arriving verb may be: «С американской стороны ...
# прилетели» (стороны -> прилетели), «Со стороны США ... прибыли» (стороны -> Со -> США ->
# прибыли).
_SIDE_DEPTH = 3


def side_phrase(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Does the sentence name one side («с российской стороны») outside the noun `idx`?"""
    below = subtree(parse, idx)
    return any(j not in below for j in _sides(toks, parse))


def _sides(toks: list[Token], parse: SentenceParse) -> list[int]:
    """The nouns «сторона» that name one side («с российской стороны», «со стороны США»)."""
    out: list[int] = []
    for j, tok in enumerate(toks):
        if lemma_of(tok) != "сторона" or "Gen" not in (tok.feats.get("Case") or ""):
            continue
        head = parse.heads[j]
        # «со стороны США» is parsed as a compound preposition: «стороны» fixed to «со»
        if (0 <= head < len(toks) and toks[head].text.lower() in SIDE_PREPOSITIONS) or any(
            parse.heads[k] == j and toks[k].text.lower() in SIDE_PREPOSITIONS
            for k in range(len(toks))
        ):
            out.append(j)
    return out


def sides_listed(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    typ: str,
    dated: bool,
    told_before: Sequence[str],
) -> bool:
    """Is trigger `idx` the contact told before (`told_before`: the kinds of the contacts
    told), whose attendees of one side the sentence lists («С российской стороны во встрече
    приняли участие Лавров и Ушаков»), or a side's arrival at it («С американской стороны в
    Вену прилетели ...»)?"""
    if dated or not told_before:
        return False
    if typ == "visit" and toks[idx].pos in VERBAL:
        if not LISTED & set(told_before):
            return False
        return any(idx in ancestors(parse, j)[:_SIDE_DEPTH] for j in _sides(toks, parse))
    if typ not in LISTED or toks[idx].pos not in ("NOUN", "PROPN"):
        return False
    return side_phrase(toks, parse, idx)
