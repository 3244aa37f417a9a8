"""A headline's words are the words its body reports.

A heading line («МИД объяснил перенос сессии», «Москва ответит на санкции, пообещали в МИД»)
sums up a statement the body then tells with its day and its speaker, often the spokesman
of the body the headline names. Told without a day of its own, it is that statement, not a
second one on the day of publication.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.ingest.events.identity import actors_overlap
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ArticleInput, EventCandidate

_STOPS = ".!?…"
_CLOSERS = "»\"”)' "


def heading_line(text: str, start: int) -> bool:
    """Is the line holding offset `start` a heading: a line that does not end with a stop?"""
    line_end = text.find("\n", start)
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]
    return line.rstrip(_CLOSERS)[-1:] not in _STOPS


def _in_heading(inp: ArticleInput, g: EventCandidate) -> bool:
    return bool(g.sentences) and all(heading_line(inp.text, s) for s, _ in g.sentences)


def _dated(inp: ArticleInput, g: EventCandidate) -> bool:
    """Does a sentence of `g` carry a date of its own (not the lead's, lent to a headline)?"""
    return any(s <= d.start < e for d in inp.dates for s, e in g.sentences)


def body_statement(
    inp: ArticleInput, groups: list[EventCandidate], h: EventCandidate
) -> EventCandidate | None:
    """The statement of the body a headline statement `h` with no day of its own sums up:
    one by the same speaker (or one it is part of), else, when the headline names only
    bodies or states («в МИД пообещали»), the body's one statement by a person."""
    if h.type not in SPEECH_TYPES or not _in_heading(inp, h) or _dated(inp, h):
        return None
    body = [g for g in groups if g.type in SPEECH_TYPES and not _in_heading(inp, g)]
    same = [g for g in body if actors_overlap(h.actors, g.actors, inp.parents)]
    if same:
        return same[0]
    if not all(_kind(inp.actors, a) not in (None, "person") for a in h.actors):
        return None
    spokesmen = [g for g in body if all(_kind(inp.actors, a) == "person" for a in g.actors)]
    return spokesmen[0] if len(spokesmen) == 1 else None


def _kind(kinds: Mapping[str, object], actor: str) -> str | None:
    info = kinds.get(actor)
    return getattr(info, "kind", None) if info is not None else None


def fold_headlines(
    inp: ArticleInput,
    groups: list[EventCandidate],
    absorb: Callable[[EventCandidate, EventCandidate], None],
) -> list[EventCandidate]:
    """`groups` with each headline statement absorbed into the body statement it sums up."""
    out: list[EventCandidate] = []
    for g in groups:
        target = body_statement(inp, groups, g)
        if target is None:
            out.append(g)
        else:
            absorb(target, g)
    return out
