"""A question asks about a happening; it does not tell one.

«Почему переговоры России и США зашли в тупик?», «Обсуждается ли визит президента в
Россию?», «Какая ошибка была допущена на переговорах?»: an interviewer's or a headline's
question names happenings to ask about them, and says neither that nor when they took place.
A trigger in a sentence that ends with a question mark gives no event unless the question
dates it itself («Как прошла встреча 12 февраля?»: the day is told all the same); the
answer, if it tells of the happening, is an event of its own.
"""

from __future__ import annotations

# Closing quotes and brackets a question mark may stand inside.
_CLOSERS = "»\"”')] \n\t"


def asked(sentence: str) -> bool:
    """Does the sentence ask rather than tell?"""
    return sentence.rstrip(_CLOSERS).endswith("?")
