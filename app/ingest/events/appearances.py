"""Two public appearances of one speaker told in one sentence: «выступил на
пресс-конференции, а затем дал интервью», «дал интервью и провёл пресс-конференцию».

A speech event is the sentence's own one happening, and the words told beside it are its
content; but an appearance of another kind (an interview after the press conference)
told by a verb coordinated with the first one's is a second happening of its own, on the
same day, not words said at the first.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.aside import coordinated
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import anchor_verb, span_head, subtree
from app.ingest.nlp import Token

# Appearances before the press or an interviewer; «statement» is words, not an appearance,
# and answers to the press are given at an appearance told beside them, not apart.
APPEARANCES = frozenset({"interview", "press-conference"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def second(
    tokens: list[Token],
    parse: SentenceParse,
    triggers: Sequence[tuple[int, str]],
    trigger: int,
    main: int,
) -> bool:
    """Is the appearance at `trigger` a second one beside the sentence's own at `main`:
    of another kind, told by a verb coordinated with main's?"""
    kinds = dict(triggers)
    kind, main_kind = kinds.get(trigger), kinds.get(main)
    return (
        trigger != main
        and kind in APPEARANCES
        and kind != main_kind
        and coordinated(tokens, parse, trigger, main)
    )


def any_second(
    tokens: list[Token], parse: SentenceParse, triggers: Sequence[tuple[int, str]], main: int
) -> bool:
    """Does the sentence tell a second appearance beside the one at `main`?"""
    return any(second(tokens, parse, triggers, j, main) for j, _ in triggers)


def shared_speaker(
    tokens: list[Token], parse: SentenceParse, hits: Sequence[ActorSpan], trigger: int
) -> list[ActorSpan]:
    """Who gives the second appearance when its verb names no subject of its own: the
    subject of the verb it is coordinated with («Путин выступил ..., а затем дал интервью»)."""
    verb = anchor_verb(tokens, parse, trigger)
    if parse.rels[verb] != "conj" or any(
        h == verb and parse.rels[j] in _SUBJECTS for j, h in enumerate(parse.heads)
    ):
        return []
    first = parse.heads[verb]
    subject: set[int] = set()
    for j, up in enumerate(parse.heads):
        if up == first and parse.rels[j] in _SUBJECTS:
            subject |= subtree(parse, j)
    return [h for h in hits if span_head(tokens, parse, h.start, h.end) in subject]
