"""A happening the sentence tells in someone's words («Песков подтвердил, что Путин
проведёт переговоры»), or as the setting of words («по итогам встречи сообщил»): when
it is an event beside the statement, and when the words alone are the news.
"""

from __future__ import annotations

from app.ingest.events import attribution as words
from app.ingest.events import sanctions
from app.ingest.events.devoted import devoted_speech
from app.ingest.events.future_words import future_appearance
from app.ingest.events.instructed import instructing_verb
from app.ingest.events.syntax import ancestors
from app.ingest.events.trigger_scene import Trigger

# Prepositions of the topic of words: «сообщил о переносе», «заявил об отмене».
_ABOUT = frozenset({"о", "об", "обо"})


def said_of(t: Trigger) -> bool:
    """Is the (non-speech) trigger told in the words of a statement?"""
    s, idx = t.s, t.idx
    said = not t.speech and s.parsed and words.said(s.toks, s.parse, s.statement_idx, idx)
    if not t.speech and s.parsed and devoted_speech(s.toks, s.parse, idx, s.triggers):
        said = True  # «брифинг, посвящённый предстоящему визиту»: told in the briefing
    if t.speech and s.parsed:  # «подтвердил, что Путин выступит на сессии» (future_words.py)
        said = future_appearance(s.toks, s.parse, s.statement_idx, idx)
    if said and t.typ == "agreement" and words.uttered(s.toks, s.parse, s.statement_idx, idx):
        said = False  # «выступили с совместным заявлением»: a document they concluded
    return said


def only_spoken_of(t: Trigger, said: bool) -> bool:
    """Told in words that deny it, or sanctions only spoken of."""
    s = t.s
    if said and words.denied(s.toks, s.statement_idx):
        return True  # «опроверг сообщения о том, что Моди приедет»: only the denial happened
    # «заявил о неприемлемости санкций»: sanctions spoken of, none imposed
    return said and t.typ == "sanctions" and sanctions.only_topic(s.toks, s.parse, t.idx)


def setting_of(t: Trigger, said: bool) -> bool:
    """«По итогам встречи Раиси сообщил ...»: the happening is the setting of the words."""
    s = t.s
    return (
        not t.speech
        and not said
        and s.parsed
        and words.setting(s.toks, s.parse, s.uttering, t.idx)
    )


def words_only(t: Trigger, said: bool, own_date: bool, status: str, announced: bool) -> bool:
    """«заявили о важности переговоров»: the happening told in the words is no news of
    its own (undated, not stated as planned, announced or asserted): the statement is."""
    s, idx = t.s, t.idx
    return said and not (
        own_date
        or status == "planned"  # «по его словам, планируется подписать»: a plan stated
        # «заявил о решении отложить визит», «сообщили об отмене поездки»: its fate is news
        or (status in ("postponed", "cancelled") and fate_told(t))
        or announced  # «объявила о высылке дипломатов»: the act made known (sanctions.py)
        or words.asserted(s.toks, s.parse, idx, s.statement_idx)
        or instructed_asserted(t)  # «сообщила, что Трамп поручил пригласить Путина»
        or words.setting(s.toks, s.parse, s.statement_idx, idx)  # «в ходе разговора подтвердили»
    )


def instructed_asserted(t: Trigger) -> bool:
    """«Сандерс сообщила, что Трамп поручил Болтону пригласить Путина»: the clause asserts
    the instruction, and the proposal it tells was made by it (instructed.py)."""
    s = t.s
    if not s.parsed:
        return False
    verb = instructing_verb(s.toks, s.parse, t.idx, t.typ)
    return verb is not None and words.asserted(s.toks, s.parse, verb, s.statement_idx)


def fate_told(t: Trigger) -> bool:
    """Are the words about the happening's fate («заявил о решении отложить визит»,
    «сообщили о переносе встречи»): a word above the trigger, below the verb of saying,
    that is the topic of the words (under «о»), with no «не» on the way («отмены заседания
    не рассматривали» denies it)?"""
    s = t.s
    if not s.parsed:
        return False
    toks, parse = s.toks, s.parse
    about = False
    for a in [t.idx, *ancestors(parse, t.idx)]:
        if a in s.statement_idx:
            return about
        kids = [j for j, h in enumerate(parse.heads) if h == a]
        if any(toks[j].lemma.lower() == "не" for j in kids):
            return False
        about = about or any(
            parse.rels[j] == "case" and toks[j].lemma.lower() in _ABOUT for j in kids
        )
    return False
