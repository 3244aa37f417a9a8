"""One sentence's event candidates: its most specific trigger with an actor, dated, with
its status, participants and place, and the happening its words report when the event is
a statement.

A trigger word (lemmas, see lexicon.py) gives an event when an actor grammatically takes
part in it (tree.py, attach.py) and it has a date (when.py): its own date expression, or
the publication date (a reported statement), or «before publication» (any other undated
past happening). The checks that set a trigger aside (a possibility, a setting of other
words, a description) and the readings that find its parties when no name is attached
(coref.py, attendance.py, parties.py) run here in order; extract.py walks the article's
sentences and groups what this gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from app.ingest.dates import DateMention
from app.ingest.events import (
    accepted,
    accompanying,
    anaphora,
    aside,
    attendance,
    authored,
    documents,
    gapped_contacts,
    grouping,
    joint,
    joint_bodies,
    messages,
    next_round,
    ongoing,
    participles,
    plural_contacts,
    plural_refs,
    preparing,
    present_now,
    pronoun_speakers,
    proposals,
    receptions,
    relatives,
    replies,
    results,
    retold,
    retorts,
    round_plans,
    said_and_done,
    sanctions,
    situated_day,
    sourcing,
    speakers_apart,
    speeches,
    split_contacts,
    summons,
    tellers,
    title_pairs,
    titled,
    trip_legs,
    trip_parts,
)
from app.ingest.events import attribution as words
from app.ingest.events.attach import (
    MUTUAL,
    actor_attached,
    background_place,
    date_attached,
    is_body,
    is_destination_hit,
    is_media,
    is_place_hit,
    speaker_subject,
)
from app.ingest.events.body_people import bodies_met
from app.ingest.events.carried_next import next_of_carried
from app.ingest.events.cochairs import cochairs
from app.ingest.events.colon_day import spelled_out_day
from app.ingest.events.coref import person_genders, person_heads, referents
from app.ingest.events.counterparts import visit_gives_way, visit_of
from app.ingest.events.decided_day import decision_day
from app.ingest.events.document_anaphora import after_parties, signed_after, signed_again
from app.ingest.events.document_content import document_content
from app.ingest.events.due_day import due_dates, scheduled_for
from app.ingest.events.inclusive_we import other_member
from app.ingest.events.interview import first_person
from app.ingest.events.joint_pronoun import pronoun_speaker
from app.ingest.events.keys import keys as keys_of
from app.ingest.events.lexicon import (
    HOST_VERBS,
    PRIORITY,
    SPEECH_TYPES,
)
from app.ingest.events.mend import mend
from app.ingest.events.model import (
    ArticleInput,
    DateReading,
    EventCandidate,
)
from app.ingest.events.onlookers import onlookers
from app.ingest.events.participle_day import main_clause_day
from app.ingest.events.parties import (
    Antecedent,
    joint_occasion,
    outcome_date,
    stand_ins,
)
from app.ingest.events.previous_round import previous_of_kind
from app.ingest.events.speaker_refs import referred_speakers
from app.ingest.events.status import (
    BY_TENSE,
    agreed_to_do,
    due_in_past,
    restated_status,
    trigger_status,
)
from app.ingest.events.syntax import VERBAL, anchor_verb, flat_parse
from app.ingest.events.titles import gist_of
from app.ingest.events.tree import future_clause, negated
from app.ingest.events.triggers import confirmed, find_triggers, lemma_of
from app.ingest.events.unnamed_officials import unnamed_officials
from app.ingest.events.unnamed_sides import states_of_unnamed
from app.ingest.events.when import (
    SAID_ACTS,
    over_days,
    reading_of,
)
from app.ingest.nlp import Token


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
    triggers = find_triggers(toks)
    if not triggers:
        return []
    hits = [h for h in inp.actor_hits if h.start >= s_start and h.end <= s_end]
    person = lambda a: grouping.kind(inp, a) == "person"  # noqa: E731
    if not hits and si not in inp.parses:
        return []
    parsed = si in inp.parses
    parse = mend(toks, inp.parses[si]) if parsed else flat_parse(len(toks))
    mentions = [d for d in inp.dates if s_start <= d.start < s_end]
    if parsed:
        triggers = [(i, t) for i, t in triggers if confirmed(toks, parse, i, t)]
    statement_idx = {i for i, t in triggers if t == "statement"}
    proposal_idx = {i for i, t in triggers if t == "proposal"}
    # «распространил заявление», «выступил с заявлением»: the verb that utters a statement
    # noun is a verb of saying too, for what the words were said on.
    uttering = statement_idx | {
        anchor_verb(toks, parse, i) for i in statement_idx if toks[i].pos not in VERBAL
    }
    # Happenings told by a verb: a trigger noun that is only their setting («по итогам
    # переговоров приняли заявление») gives way to them.
    happening_verbs = {
        anchor_verb(toks, parse, i)
        for i, t in triggers
        if t not in SPEECH_TYPES
        and (toks[i].pos in VERBAL or words.told_by_verb(toks, parse, i, statement_idx))
    }

    reported: EventCandidate | None = None
    situating = False  # `reported` is only the setting of the words («по итогам встречи»)
    at = [i for i, _ in triggers]
    for idx, typ in sorted(
        triggers,
        key=lambda t: (
            parsed and visit_gives_way(toks, parse, t[0], t[1], triggers),  # counterparts.py
            parsed and aside.told_aside(toks, parse, t[0], at),
            parsed and split_contacts.inner(toks, parse, triggers, t[0], hits, person),
            PRIORITY[t[1]],
            t[0],
        ),
    ):
        # «проведёт переговоры с X и встретится с Y»: two contacts (split_contacts.py)
        pair = split_contacts.split(toks, parse, triggers, idx, beside, hits, person) if (
            parsed and beside is not None
        ) else None
        if beside is not None and not aside.told_apart(toks, parse, idx, beside) and not pair:
            continue
        speech = typ in SPEECH_TYPES
        if (
            speech
            and parsed
            and any(s > idx and words.after_words(toks, parse, s) for s in statement_idx)
        ):
            continue  # «Путин и Кисида подтвердили ..., сообщил Песков»: Peskov's words
        attached = [d for d in mentions if date_attached(toks, parse, parsed, d, idx)]
        if parsed and not any(d.value.precision != "unknown" for d in attached):
            # «посетил Ханой 6 июля и провёл переговоры»: the talks on the visit's day
            visit = visit_of(toks, parse, idx, typ, triggers)
            if visit is not None:
                attached = [d for d in mentions if date_attached(toks, parse, True, d, visit)]
        if parsed and not speech and not any(d.value.precision != "unknown" for d in attached):
            attached = (
                spelled_out_day(toks, parse, mentions, idx)  # «пришлась на среду: провели»
                or main_clause_day(toks, parse, mentions, idx)  # «..., прилетевшим с визитом»
                or decision_day(toks, parse, mentions, idx, typ)  # «2 мая решил продлить санкции»
                or attached
            )
        occasion = words.occasion(toks, parse, uttering, triggers) if speech and parsed else None
        if occasion is not None and not any(d.value.precision != "unknown" for d in attached):
            # «рассказал после разговора, который состоялся накануне»: said that day
            attached = [d for d in mentions if words.dates_occasion(toks, parse, d, occasion)]
        to_do = agreed_to_do(toks, parse, idx, triggers) if parsed else None
        if to_do is not None and any(date_attached(toks, parse, True, d, to_do) for d in mentions):
            # «договорились подписать до конца февраля протокол»: the signing to come, with
            # its own date, is the news (without one, the agreeing is).
            continue
        status = trigger_status(toks, parse, idx) if parsed else BY_TENSE
        if status is None and speech and parsed and words.after_words(toks, parse, idx):
            # «Кремль не исключает ответных шагов, сообщил Песков»: the possibility is in
            # the words; the verb of saying that closes them was said all the same.
            status = trigger_status(toks, parse, idx, own_words_only=True)
        if parsed and status == BY_TENSE:
            status = restated_status(toks, parse, idx, triggers, typ)
        if parsed and status == BY_TENSE and due_in_past(toks, parse, idx):
            status = None  # «должен был прилететь ещё в ноябре»: due, not told as held
        if typ == "statement" and status in ("postponed", "cancelled", "planned"):
            # «Консультации перенесли, заявил посол», «По словам посла, консультации
            # перенесли»: what the words say was put off, not the words.
            status = BY_TENSE
        if status is None or (parsed and not speech and ongoing.not_done(toks, parse, idx)):
            continue  # «возможная встреча», «продолжает переговоры»: nothing happened
        if parsed and len(triggers) > 1 and anaphora.characterises(toks, parse, idx):
            continue  # «провел переговоры — это первый визит»: the talks are the telling
        if parsed and status != "cancelled" and negated(toks, parse, idx):
            continue  # «не встретились», «не планируется»: no happening to place
        if typ == "meeting" and parsed and speeches.spoken_at(toks, parse, idx, uttering):
            continue  # «выступил на пленарной сессии»: the speech is the news (speeches.py)
        if not speech and parsed and words.setting(toks, parse, happening_verbs, idx):
            continue
        if parsed and signed_after(toks, parse, idx, typ, triggers):
            continue  # «согласовано после переговоров министров»: the document is the news
        if parsed and document_content(toks, parse, idx, typ):
            continue  # «подписан План консультаций на 2024–2025 годы»: the document's subject
        if not speech and parsed and results.setting_of_other(toks, parse, idx, triggers):
            continue  # «пресс-конференция по итогам переговоров»: the talks are its setting
        if not speech and parsed and words.thanked_for(toks, parse, idx):
            continue  # «поблагодарил за приглашение»: made before, by the one thanked
        invited = parsed and accepted.accepted(toks, parse, idx)  # «принял приглашение посетить»
        if parsed and not invited and proposals.proposed(toks, parse, proposal_idx, idx):
            # «передал приглашение посетить Москву»: the visit is only proposed; not so the
            # next round of a format, dated («пригласила провести следующий раунд в мае»)
            round_dated = any(d.value.precision != "unknown" for d in attached)
            if not (round_dated and round_plans.next_to_come(toks, parse, idx)):
                continue
        if not speech and parsed and background_place(toks, parse, triggers, idx):
            continue  # «провёл переговоры в Казани, где проходил саммит»: the talks are news
        said = not speech and parsed and words.said(toks, parse, statement_idx, idx)
        if said and typ == "agreement" and words.uttered(toks, parse, statement_idx, idx):
            said = False  # «выступили с совместным заявлением»: a document they concluded
        if said and words.denied(toks, statement_idx):
            continue  # «опроверг сообщения о том, что Моди приедет»: only the denial happened
        if said and typ == "sanctions" and sanctions.only_topic(toks, parse, idx):
            continue  # «заявил о неприемлемости санкций»: sanctions spoken of, none imposed
        # «По итогам встречи Раиси сообщил ...»: the happening is the setting of the words.
        setting = not speech and not said and parsed and words.setting(toks, parse, uttering, idx)
        own_date = any(d.value.precision != "unknown" for d in attached)
        if parsed and not own_date and joint_bodies.background_sitting(toks, parse, idx):
            continue  # «Комитет последний раз собирался в Москве»: undated background
        if beside is not None and (
            speech
            or said
            or setting
            or not (
                aside.own_date(toks, parse, idx, attached)
                # «прибыла в конце января и тогда же передала копии грамот»: on its day
                or (
                    (
                        entry is not None
                        or said_and_done.beside_words(typ, triggers, beside)
                        or aside.signed_undated(typ, mentions)  # «... и подписали меморандум»
                    )
                    and aside.coordinated(toks, parse, idx, beside)
                    and aside.other_kind(typ, triggers, beside)
                )
                # «переговоры с президентом, прилетевшим в Москву»: arrived for it (participles.py)
                or (typ == "visit" and participles.arrived_for(toks, parse, mentions, idx))
                # «вылетел в Брюссель и отменил визит в Москву»: called off beside the held
                or (status in grouping.CALLED_OFF and aside.coordinated(toks, parse, idx, beside))
                or pair is not None
            )
        ):
            continue  # «Каллас, вступившая в должность»: a description, not news
        if (
            typ == "visit"
            and parsed
            and not own_date
            and accompanying.accompanies(toks, parse, idx)
        ):
            continue  # «Вместе с премьером прилетел министр»: the premier's trip (accompanying.py)
        # «X принял Y» with no date of its own mostly retells a meeting the article
        # dates elsewhere, under another word: that one stands for it (receptions.py).
        host_undated = typ == "meeting" and lemma_of(toks[idx]) in HOST_VERBS and not attached
        if (said or setting) and reported is not None:
            continue
        announced = typ == "sanctions" and parsed and sanctions.announced(toks, parse, idx)
        if said and not (
            own_date
            or status == "planned"  # «по его словам, планируется подписать»: a plan stated
            or announced  # «объявила о высылке дипломатов»: the act made known (sanctions.py)
            or words.asserted(toks, parse, idx, statement_idx)
            or words.setting(toks, parse, statement_idx, idx)  # «в ходе разговора подтвердили»
        ):
            continue  # «заявили о важности переговоров»: the news is the statement
        actors = [
            h
            for h in hits
            # A proposal's addressee («передал Луле приглашение») is no party to it: the
            # proposer is, as the speaker is of words.
            if actor_attached(
                toks,
                parse,
                parsed,
                h,
                idx,
                speech or typ == "proposal",
                is_body(inp, h.actor_id),
                typ in MUTUAL,
            )
        ]
        if speech and parsed and not actors:
            # «Официальный представитель МИД Турции заявил ...»: an official the text does
            # not name speaks for the body (or state) whose title they bear.
            actors = [
                h
                for h in hits
                if is_body(inp, h.actor_id)
                and words.under_spokesman(toks, parse, h)
                and actor_attached(toks, parse, True, h, idx, True, False)
            ]
        if speech and parsed and not actors:  # «опубликована статья Путина»: his words
            actors = authored.authors(toks, parse, idx, hits, lambda a: not is_body(inp, a))
        if speech and parsed and not actors:  # «Он заявил, что ...», «Министр подчеркнул»
            actors = referred_speakers(inp, si, toks, parse, hits, idx, typ)
        followed = False
        if speech and parsed and not actors and voice is not None:  # «Он добавил, что ...»
            actors = pronoun_speakers.speaker(toks, parse, idx, voice, person_genders(inp))
            followed = bool(actors)
        if speech and not actors and reported is not None and reported.type == "proposal":
            # «Путин, выступая на саммите, предложил»: who speaks is who proposes
            actors = [h for h in hits if h.actor_id in reported.actors]
        if typ == "proposal" and parsed:
            # «пригласил Ван И посетить Москву»: who is named in the act proposed is not
            # the proposer.
            actors = [h for h in actors if not proposals.in_proposed_act(toks, parse, h, idx)]
        # «сообщило РИА Новости», «в интервью РИА Новости»: a medium reports what others
        # say and do; the news is theirs (the medium stays in the quote, as the source).
        actors = [h for h in actors if not is_media(inp, h.actor_id)]
        actors = [h for h in actors if not attendance.in_format_name(toks, h, idx)]
        # «между министерствами двух стран», «министры двух стран подписали»: not one of them
        # (a state's side, «турецкая и украинская стороны», is that state in any number)
        plural = [
            h
            for h in (documents.plural_names(toks, actors) if typ == "agreement" else [])
            if grouping.kind(inp, h.actor_id) != "state"
        ]
        actors = [h for h in actors if h not in plural]
        if speech and parsed and words.after_words(toks, parse, idx):
            # «Путин и Кисида подтвердили ..., сообщил Песков»: the speaker follows the verb;
            # who is named before it is in the words.
            actors = [h for h in actors if toks[idx].end <= h.start]
        # Who tells of the happening, or speaks at its setting, takes no part (tellers.py).
        actors = tellers.apart_from_tellers(
            toks,
            parse if parsed else None,
            hits,
            idx,
            typ,
            statement_idx,
            actors,
            speech=speech,
            said=said,
            setting=bool(setting),
        )
        if said and parsed:
            actors += speaker_subject(inp, toks, parse, hits, actors, statement_idx, idx)
        if speech and parsed and actors:
            # «заявил на совместной пресс-конференции»: the partner told before too
            nouns = [idx] if occasion is None else [idx, occasion]
            partners = joint_occasion(toks, parse, nouns, contacts, [h.actor_id for h in actors])
            actors += [h for h in partners if h.actor_id not in {a.actor_id for a in actors}]
            # «он сказал на совместной пресс-конференции с X»: who «он» is (joint_pronoun.py)
            actors += pronoun_speaker(inp, si, toks, parse, idx, typ, actors)
        places = [
            h
            for h in actors
            if parsed
            and not speech
            and (
                is_place_hit(toks, parse, h)
                or (typ == "visit" and is_destination_hit(inp, toks, parse, h))
            )
        ]
        # «вызван в МИД Армении»: the ministry an envoy is summoned to is a party (summons.py)
        places = [
            h
            for h in places
            if not summons.summoned_to(toks, parse, idx, h.start, h.end, is_body(inp, h.actor_id))
        ]
        actors = [h for h in actors if h not in places]
        if parsed and not speech:  # «— Когда я вручал грамоты ...»: the interviewee
            actors += first_person(inp, si, toks, parse, idx, typ, actors)
        if parsed and not speech:
            # «встреча министров «Большой двадцатки»»: the organisation meets
            actors += attendance.organisation_met(inp, toks, parse, hits, idx, typ)
        if parsed and not speech and (actors or places or titled.by_verb(toks, parse, idx, typ)):
            # «Там он встретился с ...», «встретил российского гостя»: who they stand for.
            actors += referents(inp, si, toks, parse, hits, actors, idx, typ)
            # «эфиопский министр», named nowhere: the state (unnamed_officials.py)
            actors += unnamed_officials(inp, si, toks, parse, hits, actors, idx, typ)
            # «мы с Путиным договорились»: the pronoun's other member (inclusive_we.py)
            actors += other_member(inp, si, toks, parse, idx, actors)
        if host_undated and not receptions.names_both(
            actors, lambda a: grouping.kind(inp, a) == "person"
        ):
            continue
        contact = None
        if not actors and parsed and not speech:  # «встреча президентов»: the two holders
            actors = title_pairs.pair(inp, toks, parse, idx, typ, attached, person_heads(inp))
        named_apart = documents.people_among(inp, plural)  # «министры двух стран»: not them
        if not actors and contacts and parsed and not speech and not named_apart:
            # «По итогам переговоров лидеры подписали заявление»: the parties told before.
            actors, contact = stand_ins(toks, parse, idx, typ, contacts, triggers)
        elif not actors and contacts and parsed:  # «министры провели пресс-конференцию»
            actors, contact = joint.speakers(toks, parse, idx, typ, contacts, triggers)
        if not actors and parsed and not speech:  # «Они уже виделись в Сингапуре»
            actors = plural_refs.parties(inp, si, toks, parse, idx, groups_before, at)
        elif parsed and not speech:  # «с ними встретился Токаев»: the two told before
            ids_here = [a.actor_id for a in actors]
            actors += plural_refs.partners(inp, si, toks, parse, idx, groups_before, ids_here)
        listed = None
        if parsed and not speech:
            # «Саммит открылся 29 июня. В нём участвуют президенты ...»: listed after it.
            own = bool(actors) and not joint_bodies.only_body_states(toks, actors)
            more, listed = attendance.attendees(inp, si, toks, hits, idx, typ, own)
            actors += [h for h in more if h not in actors]
            if not actors and own_date:  # «Группа последний раз собиралась в 2018 году»
                actors = joint_bodies.referred_body(inp, toks, parse, idx, typ)
            if not actors:
                # «Заседание межправкомиссии перенесено»: the two states the article is about
                actors = attendance.joint_body_parties(inp, toks, typ)
            if not actors and typ == "agreement":  # «согласовано после переговоров X и Y»
                actors = after_parties(toks, parse, idx, hits, triggers)
            if not actors:  # «Соглашение было подписано в 2015 году»: the article's two states
                actors = documents.unnamed_signatories(inp, toks, parse, idx, typ, attached)
            if not actors and (own_date or inp.published is not None):
                # «министры обороны США и России провели переговоры» (unnamed_sides.py); a
                # contact of states with no date at all, on an undated page, is not placed
                actors = states_of_unnamed(toks, parse, hits, idx, typ, lambda a: is_body(inp, a))
            if not actors:  # «президент Алжира приезжал в Россию в 2008 году»: Algeria
                actors = titled.unnamed_holder(inp, toks, parse, hits, idx, typ, attached)
        if not actors and not speech and parsed and next_round.next_of_kind(toks, parse, idx):
            to_come = status == "planned" or future_clause(toks, parse, idx)  # «следующая встреча»
            if to_come or round_plans.next_to_come(toks, parse, idx):  # «провести очередной раунд»
                actors = next_round.next_parties(toks, typ, idx, contacts)
        if actors and not speech and parsed and round_plans.next_to_come(toks, parse, idx):
            actors += round_plans.other_sides(inp, toks, idx, typ, actors, contacts)  # «пригласила»
        if not actors and not speech and parsed and own_date and previous_of_kind(toks, parse, idx):
            actors = next_round.next_parties(toks, typ, idx, contacts)  # «предыдущая встреча»
        if parsed and not speech:  # «заседание комиссии ..., сопредседатели X и Y» (cochairs.py)
            actors += cochairs(inp, si, toks[idx], typ, actors)
            # «встретился с руководством Минпромторга»: the body (body_people.py)
            actors += bodies_met(toks, parse, hits, idx, typ, lambda a: is_body(inp, a), actors)
        if invited and not actors:  # «Путин принял приглашение Раиси посетить Иран»: Putin
            actors = accepted.acceptors(toks, parse, hits, idx)
        if not actors and beside is not None and typ == "proposal" and parsed:  # «... и предложил»
            actors = said_and_done.shared_subject(toks, parse, hits, idx, beside)
        # «Приглашение прозвучало накануне»: the happening told before, retold (retold.py)
        again = not actors and parsed and not speech and retold.retelling(toks, parse, idx, hits)
        if not actors and not again:
            continue
        if parsed and not speech:  # «прошли при участии посла»: present, not a party
            actors = [h for h in actors if h not in onlookers(toks, parse, actors, idx, person)]
            # «передал Путину от Зеленского послание»: the sender was not there (messages.py)
            actors = [h for h in actors if h not in messages.senders(toks, parse, actors, idx)]
        future = status == "planned" or (parsed and future_clause(toks, parse, idx))
        future = future or (parsed and round_plans.next_to_come(toks, parse, idx))
        # «об этом заявлял ...»: an imperfective past speech verb tells of an earlier
        # occasion, not of the day of publication.
        says = speech or typ in SAID_ACTS  # «предложил»: words too, news of the day
        earlier = says and parsed and words.earlier_speech(toks, parse, idx)
        # A happening made known on a day the next sentence names took place that day; a
        # statement it mentions («заявление Пашиняна») may be older.
        carried = None if (future or earlier) else entry or (None if speech else told_day)
        if typ == "proposal" and parsed and carried is None and not future:
            # «Открывая встречу, предложил ...»: on the day of the occasion told before
            carried = proposals.occasion_day(inp, si, toks, parse, idx, triggers)
        # «Путин предложил», «пригласил»: a proposal told by a perfective past verb is dated
        # like words; «предлагал» is an earlier occasion.
        now = parsed and proposals.proposed_now(toks, parse, typ, idx)
        spoken = (speech and not earlier) or now
        # «объявила о высылке», undated: on the day of the announcement (sanctions.py)
        spoken = spoken or (announced and not words.earlier_speech(toks, parse, idx))
        # «проводит переговоры»: told as it happens, on the publication day (present_now.py)
        now_told = parsed and not speech and present_now.happening_now(toks, parse, idx)
        spoken = spoken or now_told
        if now_told and said and not own_date:
            # «21 февраля Путин заявил, что Россия приостанавливает участие»: what the
            # words tell as happening now happens on the day of the words
            said_on = [
                d
                for d in mentions
                if any(date_attached(toks, parse, True, d, s) for s in statement_idx)
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
        on_trip = trip_parts.part_of_trip(trip, [h.actor_id for h in actors], typ)
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
        if (
            followed
            and voice is not None
            and (pronoun_speakers.no_saying(toks, idx) or (not own_date and not future))
        ):
            # more words of the sentence before: on their day (its date text is not here)
            reading = replace(voice[1], text=None, span=None)
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
            continue
        reading = over_days(reading, toks, parse, idx) if parsed else reading
        if status == BY_TENSE:
            status = "planned" if planned else "happened"
        tail = inp.text[toks[idx].end : s_end]
        ids = list(dict.fromkeys(h.actor_id for h in actors))
        cand = EventCandidate(
            type=typ,
            title="",
            planned=planned,
            date=reading,
            sentences=[(s_start, s_end)],
            actors=ids,
            actor_spans=[(h.start, h.end, h.actor_id) for h in actors],
            keys=keys_of(toks, hits, mentions),
            sentence_dates=[reading],
            gist=gist_of(tail) if typ in ("statement", "answers") else None,
            status=status,
            roles={h.actor_id: "speaker" if speech else "participant" for h in actors},
            venue=next((h.actor_id for h in places if h.actor_id not in ids), None),
            refers_back=again
            or (parsed and anaphora.refers_back(toks, parse, idx, typ, hits, mentions))
            or (parsed and signed_again(toks, parse, idx, typ, own_date)),  # «Документ подписали»
        )
        if typ == "sanctions" and parsed:
            # «ввёл санкции против Газпромбанка»: the target is named, not a party.
            sanctions.mark_targets(cand, toks, parse, hits)
        if listed is not None:
            cand.sentences.append(listed)
            cand.sentence_dates.append(reading)
        if said or setting:
            # «Песков подтвердил, что Путин 5 мая проведёт переговоры»: the happening the
            # words report (or the occasion they were said on) is an event too, beside the
            # statement.
            reported = cand
            # «заявил по итогам переговоров с X»: words at the talks, on their day
            situating = setting and parsed and anaphora.same_occasion(toks, parse, idx)
            continue
        if reported is not None and sanctions.own_announcement(toks, idx, cand, reported):
            return [reported]  # «Минфин объявил о введении санкций»: the act is the news
        if typ == "proposal" and parsed and words.delivering(toks, parse, statement_idx, idx):
            reported = cand  # «выступая на саммите, предложил»: the speech is an event too
            continue
        verb = anchor_verb(toks, parse, idx)
        if speech and parsed and sourcing.passing(toks, parse, verb, own_date):
            return [reported] if reported is not None else []  # «напомнил, что ...»
        if speech and parsed and retorts.by_deed(toks, parse, verb):
            return [reported] if reported is not None else []  # «ответила, выслав ...»
        if speech and parsed and replies.in_exchange(toks, parse, verb, ids, contacts):
            return [reported] if reported is not None else []  # «Путин в ответ отметил»
        if speech and parsed and sourcing.source_only(
            toks, parse, anchor_verb(toks, parse, idx), words.after_words(toks, parse, idx),
            ids, inp.actors, own_date, reported,
            not words.denied(toks, statement_idx)
            and any(t not in SPEECH_TYPES for _, t in triggers),
            occasion is not None,
        ):  # fmt: skip
            return [reported] if reported is not None else []  # «..., сообщили в МИД»
        if speech and parsed:  # «X назвал ..., а Y поблагодарил»: each speaker's words
            each = speakers_apart.split(inp.text, s_end, toks, parse, statement_idx, idx, cand)
            if said_and_done.proposed_beside(toks, parse, idx, triggers):  # «... и предложил»
                day = aside.dated_by(attached)
                each += sentence_events(inp, si, s_start, s_end, toks, day, None, (), idx)
            if participles.beside_words(toks, parse, triggers, idx) or relatives.beside_words(
                toks, parse, triggers, idx
            ):  # «Министр, посетивший», «Премьер, с которым X встретился»
                each += sentence_events(inp, si, s_start, s_end, toks, None, None, (), idx)
            if reported is not None and situating:
                situated_day.words_day(reported, each)  # «заявил по итогам переговоров с X»
            return [*each, *([reported] if reported is not None else [])]
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
            split_contacts.trim_main(cand, toks, parse, triggers, idx, hits, person, also)
            dated = partial(gapped_contacts.date_of, inp, future)
            # «встретился с X, в Эр-Рияде — с Y»: a gapped second contact (gapped_contacts.py)
            also += gapped_contacts.gapped(toks, idx, cand, hits, person, mentions, dated)
            also += plural_contacts.each(toks, parse, idx, cand, hits, person)  # «встречи с X и Y»
        legs = trip_legs.legs(inp, cand, [h.actor_id for h in places])  # «посетит ОАЭ и Катар»
        if parsed:  # «провели консультации и договорились продолжить их в мае» (carried_next)
            legs += next_of_carried(inp, toks, parse, mentions, idx, cand)
        return [cand, *legs, *also, *([reported] if reported is not None else [])]
    return [reported] if reported is not None else []
