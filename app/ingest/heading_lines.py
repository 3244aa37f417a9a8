"""Sub-headings that stand on a line of their own inside the body.

Pages often give a section heading («Переговоры в юрте») as a line without final
punctuation between two paragraphs joined by a single line break; the sentence splitter
then reads it as the subject of the next sentence. A heading line is short, follows a line
that ended a sentence (or opens the text), and is followed by a line that opens with a
capital: such a line is a sentence of its own. A long line, or one that continues a
sentence broken by a hard wrap, is left alone.
"""

from __future__ import annotations

import re

# A line starting with a capital, without final punctuation or a comma, that
# follows the text's start or a line ending a sentence, and before a capitalised line.
_HEADING_LINE = re.compile(
    r"(?:^|(?<=[.!?…»\"”)]\n)|(?<=\n\n))[ \t]*"
    r"(?P<line>[A-ZА-ЯЁ«][^\n.!?…;,]*?)"
    r"[ \t]*(?P<cut>\n)(?=[ \t]*[A-ZА-ЯЁ«])"
)

MAX_WORDS = 8


def heading_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Line breaks in ``text[start:end]`` that end a heading line: (cut start, cut end)."""
    cuts: list[tuple[int, int]] = []
    for m in _HEADING_LINE.finditer(text, start, end):
        line = m.group("line")
        words = line.split()
        if len(words) > MAX_WORDS or line[-1:] in "-–—" or dangles(words[-1]):
            continue
        cuts.append((m.start("cut"), m.end("cut")))
    return cuts


def dangles(word: str) -> bool:
    """A short lower-case last word («с», «и», «на»): a preposition or conjunction that
    a hard wrap left at the end of the line; a heading does not end so."""
    return len(word) <= 2 and word.isalpha() and word.islower()
