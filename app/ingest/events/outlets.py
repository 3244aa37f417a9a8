"""A conversation with an outlet, on which words were said, is no meeting.

«Об этом Рябков заявил в беседе с НСН», «сказал в разговоре с „Известиями“»: the noun of
talking is the setting of the words, and its partner an organisation the gazetteer does
not know as a state or a person: a newspaper, a radio station, an agency, whether or not
the reader knows it as media. The words are the news (the statement stays); a meeting of
the speaker with the outlet is none. A partner who is a person or a state («заявил в беседе
с Эрдоганом», «в телефонном разговоре с Турцией») keeps the conversation a contact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.ingest.events.model import ActorInfo
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Nouns of a conversation that may be one given to the press.
CONVERSATION_NOUNS = frozenset({"беседа", "разговор"})
# Kinds of actor that a conversation as the setting of words with them leaves no contact.
OUTLET_KINDS = frozenset({"media", "organisation", "company"})


def outlet_talk(
    toks: list[Token], idx: int, ids: Sequence[str], actors: Mapping[str, ActorInfo]
) -> bool:
    """Is conversation noun `idx`, the setting of words, one with an outlet only: one
    person at most (the speaker) and every other party an organisation?"""
    if lemma_of(toks[idx]) not in CONVERSATION_NOUNS:
        return False
    kinds = [actors[i].kind if i in actors else None for i in ids]
    others = [k for k in kinds if k != "person"]
    return len(kinds) - len(others) <= 1 and bool(others) and set(others) <= OUTLET_KINDS
