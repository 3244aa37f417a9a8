"""A proposal made beside words of the same speaker.

«Эрдоган назвал переговоры полезными и предложил провести встречу в Стамбуле»: the verb
of proposing is coordinated with the verb of saying (a conj on it, the subject shared), so
it is no part of what was said but a second act of the speaker's: a proposal, an event of
its own beside the statement (SPEC: a proposal made in words is dated as the words are).
What is said in the words («заявил, что предложит ...») stays inside them. A nomination
so coordinated is an act of its own too («объявил об уходе министра и выдвинул на его место
X»: an appointment beside the words).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events import aside
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, span_head
from app.ingest.nlp import Token

# Acts a speaker does beside words, by a verb coordinated with the verb of saying.
ACTS = frozenset({"proposal", "appointment"})


def proposed_beside(
    toks: list[Token], parse: SentenceParse, words: int, triggers: Sequence[tuple[int, str]]
) -> bool:
    """Is a verb of proposing (or nominating) coordinated with the verb of the words at
    `words`?"""
    return any(
        kind in ACTS
        and toks[i].pos in VERBAL
        and aside.coordinated(toks, parse, i, words)
        for i, kind in triggers
    )


_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def shared_subject(
    toks: list[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    act: int,
    words: int,
) -> list[ActorSpan]:
    """The speaker of the words at `words`, who is also the subject of the verb at `act`
    coordinated with them: the parse hangs the shared subject on the first verb only."""
    main = anchor_verb(toks, parse, words)
    if not aside.coordinated(toks, parse, act, words):
        return []
    return [
        h
        for h in hits
        if (head := span_head(toks, parse, h.start, h.end)) is not None
        and parse.heads[head] == main
        and parse.rels[head] in _SUBJECTS
    ]


def beside_words(kind: str, triggers: Sequence[tuple[int, str]], main: int) -> bool:
    """Is a happening of `kind` a proposal told beside words (the trigger at `main`)? It
    takes their day, stated or not («назвал ... и предложил»: both that day)."""
    return kind in ACTS and dict(triggers).get(main) in SPEECH_TYPES
