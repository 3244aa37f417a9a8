"""The day a title in a sentence is read at: the sentence's own date when it is far from the
publication's, or the text's own timeline when the article has no publication date.

A role title resolves to whoever held it on a day (gazetteer.holder). News retell earlier
happenings in background paragraphs («В 2019 году госсекретарь США посетил Сочи»): the
holder on the publication day is then somebody else. A sentence that dates itself to a day,
a month, a part of a year or a year more than a month away from the publication is read at
the middle of that date; the publication day otherwise. The article's own bearer of a title
still wins over either (own_titles.py).

An article without a publication date (a copy on an aggregator, a page whose date was cut
off) is not read at today: a title there is read at its sentence's date, else at the last
date the text gave before it, else at the first one after it. Today's holder of an office
is nobody an undated article of 2015 can mean; the text's own years are its only clock.
When the text gives no date at all, the era its titled people allow (app.ingest.dates.era:
«глава МИД России Евгений Примаков» with «генеральный секретарь НАТО Хавьер Солана» put
the text in 1996–1998) is that clock: a bare «госсекретарь» there is read at the middle of
the era when the era is one span closed at both ends, not at today.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from app.ingest.dates import DateMention
from app.ingest.dates.era import Era

_DATED = frozenset({"day", "month", "year", "part", "range"})
# Closer than this to the publication day, the publication day is as good.
_NEAR = timedelta(days=31)


def title_days(
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[DateMention],
    published: date | None,
    era: Era | None = None,
) -> Callable[[int], date | None]:
    """Character offset -> the day a title there is read at; ``era``: the spans of time an
    undated article's titled people allow (article.py), its clock when it gives no date."""
    starts = [s for s, _ in sentences]
    own: dict[int, date] = {}
    for m in dates:
        v = m.value
        if v.start is None or v.end is None or v.precision not in _DATED:
            continue
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or k in own or m.end > sentences[k][1]:
            continue
        mid = v.start + (v.end - v.start) / 2
        if published is None or abs(mid - published) > _NEAR:
            own[k] = mid
    dated = sorted(own)

    def timeline(k: int) -> date | None:
        # No publication day: the nearest date the text gave before, else after.
        if not dated:
            return _middle(era)
        n = bisect.bisect_right(dated, k) - 1
        return own[dated[n]] if n >= 0 else own[dated[0]]

    def day_at(offset: int) -> date | None:
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0:
            return published if published is not None else timeline(0)
        if published is None:
            return timeline(k)
        return own.get(k, published)

    return day_at


def _middle(era: Era | None) -> date | None:
    """The middle of an era of one span closed at both ends; None otherwise (a term still
    open or two terms apart tell no one day)."""
    if era is None or len(era) != 1:
        return None
    lo, hi = era[0]
    if lo is None or hi is None:
        return None
    return lo + (hi - lo) / 2
