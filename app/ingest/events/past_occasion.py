"""The happening a past act took place at, not the thing the act was about.

A request, a show of readiness or a hope governs the happening it is about: «попросил о
встрече», «готова к переговорам», «надеется на визит» hold nothing. But a happening named in
the phrase that places the act («во время телефонного разговора 16 января просил о
помиловании», «в ходе встречи выразил готовность помочь») is where the act took place: when
that act is told in the past, the happening was held, whatever the act was about.
"""

from __future__ import annotations

from app.ingest.events.anaphora import same_occasion
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.nlp import Token


def occasion_of_past_act(tokens: list[Token], parse: SentenceParse, trigger: int) -> int | None:
    """The finite past verb whose act trigger noun `trigger` only places («во время
    разговора просил», «в ходе встречи выразил готовность»), or None."""
    if not same_occasion(tokens, parse, trigger):
        return None
    verb = _governing_verb(tokens, parse, trigger)
    if verb < 0:
        return None
    feats = tokens[verb].feats
    if feats.get("VerbForm") != "Fin" or feats.get("Tense") != "Past":
        return None  # «попросит во время встречи»: the meeting is still to come too
    if any(
        h == verb and tokens[j].feats.get("VerbForm") == "Inf" for j, h in enumerate(parse.heads)
    ):
        return None  # «просил подписать во время визита»: the occasion may be the infinitive's
    return verb


def _governing_verb(tokens: list[Token], parse: SentenceParse, trigger: int) -> int:
    """The verb above `trigger` through at most two nouns (the phase noun of «в ходе
    встречи», a phrase of circumstance the parser hung on the object before it: «просил о
    помиловании во время разговора»); -1 when there is none."""
    i = parse.heads[trigger]
    for _ in range(3):
        if i < 0 or tokens[i].pos in VERBAL:
            return i
        if tokens[i].pos not in ("NOUN", "PROPN"):
            return -1
        i = parse.heads[i]
    return -1
