"""Sentences to event candidates, grouped within one article.

A sentence yields an event when it has a trigger word (lemmas, see lexicon.py), at least
one actor that grammatically takes part in it (tree.py), and a date (when.py): its own date
expression, or else the publication date (a reported statement) or «before publication»
(any other undated past happening). Candidates of one article that are one happening
(identity.py) are grouped, so an article quoting the same answers five times gives one
event with five evidence sentences.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events import (
    about_this,
    accepted,
    accompanying,
    anaphora,
    aside,
    attendance,
    authored,
    delegations,
    documents,
    grouping,
    headlines,
    joint,
    next_round,
    ongoing,
    preparing,
    presser_replies,
    proposals,
    receptions,
    replies,
    results,
    retold,
    retorts,
    said_and_done,
    sanctions,
    sourcing,
    speakers_apart,
    speeches,
    summons,
    tellers,
    title_pairs,
    titled,
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
from app.ingest.events.coref import person_heads, referents
from app.ingest.events.counterparts import visit_gives_way, visit_of
from app.ingest.events.due_day import due_dates
from app.ingest.events.keys import add_quoted_words
from app.ingest.events.keys import keys as keys_of
from app.ingest.events.lexicon import (
    HOST_VERBS,
    PRIORITY,
    SPEECH_TYPES,
)
from app.ingest.events.live_blog import live_entries
from app.ingest.events.mend import mend
from app.ingest.events.model import (
    ActorSpan,
    ArticleInput,
    EventCandidate,
    in_excluded,
)
from app.ingest.events.parties import (
    Antecedent,
    joint_occasion,
    may_refer_back,
    outcome_date,
    stand_ins,
    told,
)
from app.ingest.events.status import (
    BY_TENSE,
    agreed_to_do,
    restated_status,
    trigger_status,
)
from app.ingest.events.syntax import VERBAL, anchor_verb, flat_parse
from app.ingest.events.titles import gist_of, make_title
from app.ingest.events.tree import future_clause, negated
from app.ingest.events.triggers import awaited_worth_parsing, confirmed, find_triggers, lemma_of
from app.ingest.events.unnamed_officials import unnamed_officials
from app.ingest.events.when import (
    SAID_ACTS,
    dateline_lead,
    day_gone_on,
    day_reported,
    entry_dates,
    headline_dates,
    over_days,
    reading_of,
    setting_days,
)
from app.ingest.nlp import Analysis, Token


class SentenceTokens:
    """Tokens of each sentence by binary search (articles can run to 5,000 sentences)."""

    def __init__(self, analysis: Analysis) -> None:
        self._tokens = analysis.tokens
        self._starts = [t.start for t in analysis.tokens]

    def within(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [t for t in self._tokens[lo:hi] if t.end <= end]


def sentences_to_parse(
    analysis: Analysis, hits: Sequence[ActorSpan], excluded: Sequence[tuple[int, int]]
) -> list[int]:
    """Indexes of sentences worth a dependency parse: a trigger and an actor in the body."""
    index = SentenceTokens(analysis)
    starts = sorted(h.start for h in hits)

    def has_hit(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, start)
        return k < len(starts) and starts[k] < end

    out: list[int] = []
    for i, s in enumerate(analysis.sentences):
        k = bisect.bisect_left(starts, s.start)
        if in_excluded(s.start, s.end, excluded):
            continue
        toks = index.within(s.start, s.end)
        triggers = find_triggers(toks)
        if not triggers:
            continue
        if (
            k < len(starts)
            and starts[k] < s.end
            or may_refer_back(toks, triggers)
            or attendance.worth_parsing(analysis, i, triggers, index.within, has_hit)
            or attendance.joint_sitting(toks, triggers)
            or retold.worth_parsing(toks, triggers)
            or next_round.worth_parsing(toks, triggers)
            or awaited_worth_parsing(toks, triggers)
            or documents.worth_parsing(toks, triggers)
            or titled.worth_parsing(toks, triggers)
            or title_pairs.worth_parsing(toks, triggers)
        ):
            # an actor, «стороны» standing for the parties told before, or the parties
            # listed by the next sentence
            out.append(i)
    return out


def extract_events(inp: ArticleInput) -> list[EventCandidate]:
    index = SentenceTokens(inp.analysis)
    groups: list[EventCandidate] = []
    plain: dict[int, frozenset[str]] = {}  # body sentences that state no event: their words
    headed = entry_dates(inp)
    for si, day in live_entries(inp).items():  # a live blog's bare hours: the page's day
        headed.setdefault(si, day)
    lead = dateline_lead(inp)
    if lead is not None:
        headed.setdefault(*lead)
    for si, day in headline_dates(inp, lead).items():
        headed.setdefault(si, day)
    contacts: list[Antecedent] = []  # contacts told so far, for «стороны» (parties.py)
    spans = [(s.start, s.end) for s in inp.analysis.sentences]
    before: list[EventCandidate] = []  # the sentence before's events («Об этом сообщила»)

    def person(actor_id: str) -> bool:
        return grouping.kind(inp, actor_id) == "person"

    for si, sent in enumerate(inp.analysis.sentences):
        if in_excluded(sent.start, sent.end, inp.excluded):
            continue
        toks = index.within(sent.start, sent.end)
        entry = headed.get(si) or day_gone_on(inp, si) or setting_days(inp, si)
        # «Об этом в среду сообщили»; «X также провёл встречу»: a happening, not a statement
        told_day = day_reported(inp, si) or day_gone_on(inp, si, also=True)
        trip = trip_parts.planned_trip(inp, groups, spans, si)  # «Он проведёт переговоры ...»
        cands = (
            _sentence_events(
                inp, si, sent.start, sent.end, toks, entry, told_day, contacts, trip=trip
            )
            if toks
            else []
        )
        cands, before = about_this.without_own_source(inp, si, cands, before), cands
        if not cands:
            plain[si] = keys_of(toks, [], [])
        for cand in cands:
            if cand.refers_back and not cand.actors and not retold.told_before(groups, cand):
                continue  # a happening retold by its noun alone, with none told before
            # «по итогам встречи»: the happening told before (anaphora.py)
            first = anaphora.resolve(groups, cand, grouping.absorb) if cand.refers_back else cand
            if first is not None:
                told(contacts, grouping.group(inp, groups, first))
        # «Российскую делегацию возглавил X»: a party to the talks just told.
        delegations.led(groups, spans, si, delegations.heads(toks, inp.actor_hits, person))
    # «МИД объяснил ...» in a headline: the body's statement
    groups = headlines.fold_headlines(inp, groups, grouping.absorb)
    presser_replies.join_replies(inp, groups, index.within)  # «Виейра, со своей стороны, заявил»
    add_quoted_words(inp, groups, plain)
    for g in groups:
        g.title = make_title(g.type, [_name(inp, a) for a in _title_actors(inp, g)], g.gist)
    return groups


def _title_actors(inp: ArticleInput, g: EventCandidate) -> list[str]:
    """Actors to name in a title: a state is left out when its own body is named
    («МИД России», not «России, МИД России»)."""
    states_with_body = {inp.parents[a] for a in g.actors if a in inp.parents}
    return [a for a in g.actors if a not in states_with_body]


def _name(inp: ArticleInput, actor_id: str) -> tuple[str, str]:
    info = inp.actors.get(actor_id)
    return (info.kind, info.name_ru) if info else ("organisation", actor_id)


def _sentence_events(
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
) -> list[EventCandidate]:
    """The sentence's event (its most specific trigger with an actor), and the happening
    its words report when the event is a statement; with `beside`, the trigger of that
    event, only the dated happenings told aside of it (aside.py)."""
    triggers = find_triggers(toks)
    if not triggers:
        return []
    hits = [h for h in inp.actor_hits if h.start >= s_start and h.end <= s_end]
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
    at = [i for i, _ in triggers]
    for idx, typ in sorted(
        triggers,
        key=lambda t: (
            parsed and visit_gives_way(toks, parse, t[0], t[1], triggers),  # counterparts.py
            parsed and aside.told_aside(toks, parse, t[0], at),
            PRIORITY[t[1]],
            t[0],
        ),
    ):
        if beside is not None and not aside.told_apart(toks, parse, idx, beside):
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
        if not speech and parsed and results.setting_of_other(toks, parse, idx, triggers):
            continue  # «пресс-конференция по итогам переговоров»: the talks are its setting
        if not speech and parsed and words.thanked_for(toks, parse, idx):
            continue  # «поблагодарил за приглашение»: made before, by the one thanked
        invited = parsed and accepted.accepted(toks, parse, idx)  # «принял приглашение посетить»
        if parsed and not invited and proposals.proposed(toks, parse, proposal_idx, idx):
            continue  # «передал приглашение посетить Москву»: the visit is only proposed
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
        if beside is not None and (
            speech
            or said
            or setting
            or not (
                aside.own_date(toks, parse, idx, attached)
                # «прибыла в конце января и тогда же передала копии грамот»: on its day
                or (
                    (entry is not None or said_and_done.beside_words(typ, triggers, beside))
                    and aside.coordinated(toks, parse, idx, beside)
                    and aside.other_kind(typ, triggers, beside)
                )
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
        if said and not (
            own_date
            or status == "planned"  # «по его словам, планируется подписать»: a plan stated
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
        if parsed and not speech:
            # «встреча министров «Большой двадцатки»»: the organisation meets
            actors += attendance.organisation_met(inp, toks, parse, hits, idx, typ)
        if parsed and not speech and (actors or places or titled.by_verb(toks, parse, idx, typ)):
            # «Там он встретился с ...», «встретил российского гостя»: who they stand for.
            actors += referents(inp, si, toks, parse, hits, actors, idx, typ)
            # «эфиопский министр», named nowhere: the state (unnamed_officials.py)
            actors += unnamed_officials(inp, si, toks, parse, hits, actors, idx, typ)
        if host_undated and not receptions.names_both(
            actors, lambda a: grouping.kind(inp, a) == "person"
        ):
            continue
        contact = None
        if not actors and parsed and not speech:  # «встреча президентов»: the two holders
            actors = title_pairs.pair(inp, toks, parse, idx, typ, attached, person_heads(inp))
        if not actors and contacts and parsed and not speech:
            # «По итогам переговоров лидеры подписали заявление»: the parties told before.
            actors, contact = stand_ins(toks, parse, idx, typ, contacts, triggers)
        elif not actors and contacts and parsed:  # «министры провели пресс-конференцию»
            actors, contact = joint.speakers(toks, parse, idx, typ, contacts, triggers)
        listed = None
        if parsed and not speech:
            # «Саммит открылся 29 июня. В нём участвуют президенты ...»: listed after it.
            more, listed = attendance.attendees(inp, si, toks, hits, idx, typ, bool(actors))
            actors += [h for h in more if h not in actors]
            if not actors:
                # «Заседание межправкомиссии перенесено»: the two states the article is about
                actors = attendance.joint_body_parties(inp, toks, typ)
            if not actors:  # «Соглашение было подписано в 2015 году»: the article's two states
                actors = documents.unnamed_signatories(inp, toks, parse, idx, typ, attached)
            if not actors:  # «президент Алжира приезжал в Россию в 2008 году»: Algeria
                actors = titled.unnamed_holder(inp, toks, parse, hits, idx, typ, attached)
        if not actors and not speech and parsed and next_round.next_of_kind(toks, parse, idx):
            if status == "planned" or future_clause(toks, parse, idx):  # «следующая встреча»
                actors = next_round.next_parties(toks, typ, idx, contacts)
        if invited and not actors:  # «Путин принял приглашение Раиси посетить Иран»: Putin
            actors = accepted.acceptors(toks, parse, hits, idx)
        if not actors and beside is not None and typ == "proposal" and parsed:  # «... и предложил»
            actors = said_and_done.shared_subject(toks, parse, hits, idx, beside)
        # «Приглашение прозвучало накануне»: the happening told before, retold (retold.py)
        again = not actors and parsed and not speech and retold.retelling(toks, parse, idx, hits)
        if not actors and not again:
            continue
        future = status == "planned" or (parsed and future_clause(toks, parse, idx))
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
        if parsed and status in ("postponed", "cancelled"):
            # dated by when it was due: not by the day, nor the new day, of putting it off
            # (a chronicle entry's heading still gives the year of its dates)
            attached = due_dates(toks, parse, attached, idx)
            carried = carried if carried is entry else None
        on_trip = trip_parts.part_of_trip(trip, [h.actor_id for h in actors], typ)
        if future and not own_date and on_trip is not None:
            attached = [on_trip]  # «посетит КНДР 18–19 октября. Проведёт переговоры с ...»
        reading, planned = reading_of(inp, attached, spoken, future, carried)
        if reading is None and inp.published is not None and (
            invited or preparing.in_preparation(toks, parse, idx)
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
            or (parsed and anaphora.refers_back(toks, parse, idx, typ, hits, mentions)),
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
                each += _sentence_events(inp, si, s_start, s_end, toks, day, None, (), idx)
            return [*each, *([reported] if reported is not None else [])]
        if beside is not None:
            return [cand]
        also = (
            _sentence_events(inp, si, s_start, s_end, toks, aside.dated_by(attached), None, (), idx)
            if parsed and not speech
            else []
        )
        return [cand, *also, *([reported] if reported is not None else [])]
    return [reported] if reported is not None else []
