"""Who and where two reports of a happening name, for telling whether they are one
happening (identity.py): shared actors (a body as part of its state or union), the same
parties, the same place, places that tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.ingest.events.before_pairs import both_before
from app.ingest.events.model import DateReading
from app.ingest.events.places import places
from app.ingest.events.report_dates import day_before
from app.ingest.events.same_voice import shared_place
from app.ingest.events.unions import with_unions

# Parties two reports must share to be one happening on family or date evidence alone.
MIN_SHARED_PARTIES = 2


def same_parties(a: Iterable[str], b: Iterable[str]) -> bool:
    """At least two parties, and the parties of one report are all parties of the other
    (an outlet may name fewer of them: Putin and Aliev of a three-leader meeting)."""
    sa, sb = set(a), set(b)
    shared = len(sa & sb)
    return shared >= MIN_SHARED_PARTIES and shared == min(len(sa), len(sb))


def state_parties(
    a: Iterable[str], b: Iterable[str], parents: Mapping[str, str] | None = None
) -> bool:
    """The same parties once each body is taken for its state: «консультации МИД Чили и
    России» of one outlet and «российско-чилийские консультации» of another name the same
    two sides."""
    if not parents:
        return same_parties(a, b)
    return same_parties({parents.get(x, x) for x in a}, {parents.get(x, x) for x in b})


def actors_overlap(
    a: Iterable[str], b: Iterable[str], parents: Mapping[str, str] | None = None
) -> bool:
    """Shared actor, counting an organisation as part of its state (MFA of Russia ~ Russia)
    and a union's body as part of the union (the Council of the EU ~ the EU)."""
    pa, pb = set(a), set(b)
    if pa & pb:
        return True
    # A body of a union of states is part of it («Совет ЕС» ~ «Евросоюз»).
    ua, ub = with_unions(pa), with_unions(pb)
    if ua & ub:
        return True
    if parents:
        ea = pa | {parents[x] for x in pa if x in parents}
        eb = pb | {parents[x] for x in pb if x in parents}
        return bool(pa & eb or pb & ea)
    return False


def in_one_place(
    actors_a: Iterable[str], keys_a: frozenset[str], actors_b: Iterable[str], keys_b: frozenset[str]
) -> bool:
    """The same place, and whom one report names the other names too (an outlet may leave
    out the counterpart: «Путин провёл переговоры в Ханое»)."""
    sa, sb = set(actors_a), set(actors_b)
    return bool(sa and sb and (sa <= sb or sb <= sa)) and shared_place(keys_a, keys_b)


def places_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both reports name where it happened, and not the same place («в Стамбуле», «в
    Абу-Даби»): two happenings."""
    pa, pb = places(a), places(b)
    return bool(pa and pb) and not pa & pb


def vague_same(
    actors_a: Iterable[str],
    date_a: DateReading,
    keys_a: frozenset[str],
    actors_b: Iterable[str],
    date_b: DateReading,
    keys_b: frozenset[str],
) -> bool:
    """The same parties (all of them), one report only «before» its publication and the
    other that or its day, nowhere told apart by place: a meeting in one outlet is the
    talks of another."""
    sa, sb = set(actors_a), set(actors_b)
    if len(sa) < MIN_SHARED_PARTIES or sa != sb or places_differ(keys_a, keys_b):
        return False
    return day_before(date_a, date_b) or both_before(date_a, date_b)
