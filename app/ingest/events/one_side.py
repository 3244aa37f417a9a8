"""One side of a contact named by one outlet, both sides by another: one happening, when it
is the only contact of that person the store knows on those days.

Outlets often name only one party of a meeting or call: «во вторник директор ЦРУ провёл
переговоры с Николаем Патрушевым» (the guest by his post, which the reader may not take
for a person), «— Мы договорились встретиться в начале декабря», says the head of one
delegation. Another outlet names both sides of that day's meeting. The one person's
contact of that stated day is then the two sides' one, but a minister may hold several
talks a day, so the lone side only offers itself (`one_side`), and the store step
(same_stored.find_same) takes the offer when nothing else matched and exactly one stored
event is such an offer. The days are stated days of both (a day, a few days, a part of a
month), those of one holding the other's: the lone side's talks of Tuesday and the two
sides' meeting of «2–3 ноября»; two contacts of that person in those days leave the lone
side to neither. Across articles only: one article that names a lone side and both sides
of one day has told them apart itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.ingest.events.contained import one_kind, places_apart
from app.ingest.events.model import DateReading
from app.ingest.events.unanchored import published_only

# Stated days of a contact: a day, a few days, or a part of a month («в начале декабря»).
STATED = frozenset({"day", "range", "part"})
LONGEST = dt.timedelta(days=10)
# Contacts of people face to face or on the line.
CONTACT_TYPES = frozenset({"call", "meeting", "talks"})
# The side named with its counterpart: two people at least (a contact of two sides).
MIN_PEOPLE = 2


def stated_days(r: DateReading) -> tuple[dt.date, dt.date] | None:
    """The days a report's own words give (not its publication, nor «before» a day)."""
    v = r.value
    if not r.explicit or published_only(r) or v.precision not in STATED:
        return None
    if v.start is None or v.end is None or v.end - v.start > LONGEST:
        return None
    return v.start, v.end


def same_days(a: DateReading, b: DateReading) -> bool:
    """Both reports state the same days of their own («6–7 июля» and «6–7 июля»)."""
    days = stated_days(a)
    return days is not None and days == stated_days(b)


def days_hold(a: DateReading, b: DateReading) -> bool:
    """The stated days of one report hold those of the other («во вторник» and the
    visit's «2–3 ноября»)."""
    da, db = stated_days(a), stated_days(b)
    if da is None or db is None:
        return False
    return (da[0] <= db[0] and db[1] <= da[1]) or (db[0] <= da[0] and da[1] <= db[1])


def one_side(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    keys_a: frozenset[str],
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    keys_b: frozenset[str],
    people: frozenset[str],
) -> bool:
    """One report names one person (with his state or body at most) of a contact of one
    kind, the other names him and a counterpart, on the same stated days and not in two
    named places. Only an offer: see the module's docstring."""
    if not one_kind(type_a, type_b):
        return False
    if not days_hold(date_a, date_b):
        return False
    sa, sb = set(actors_a), set(actors_b)
    lone, both = (sa, sb) if len(sa & people) <= len(sb & people) else (sb, sa)
    if len(lone & people) != 1 or len(both & people) < MIN_PEOPLE:
        return False
    if not lone < both:
        return False  # whom the lone report names besides him is no party of the other
    return not places_apart(type_a, keys_a, keys_b)


def between_two(
    actors: Iterable[str], matched: list[tuple[str, list[str]]], people: frozenset[str]
) -> bool:
    """A report matches two stored contacts (type, actors) of one person with two different
    counterparts, and names neither counterpart: «Рябков провёл переговоры в Москве» of a
    day he met an American and a French envoy there. It tells neither contact, so it must
    not join one (the store would guess) nor weld the two into one. Two contacts that
    share two people or more (the talks, and a reception of both by a president) are left
    to the rules of one happening."""
    own = set(actors) & people
    contacts = [set(a) & people for t, a in matched if t in CONTACT_TYPES]
    return any(
        len(x & y) == 1 and own <= (x & y) and bool(x - y) and bool(y - x)
        for i, x in enumerate(contacts)
        for y in contacts[i + 1 :]
    )
