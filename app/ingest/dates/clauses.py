"""Where in its sentence a date stands: inside a relative clause or a participle phrase
still open (background: «дипломатов, которые участвовали в акциях 23 января»), or in a main
clause after its subject («Трамп почти сразу написал»). extract.py asks these of the words of
the sentence before the date."""

from __future__ import annotations

import re

from .expr import Expr
from .model import Tense
from .morph import word
from .sequel import TOLD

_RELATIVE = re.compile(r",\s*(?:котор[а-яё]+|где)(?![а-яё])", re.IGNORECASE)
_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)
_CLAUSE_TOKEN = re.compile(r"[а-яё]+|,", re.IGNORECASE)


def in_relative_clause(before: str) -> bool:
    """Whether a date whose sentence starts with ``before`` sits in a relative clause still
    open («дипломатов, которые участвовали в акциях 23 января»): background, not the day
    the narrative is on, so anaphora do not count from it. The clause is closed when, after
    its own verb, a comma is followed by another verb («Министры, которые прибыли вчера,
    встретились 5 марта»)."""
    rels = list(_RELATIVE.finditer(before))
    if not rels:
        return False
    rel = rels[-1]
    seen_verb = after_comma = False
    for tok in _CLAUSE_TOKEN.findall(before, rel.end()):
        if tok == ",":
            after_comma = True
            continue
        if word(tok.lower()).pos == "VERB":
            if seen_verb and after_comma:
                return False
            seen_verb = True
        after_comma = False
    return True


_AFTER_COMMA = re.compile(r",\s*([а-яё]+)[^,]*$", re.IGNORECASE)


def after_subject(e: Expr, before: str, tense: Tense | None) -> bool:
    """«Трамп почти сразу написал ...», «Реакция последовала через несколько часов»: words
    placing a step hours from the one told (sequel.py) stand in mid-sentence too, in a main
    clause told as done (no comma before them: «сказал, что ответ дадут через несколько
    часов» is someone's words, and a plan's hours are not the story's)."""
    if e.unit != TOLD or "," in before or subordinate(before):
        return False
    # «рассказал об этом через несколько часов»: a verb of reporting about something reads as
    # no tense of its own for what it names; the hours are the telling's, past as its verb
    return tense == "past" or (tense == "present" and past_verb(before))


def past_verb(before: str) -> bool:
    """Is there a finite past-tense verb among the words `before` (the sentence up to a
    date)?"""
    return any(
        (f := word(w.lower())).pos == "VERB" and "past" in f.grammemes
        for w in _WORDS.findall(before)
    )


def subordinate(before: str) -> bool:
    """Does a time of day whose sentence starts with ``before`` stand in a relative clause
    or a participle phrase («Министры, которые приехали утром, ...», «Делегаты, прибывшие
    утром, ...»)? It times someone's coming, not the happening the sentence tells."""
    if in_relative_clause(before):
        return True
    m = _AFTER_COMMA.search(before)
    return m is not None and word(m[1].lower()).pos == "PRTF"
