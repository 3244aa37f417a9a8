"""Entities cut at the end of a sentence.

natasha's NER sometimes runs one PER span over a sentence end when the next sentence
opens with glued initials («… с В.Н.Кузьмичевым. Р.Эчеверрия Пинто в этой встрече …»):
the two people become one name no reader can use, and the first one is lost from his
meeting. The segmenter has the sentence end right, so a span is cut where its sentence ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# A sentence's last stop after a word, not after an initial («В.Н.»).
_END_STOP = re.compile(r"(?<=\w\w)[.!?…]+$")
_BREAK = re.compile(r"(?<=\w\w[.!?…])\s+")


class _Bounds(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def cut_at_sentences(
    start: int, end: int, text: str, normal: str, sentences: Sequence[_Bounds]
) -> list[tuple[int, int, str, str]]:
    """(start, end, text, normal) of each part of the span [start, end) inside one sentence;
    the span itself when it stays inside one. `text` is the whole text, `normal` the span's
    normal form (split the same way when it has as many parts, else each part as written)."""
    cuts = [s.end for s in sentences if start < s.end < end]
    if not cuts:
        return [(start, end, text[start:end], normal)]
    bounds: list[tuple[int, int]] = []
    at = start
    for cut in [*cuts, end]:
        piece = text[at:cut]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        body = _END_STOP.sub("", body)
        if body:
            bounds.append((at + lead, at + lead + len(body)))
        at = cut
    normals = _BREAK.split(normal.strip())
    out: list[tuple[int, int, str, str]] = []
    for i, (s, e) in enumerate(bounds):
        nat = _END_STOP.sub("", normals[i]) if len(normals) == len(bounds) else text[s:e]
        out.append((s, e, text[s:e], nat))
    return out
