"""Who takes part in a trigger's happening by the sentence's own words: the actors
grammatically attached to it, the speaker of words, the place apart from the parties,
and who a pronoun or bare title stands for. stand_in_actors.py reads the parties when
none is named here.
"""

from __future__ import annotations

from app.ingest.events import (
    attendance,
    authored,
    documents,
    grouping,
    messages,
    owned_words,
    pronoun_speakers,
    proposals,
    said_and_done,
    sanctions,
    summons,
    tellers,
    topic_teller,
)
from app.ingest.events import attribution as words
from app.ingest.events.attach import (
    MUTUAL,
    actor_attached,
    is_destination_hit,
    is_media,
    is_place_hit,
    speaker_subject,
)
from app.ingest.events.clause_pair import clause_pair
from app.ingest.events.coref import referents
from app.ingest.events.denied_partners import without_denied_partners
from app.ingest.events.inclusive_we import other_member
from app.ingest.events.instructed import outside_instruction
from app.ingest.events.interview import first_person
from app.ingest.events.joint_pronoun import pronoun_speaker
from app.ingest.events.model import ActorSpan, EventCandidate
from app.ingest.events.onlookers import onlookers
from app.ingest.events.parties import joint_occasion
from app.ingest.events.person_profiles import person_genders
from app.ingest.events.place_clause_hosts import place_clause_hosts
from app.ingest.events.second_subjects import without_second_subjects
from app.ingest.events.sidelines import without_gathering
from app.ingest.events.speaker_refs import referred_speakers
from app.ingest.events.speech_venues import speech_venues
from app.ingest.events.there_speaker import there_speaker
from app.ingest.events.this_meeting import joined_subjects
from app.ingest.events.titled import by_verb
from app.ingest.events.trigger_scene import Context, Trigger
from app.ingest.events.unnamed_officials import unnamed_officials
from app.ingest.events.worded_acts import demanded


def named_actors(
    t: Trigger,
    ctx: Context,
    said: bool,
    setting: bool,
    occasion: int | None,
    reported: EventCandidate | None,
) -> tuple[list[ActorSpan], list[ActorSpan], bool, list[ActorSpan]]:
    """The trigger's actors, the places among the actors attached to it, whether the
    speaker was followed from the sentence before (`ctx.voice`), and the plural names set
    apart from an agreement's parties («министры двух стран»)."""
    s, idx, typ, speech = t.s, t.idx, t.typ, t.speech
    inp, si, toks, parse, parsed, hits = s.inp, s.si, s.toks, s.parse, s.parsed, s.hits
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
            s.body(h.actor_id),
            typ in MUTUAL,
        )
    ]
    if speech and parsed:  # «назвал ... и пригласил эмира в Россию»: the invitation's own
        actors = [
            h for h in actors if not said_and_done.in_act_beside(toks, parse, s.triggers, idx, h)
        ]
    if typ == "sanctions" and parsed and demanded(toks, idx):
        # «МИД потребовал от США закрыть консульство»: whom the demand is made of, or what
        # is to close, imposes nothing (the target is marked later, trigger_candidate.py)
        actors = [h for h in actors if not sanctions.is_target(toks, parse, h)]
    if parsed:  # «X приезжал в Чили, в 2009 году Y была в Москве»: Y is the next clause's
        actors = without_second_subjects(toks, parse, actors, idx)
    if parsed and not speech:  # «прибыл и не стал встречаться с X»: X is no host
        actors = without_denied_partners(toks, parse, actors, idx, s.triggers)
    if parsed and typ in MUTUAL and not actors:
        # «передал Моди приглашение в Бишкеке, где они встретились»: the main clause's two
        actors = clause_pair(toks, parse, hits, idx, s.person)
    if parsed and typ in MUTUAL:  # «X приехал в Y, и эта встреча с Z ...»: X is a party
        actors += [
            h for h in joined_subjects(toks, parse, hits, idx, s.person) if h not in actors
        ]
    if parsed and typ == "visit":  # «прибыл в Минск, где провёл переговоры с X»: X hosts
        actors += [
            h for h in place_clause_hosts(toks, parse, hits, idx, s.triggers) if h not in actors
        ]
    if speech and parsed and not actors:
        # «Официальный представитель МИД Турции заявил ...»: an official the text does
        # not name speaks for the body (or state) whose title they bear.
        actors = [
            h
            for h in hits
            if s.body(h.actor_id)
            and words.under_spokesman(toks, parse, h)
            and actor_attached(toks, parse, True, h, idx, True, False)
        ]
    if speech and parsed and not actors:  # «опубликована статья Путина»: his words
        actors = authored.authors(toks, parse, idx, hits, lambda a: not s.body(a))
    if speech and parsed and not actors:  # «Он заявил, что ...», «Министр подчеркнул»
        actors = referred_speakers(inp, si, toks, parse, hits, idx, typ)
    if speech and parsed and not actors:  # «В Пентагоне подтвердили ... Там уточнили»
        actors = there_speaker(inp, si, toks, parse, idx, s.body)
    followed = False
    if speech and parsed and not actors and ctx.voice is not None:  # «Он добавил, что ...»
        actors = pronoun_speakers.speaker(toks, parse, idx, ctx.voice, person_genders(inp))
        followed = bool(actors)
    if speech and parsed and not actors and ctx.voice is None:
        # «Трамп попытался ... . Выступая в Белом доме, он сказал»: the one person named
        # in the nominative just before (pronoun_speakers.subject_before)
        genders = person_genders(inp)
        who = pronoun_speakers.subject_before(inp, si, genders)
        if who is not None:  # «он сказал», not «..., — сказал он» after a quote
            actors = [
                h
                for h in pronoun_speakers.speaker_named(toks, parse, idx, who, genders)
                if h.end <= toks[idx].start
            ]
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
    fmt_parse = parse if parsed else None
    actors = [h for h in actors if not attendance.in_format_name(toks, h, idx, fmt_parse)]
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
        s.statement_idx,
        actors,
        speech=speech,
        said=said,
        setting=bool(setting),
    )
    if speech and parsed:  # «на интервью Путина отреагировал X»: X answers, not speaks
        actors = owned_words.without_answerers(toks, parse, idx, actors)
    if said and parsed:
        actors += speaker_subject(inp, toks, parse, hits, actors, s.statement_idx, idx)
        # «Трамп рассказал о разговоре с Путиным»: the teller's own contact (topic_teller.py)
        actors += topic_teller.teller(inp, toks, parse, hits, actors, idx, typ, s.statement_idx)
    if typ == "proposal" and parsed:  # «сообщила, что Трамп поручил пригласить»: Trump's
        actors = [h for h in actors if not outside_instruction(toks, parse, h, idx, typ)]
    if speech and parsed and actors:
        # «заявил на совместной пресс-конференции»: the partner told before too
        nouns = [idx] if occasion is None else [idx, occasion]
        ids = [h.actor_id for h in actors]
        partners = joint_occasion(toks, parse, nouns, ctx.contacts, ids)
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
    if parsed and speech:  # «Рябков провёл в посольстве брифинг»: where, not who
        places = speech_venues(toks, parse, actors)
    # «вызван в МИД Армении»: the ministry an envoy is summoned to is a party (summons.py)
    places = [
        h
        for h in places
        if not summons.summoned_to(toks, parse, idx, h.start, h.end, s.body(h.actor_id))
    ]
    actors = [h for h in actors if h not in places]
    if parsed and not speech:  # «— Когда я вручал грамоты ...»: the interviewee
        actors += first_person(inp, si, toks, parse, idx, typ, actors)
    if parsed and not speech:
        # «встреча министров «Большой двадцатки»»: the organisation meets
        actors += attendance.organisation_met(inp, toks, parse, hits, idx, typ)
        # «обменялись фразами на полях встречи министров G20»: not the G20 (sidelines.py)
        actors = without_gathering(toks, parse, idx, actors)
    if parsed and not speech and (actors or places or by_verb(toks, parse, idx, typ)):
        # «Там он встретился с ...», «встретил российского гостя»: who they stand for.
        actors += referents(inp, si, toks, parse, hits, actors, idx, typ)
        # «эфиопский министр», named nowhere: the state (unnamed_officials.py)
        actors += unnamed_officials(inp, si, toks, parse, hits, actors, idx, typ)
        # «мы с Путиным договорились»: the pronoun's other member (inclusive_we.py)
        actors += other_member(inp, si, toks, parse, idx, actors)
    return actors, places, followed, plural


def without_onlookers(t: Trigger, actors: list[ActorSpan]) -> list[ActorSpan]:
    """The actors less media, those only present («прошли при участии посла») and the
    sender of a message passed on («передал Путину от Зеленского послание»)."""
    s, idx = t.s, t.idx
    if t.speech:
        return actors
    # «о приглашении узнали из СМИ»: a medium tells of a happening, takes no part in it
    actors = [h for h in actors if grouping.kind(s.inp, h.actor_id) != "media"]
    if not s.parsed:
        return actors
    actors = [h for h in actors if h not in onlookers(s.toks, s.parse, actors, idx, s.person)]
    # the sender was not there (messages.py)
    return [h for h in actors if h not in messages.senders(s.toks, s.parse, actors, idx)]
