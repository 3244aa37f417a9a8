"""The year of a page's stamp printed without one («1 МАР, 02:51»).

News sites print a stamp's year only for the years before the current one: an item of this
year shows «1 мар, 02:51», one of an earlier year «1 мар 2018». The page's copyright line
ends with the year the page was made («© ТАСС 1999-2019», «© 2019 Вестник»). A stamp with
its hour but without a year, on a page whose copyright ends in Y, was therefore made in Y.

The copyright year alone is never a publication date (a page of 2017 is served with the
copyright of every later year): it only completes a stamp that gave its day, month and hour
and left the year out, and the stamp must agree with the day and month the article's own
dateline gives. The text's own dates must agree too: nothing the text tells as past may
begin after the date, nothing it tells as future may end before it.
"""

from __future__ import annotations

import re
from datetime import date

from .calendar import make_date
from .extract import extract_dates
from .lexicon import MONTH_OR_ABBR, month_number

__all__ = ["agrees_with_text", "copyright_year", "year_of_yearless_stamp"]

_STATED = ("explicit", "numeric")

# «1 МАР, 02:51», «1 марта 02:51», «1 мар. в 02:51»: day, month, hour, and no year between
_YEARLESS_STAMP_RE = re.compile(
    rf"(?<![\d.:/])(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_OR_ABBR}),?\s+(?:в\s+)?\d{{1,2}}:\d\d(?!\d)",
    re.IGNORECASE,
)
# «© ТАСС 1999-2019», «© 2019 Вестник», «Copyright © 2005–2019»: the range's last year
_COPYRIGHT_RE = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)[^\d\n<>]{0,40}"
    r"(?:(?:19|20)\d\d\s*[-–—]\s*)?(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def copyright_year(page: str) -> int | None:
    """The last year of the page's copyright line(s), when they name one year only."""
    years = {int(m["y"]) for m in _COPYRIGHT_RE.finditer(page)}
    return years.pop() if len(years) == 1 else None


BODY_WORDS = 6  # a sentence of this many words starts the body


def _body_start(page: str, text: str) -> int:
    """Where the article's first paragraph starts in `page` (the page's stamp stands above
    it; stamps below are related items'), or the page's end when it cannot be found."""
    for line in text.splitlines():
        # a paragraph ends a sentence (a headline does not, and it is printed in the head)
        if len(line.split()) >= BODY_WORDS and line.rstrip().endswith((".", "!", "?", "»", '"')):
            at = page.find(line.strip()[:40])
            return at if at >= 0 else len(page)
    return len(page)


def agrees_with_text(text: str, d: date) -> bool:
    """Does publication on `d` agree with the text's own dates: nothing it tells as past
    begins after `d`, nothing it tells as future ends before it (dates with their year)."""
    for m in extract_dates(text, None):
        v = m.value
        if v.how not in _STATED:
            continue
        if m.tense == "past" and v.start is not None and v.start > d:
            return False
        if m.tense == "future" and v.end is not None and v.end < d:
            return False
    return True


def _stamps_above_body(page: str, text: str) -> list[tuple[int, int]]:
    """The (day, month) of every yearless stamp with its hour above the article's first
    paragraph; «(5 марта, 21:15)» in brackets is a related item's, not the page's."""
    out = []
    for m in _YEARLESS_STAMP_RE.finditer(page, 0, _body_start(page, text)):
        if page[max(0, m.start() - 1) : m.start()] != "(":
            out.append((int(m["d"]), month_number(m["m"])))
    return out


def year_of_yearless_stamp(
    page: str, text: str, day: int | None = None, month: int | None = None
) -> date | None:
    """The date of a page whose stamp gives a day, a month and an hour but no year, in the
    year its copyright ends with; None unless the stamp, the copyright and the article's
    `text` all agree. `day` and `month` are what the article's dateline gives, when it has
    one: the stamp must name the same day; without them the page must hold one such stamp."""
    stamps = set(_stamps_above_body(page, text))
    if day is not None and month is not None:
        stamps &= {(day, month)}
    if len(stamps) != 1:
        return None
    year = copyright_year(page)
    if year is None:
        return None
    (d_, m_) = stamps.pop()
    d = make_date(year, m_, d_)
    return d if d is not None and agrees_with_text(text, d) else None
