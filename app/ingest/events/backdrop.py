"""A happening told as the backdrop of the sentence's own: «Параллельно со встречей
Трампа и Путина проходит встреча Помпео с Лавровым», «одновременно с переговорами
президентов прошли консультации министров».

The noun after «параллельно с» / «одновременно с» is a happening of its own, at the same
time as the sentence's own, with the parties named in its own phrase; it is read after
the sentence's own event (which it must not lend its parties to, nor take that one's).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import span_head, subtree
from app.ingest.nlp import Token

# Adverbs that set a happening beside another at the same time, with «с» + instrumental.
_AT_ONCE = frozenset({"параллельно", "одновременно"})
_WITH = frozenset({"с", "со"})


def backdrop(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Is the trigger noun the «с»-object of «параллельно»/«одновременно»?"""
    head = parse.heads[trigger]
    if tokens[trigger].pos != "NOUN" or head < 0 or tokens[head].lemma.lower() not in _AT_ONCE:
        return False
    return any(
        h == trigger and parse.rels[j] == "case" and tokens[j].text.lower() in _WITH
        for j, h in enumerate(parse.heads)
    )


def own_parties(
    tokens: list[Token], parse: SentenceParse, trigger: int, actors: Sequence[ActorSpan]
) -> list[ActorSpan]:
    """The backdrop's actors named in its own phrase (not the sentence's own event's)."""
    phrase = subtree(parse, trigger)
    return [h for h in actors if span_head(tokens, parse, h.start, h.end) in phrase]
