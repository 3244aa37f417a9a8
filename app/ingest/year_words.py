"""«2011 г.»: the year's abbreviation spelled out for the syntax parser.

Dates in news are written «18 сентября 2011 г.» as often as «18 сентября 2011 года». The
parser reads the bare «г.» before a capitalised word as «город» with its name in apposition
(«г. Москва»): in «18 сентября 2011 г. Россия и Китай подписали соглашение» the states become
the town's name and the verb is left with no subject. After a year's number the word is
«год», so the parser is given «года» («годов» for «гг.», years in the plural); the token
count and every offset stay as they were, only the words the parser sees change.
"""

from __future__ import annotations

import re

# A year («2011»), a span of years («2010–2011», «2010-2011») or an ordinal year («2011-й»).
_YEAR = re.compile(r"\d{3,4}(?:-?[а-я]{1,2})?(?:[-–—]\d{2,4})?")
_SPELLED = {"г": "года", "гг": "годов"}


def spelled_years(words: list[str]) -> list[str]:
    """The words with «г»/«гг» after a year's number spelled out («года», «годов»)."""
    out = list(words)
    for i in range(1, len(words)):
        spelled = _SPELLED.get(words[i])
        if spelled is not None and _YEAR.fullmatch(words[i - 1]):
            out[i] = spelled
    return out
