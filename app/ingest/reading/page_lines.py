"""A page's lines, and the state the passes of layout.py share while they read them: the
spans set aside as furniture, and the title, author, outlet and date candidates found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .spans import Span

PublishedHow = Literal["header", "dateline", "inferred", "url", "unknown"]


@dataclass(frozen=True)
class Line:
    index: int
    start: int
    end: int  # exclusive, before the newline
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def content_span(self) -> Span:
        """The span without leading/trailing whitespace."""
        lead = len(self.raw) - len(self.raw.lstrip())
        trail = len(self.raw) - len(self.raw.rstrip())
        return (self.start + lead, self.end - trail)


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        out.append(Line(i, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


# (priority, full date, (day, month), how, span of the date expression); lowest priority wins
DateCandidate = tuple[int, date | None, tuple[int, int] | None, PublishedHow, Span]


@dataclass
class LayoutState:
    text: str
    lines: list[Line]
    excluded: list[Span]
    excluded_lines: set[int]
    title: str | None = None
    title_line: int | None = None
    author: str | None = None
    outlet: str | None = None
    header_date: date | None = None
    header_span: Span | None = None
    url: str | None = None
    # (priority, published, partial, how, span); lower priority wins
    date_candidates: list[DateCandidate] = field(default_factory=list)
    stamp_offset: int | None = None

    def exclude_line(self, ln: Line) -> None:
        self.excluded_lines.add(ln.index)
        self.excluded.append(ln.span)

    def is_excluded(self, ln: Line) -> bool:
        return ln.index in self.excluded_lines


def content_lines(st: LayoutState) -> list[Line]:
    return [ln for ln in st.lines if ln.text and not st.is_excluded(ln)]
