"""«Лавров тем временем остался в Госдепартаменте», «Министр позднее на пресс-конференции
подтвердил ...», «Блинкен после разговора выступил перед журналистами»: Russian puts a
sentence adverb after the subject as freely as before it. Words that place a sentence
against the story just told («Затем», «Позднее», «Тем временем», «После переговоров»,
«Накануне визита») are read only opening a sentence, since in mid-sentence they may belong
to a clause of their own («сказал, что позже ...», «произнёс эти слова после подписания»);
standing right after the sentence's subject, with no verb or comma before them, they place
the whole sentence as they do opening it. A phrase naming a happening («после
переговоров», «накануне визита») does so only with the subject's past verb right after it.
"""

from __future__ import annotations

import re

from .morph import word

_WORD = re.compile(r"[а-яё\-]+", re.IGNORECASE)
# nothing but words and spaces before the adverb: a comma, a dash, a quote or a colon opens
# another clause or a quotation, whose time the adverb may be
_PLAIN = re.compile(r"[а-яё\-\s.]*", re.IGNORECASE)
# a subject is a short noun phrase: «Лавров», «Сам Лавров», «Глава МИД России Сергей Лавров»
MAX_WORDS = 6
# a leading coordinating conjunction joins the sentence to the one before, as opening it
_JOINING = frozenset({"а", "и", "но"})
# parts of speech a noun phrase is made of (a name, a title and its genitive attributes)
_PHRASE = frozenset({"NOUN", "ADJF", "NPRO", "NUMR", ""})


_NEXT = re.compile(r"\s*([а-яё]+)", re.IGNORECASE)


def verb_follows(after: str) -> bool:
    """Does a past verb come right after the phrase (``after`` is the sentence after it)?
    «Блинкен после разговора выступил ...»: the phrase times the subject's deed; «Лавров
    после переговоров по соглашению заявил ...»: the phrase goes on with words of its own,
    of which «после переговоров» may be only the first."""
    m = _NEXT.match(after)
    if m is None:
        return False
    w = word(m[1].lower())
    return w.pos == "VERB" and "past" in w.grammemes


def subject_only(before: str) -> bool:
    """Is ``before`` (the sentence up to the adverb) only the sentence's subject: a short noun
    phrase with a noun in the nominative, no verb, no comma?"""
    if _PLAIN.fullmatch(before) is None:
        return False
    words = _WORD.findall(before)
    if words and words[0].lower() in _JOINING:
        words = words[1:]
    if not words or len(words) > MAX_WORDS:
        return False
    parses = [word(w.lower()) for w in words]
    if any(p.pos not in _PHRASE for p in parses):
        return False
    # a named subject: «Он позже стал послом» carries on a person's story, which may run on
    # for years, as much as the day's happenings
    return any(p.pos == "NOUN" and "nomn" in p.grammemes for p in parses)
