"""Where words were said is not who said them, once the words have a speaker: «Рябков
провёл в посольстве России брифинг», «Песков в Кремле заявил журналистам».

A body named in the locative under «в»/«на» speaks only when it stands in for the speaker
the clause leaves unnamed: «В Кремле заявили», «В посольстве подтвердили» (an
indefinite-personal verb, the body its voice; there_speaker.py). When the clause names a
speaker of its own, the locative body is only the setting of the words — the embassy where
the briefing was held, the ministry where the spokeswoman spoke — as it is the venue of any
other happening (occasion.is_place). So a speech's actors named as a place are set apart
as its places when another of its actors is not one.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.attach import is_place_hit
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.nlp import Token


def speech_venues(
    tokens: list[Token], parse: SentenceParse, actors: Sequence[ActorSpan]
) -> list[ActorSpan]:
    """The actors of words named as where they were said, when some actor is not."""
    places = [h for h in actors if is_place_hit(tokens, parse, h)]
    if len(places) == len(actors):
        return []  # «В Кремле заявили»: the body is the voice
    return places
