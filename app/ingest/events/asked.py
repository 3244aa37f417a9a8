"""A question asks about a happening; it does not tell one.

«Почему переговоры России и США зашли в тупик?», «Обсуждается ли визит президента в
Россию?», «Какая ошибка была допущена на переговорах?»: an interviewer's or a headline's
question names happenings to ask about them, and says neither that nor when they took place.
A trigger in a sentence that ends with a question mark gives no event unless the question
dates it itself («Как прошла встреча 12 февраля?»: the day is told all the same); the
answer, if it tells of the happening, is an event of its own. So does an indirect question
(«спросили, состоится ли телефонный разговор»): whether it takes place is what is asked.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Closing quotes and brackets a question mark may stand inside.
_CLOSERS = "»\"”')] \n\t"
# «вряд ли», «едва ли»: doubt, not a question.
_DOUBTING = frozenset({"вряд", "едва"})


def asked(sentence: str) -> bool:
    """Does the sentence ask rather than tell?"""
    return sentence.rstrip(_CLOSERS).endswith("?")


def asked_whether(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` what an indirect question asks about («спросили, состоится ли
    разговор», «не знают, будет ли встреча»)? The particle «ли» on the trigger, or on a word
    it hangs under up to its own verb, asks whether the happening takes place; «вряд ли»,
    «едва ли» doubt it and are left to the other readings."""
    path = [idx]
    if toks[idx].pos not in VERBAL:
        for above in ancestors(parse, idx):
            path.append(above)
            if toks[above].pos in VERBAL:
                break
    return any(
        parse.heads[j] in path
        and tok.text == "ли"  # lower case: «Ли Цян», «Ли Хуэй» are names
        and tok.pos == "PART"
        and (j == 0 or lemma_of(toks[j - 1]) not in _DOUBTING)
        for j, tok in enumerate(toks)
    )
