"""A happening a speech is devoted to is what the speech tells, not the sentence's news.

«Захарова в четверг провела брифинг, посвящённый предстоящему визиту Лаврова»,
«интервью, посвящённое итогам саммита»: the visit or the summit hangs in the dative under a
participle of devoting that qualifies a noun of speech (a briefing, a press conference, an
interview, a statement). The speech is the happening the sentence tells, on the sentence's
day; the happening it is devoted to is told in its words, an event beside it only when the
words make it one (a date of its own, a plan), as what «заявил, что ...» reports is
(told_in_words.said_of).
"""

from __future__ import annotations

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Participles of devoting (natasha lemmatises «посвящённый» as the verb or the adjective).
DEVOTING = frozenset({"посвятить", "посвящать", "посвященный"})
# How the happening hangs under the participle: the dative object.
_OBJECT_LINKS = frozenset({"iobj", "obl", "obj", "nmod"})
# How the participle qualifies the noun of speech.
_QUALIFYING = frozenset({"acl", "amod"})


def devoted_speech(
    toks: list[Token], parse: SentenceParse, idx: int, triggers: list[tuple[int, str]]
) -> bool:
    """Is trigger `idx` what a speech noun of the sentence is devoted to («брифинг,
    посвящённый предстоящему визиту»)?"""
    part = parse.heads[idx]
    if part < 0 or parse.rels[idx] not in _OBJECT_LINKS or lemma_of(toks[part]) not in DEVOTING:
        return False
    speech = parse.heads[part]
    if speech < 0 or parse.rels[part] not in _QUALIFYING:
        return False
    return any(j == speech and t in SPEECH_TYPES for j, t in triggers)
