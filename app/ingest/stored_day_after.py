"""The store's side of day_after.py: whether the offer of a report of words without a day
of its own and the one statement of its speakers the store dates to the day before
publication holds against what the store knows (another statement of theirs that day;
the article of the report without a day telling the day before). Read-only lookups for
same_stored.find_same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import lookup
from app.ingest.dates import DateValue
from app.ingest.events import EventCandidate, day_after
from app.ingest.events.model import DateReading


def other_said(
    cand: EventCandidate,
    offer_id: str,
    offer: DateReading,
    stored: Iterable[tuple[str, str, DateReading]],
    links: dict[str, list[str]],
    parents: dict[str, str],
) -> bool:
    """The store knows another statement of the same speakers said on the day the pair
    points to (`stored`: id, type and date of the events compared), which the report
    without a day may be as well."""
    day = day_after.said_day(cand.date) or day_after.said_day(offer)
    return any(
        eid != offer_id
        and day_after.words_alike(cand.type, type_)
        and day_after.same_speakers(cand.actors, links.get(eid, []), parents)
        and day_after.said_day(reading) == day
        for eid, type_, reading in stored
    )


def news_of_day_before(
    session: Session,
    cand: EventCandidate,
    offer_id: str,
    offer: DateReading,
    told: Collection[dt.date],
) -> bool:
    """The report without a day of its own is in the news of the day before publication:
    the candidate's article (`told`: the days its reports state), or an article that told
    the stored event, states that day for another of its happenings."""
    if day_after.news_of_day_before(cand.date, told):
        return True
    if day_after.published_day(offer) is None:
        return False
    rows = lookup.rows(session, _TOLD_WITH, {"event": offer_id})
    days = day_after.days_stated(
        DateReading(
            value=DateValue(lookup.day(r[0]), lookup.day(r[1]), r[2], r[3]),
            text=r[4],
            explicit=r[4] is not None,
        )
        for r in rows
    )
    return day_after.news_of_day_before(offer, days)


# The other reports of the articles that tell an event, with their dates (an index range
# on mentions.event_id, then on mentions.article_id).
_TOLD_WITH = text(
    "SELECT m.date_start, m.date_end, m.date_precision, m.date_how, m.date_text "
    "FROM mentions m WHERE m.article_id IN "
    "(SELECT t.article_id FROM mentions t WHERE t.event_id = :event) AND m.event_id != :event"
)
