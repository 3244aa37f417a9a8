"""A plan told without a date is due after the news that tells it, so a happening already
over before that news is not it.

«Путин принял приглашение посетить Иран», «следующее заседание пройдёт в Париже, сроки не
названы»: a report told as planned with no date of its own gives the store nothing to place
it by, and the best match of the same person among stored events may be a visit or a
meeting held years before the article (a visit to Belgrade of 2019 for an invitation to
Iran accepted in 2023). What is planned on the day of publication has not happened yet:
a stored happening wholly over (by more than the reporting lag, for an outlet's dating
slips) before the plan's publication cannot be that plan, whichever of the two the store
meets first. A dated plan is placed by its own date; a plan in an article without a
publication date sets no limit.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.events.model import DateReading
from app.ingest.events.report_dates import REPORTING_LAG

PLANNED = "planned"


def undated_plan(status: str, reading: DateReading) -> bool:
    """A report (or stored event) told as planned, with no date at all."""
    v = reading.value
    return status == PLANNED and v.start is None and v.end is None


def over_before_plan(
    status: str, plan: DateReading, published: dt.date | None, other: DateReading
) -> bool:
    """The undated plan `plan`, told in news of day `published`, and a happening `other`
    whose dates all lie before that news (more than the reporting lag): two happenings."""
    if published is None or not undated_plan(status, plan):
        return False
    v = other.value
    last = v.end if v.end is not None else v.start
    if last is None or (v.end is None and v.precision != "day"):
        return False  # undated, or open towards the future: it may be as late as the plan
    return last < published - REPORTING_LAG
