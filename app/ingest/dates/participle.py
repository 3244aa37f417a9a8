"""«Трамп, прилетевший в Хельсинки в воскресенье вечером, завтракал с Ниинисте»: a day told
inside a participle phrase set off by commas is the background of the one the phrase
describes, not the day the story is on, so «Затем», «В тот же день» do not go on from it
when the story already has its day.

The phrase opens with a comma and a participle and is still open at the date: no comma
stands between the participle and the date.
"""

from __future__ import annotations

import re

from .morph import word

__all__ = ["in_participle_phrase"]

_OPENING = re.compile(r",\s*([а-яё]+)", re.IGNORECASE)


def in_participle_phrase(before: str) -> bool:
    """Whether a date whose sentence starts with ``before`` stands in an open participle
    phrase («..., прилетевший в столицу в воскресенье»)."""
    at = before.rfind(",")
    m = _OPENING.match(before, at) if at >= 0 else None
    return m is not None and word(m.group(1).lower()).pos == "PRTF"
