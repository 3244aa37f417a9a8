"""Views exchanged («Лавров и Ван И обменялись мнениями», «обменялся мнениями с коллегой»):
a discussion, read as «обсудили» is (triggers.find_triggers): talks when held with someone
named, a call by phone; not views exchanged by unnamed sides («стороны обменялись
мнениями»), nor the noun alone («состоялся обмен мнениями»). Also where a phone is named for a talk.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from app.ingest.events.lexicon import VIEWS_OBJECTS, VIEWS_VERBS
from app.ingest.nlp import Token

# How far after the verb the views may stand («обменялись мнениями», «обменялись также
# мнениями»).
_REACH = 2
# How far around the verb a word of the phone tells a call («по телефону обменялись
# мнениями», «обменялись мнениями по телефону»).
_PHONE_BEFORE, _PHONE_AFTER = 3, 6


def views_object(lemmas: list[str], i: int) -> int | None:
    """The index of the views right after the verb of exchanging at `i`, or None."""
    if lemmas[i] not in VIEWS_VERBS:
        return None
    after = range(i + 1, min(len(lemmas), i + 1 + _REACH))
    return next((j for j in after if lemmas[j] in VIEWS_OBJECTS), None)


def by_phone(lemmas: list[str], i: int, phone: Collection[str]) -> bool:
    """Is a word of the phone near the verb at `i`?"""
    return any(w in phone for w in lemmas[max(0, i - _PHONE_BEFORE) : i + _PHONE_AFTER])


# Marks that end the clause a talk noun is in.
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "—", "–", "(", ")"})


def by_phone_in_clause(
    tokens: Sequence[Token], lemmas: list[str], i: int, phone: Collection[str]
) -> bool:
    """«начал переговоры с американским коллегой Дональдом Трампом по телефону»: «по» and a
    word of the phone later in the noun's own clause, past its partner's long name."""
    for k in range(i + 1, len(tokens) - 1):
        if tokens[k].text in _CLAUSE_ENDS:
            return False
        if lemmas[k] == "по" and lemmas[k + 1] in phone:
            return True
    return False
