"""A proposal made beside words of the same speaker.

«Эрдоган назвал переговоры полезными и предложил провести встречу в Стамбуле»: the verb
of proposing is coordinated with the verb of saying (a conj on it, the subject shared), so
it is no part of what was said but a second act of the speaker's: a proposal, an event of
its own beside the statement (SPEC: a proposal made in words is dated as the words are).
The act's own dependents are its own: «назвал переговоры полезными и пригласил эмира в
Россию» tells words of Putin's alone, Russia is where the emir is invited to (in_act_beside).
«На итоговой пресс-конференции X предложил ...»: a proposal made at a press conference
(briefing, interview) the sentence names as its setting, an adverbial of the verb of
proposing, tells that appearance too (at_appearance): both are events.
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
        and (_subject_of(parse, head, main) or _subject_of(parse, _titled(parse, head), main))
    ]


# A name the parser hangs on the title before it («Премьер-министр Кисида»).
_NAME_ON_TITLE = frozenset({"appos", "flat", "flat:name"})


def _subject_of(parse: SentenceParse, head: int, main: int) -> bool:
    return head >= 0 and parse.heads[head] == main and parse.rels[head] in _SUBJECTS


def _titled(parse: SentenceParse, head: int) -> int:
    """The title a name hangs on («Премьер-министр» over «Кисида»), else -1."""
    return parse.heads[head] if parse.rels[head] in _NAME_ON_TITLE else -1


def beside_words(kind: str, triggers: Sequence[tuple[int, str]], main: int) -> bool:
    """Is a happening of `kind` a proposal told beside words (the trigger at `main`)? It
    takes their day, stated or not («назвал ... и предложил»: both that day)."""
    return kind in ACTS and dict(triggers).get(main) in SPEECH_TYPES


def in_act_beside(
    toks: list[Token],
    parse: SentenceParse,
    triggers: Sequence[tuple[int, str]],
    words: int,
    hit: ActorSpan,
) -> bool:
    """Does actor `hit` hang under a verb of proposing (or nominating) coordinated with the
    verb of the words at `words`? It is that act's, not the speaker's company."""
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None:
        return False
    acts = {
        i
        for i, kind in triggers
        if kind in ACTS and toks[i].pos in VERBAL and aside.coordinated(toks, parse, i, words)
    }
    cur, seen = head, set()
    while cur >= 0 and cur not in seen:
        if cur in acts:
            return True
        seen.add(cur)
        cur = parse.heads[cur]
    return False


# Appearances whose words a proposal may be made in («на пресс-конференции», «в интервью»).
APPEARANCES = frozenset({"press-conference", "interview"})


def at_appearance(
    toks: list[Token], parse: SentenceParse, idx: int, triggers: Sequence[tuple[int, str]]
) -> bool:
    """Is proposal `idx` made at an appearance named by a noun adverbial of its verb?"""
    verb = anchor_verb(toks, parse, idx)
    return toks[verb].pos in VERBAL and any(
        kind in APPEARANCES
        and j != idx
        and toks[j].pos == "NOUN"
        and parse.heads[j] == verb
        and parse.rels[j].startswith("obl")
        for j, kind in triggers
    )
