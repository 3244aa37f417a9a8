"""Which types of happening two reports may give one happening under (identity.py): speech
acts, meeting and talks, a call and the agreement reached on it, a reception and the
appointment it was; and which type the merged event takes.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.ingest.events.lexicon import PRIORITY, SPEECH_TYPES
from app.ingest.events.model import DateReading
from app.ingest.events.report_dates import published_before, same_day
from app.ingest.events.report_parties import MIN_SHARED_PARTIES, same_parties
from app.ingest.events.same_voice import undated

# Types that outlets use for one and the same face-to-face happening («встреча» in one,
# «переговоры» in another): one family, merged when the parties agree.
CONTACT_FAMILY = frozenset({"meeting", "talks"})


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a in SPEECH_TYPES and b in SPEECH_TYPES)


def same_family(a: str, b: str) -> bool:
    """Types one happening may be reported under: speech acts, or meeting and talks."""
    return types_compatible(a, b) or (a in CONTACT_FAMILY and b in CONTACT_FAMILY)


def family_of(type_: str) -> frozenset[str]:
    """Every type of `type_`'s family (the types a stored event may have to be the same)."""
    if type_ in SPEECH_TYPES:
        return SPEECH_TYPES
    if type_ in CONTACT_FAMILY:
        return CONTACT_FAMILY
    return frozenset({type_})


# «Путин и Байден договорились ...» of the day of their call: what two parties agree on a
# call is the call's outcome (nothing is signed on a line), one happening with the call.
CALL_OUTCOMES = frozenset({"call", "agreement"})


# «Руденко принял нового посла Турции» and «посол вручил копии верительных грамот» of the
# same two on the same day: the reception is where the envoy took up his post, one
# happening, told as the appointment it was.
RECEPTION = frozenset({"meeting", "appointment"})


# «визит Лаврова в Белый дом» and his meeting there: a visit to a house is the contact.
HOUSE_CALL = frozenset({"visit", "meeting", "talks"})


def lookup_types(type_: str) -> frozenset[str]:
    """The types a stored event may have to be the same happening as a `type_` report."""
    types = family_of(type_) | (CALL_OUTCOMES if type_ in CALL_OUTCOMES else frozenset())
    types |= RECEPTION if type_ in RECEPTION else frozenset()
    # A guest's visit to a body's house and the meeting there (host_house.py).
    return types | (HOUSE_CALL if type_ in HOUSE_CALL else frozenset())


def reception(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
) -> bool:
    """A meeting and an appointment of exactly the same two or more people on the same
    stated day: the envoy received is the envoy who took up his post."""
    return (
        {type_a, type_b} == RECEPTION
        and same_parties(actors_a, actors_b)
        and set(actors_a) == set(actors_b)
        and same_day(date_a, date_b)
    )


def call_outcome(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
) -> bool:
    """An agreement of exactly the call's parties, of the call's day (or reported without
    a day of its own in the week after it), or of some of them on the call's stated day:
    the call's outcome, not another happening."""
    if {type_a, type_b} != CALL_OUTCOMES:
        return False
    call, deal = (actors_a, actors_b) if type_a == "call" else (actors_b, actors_a)
    if len(set(call)) >= MIN_SHARED_PARTIES and set(deal) and set(deal) < set(call):
        # «провёл разговор с Путиным и договорился о продлении поставок»: one caller
        # named as the one who agreed, on the call's own day.
        return same_day(date_a, date_b)
    if not same_parties(actors_a, actors_b) or set(actors_a) != set(actors_b):
        return False
    return (
        same_day(date_a, date_b)
        or published_before(date_a, date_b)
        or undated(date_a)
        or undated(date_b)
    )


def merged_type(a: str, b: str) -> str:
    """The more specific of two compatible types (an interview over a bare statement; an
    appointment over the reception it took place at)."""
    if {a, b} == RECEPTION:
        return "appointment"
    if "visit" in (a, b) and {a, b} <= HOUSE_CALL and a != b:
        # A guest's visit to a house is the meeting or talks held there (host_house.py).
        return a if b == "visit" else b
    return a if PRIORITY[a] <= PRIORITY[b] else b
