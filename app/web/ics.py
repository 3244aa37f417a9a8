"""iCalendar (RFC 5545) for events, written by the `icalendar` package: all-day VEVENTs.

The package does the escaping, line folding (never inside a UTF-8 character) and CRLF;
this module only decides what goes in. Only events with both ends known get a VEVENT: a
«before 30 Dec» or undated event has no honest day to put in a calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import icalendar

from app.db.queries import EventItem

# events.status -> the VEVENT STATUS (RFC 5545 3.8.1.11); a postponed event is not yet
# confirmed at its new date.
ICS_STATUS = {
    "happened": "CONFIRMED",
    "planned": "TENTATIVE",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}


def status_of(e: EventItem) -> str:
    """happened | planned | postponed | cancelled (events.status); an event stored before
    statuses existed says only whether it was planned."""
    if e.status and e.status != "happened":
        return e.status
    return "planned" if e.planned else "happened"


def calendar(
    events: Iterable[EventItem],
    *,
    base_url: str,
    describe: dict[str, str],
    now: dt.datetime | None = None,
) -> str:
    """The VCALENDAR text; `describe` maps event ids to a human date label for DESCRIPTION."""
    stamp = now or dt.datetime.now(dt.UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Letopis//Diplomatic timeline//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Letopis")
    for e in events:
        if e.date_start is None or e.date_end is None:
            continue
        ev = icalendar.Event()
        ev.add("uid", f"{e.id}@letopis")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", e.date_start)
        # DTEND of an all-day event is exclusive.
        ev.add("dtend", e.date_end + dt.timedelta(days=1))
        ev.add("summary", e.title)
        ev.add("description", describe.get(e.id, ""))
        ev.add("categories", [e.type])
        ev.add("status", ICS_STATUS.get(status_of(e), "CONFIRMED"))
        ev.add("transp", "TRANSPARENT")
        ev.add("url", f"{base_url.rstrip('/')}/events/{e.id}")
        cal.add_component(ev)
    return str(cal.to_ical().decode("utf-8"))
