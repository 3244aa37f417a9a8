"""A month one report names and a day in it another report gives: one happening, when it
is the only one of its kind those people are known to have had that month.

«Последний раз президенты виделись в Тегеране в июле 2022 года» in one outlet and the talks
of 19 July 2022 in another are one meeting; but the same leaders may meet twice in a month,
and then «в июле» tells neither. So a month only offers itself (`month_holds`), and the
store step (same_stored.find_same) takes the offer when nothing else matched and exactly one
stored event of those people that month is such an offer. Those people: the same people
(two at least), or whom one report names the other names too in the same named place
(«в октябре в Лиме прошли консультации МИД»), or the same envoy's appointment (he
presents his credentials once in a post), or the same parties' treaty running out («истекает
в июне», «13 июня договор прекратил действие»: a treaty runs out once), or the same sides'
exchange of prisoners («в сентябре стороны провели обмен» and the exchange of 7 September:
no daily contact, so the one exchange of those sides the store knows that month). Across
articles
only: one article that gives a day and a month of the same people tells two occasions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.ingest.events.contained import (
    one_kind,
    one_trip,
    places_apart,
    same_people,
    window,
)
from app.ingest.events.model import DateReading
from app.ingest.events.report_parties import in_one_place
from app.ingest.events.spelled_alike import align
from app.ingest.events.unanchored import published_only

MONTH_SPAN = dt.timedelta(days=31)


def month_of(r: DateReading) -> tuple[dt.date, dt.date] | None:
    """The month a report's own text names («в июле 2022 года»), not a publication's."""
    v = r.value
    if not r.explicit or published_only(r) or v.precision != "month":
        return None
    if v.start is None or v.end is None or v.end - v.start > MONTH_SPAN:
        return None
    return v.start, v.end


def month_holds(
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
    """One report names the month, the other a firm day in it, of the same people's
    contact of one kind (not named in two places) or the same visitors' trip to one
    destination. Only an offer: see the module's docstring."""
    actors_a, actors_b = align(actors_a, actors_b)  # one person spelled two ways
    for month, firm in ((date_a, date_b), (date_b, date_a)):
        m, f = month_of(month), window(firm)
        if m is None or f is None or f[2] != "firm":
            continue
        if not (m[0] <= f[0] and f[1] <= m[1]):
            return False
        if type_a == type_b == "visit":
            return one_trip(actors_a, keys_a, actors_b, keys_b)
        if type_a == type_b == "appointment":
            return one_envoy(actors_a, actors_b, people)
        if type_a == type_b == "expiry":
            return one_treaty(actors_a, actors_b)
        if type_a == type_b == "exchange":
            return one_exchange(actors_a, actors_b)
        return (
            one_kind(type_a, type_b)
            and (
                same_people(actors_a, actors_b, people)
                # «В октябре в Лиме прошли консультации МИД» and the consultations of
                # 8 October in Lima: the same named place, whom one names the other does.
                or in_one_place(actors_a, keys_a, actors_b, keys_b)
            )
            and not places_apart(type_a, keys_a, keys_b)
        )
    return False


def one_envoy(a: Iterable[str], b: Iterable[str], people: frozenset[str]) -> bool:
    """The people of one report of an envoy's appointment are all people of the other
    («посол, вручивший грамоты в августе» and the ceremony of 22 August where the
    president received him): an envoy presents his credentials once in his post."""
    pa, pb = set(a) & people, set(b) & people
    return bool(pa & pb) and (pa <= pb or pb <= pa)


def one_treaty(a: Iterable[str], b: Iterable[str]) -> bool:
    """The same parties' treaty running out («истекает в июне» and «13 июня договор
    прекратил действие»): a treaty runs out once, and the store offers the month only to
    the one expiry of those parties it knows that month."""
    return bool(set(a)) and set(a) == set(b)


def one_exchange(a: Iterable[str], b: Iterable[str]) -> bool:
    """The same sides' exchange of prisoners («в сентябре стороны провели обмен» and the
    exchange of 7 September): the sides are states, which the contacts' rule does not
    count as evidence, but an exchange is no daily contact, and the store offers the month
    only to the one exchange of those sides it knows that month."""
    sa, sb = set(a), set(b)
    return len(sa) >= 2 and sa == sb
