"""Character spans: merging, and masking a text so offsets stay valid."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Span", "mask_spans", "merge_spans"]

Span = tuple[int, int]


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sorted, non-empty, non-overlapping spans; touching spans are joined."""
    out: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((s, e) for s, e in out)


def mask_spans(text: str, spans: Iterable[Span], fill: str = " ") -> str:
    """``text`` with every character inside ``spans`` replaced by ``fill`` (newlines kept).

    The result has the same length as ``text``, so offsets found in it are offsets of
    ``text``: this is the body text that event extraction should see.
    """
    chars = list(text)
    for start, end in merge_spans(spans):
        for i in range(max(start, 0), min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = fill
    return "".join(chars)
