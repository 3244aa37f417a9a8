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
who speaks for it on that day are one statement (state_voice.py), and so are a body's
words and those of the person an article names its voice (spokespeople.py). A guest's
visit to a body's house («в Белый дом») and the meeting there that day are one
(host_house.py), and so, across outlets, are a one-day visit told by the contact held there
and the same people's talks that day (visit_host.py).

How the types, dates, parties and wording of two reports relate is read in report_types.py,
report_dates.py, report_parties.py and report_wording.py; this module weighs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.ingest.dates.sequel import told
from app.ingest.events.call_backs import call_back_apart
from app.ingest.events.floating import floating_at
from app.ingest.events.held_within import holds_day
from app.ingest.events.host_house import call_at_house
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.meal_marks import meal_apart
from app.ingest.events.model import DateReading
from app.ingest.events.one_side import same_days
from app.ingest.events.ordinals import apart
from app.ingest.events.report_dates import (
    FAR_FUTURE,
    FAR_PAST,
    RECENT_PAST,
    REPORTING_LAG,
    dates_compatible,
    day_before,
    interval,
    near_days,
    published_before,
    same_day,
    stated_overlap,
    within_days,
)
from app.ingest.events.report_parties import (
    actors_overlap,
    in_one_place,
    places_differ,
    same_parties,
    state_parties,
    vague_same,
)
from app.ingest.events.report_types import (
    call_outcome,
    family_of,
    lookup_types,
    merged_type,
    reception,
    same_family,
    types_compatible,
)
from app.ingest.events.report_wording import destination_shared, similar
from app.ingest.events.same_voice import (
    dateless_words,
    one_voice,
    shared_place,
    speakers,
    undated,
    undated_voice,
    voices,
)
from app.ingest.events.spelled_alike import align
from app.ingest.events.spokespeople import Spokes, body_voice
from app.ingest.events.stale_words import words_far_apart
from app.ingest.events.thirds import third_before
from app.ingest.events.trip_legs import other_legs
from app.ingest.events.trips import one_destination
from app.ingest.events.unanchored import resolves_near, same_weekday
from app.ingest.events.visit_host import visit_with_host
from app.ingest.events.voiced_sides import state_act
from app.ingest.events.weekday_before import weekday_before
from app.ingest.events.wire_day import wire_day
from app.ingest.events.yearless import names_day

# What callers read of the relations between two reports, as named here before the split.
__all__ = [
    "FAR_FUTURE",
    "FAR_PAST",
    "REPORTING_LAG",
    "actors_overlap",
    "dates_compatible",
    "day_before",
    "family_of",
    "interval",
    "lookup_types",
    "merged_type",
    "places_differ",
    "same_day",
    "same_family",
    "same_happening",
    "same_parties",
    "similar",
    "successor",
    "within_days",
]

# Happenings the parties hold together: the same parties and the same day make them one.
JOINT_ACTS = frozenset({"call", "meeting", "talks", "visit", "exchange", "agreement"})


# Reports told in few words, mostly the place or the target: «прибыл в Улан-Батор»,
# «ранее Минфин США ввёл санкции против Газпромбанка».
SHORT_REPORT_TYPES = frozenset({"visit", "sanctions"})


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
    spokes: Spokes | None = None,
) -> bool:
    """Two statements of a happening describe the same happening.

    Within one article, speech acts of the same speaker on a compatible date are one
    occasion (an article reports one interview, one set of answers); across articles the
    wording must also be similar, unless it is the same call/meeting on the same day.
    """
    if apart(keys_a, keys_b):
        return False  # «14-й пакет» and «15-й пакет»: the ordinal tells them apart
    if meal_apart(keys_a, keys_b):
        return False  # the dinner and the day's talks: two occasions (meal_marks.py)
    if call_back_apart(type_a, keys_a, type_b, keys_b):
        return False  # «позвонил», then «перезвонил»: two calls (call_backs.py)
    # «Уэнди Шерман» and «Венди Шерман»: one person spelled two ways (spelled_alike.py)
    actors_a, actors_b = align(actors_a, actors_b)
    if words_far_apart(type_a, date_a, type_b, date_b):
        return False  # «как ранее сообщал Ушаков» in articles a year apart (stale_words.py)
    if other_legs(type_a, keys_a, type_b, keys_b, parents):
        return False  # a visit to the UAE and one to Saudi Arabia: two legs of a tour
    if call_outcome(type_a, actors_a, date_a, type_b, actors_b, date_b):
        return True
    if reception(type_a, actors_a, date_a, type_b, actors_b, date_b):
        return True
    if call_at_house(type_a, actors_a, date_a, keys_a, type_b, actors_b, date_b, keys_b, parents):
        return True  # «визит Лаврова в Белый дом» and his meeting there that day (host_house.py)
    if not same_article and visit_with_host(
        type_a, actors_a, date_a, keys_a, type_b, actors_b, date_b, keys_b
    ):
        return True  # «побывал в Мапуту, где обсудил с X» and X's talks that day (visit_host.py)
    if not same_family(type_a, type_b):
        return False
    # «Белый дом объявил о высылке» and «Обама распорядился выслать» of one day (voiced_sides.py).
    # Not the sides of a joint act named as states in one report and as the people who speak
    # for them in another: measured blind, that joined two happenings of unseen text.
    voiced = (
        not same_article
        and not places_differ(keys_a, keys_b)
        and state_act(type_a, actors_a, date_a, type_b, actors_b, date_b, parents)
    )
    # «Белый дом заявил» in one outlet and «пресс-секретарь Белого дома Джей Карни заявил» of
    # that day in another: an article's own apposition makes him the body's voice
    # (spokespeople.py; `spokes` are the links the articles read so far give). Not in one
    # article: one that tells both means two.
    spoken = not same_article and bool(spokes) and body_voice(
        type_a,
        speakers(voices(actors_a, parents)),
        date_a,
        type_b,
        speakers(voices(actors_b, parents)),
        date_b,
        spokes,
    )
    if (
        not actors_overlap(actors_a, actors_b, parents)
        and not voiced
        and not spoken
        and (
            same_article
            or not one_voice(type_a, actors_a, date_a, type_b, actors_b, date_b, parents)
        )
    ):
        return False  # (across outlets a state and the minister speaking for it are one voice)
    if not dates_compatible(date_a, date_b):
        if not same_article and third_before(date_a, date_b, RECENT_PAST):
            # «в середине сентября» and an undated report of the same parties (thirds.py)
            return same_parties(actors_a, actors_b) and set(actors_a) == set(actors_b)
        # Outlets a day apart on one happening: the disagreement is kept in the event.
        return (
            (
                type_a == type_b
                and near_days(date_a, date_b)
                and (
                    similar(keys_a, keys_b)
                    or (
                        type_a not in SPEECH_TYPES
                        and in_one_place(actors_a, keys_a, actors_b, keys_b)
                    )
                )
            )
            or (
                not same_article
                and stamped_contact(
                    type_a, actors_a, date_a, keys_a, type_b, actors_b, date_b, keys_b
                )
            )
            or (
                not same_article
                and call_a_day_apart(type_a, actors_a, date_a, type_b, actors_b, date_b)
            )
        )
    if (
        not same_article
        and type_a not in SPEECH_TYPES
        and in_one_place(actors_a, keys_a, actors_b, keys_b)
        and (
            day_before(date_a, date_b)
            or same_day(date_a, date_b)  # «переговоры» of one side, a meeting of both
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
    parties = same_parties(actors_a, actors_b) or voiced
    if not types_compatible(type_a, type_b):
        # «Встреча» in one report, «переговоры» in another: the same parties on the day
        # both give (a meeting on arrival and talks the next day stay two).
        return parties and (
            same_day(date_a, date_b)
            # «6–7 июля» in two outlets (not a day inside the span; in one article,
            # consultations held «в рамках встречи» of those days are a happening of their own)
            or (not same_article and same_days(date_a, date_b))
            or undated(date_a)
            or undated(date_b)
            or same_weekday(date_a, date_b)
            or names_day(date_a, date_b)
            or (not same_article and vague_same(actors_a, date_a, keys_a, actors_b, date_b, keys_b))
            or (
                not same_article
                and stamped_contact(
                    type_a, actors_a, date_a, keys_a, type_b, actors_b, date_b, keys_b
                )
            )
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
    if (
        type_a == type_b
        and type_a not in SPEECH_TYPES
        and within_days(date_a, date_b)
        and not (told(date_a.text) or told(date_b.text))
    ):
        # «прибыл 8 июля» and «находился с визитом 8–9 июля»: a day inside the other's
        # stated days, for the same visitor or the same parties (a ministry standing for
        # its state: the MFAs' consultations and the two states' consultations of 17–18 May).
        # Not a day told by the hour from another happening: «за несколько часов до начала»
        # is a step before what the stated days hold (hour_steps.py).
        if type_a == "visit" or parties or state_parties(actors_a, actors_b, parents):
            return True
    if same_article and type_a in SPEECH_TYPES and type_b in SPEECH_TYPES:
        return True
    if spoken or one_voice(type_a, actors_a, date_a, type_b, actors_b, date_b, parents):
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


def call_a_day_apart(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
) -> bool:
    """The same parties' phone call dated a day apart by two outlets («3 декабря» and «в
    пятницу» of 4 December): a call names no place to tie the reports, and the same
    parties seldom call on two days running, so the disagreement is one call's."""
    if not (type_a == type_b == "call" and near_days(date_a, date_b)):
        return False
    sa, sb = set(actors_a), set(actors_b)
    da, db = date_a.value.start, date_b.value.start
    return (
        sa == sb
        and same_parties(sa, sb)
        and da is not None
        and db is not None
        and abs((da - db).days) == 1
    )


def stamped_contact(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    keys_a: frozenset[str],
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    keys_b: frozenset[str],
) -> bool:
    """A meeting (talks) dated by its wire's stamp alone and one of the same parties in the
    same named place dated a day apart by another outlet (wire_day.py): one happening,
    «встреча проходит в эти минуты в Рейкьявике» and «в ночь на 20 мая в Рейкьявике
    завершились переговоры»."""
    return (
        type_a not in SPEECH_TYPES
        and same_family(type_a, type_b)
        and wire_day(date_a, date_b)
        and same_parties(actors_a, actors_b)
        and set(actors_a) == set(actors_b)
        and shared_place(keys_a, keys_b)
    )


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
