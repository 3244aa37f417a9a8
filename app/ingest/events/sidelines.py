"""A contact held on the sidelines of a gathering: «провели переговоры на полях саммита
ШОС», «встретились в кулуарах форума». The gathering's noun stands inside an occasion
phrase (occasion.py) and only sets the scene; the contact told outside it is the news.

Read the other way round (the summit first, as a meeting outranks talks), the gathering
took the contact's parties and the organisation that met as well: «переговоры Путина и Си
на полях саммита ШОС» became a meeting of Putin, Xi and the SCO. So a trigger inside an
occasion phrase is read after a contact trigger of the same sentence that stands outside
one; the summit's organisation then stays out of the contact (tree.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.occasion import in_occasion
from app.ingest.events.syntax import span_head
from app.ingest.nlp import Token


def on_sidelines(
    tokens: list[Token], parse: SentenceParse, idx: int, triggers: Sequence[tuple[int, str]]
) -> bool:
    """Is trigger `idx` the gathering on whose sidelines (or in whose frame) another
    happening of the sentence, told outside any occasion phrase, took place?"""
    if not in_occasion(tokens, parse, idx):
        return False
    return any(
        j != idx and typ not in SPEECH_TYPES and not in_occasion(tokens, parse, j)
        for j, typ in triggers
    )


def without_gathering(
    tokens: list[Token], parse: SentenceParse, idx: int, actors: Sequence[ActorSpan]
) -> list[ActorSpan]:
    """The parties of a contact told only by the gathering it was held on the sidelines of
    («Лавров и Блинкен обменялись фразами на полях встречи министров «двадцатки»»: the
    meeting's noun is the one trigger). Those named outside the occasion phrase are the
    contact's parties; the gathering's own (the organisation that met) are not, when any
    stands outside it."""
    if not in_occasion(tokens, parse, idx):
        return list(actors)
    inside = [h for h in actors if _in_phrase(tokens, parse, h)]
    if len(inside) == len(actors):
        return list(actors)
    return [h for h in actors if h not in inside]


def _in_phrase(tokens: list[Token], parse: SentenceParse, h: ActorSpan) -> bool:
    head = span_head(tokens, parse, h.start, h.end)
    return head is not None and in_occasion(tokens, parse, head)
