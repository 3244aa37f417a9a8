"""When two statements of a happening are the same happening (which date the merged
event shows: merged_date.py; its readable id: event_ids.py).

Shared by the grouping inside one article and the merge across articles (store step):
compatible type, overlapping actors, compatible dates, and similar wording. Without similar
wording, reports are still one happening when they give the same parties: a meeting in one
and talks in another on the same day, or a call/meeting reported without any date. Wording is
compared on word stems of the evidence minus trigger, actor and stop words (overlap
coefficient), so paraphrases by other outlets still meet. Across outlets, which share few
words, reports are also one happening by what they state rather than how: the same
speakers on the same day (one statement), the same parties' happening told «before» a later
publication and with its day elsewhere, a weekday with nothing to count from and a day that
is that weekday, and the same named place where one report's actors are all the other's
(with a vague date, or a week that holds the other's day: held_within.py).
The same parties' meeting or talks told only «before» by two outlets of the same days is
one happening too (before_pairs.py), as is a reprint without any date of one speaker's
words that names the dated report's place and shares a few of its words, or a report dated
only by words with nothing to count from («на днях» without a publication date) that names
no place but the dated report's (floating.py). A state's words and those of the minister
who speaks for it on that day are one statement (state_voice.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from app.ingest.events.before_pairs import both_before
from app.ingest.events.floating import floating_at
from app.ingest.events.held_within import holds_day
from app.ingest.events.lexicon import PRIORITY, SPEECH_TYPES
from app.ingest.events.model import DateReading
from app.ingest.events.ordinals import apart
from app.ingest.events.places import places
from app.ingest.events.same_voice import (
    dateless_words,
    one_voice,
    shared_place,
    undated,
    undated_voice,
    wording,
)
from app.ingest.events.stale_words import words_far_apart
from app.ingest.events.thirds import third_before
from app.ingest.events.trip_legs import other_legs
from app.ingest.events.trips import one_destination
from app.ingest.events.unanchored import (
    DISAGREEMENT_WINDOW,
    WEEK,
    other_weekday,
    published_only,
    resolves_far,
    resolves_near,
    same_weekday,
)
from app.ingest.events.unions import with_unions
from app.ingest.events.weekday_before import weekday_before
from app.ingest.events.yearless import days_apart, names_day

# A happening reported without a date took place at most this long before publication.
REPORTING_LAG = dt.timedelta(days=7)
MIN_SHARED_KEYS = 3
MIN_OVERLAP = 0.40
FAR_PAST = dt.date(1, 1, 1)
FAR_FUTURE = dt.date(9999, 12, 31)


# Types that outlets use for one and the same face-to-face happening («встреча» in one,
# «переговоры» in another): one family, merged when the parties agree.
CONTACT_FAMILY = frozenset({"meeting", "talks"})
# Parties two reports must share to be one happening on family or date evidence alone.
MIN_SHARED_PARTIES = 2


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


def same_parties(a: Iterable[str], b: Iterable[str]) -> bool:
    """At least two parties, and the parties of one report are all parties of the other
    (an outlet may name fewer of them: Putin and Aliev of a three-leader meeting)."""
    sa, sb = set(a), set(b)
    shared = len(sa & sb)
    return shared >= MIN_SHARED_PARTIES and shared == min(len(sa), len(sb))


# «Путин и Байден договорились ...» of the day of their call: what two parties agree on a
# call is the call's outcome (nothing is signed on a line), one happening with the call.
CALL_OUTCOMES = frozenset({"call", "agreement"})


# «Руденко принял нового посла Турции» and «посол вручил копии верительных грамот» of the
# same two on the same day: the reception is where the envoy took up his post, one
# happening, told as the appointment it was.
RECEPTION = frozenset({"meeting", "appointment"})


def lookup_types(type_: str) -> frozenset[str]:
    """The types a stored event may have to be the same happening as a `type_` report."""
    types = family_of(type_) | (CALL_OUTCOMES if type_ in CALL_OUTCOMES else frozenset())
    return types | (RECEPTION if type_ in RECEPTION else frozenset())


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
    return a if PRIORITY[a] <= PRIORITY[b] else b


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


def interval(r: DateReading) -> tuple[dt.date, dt.date]:
    v = r.value
    if (not r.explicit or published_only(r)) and v.end is not None:
        # Fallback to the publication date: "on or shortly before publication".
        return (v.end - REPORTING_LAG, v.end)
    return (v.start or FAR_PAST, v.end or FAR_FUTURE)


def dates_compatible(a: DateReading, b: DateReading) -> bool:
    if other_weekday(a, b) or resolves_far(a, b) or days_apart(a, b):
        return False
    # «ранее» marks an earlier occasion than the one the article reports as news.
    earlier = {
        a.explicit and a.value.how == "before-publication",
        b.explicit and b.value.how == "before-publication",
    }
    weak = {not a.explicit, not b.explicit}
    if earlier == {True, False} and True in weak:
        return False
    sa, ea = interval(a)
    sb, eb = interval(b)
    return sa <= eb and sb <= ea


def same_day(a: DateReading, b: DateReading) -> bool:
    return (
        a.explicit
        and b.explicit
        and a.value.precision == "day"
        and b.value.precision == "day"
        and a.value.start == b.value.start
    )


def within_days(a: DateReading, b: DateReading) -> bool:
    """Both stated as days or short ranges («8–9 июля», not a week), and they overlap."""
    for r in (a, b):
        v = r.value
        if not r.explicit or v.precision not in ("day", "range") or v.start is None:
            return False
        if v.end is None or v.end - v.start > dt.timedelta(days=3) or published_only(r):
            return False  # a dateline is no stated day of the happening
    sa, ea = interval(a)
    sb, eb = interval(b)
    return sa <= eb and sb <= ea


def stated_overlap(a: DateReading, b: DateReading) -> bool:
    """Both give their own days (a day, a few days, a week; not a publication date nor
    «before»), and they overlap."""
    for r in (a, b):
        v = r.value
        if not r.explicit or published_only(r) or v.start is None or v.end is None:
            return False
        if v.end - v.start > WEEK:
            return False
    sa, ea = interval(a)
    sb, eb = interval(b)
    return sa <= eb and sb <= ea


def near_days(a: DateReading, b: DateReading) -> bool:
    """Two explicit single days a few days apart: a disagreement between sources."""
    va, vb = a.value, b.value
    if not (a.explicit and b.explicit and va.precision == "day" == vb.precision):
        return False
    if va.start is None or vb.start is None:
        return False
    return abs(va.start - vb.start) <= DISAGREEMENT_WINDOW


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    a, b = wording(a), wording(b)
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= MIN_SHARED_KEYS and shared / min(len(a), len(b)) >= MIN_OVERLAP


def same_happening(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    keys_a: frozenset[str],
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    keys_b: frozenset[str],
    parents: Mapping[str, str] | None = None,
    same_article: bool = False,
) -> bool:
    """Two statements of a happening describe the same happening.

    Within one article, speech acts of the same speaker on a compatible date are one
    occasion (an article reports one interview, one set of answers); across articles the
    wording must also be similar, unless it is the same call/meeting on the same day.
    """
    if apart(keys_a, keys_b):
        return False  # «14-й пакет» and «15-й пакет»: the ordinal tells them apart
    if words_far_apart(type_a, date_a, type_b, date_b):
        return False  # «как ранее сообщал Ушаков» in articles a year apart (stale_words.py)
    if other_legs(type_a, keys_a, type_b, keys_b, parents):
        return False  # a visit to the UAE and one to Saudi Arabia: two legs of a tour
    if call_outcome(type_a, actors_a, date_a, type_b, actors_b, date_b):
        return True
    if reception(type_a, actors_a, date_a, type_b, actors_b, date_b):
        return True
    if not same_family(type_a, type_b):
        return False
    if not actors_overlap(actors_a, actors_b, parents) and (
        same_article or not one_voice(type_a, actors_a, date_a, type_b, actors_b, date_b, parents)
    ):
        return False  # (across outlets a state and the minister speaking for it are one voice)
    if not dates_compatible(date_a, date_b):
        if not same_article and third_before(date_a, date_b, RECENT_PAST):
            # «в середине сентября» and an undated report of the same parties (thirds.py)
            return same_parties(actors_a, actors_b) and set(actors_a) == set(actors_b)
        # Outlets a day apart on one happening: the disagreement is kept in the event.
        return (
            type_a == type_b
            and near_days(date_a, date_b)
            and (
                similar(keys_a, keys_b)
                or (type_a not in SPEECH_TYPES and in_one_place(actors_a, keys_a, actors_b, keys_b))
            )
        )
    if (
        not same_article
        and type_a not in SPEECH_TYPES
        and in_one_place(actors_a, keys_a, actors_b, keys_b)
        and (
            day_before(date_a, date_b)
            or same_weekday(date_a, date_b)
            or undated(date_a)
            or undated(date_b)
            or resolves_near(date_a, date_b)
            or floating_at(date_a, keys_a, date_b, keys_b)
            or holds_day(date_a, date_b)  # «на прошлой неделе» and its Tuesday (held_within.py)
        )
    ):
        # «Ранее Путин провёл переговоры в Ханое», «встреча прошла 15 мая в Исламабаде»
        # (no year to place it), and the dated talks in that city of the same people.
        return True
    if (
        not same_article
        and type_a == type_b == "visit"
        and one_destination(actors_a, keys_a, actors_b, keys_b)
        and (
            day_before(date_a, date_b)
            or undated(date_a)
            or undated(date_b)
            or stated_overlap(date_a, date_b)
        )
    ):
        # «Лавров посетит КНДР на этой неделе», «ранее побывал в Пхеньяне» and the visit of
        # 18–19 October: one visitor's one trip to one destination.
        return True
    parties = same_parties(actors_a, actors_b)
    if not types_compatible(type_a, type_b):
        # «Встреча» in one report, «переговоры» in another: the same parties on the day
        # both give (a meeting on arrival and talks the next day stay two).
        return parties and (
            same_day(date_a, date_b)
            or undated(date_a)
            or undated(date_b)
            or same_weekday(date_a, date_b)
            or names_day(date_a, date_b)
            or (not same_article and vague_same(actors_a, date_a, keys_a, actors_b, date_b, keys_b))
            or (
                # «Ранее X провёл переговоры с Y» of a meeting another outlet dates, as
                # for reports of one type below.
                not same_article
                and day_before(date_a, date_b)
                and not places_differ(keys_a, keys_b)
            )
        )
    if (
        type_a == type_b
        and type_a not in SPEECH_TYPES
        and (
            undated(date_a)
            or undated(date_b)
            or same_weekday(date_a, date_b)
            or published_before(date_a, date_b)
            or weekday_before(date_a, date_b)  # «в среду», no publication date (weekday_before.py)
        )
        and parties
        and set(actors_a) == set(actors_b)
    ):
        # A report without any date (or dated by its publication alone) of the same
        # parties' call/meeting.
        return True
    if type_a == type_b and same_day(date_a, date_b) and type_a not in SPEECH_TYPES:
        return True  # the same call/meeting of the same people on the same day
    if type_a == type_b and type_a in JOINT_ACTS and parties and names_day(date_a, date_b):
        # The same parties' call/meeting, «27 февраля» with no year to it in one report
        # and 27 February in the other (one body's sanctions of one day may be several).
        return True
    if type_a == type_b and type_a not in SPEECH_TYPES and within_days(date_a, date_b):
        # «прибыл 8 июля» and «находился с визитом 8–9 июля»: a day inside the other's
        # stated days, for the same visitor or the same parties.
        if type_a == "visit" or parties:
            return True
    if same_article and type_a in SPEECH_TYPES and type_b in SPEECH_TYPES:
        return True
    if one_voice(type_a, actors_a, date_a, type_b, actors_b, date_b, parents):
        return True  # one speaker's words of one day, told by several outlets
    if not same_article and undated_voice(
        type_a, actors_a, date_a, keys_a, type_b, actors_b, date_b, keys_b, parents
    ):
        return True  # a reprint without any date of the same speaker's words
    if (
        not same_article
        and type_a == type_b
        and type_a not in SPEECH_TYPES
        and parties
        and day_before(date_a, date_b)
        and not places_differ(keys_a, keys_b)
    ):
        # «Ранее X и Y провели переговоры» in one outlet, the talks' day in another (one
        # article that gives the day and says «ранее» of the same parties means two).
        return True
    if (
        not same_article
        and type_a == type_b
        and type_a not in SPEECH_TYPES
        and vague_same(actors_a, date_a, keys_a, actors_b, date_b, keys_b)
    ):
        return True  # two outlets of the same days, each only «ранее» of the same parties
    if same_article and type_a == type_b and not (date_a.explicit and date_b.explicit):
        return True  # a headline or summary restating the dated report
    if type_a == type_b and type_a in SHORT_REPORT_TYPES and destination_shared(keys_a, keys_b):
        # The same visitor's visit to one place, the same body's sanctions against one
        # target, told in few words.
        return True
    if not same_article and dateless_words(type_a, date_a, keys_a, type_b, date_b, keys_b):
        return False  # undated words and another outlet's dated ones (same_voice.py)
    return similar(keys_a, keys_b)


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


def published_before(a: DateReading, b: DateReading) -> bool:
    """One report is dated by its publication alone, the other states a day in the week
    before that publication (or on it): «Москва. 8 октября» over a call «накануне»."""
    for pub, dated in ((a, b), (b, a)):
        v, d = pub.value, dated.value
        if not published_only(pub) or v.end is None:
            continue
        if dated.explicit and not published_only(dated) and d.precision == "day" and d.start:
            if v.end - REPORTING_LAG <= d.start <= v.end:
                return True
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


# A happening a report places «before» its publication, told again with its day or days.
STATED_DAYS = frozenset({"day", "range"})
SHORT_STAY = dt.timedelta(days=3)
# «Ранее» in news points back weeks, not seasons: a call of the same leaders months before
# is more likely another call than the one the report means.
RECENT_PAST = dt.timedelta(days=62)


def day_before(a: DateReading, b: DateReading) -> bool:
    """One report gives the day (or the few days) of a happening, the other only that it
    took place before its publication («ранее», or no date at all), and the day lies in
    the weeks before that publication (the dates were checked compatible)."""
    for dated, vague in ((a, b), (b, a)):
        v = dated.value
        if not dated.explicit or v.precision not in STATED_DAYS or v.start is None:
            continue
        if v.end is None or v.end - v.start > SHORT_STAY:
            continue  # a week («на этой неделе») is no day to match
        w = vague.value
        if w.precision != "before" or w.start is not None or w.end is None:
            continue
        if w.end - v.start <= RECENT_PAST:
            return True
    return False


# Happenings the parties hold together: the same parties and the same day make them one.
JOINT_ACTS = frozenset({"call", "meeting", "talks", "visit", "exchange", "agreement"})


# Reports told in few words, mostly the place or the target: «прибыл в Улан-Батор»,
# «ранее Минфин США ввёл санкции против Газпромбанка».
SHORT_REPORT_TYPES = frozenset({"visit", "sanctions"})
MIN_VISIT_OVERLAP = 1 / 3


def destination_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two reports of a visit by the same visitor share the place's root («Монголию»,
    «монгольскую столицу»), which is a good part of their few words."""
    a, b = wording(a), wording(b)
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= 1 and shared / min(len(a), len(b)) >= MIN_VISIT_OVERLAP


def successor(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    parents: Mapping[str, str] | None = None,
) -> bool:
    """Event b, from the new version of a changed file, took the place of event a from its
    old version: the same kind of happening of the same actors at a compatible or nearby
    date (the correction may have been the date itself)."""
    return (
        types_compatible(type_a, type_b)
        and actors_overlap(actors_a, actors_b, parents)
        and (dates_compatible(date_a, date_b) or near_days(date_a, date_b))
    )
