"""Words reported the day after, with no day of their own, and the one statement of the
same speakers the store dates to the day before publication: one statement.

«Позиция, изложенная в заявлении МИД, остаётся в силе», in the news of a Wednesday that
gave no day the reader could keep, is dated by its publication alone; another outlet dated
the ministry's statement to the Tuesday. identity.same_happening joins words of one day
(same_voice.one_voice) and not these: a speaker says many things in a week, and two
reports of his words that share few plain words may be two occasions. But the day before
publication is when most news of words without a day of their own was said, so when the
store knows exactly one statement of those same speakers stated for that day, that is
the one. But only in the news of that day: the article of the report without a day
states the day before for another of its happenings («в минувший вторник министры
провели переговоры ... Лавров заявил»), so it tells what happened that day. The news of
the day of publication («Песков заявил журналистам», dated by the wire's stamp) is that
day's words, and a speaker who speaks daily said other words the day before. As
sole_contact.py does for contacts, the pair is only an offer: the store step
(same_stored.find_same) takes it when nothing else matched, exactly one such statement
fits, and, from the dated side, when the store knows no other statement of theirs stated
for that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import DateReading
from app.ingest.events.same_voice import voices

ONE_DAY = dt.timedelta(days=1)


def published_day(r: DateReading) -> dt.date | None:
    """The publication day a report of words takes when it states no day of its own."""
    v = r.value
    if r.explicit or v.how != "publication-date" or v.precision != "day":
        return None
    return v.end if v.start is not None and v.start == v.end else None


def stated_day(r: DateReading) -> dt.date | None:
    """The one day a report's own words state («во вторник», «20 октября»)."""
    v = r.value
    if not r.explicit or v.precision != "day" or v.start is None or v.start != v.end:
        return None
    return v.start


def said_day(r: DateReading) -> dt.date | None:
    """The day the words were said, as the report states it or its publication bounds it
    (the day before publication, for a report without a day of its own)."""
    day = stated_day(r)
    if day is not None:
        return day
    published = published_day(r)
    return published - ONE_DAY if published is not None else None


def day_after(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    parents: Mapping[str, str] | None = None,
) -> bool:
    """One report of words is dated by its publication alone, the other states the day
    before that publication, and the same speakers speak in both. Only an offer: see the
    module's docstring."""
    if not words_alike(type_a, type_b):
        return False
    va, vb = voices(actors_a, parents), voices(actors_b, parents)
    if not va or va != vb:
        return False
    return _next_day(date_a, date_b) or _next_day(date_b, date_a)


# A proposal made in words is dated as words are (SPEC), so the news of the day after tells
# it as it tells a statement; but a proposal and a statement are two acts (proposal_voice.py).
PROPOSAL = "proposal"


def words_alike(type_a: str, type_b: str) -> bool:
    """Both reports are of words (statements, interviews ...), or both of proposals."""
    if type_a == PROPOSAL or type_b == PROPOSAL:
        return type_a == type_b
    return type_a in SPEECH_TYPES and type_b in SPEECH_TYPES


def _next_day(published: DateReading, stated: DateReading) -> bool:
    pub, day = published_day(published), stated_day(stated)
    return pub is not None and day is not None and pub - ONE_DAY == day


def same_speakers(
    actors_a: Iterable[str], actors_b: Iterable[str], parents: Mapping[str, str] | None = None
) -> bool:
    """The same voices speak in both reports."""
    va = voices(actors_a, parents)
    return bool(va) and va == voices(actors_b, parents)


def news_of_day_before(r: DateReading, told: Collection[dt.date]) -> bool:
    """The report is dated by its publication alone, and its article states the day before
    publication for another happening (`told`: the days the article's reports state)."""
    published = published_day(r)
    return published is not None and published - ONE_DAY in told


def days_stated(readings: Iterable[DateReading]) -> frozenset[dt.date]:
    """The days these reports' own words state."""
    return frozenset(d for d in (stated_day(r) for r in readings) if d is not None)
