"""One sentence's event candidates: its most specific trigger with an actor, dated, with
its status, participants and place, and the happening its words report when the event is
a statement.

A trigger word (lemmas, see lexicon.py) gives an event when an actor grammatically takes
part in it (tree.py, attach.py) and it has a date (when.py): its own date expression, or
the publication date (a reported statement), or «before publication» (any other undated
past happening). Each trigger of the sentence (trigger_scene.py) is read in steps, in
order: its own dates (trigger_dates.py), its status (told_status.py), the checks that set
it aside (set_aside.py, told_in_words.py), its actors (trigger_actors.py) and those that
stand in when none is named (stand_in_actors.py), its day (trigger_day.py) and its
candidate (trigger_candidate.py); what the candidate leads to (the happening its words
report, the happenings told beside it, a second contact) is read here. extract.py walks
the article's sentences and groups what this gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from app.ingest.dates import DateMention
from app.ingest.events import (
    accepted,
    anaphora,
    appearances,
    aside,
    besides,
    delegations,
    gapped_contacts,
    listed_days,
    meant_words,
    outlets,
    participles,
    plural_contacts,
    relatives,
    replies,
    retorts,
    said_and_done,
    sanctions,
    sequenced_contacts,
    situated_day,
    sourcing,
    speakers_apart,
    split_contacts,
    then_agreed,
    tours,
    trip_legs,
)
from app.ingest.events import attribution as words
from app.ingest.events.addressed_words import in_private_contact
from app.ingest.events.backdrop import backdrop, own_parties
from app.ingest.events.carried_next import next_of_carried
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import (
    ActorSpan,
    ArticleInput,
    DateReading,
    EventCandidate,
    SentenceParse,
)
from app.ingest.events.occasion import named_venue
from app.ingest.events.parties import Antecedent
from app.ingest.events.set_aside import (
    agreed_to_come,
    apart_or_quoted,
    background_or_beside,
    host_retold,
    set_aside,
)
from app.ingest.events.sides_listed import sides_listed
from app.ingest.events.stand_in_actors import stand_in_actors
from app.ingest.events.syntax import anchor_verb
from app.ingest.events.told_in_words import only_spoken_of, said_of, setting_of, words_only
from app.ingest.events.told_status import status_told
from app.ingest.events.trigger_actors import named_actors, without_onlookers
from app.ingest.events.trigger_candidate import candidate
from app.ingest.events.trigger_dates import own_dates
from app.ingest.events.trigger_day import Day, day_of
from app.ingest.events.trigger_scene import (
    Context,
    Scene,
    converb_of_words,
    dated,
    in_order,
    scene_of,
)
from app.ingest.events.undated_plans import undated_plan
from app.ingest.nlp import Token


def _each_contact(
    inp: ArticleInput,
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    cand: EventCandidate,
    hits: Sequence[ActorSpan],
    s: Scene,
    day: Day,
) -> list[EventCandidate]:
    """The further contacts one trigger tells, told or reported alike: «встретился с X, в
    Эр-Рияде — с Y» (gapped_contacts.py), «встретился с X, затем с Y»
    (sequenced_contacts.py), «говорили по телефону 30 марта, 17 апреля и 6 мая»
    (listed_days.py), «встречи с X и Y» (plural_contacts.py); `cand` keeps the first."""
    dated_of = partial(gapped_contacts.date_of, inp, day.future)
    out = gapped_contacts.gapped(toks, idx, cand, hits, s.person, s.mentions, dated_of)
    out += sequenced_contacts.sequenced(toks, idx, cand, hits, s.person)
    out += listed_days.each_day(inp.text, cand, day.attached, dated_of)
    out += plural_contacts.each(toks, parse, idx, cand, hits, s.person)
    return out


def _told(reported: EventCandidate | None, each: list[EventCandidate]) -> list[EventCandidate]:
    """The happening someone's words report, and the further contacts its plural noun told."""
    return [reported, *each] if reported is not None else []


def sentence_events(
    inp: ArticleInput,
    si: int,
    s_start: int,
    s_end: int,
    toks: list[Token],
    entry: DateMention | None = None,
    told_day: DateMention | None = None,
    contacts: Sequence[Antecedent] = (),
    beside: int | None = None,
    trip: tuple[DateMention, frozenset[str]] | None = None,
    voice: tuple[str, DateReading] | None = None,
    groups_before: Sequence[EventCandidate] = (),
) -> list[EventCandidate]:
    """The sentence's event (its most specific trigger with an actor), and the happening
    its words report when the event is a statement; with `beside`, the trigger of that
    event, only the dated happenings told aside of it (aside.py)."""
    s = scene_of(inp, si, s_start, s_end, toks)
    if s is None:
        return []
    ctx = Context(entry, told_day, contacts, beside, trip, voice, groups_before)
    parse, parsed, hits, statement_idx, triggers = (
        s.parse, s.parsed, s.hits, s.statement_idx, s.triggers,
    )  # fmt: skip
    s_at = (toks, parse, triggers)
    reported: EventCandidate | None = None
    # «сказал, что у Путина запланированы встречи с X и Y»: the reported contacts, one each
    reported_each: list[EventCandidate] = []
    situating = False  # `reported` is only the setting of the words («по итогам встречи»)
    at_setting = False  # `reported` is where the words were said («в телефонном разговоре»)
    for t in in_order(s):
        idx, typ, speech = t.idx, t.typ, t.speech
        # «проведёт переговоры с X и встретится с Y»: two contacts (split_contacts.py)
        pair = split_contacts.split(toks, parse, triggers, idx, beside, hits, s.person) if (
            parsed and beside is not None
        ) else None
        if apart_or_quoted(t, beside, pair):
            continue
        if parsed and converb_of_words(toks, parse, idx, typ, triggers):
            continue  # «Выступая в Кремле, он сказал»: the verb's words (trigger_scene.py)
        if parsed and besides.besides_told(toks, parse, idx):
            continue  # «Помимо переговоров, программа включала ужин» (besides.py)
        attached, occasion = own_dates(t)
        if agreed_to_come(t):
            continue
        if parsed and then_agreed.agreed_then(toks, parse, idx, typ, attached):
            continue  # «Тогда стороны договорились ...»: the outcome of a contact told
        status = status_told(t)
        if status is None:
            continue
        invited = parsed and accepted.accepted(toks, parse, idx)  # «принял приглашение посетить»
        if set_aside(t, status, attached, invited):
            continue
        if parsed and meant_words.occasion_of_meant_words(toks, parse, idx, statement_idx):
            continue  # «на встрече намерен призвать ...»: words to come (meant_words.py)
        told = [c.kind for c in ctx.contacts]
        if parsed and sides_listed(toks, parse, idx, typ, dated(attached), told):
            continue  # «С российской стороны во встрече участвовали ...» (sides_listed.py)
        said = said_of(t)
        if only_spoken_of(t, said):
            continue
        setting = setting_of(t, said)
        own_date = dated(attached)
        if background_or_beside(t, ctx, said, setting, attached, status, pair):
            continue
        if (said or setting) and reported is not None:
            continue
        # «объявила о высылке», «объявила о приостановке участия в договоре»: done by saying
        announced = (
            typ in sourcing.ACTS_BY_WORD and parsed and sanctions.announced(toks, parse, idx)
        )
        if words_only(t, said, own_date, status, announced):
            continue
        actors, places, followed, plural = named_actors(t, ctx, said, setting, occasion, reported)
        # «пресс-конференция в гостинице «Хёндэ»»: the hotel is where, not who (occasion.py);
        # with it gone, «министры» may still stand for the parties told before
        actors, places = _without_venues(toks, actors, places)
        if not actors and beside is not None and appearances.second(*s_at, idx, beside):
            actors = appearances.shared_speaker(toks, parse, s.hits, idx)  # «..., а затем дал»
        if beside is not None and parsed and backdrop(toks, parse, idx):
            actors = own_parties(toks, parse, idx, actors)  # «параллельно со встречей X»
        if host_retold(t, attached, actors):
            continue
        actors, contact, listed, again = stand_in_actors(
            t, ctx, actors, attached, plural, own_date, status, invited
        )
        actors, places = _without_venues(toks, actors, places)  # listed with the parties
        # «Российская делегация во главе с X прилетела»: X leads it, a party (delegations.py)
        actors = [*actors, *delegations.led_by(toks, hits, actors, s.person)]
        if not actors and not again:
            continue
        actors = without_onlookers(t, actors)
        day = day_of(
            t, ctx, attached, status, said, own_date, pair, actors, followed, invited, contact,
            announced,
        )  # fmt: skip
        if day is None:  # «следующее заседание пройдёт в Париже»: undated
            day = undated_plan(t, places, status)
        if day is None:
            continue
        attached = day.attached
        cand = candidate(t, day, actors, places, listed, again, own_date)
        ids = cand.actors
        if setting and outlets.outlet_talk(toks, idx, ids, inp.actors):
            continue  # «заявил в беседе с НСН»: words to an outlet, no meeting (outlets.py)
        if said or setting:
            # «Песков подтвердил, что Путин 5 мая проведёт переговоры»: the happening the
            # words report (or the occasion they were said on) is an event too, beside the
            # statement.
            reported = cand
            # «сообщил, что Путин посетит ОАЭ и Саудовскую Аравию»: its legs and contacts
            reported_each = _legs(inp, cand, places)
            if parsed:
                reported_each += _each_contact(inp, toks, parse, idx, cand, hits, s, day)
            at_setting = bool(setting)
            # «заявил по итогам переговоров с X»: words at the talks, on their day
            situating = setting and parsed and anaphora.same_occasion(toks, parse, idx)
            continue
        if reported is not None and sanctions.own_announcement(toks, idx, cand, reported):
            return [reported]  # «Минфин объявил о введении санкций»: the act is the news
        if typ == "proposal" and parsed and (
            words.delivering(toks, parse, statement_idx, idx)
            or said_and_done.at_appearance(toks, parse, idx, triggers)
        ):
            # «выступая на саммите, предложил», «на пресс-конференции предложил»: the
            # speech is an event too
            reported = cand
            continue
        verb = anchor_verb(toks, parse, idx)
        if speech and parsed and sourcing.passing(toks, parse, verb, own_date):
            return _told(reported, reported_each)  # «напомнил, что ...»
        if speech and parsed and retorts.by_deed(toks, parse, verb):
            return _told(reported, reported_each)  # «ответила, выслав ...»
        # «Путин в ответ отметил»: words at the talks, on their day, or on the day of the
        # words answered («Накануне Эрдоган заявил ... Путин в ответ отметил») (replies.py)
        exchanged = (
            replies.exchange_day(
                toks, parse, verb, ids, contacts, cand.date,
                replies.answered(inp, si, groups_before, ids, contacts),
            )  # fmt: skip
            if speech and parsed
            else None
        )
        if exchanged is not None:
            cand.date, cand.sentence_dates = exchanged, [exchanged]
        if speech and parsed and at_setting and in_private_contact(toks, verb, ids, reported):
            return _told(reported, reported_each)  # «в разговоре поблагодарил»
        if speech and parsed and sourcing.source_only(
            toks, parse, anchor_verb(toks, parse, idx), words.after_words(toks, parse, idx),
            ids, inp.actors, own_date, reported,
            not words.denied(toks, statement_idx)
            and any(t not in SPEECH_TYPES for _, t in triggers),
            occasion is not None, inp.parents,
        ):  # fmt: skip
            return _told(reported, reported_each)  # «..., сообщили в МИД»
        if speech and parsed:  # «X назвал ..., а Y поблагодарил»: each speaker's words
            each = speakers_apart.split(inp.text, s_end, toks, parse, statement_idx, idx, cand)
            if beside is None and appearances.any_second(toks, parse, triggers, idx):
                # «выступил на пресс-конференции, а затем дал интервью»: two appearances
                day_by = aside.dated_by(attached)
                each += sentence_events(inp, si, s_start, s_end, toks, day_by, None, (), idx)
            if said_and_done.proposed_beside(toks, parse, idx, triggers):  # «... и предложил»
                day_by = aside.dated_by(attached)
                each += sentence_events(inp, si, s_start, s_end, toks, day_by, None, (), idx)
            if participles.beside_words(toks, parse, triggers, idx) or relatives.beside_words(
                toks, parse, triggers, idx
            ):  # «Министр, посетивший», «Премьер, с которым X встретился»
                each += sentence_events(inp, si, s_start, s_end, toks, None, None, (), idx)
            if reported is not None and situating:
                situated_day.words_day(reported, each)  # «заявил по итогам переговоров с X»
            return [*each, *_told(reported, reported_each)]
        if beside is not None:
            if pair is not None:
                split_contacts.drop(cand, pair[1])
            return [cand]
        also = (
            sentence_events(
                inp, si, s_start, s_end, toks, aside.dated_by(attached), None, (), idx,
                groups_before=[*groups_before, cand],
            )  # fmt: skip
            if parsed and not speech
            else []
        )
        if parsed:
            split_contacts.trim_main(cand, toks, parse, triggers, idx, hits, s.person, also)
            also += _each_contact(inp, toks, parse, idx, cand, hits, s, day)
        legs = _legs(inp, cand, places)  # «посетит ОАЭ и Катар»
        if parsed:  # «провели консультации и договорились продолжить их в мае» (carried_next)
            legs += next_of_carried(inp, toks, parse, s.mentions, idx, cand)
        return [cand, *legs, *also, *_told(reported, reported_each)]
    return _told(reported, reported_each)


def _legs(inp: ArticleInput, cand: EventCandidate, places: list[ActorSpan]) -> list[EventCandidate]:
    """A visit to each state named where the visitor goes, unless they list one tour."""
    if tours.one_tour(inp, places):  # «посетит Анголу, Намибию и Мозамбик»: one visit
        return []
    return trip_legs.legs(inp, cand, [h.actor_id for h in places])


def _without_venues(
    toks: list[Token], actors: list[ActorSpan], places: list[ActorSpan]
) -> tuple[list[ActorSpan], list[ActorSpan]]:
    """The actors less the buildings named as where it happened («в гостинице «Хёндэ»»),
    and the places with them."""
    venues = [h for h in actors if named_venue(toks, h.start, h.end)]
    if not venues:
        return actors, places
    return [h for h in actors if h not in venues], [*places, *venues]
