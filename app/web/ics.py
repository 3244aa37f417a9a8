"""iCalendar (RFC 5545) for events: all-day VEVENTs, escaped text, folded lines, CRLF.

Only events with both ends known get a VEVENT: a «before 30 Dec» or undated event has no
honest day to put in a calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.db.queries import EventItem

MAX_OCTETS = 75


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line into <=75-octet pieces, never splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _date(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def calendar(
    events: Iterable[EventItem],
    *,
    base_url: str,
    describe: dict[str, str],
    now: dt.datetime | None = None,
) -> str:
    """The VCALENDAR text; `describe` maps event ids to a human date label for DESCRIPTION."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Letopis//Diplomatic timeline//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Letopis",
    ]
    for e in events:
        if e.date_start is None or e.date_end is None:
            continue
        url = f"{base_url.rstrip('/')}/events/{e.id}"
        desc = describe.get(e.id, "")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@letopis",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_date(e.date_start)}",
            # DTEND of an all-day event is exclusive.
            f"DTEND;VALUE=DATE:{_date(e.date_end + dt.timedelta(days=1))}",
            f"SUMMARY:{escape(e.title)}",
            f"DESCRIPTION:{escape(desc)}",
            f"CATEGORIES:{escape(e.type)}",
            f"STATUS:{'TENTATIVE' if e.planned else 'CONFIRMED'}",
            "TRANSP:TRANSPARENT",
            f"URL:{url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
