"""Spans of a page that look like dates but are not: copyright lines, phone numbers,
addresses (URLs, e-mails), related-article and navigation links."""

from __future__ import annotations

import re

_F = re.IGNORECASE
_MASKS = [
    re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–—]\s*\d{4})?)", _F),
    re.compile(r"(?:\+\s*\d{1,3}[\s\-]*)?\(\s*\d{3,5}\s*\)\s*\d{1,3}(?:[\s\-]\d{2,3}){1,3}"),
    re.compile(r"\+\s*\d{1,3}[\s\-]\d{3}[\s\-]\d{3}[\s\-]\d{2}[\s\-]\d{2}"),
    re.compile(r"(?:https?://|www\.)\S+", _F),
    re.compile(r"[\w.+\-]+@[\w\-]+\.[\w.\-]+"),
    # a name with «сегодня» in it: an agency or a paper («МИА «Россия сегодня»», «СБ.
    # Беларусь сегодня»): a capitalised word right before it, in quotes or heading a line
    re.compile(r"(?<=[«\"„“])[А-ЯЁ][а-яё]+\s+сегодня(?=[»\"“”])"),
    re.compile(r"(?m)^(?:[^\n]{0,40}?[.\s])?[А-ЯЁ][а-яё]+\s+сегодня[ \t]*$"),
]
# Lines that are links to other articles, whatever date they carry.
LINK_LINE = re.compile(
    r"^\s*(?:смотрите|читайте|читать|см\.)\s+(?:также|тоже|по теме)|^\s*(?:ещё|еще)\s+по теме"
    r"|^\s*по теме\s*:",
    _F,
)


# A character each mask's match must hold: a text without it is not scanned by that mask
# (the e-mail and telephone masks start with a character class, tried at every position).
_NEEDS = ("", "(", "+", "", "@", "сегодня", "сегодня")


def masked_spans(text: str) -> list[tuple[int, int]]:
    spans = [
        (m.start(), m.end())
        for rx, needs in zip(_MASKS, _NEEDS, strict=True)
        if needs in text
        for m in rx.finditer(text)
    ]
    pos = 0
    for line in text.splitlines(keepends=True):
        if LINK_LINE.match(line):
            spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


def line_of(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a : b if b >= 0 else len(text)]


def is_navigation(text: str, start: int, end: int) -> bool:
    """A «weekday, day month» on a short line without sentence punctuation: a link or a
    page element («Что случилось этой ночью, воскресенье, 16 февраля»), not an event."""
    line = line_of(text, start, end).strip()
    return len(line) <= 120 and not re.search(r"[.!?…]\s*$", line)
