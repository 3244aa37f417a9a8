"""Two outlets' reports of one contact (a call; a meeting or talks) or of one trip, dated
at different fineness: by date containment and who took part, not by wording.

Outlets tell one call or meeting with dates of every fineness: «14 сентября», «вчера»,
«на прошлой неделе», nothing but their publication («в Сочи начались переговоры» of a
report of that day), or nothing at all but the past tense («провели телефонный
разговор»). Each report's date is a window of days the happening may have taken:

- a stated day or a few days («14 сентября», «8–9 июля»): those days (*firm*);
- a week or a third of a month of its own («на прошлой неделе», «в середине мая»): those
  days (*coarse*);
- a publication alone, or the past tense without any date: the few days up to the
  publication (*vague*). An explicit «ранее» is no vague window: it marks an earlier
  occasion than the news (identity.dates_compatible).

Two reports are one happening when they are contacts of one kind (a joint press
conference of two people is such a contact too, and so is a document the same people
signed: it is concluded once), the people of one are
all people of the other (at least two shared: a state named beside its leader, a topic
taken for a party, does not tell them apart; states alone are too weak a sign), one
window holds the other's firm days (two vague windows: publications a day apart at most),
and nothing tells them apart (two meetings named in two places). A person named by his
surname alone in one report is the other's of that surname (spelled_alike.align, as in
identity.same_happening). A month or a year holds
too much to decide anything; firm days of both are compared elsewhere
(identity.same_happening).
A trip lasts days: the same visitors to one destination (the venue, or a place both name)
are one trip when one window holds the other's firm days, or a vague window and a coarse
one share days («прибыл в Москву» of a Tuesday, «на прошлой неделе приезжал в Москву»).
Used across articles only (same_stored.find_same).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from app.ingest.events.model import DateReading
from app.ingest.events.places import places
from app.ingest.events.spelled_alike import align
from app.ingest.events.trips import one_destination
from app.ingest.events.unanchored import published_only

# Kinds of contact an outlet may name one happening by (a call is never a meeting). A
# joint press conference of the same people is one too: «на совместной пресс-конференции
# с Дендиасом Лавров заявил» in the next day's paper is the one of the talks' day.
CONTACT_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"call"}),
    frozenset({"meeting", "talks"}),
    frozenset({"press-conference"}),
    # A document the same people signed or initialled: concluded once, so «в конце апреля
    # парафировали меморандум» and the initialling of 24 April are one (two documents of
    # one day are told apart by their day and wording in identity.same_happening).
    frozenset({"agreement"}),
)
# A report dated by its publication alone tells what happened that day or just before.
VAGUE_LAG = dt.timedelta(days=3)
# Two such reports of the same people are one happening when published this close.
VAGUE_APART = dt.timedelta(days=1)
FIRM_SPAN = dt.timedelta(days=3)
COARSE_SPAN = dt.timedelta(days=10)
COARSE = frozenset({"range", "part"})
MIN_SHARED_PEOPLE = 2

Kind = Literal["firm", "coarse", "vague"]
Window = tuple[dt.date, dt.date, Kind]


def window(r: DateReading) -> Window | None:
    """The days a report's date allows, and how firmly (None: nothing to decide by)."""
    v = r.value
    if published_only(r) or (not r.explicit and v.precision == "before"):
        if v.start is not None and v.start != v.end or v.end is None:
            return None
        return (v.end - VAGUE_LAG, v.end, "vague")
    if not r.explicit or v.start is None or v.end is None:
        return None
    span = v.end - v.start
    if v.precision in ("day", "range") and span <= FIRM_SPAN:
        return (v.start, v.end, "firm")
    if v.precision in COARSE and span <= COARSE_SPAN:
        return (v.start, v.end, "coarse")
    return None


def holds(a: Window, b: Window) -> bool:
    """One window holds the other's firm days; or both are vague, a day apart at most."""
    if a[2] == b[2] == "vague":
        return abs(a[1] - b[1]) <= VAGUE_APART
    for outer, inner in ((a, b), (b, a)):
        if inner[2] == "firm" and outer[2] != "firm":
            return outer[0] <= inner[0] and inner[1] <= outer[1]
    return False


def one_trip(
    actors_a: Iterable[str], keys_a: frozenset[str], actors_b: Iterable[str], keys_b: frozenset[str]
) -> bool:
    """The same visitors to one destination: the venue both reports name, or else a place
    both name («прибыл в Москву», «приезжал в Москву»)."""
    if one_destination(actors_a, keys_a, actors_b, keys_b):
        return True
    sa, sb = set(actors_a), set(actors_b)
    return bool(sa) and sa == sb and bool(places(keys_a) & places(keys_b))


def stay_overlaps(a: Window, b: Window) -> bool:
    """A vague window and a coarse one share days (a visit lasts days: «прибыл в Москву» in
    a report of Tuesday, «на прошлой неделе приезжал в Москву» of the week after)."""
    if {a[2], b[2]} != {"vague", "coarse"}:
        return False
    return a[0] <= b[1] and b[0] <= a[1]


def one_kind(type_a: str, type_b: str) -> bool:
    return any(type_a in k and type_b in k for k in CONTACT_KINDS)


def same_people(a: Iterable[str], b: Iterable[str], people: frozenset[str]) -> bool:
    """The people of one report are all people of the other, two at least. States alone
    are no such evidence: two states hold many contacts a week, at every level."""
    pa, pb = set(a) & people, set(b) & people
    return len(pa & pb) >= MIN_SHARED_PEOPLE and (pa <= pb or pb <= pa)


def same_contact(
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
    """Two reports are one call or one meeting of the same people, one's date holding the
    other's (see the module's docstring)."""
    # «Холлоуэй» in an interview, «Маргарет Холлоуэй» in the report of the day: one person
    # (spelled_alike.py), as same_happening reads them.
    actors_a, actors_b = align(actors_a, actors_b)
    wa, wb = window(date_a), window(date_b)
    if wa is None or wb is None:
        return False
    if type_a == type_b == "visit":
        # A stay of days: a report during it and the week it lies in overlap.
        return one_trip(actors_a, keys_a, actors_b, keys_b) and (
            holds(wa, wb) or stay_overlaps(wa, wb)
        )
    if not one_kind(type_a, type_b) or not same_people(actors_a, actors_b, people):
        return False
    if not holds(wa, wb):
        return False
    return not places_apart(type_a, keys_a, keys_b)


def places_apart(type_: str, keys_a: frozenset[str], keys_b: frozenset[str]) -> bool:
    """Both reports name where the contact took place, and not the same place. A call has
    no place («в Кремле рассказали о разговоре» names the teller's)."""
    pa, pb = places(keys_a), places(keys_b)
    return type_ != "call" and bool(pa and pb) and not pa & pb
