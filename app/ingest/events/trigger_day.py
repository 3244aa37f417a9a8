"""The day of a trigger's happening: its own date, else the day it is told on (words,
an announcement, a happening told as now), the chronicle entry's or the trip's day, the
day of the words before, or of the contact it came out of; and whether it is to come.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.ingest.dates import DateMention
from app.ingest.events import (
    accepted,
    anaphora,
    grouping,
    preparing,
    present_now,
    pronoun_speakers,
    proposals,
    round_plans,
    spoken_before,
    stamped_lead,
    stay,
    trip_parts,
)
from app.ingest.events import attribution as words
from app.ingest.events.attach import date_attached
from app.ingest.events.clause_mood import future_clause
from app.ingest.events.due_day import due_dates, scheduled_for
from app.ingest.events.expiring import from_day, term_ahead
from app.ingest.events.model import ActorSpan, DateReading
from app.ingest.events.parties import Antecedent, outcome_date
from app.ingest.events.status import BY_TENSE
from app.ingest.events.trigger_scene import Context, Trigger
from app.ingest.events.when import SAID_ACTS, over_days, reading_of


@dataclass(frozen=True)
class Day:
    """The happening's date and status, as read."""

    reading: DateReading
    planned: bool
    status: str  # BY_TENSE resolved to happened or planned
    future: bool  # told as to come
    attached: list[DateMention]  # the date mentions it was read from


def day_of(
    t: Trigger,
    ctx: Context,
    attached: list[DateMention],
    status: str,
    said: bool,
    own_date: bool,
    pair: tuple[set[str], set[str]] | None,
    actors: list[ActorSpan],
    followed: bool,
    invited: bool,
    contact: Antecedent | None,
    announced: bool,
) -> Day | None:
    """The happening's day, or None when it cannot be placed."""
    s, idx, typ, speech = t.s, t.idx, t.typ, t.speech
    inp, toks, parse, parsed, mentions = s.inp, s.toks, s.parse, s.parsed, s.mentions
    entry = ctx.entry
    future = status == "planned" or (parsed and future_clause(toks, parse, idx))
    future = future or (parsed and round_plans.next_to_come(toks, parse, idx))
    # «об этом заявлял ...»: an imperfective past speech verb tells of an earlier
    # occasion, not of the day of publication.
    says = speech or typ in SAID_ACTS  # «предложил»: words too, news of the day
    earlier = says and parsed and words.earlier_speech(toks, parse, idx)
    # A happening made known on a day the next sentence names took place that day; a
    # statement it mentions («заявление Пашиняна») may be older.
    carried = None if (future or earlier) else entry or (None if speech else ctx.told_day)
    if typ == "proposal" and parsed and carried is None and not future:
        # «Открывая встречу, предложил ...»: on the day of the occasion told before
        carried = proposals.occasion_day(inp, s.si, toks, parse, idx, s.triggers)
    # «Путин предложил», «пригласил»: a proposal told by a perfective past verb is dated
    # like words; «предлагал» is an earlier occasion.
    now = parsed and proposals.proposed_now(toks, parse, typ, idx)
    spoken = (speech and not earlier) or now
    # «интервью министра вызвало споры»: an occasion known before, not the day's words
    spoken = spoken and not (
        speech and parsed and spoken_before.spoken_before(toks, parse, idx, set(s.at))
    )
    # «объявила о высылке», undated: on the day of the announcement (sanctions.py)
    spoken = spoken or (announced and not words.earlier_speech(toks, parse, idx))
    # «проводит переговоры»: told as it happens, on the publication day (present_now.py)
    now_told = parsed and not speech and present_now.happening_now(toks, parse, idx)
    spoken = spoken or now_told
    # «Госсекретарь прибыл в Сочи» leading a feed item or an hour-stamped page: the day's
    # news, on the publication day (stamped_lead.py)
    spoken = spoken or (
        parsed
        and not future
        and not earlier
        and stamped_lead.lead_news(inp, s.si, toks, parse, idx)
    )
    if (now_told or now) and said and not own_date:
        # «21 февраля Путин заявил, что Россия приостанавливает участие»: what the
        # words tell as happening now happens on the day of the words; so does a proposal
        # they tell as made («в четверг сообщила, что Трамп пригласил Путина»)
        said_on = [
            d
            for d in mentions
            if any(date_attached(toks, parse, True, d, i) for i in s.statement_idx)
        ]
        attached = said_on or attached
    if parsed and status in ("postponed", "cancelled"):
        # dated by when it was due: not by the day, nor the new day, of putting it off
        # (a chronicle entry's heading still gives the year of its dates)
        attached = due_dates(toks, parse, attached, idx)
        attached += [d for d in scheduled_for(toks, parse, mentions, idx) if d not in attached]
        carried = carried if carried is entry else None
        spoken = False  # «визит откладывается»: told now, not held now
    if pair is not None and entry is not None and not own_date:
        # «проведёт 5 мая переговоры с X и встретится с Y»: that day; not a meeting
        # prepared for («обсудил с Х подготовку к встрече с Y», preparing.py)
        if not (parsed and preparing.prepared_for(toks, parse, idx)):
            attached = [entry]
    on_trip = trip_parts.part_of_trip(ctx.trip, [h.actor_id for h in actors], typ)
    if (
        not own_date
        and on_trip is not None
        and future == on_trip.planned
        and (future or not speech)  # words told after a trip keep their own day
        and (future or entry is None)  # «Накануне ... Там он встретился»: that day
        # «По итогам переговоров ...»: the talks told before, not a part of the trip
        and not (parsed and anaphora.time_adjunct(toks, parse, idx))
    ):
        attached = [on_trip]  # «посетит КНДР 18–19 октября. Проведёт переговоры с ...»
    reading, planned = reading_of(inp, attached, spoken, future, carried)
    if typ == "expiry" and reading is not None and term_ahead(toks[idx], reading, inp.published):
        planned = True  # «договор истекает 5 февраля»: the term ahead (expiring.py)
    if (
        followed
        and ctx.voice is not None
        and (pronoun_speakers.no_saying(toks, idx) or (not own_date and not future))
    ):
        # more words of the sentence before: on their day (its date text is not here)
        reading = replace(ctx.voice[1], text=None, span=None)
    if (
        reading is None
        and inp.published is not None
        and (invited or preparing.in_preparation(toks, parse, idx))
    ):
        reading = accepted.UNDATED  # accepted or in preparation, due when no one yet says
    if status in ("postponed", "cancelled"):
        # Put off or called off: dated by when it was due, when the text says so.
        if reading is None:
            reading, _ = reading_of(inp, [], speech)
        planned = True
    called_off = status in grouping.CALLED_OFF
    reading = outcome_date(contact, reading, planned, own_date, called_off)
    if reading is None:
        return None
    reading = over_days(reading, toks, parse, idx) if parsed else reading
    # «прибыл в Манилу, где пробудет два дня», «... и пробудет до среды» (stay.py)
    reading = stay.stay_reading(reading, toks, parse, idx, mentions) if parsed else reading
    if typ == "expiry":
        reading = from_day(reading)  # «С 1 октября ... прекратило деятельность» (expiring.py)
    if status == BY_TENSE:
        status = "planned" if planned else "happened"
    return Day(reading, planned, status, future, attached)
