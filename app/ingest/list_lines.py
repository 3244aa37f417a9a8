"""Dated lines of a list inside the body: a chronicle («Хронология контактов: / 28 июля
2021 г. — первый раунд консультаций в Женеве. / 30 сен. 2021 г. — второй раунд ...»).

The sentence splitter joins the heading line to the first dated line, and it ends a
sentence at an abbreviated month («30 сен.») though the year follows. Each dated line is a
sentence of its own: a line break before a line that opens with a day and a month is a
cut, and a sentence that ends with a day and an abbreviated month joins the next one when
that one opens with the year.
"""

from __future__ import annotations

import re

MONTH = (
    r"(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]"
    r"|октябр[ья]|ноябр[ья]|декабр[ья]|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб"
    r"|дек)\.?"
)
# A line break after a line that ended («.», «:», «;») before a line that opens with «28
# июля», «30 сен.»; a hard wrap inside a sentence («прибыл\n28 июля») is no cut.
_DATED_LINE = re.compile(
    r"(?<=[.:;])[ \t]*(?P<cut>\n)(?=[ \t]*\d{1,2}[ \t\u00a0]+" + MONTH + r"[ \t\u00a0])"
)
_ENDS_WITH_SHORT_MONTH = re.compile(
    r"\b\d{1,2}[ \t\u00a0]+(?:янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\.$"
)
_OPENS_WITH_YEAR = re.compile(r"^\d{4}\b")


def dated_line_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Line breaks in ``text[start:end]`` before a dated line of a list."""
    return [(m.start("cut"), m.end("cut")) for m in _DATED_LINE.finditer(text, start, end)]


def broken_at_month(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Did the splitter end a sentence at an abbreviated month the year then follows
    («30 сен.» | «2021 г. — ...»)?"""
    head = text[first[0] : first[1]].rstrip()
    tail = text[second[0] : second[1]].lstrip()
    between = text[first[1] : second[0]]
    return (
        "\n" not in between
        and bool(_ENDS_WITH_SHORT_MONTH.search(head))
        and bool(_OPENS_WITH_YEAR.match(tail))
    )
