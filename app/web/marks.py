"""Marked-up text as plain segments: (text, kind, ...) pieces the templates autoescape.

No HTML is built here, so nothing needs `|safe`: a quote with its date expression and actor
names marked, or a whole article cut into paragraphs with its mentions and excluded spans,
becomes a list of segments whose text Jinja2 escapes when it renders them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.db.queries import MentionSpan


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None = None  # None (plain) | "date" | "actor"
    actor_id: str | None = None


def quote_segments(
    quote: str,
    base: int,
    *,
    date_span: tuple[int | None, int | None] = (None, None),
    actor_spans: Iterable[Sequence[Any]] = (),
) -> list[Segment]:
    """Cut a quote (which starts at article offset `base`) around its marked spans.

    The date expression wins over an overlapping actor span; spans outside the quote are
    clipped or dropped, so stale offsets can never raise.
    """
    n = len(quote)
    spans: list[tuple[int, int, str, str | None]] = []
    ds, de = date_span
    if ds is not None and de is not None:
        spans.append((ds - base, de - base, "date", None))
    for span in actor_spans:
        try:
            sa, sb, sid = int(span[0]), int(span[1]), str(span[2])
        except (IndexError, TypeError, ValueError):
            continue
        spans.append((sa - base, sb - base, "actor", sid))
    chosen: list[tuple[int, int, str, str | None]] = []
    for a, b, kind, who in spans:  # date first: it wins overlaps
        a, b = max(a, 0), min(b, n)
        if a >= b or any(x < b and a < y for x, y, _, _ in chosen):
            continue
        chosen.append((a, b, kind, who))
    out: list[Segment] = []
    pos = 0
    for a, b, kind, who in sorted(chosen, key=lambda c: c[0]):
        if a > pos:
            out.append(Segment(quote[pos:a]))
        out.append(Segment(quote[a:b], kind, who))
        pos = b
    if pos < n:
        out.append(Segment(quote[pos:]))
    return out


@dataclass
class Piece:
    """A run of article text with one look: plain, a mention mark, or excluded furniture."""

    text: str
    mention: MentionSpan | None = None
    excluded: bool = False
    # Ids of mentions starting here: the first becomes the <mark>'s id, others get anchors.
    anchors: list[int] = field(default_factory=list)


def article_paragraphs(
    text: str, mentions: Sequence[MentionSpan], excluded: Iterable[Sequence[Any]]
) -> list[list[Piece]]:
    """The article split into paragraphs (at line breaks) of pieces, by a boundary sweep."""
    n = len(text)
    cuts = {0, n}
    ranges: list[tuple[int, int]] = []
    for span in excluded:
        try:
            a, b = max(int(span[0]), 0), min(int(span[1]), n)
        except (IndexError, TypeError, ValueError):
            continue
        if a < b:
            ranges.append((a, b))
            cuts.update((a, b))
    marks = [m for m in mentions if 0 <= m.sent_start < m.sent_end <= n]
    for m in marks:
        cuts.update((m.sent_start, m.sent_end))
    for i, ch in enumerate(text):
        if ch == "\n":
            cuts.update((i, i + 1))
    points = sorted(cuts)
    paragraphs: list[list[Piece]] = [[]]
    started: set[int] = set()
    for a, b in zip(points, points[1:], strict=False):
        chunk = text[a:b]
        if chunk == "\n":
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        active = [m for m in marks if m.sent_start <= a and b <= m.sent_end]
        anchors = [m.id for m in active if m.id not in started]
        started.update(anchors)
        piece = Piece(
            text=chunk,
            mention=active[0] if active else None,
            excluded=any(x <= a and b <= y for x, y in ranges),
            anchors=anchors,
        )
        paragraphs[-1].append(piece)
    return [p for p in paragraphs if any(x.text.strip() for x in p)]
