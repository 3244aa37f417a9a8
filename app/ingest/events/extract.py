"""Sentences to event candidates, grouped within one article.

Each sentence's candidates come from sentence_events.py (a trigger word, an actor taking
part, a date); this module walks the article: the days its lines, headlines, datelines
and live-blog entries give the sentences under them, the contacts told so far (for
«стороны»), happenings retold by a noun (anaphora.py), and the headline folded into the
body. Candidates of one article that are one happening
(identity.py) are grouped, so an article quoting the same answers five times gives one
event with five evidence sentences.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from app.ingest.events import (
    about_this,
    anaphora,
    attendance,
    delegations,
    documents,
    evaluated,
    expiring,
    grouping,
    headlines,
    joint_bodies,
    next_round,
    plural_chairs,
    plural_refs,
    presser_replies,
    pronoun_speakers,
    readouts,
    retold,
    retold_apart,
    taking_part,
    title_pairs,
    titled,
    told_course,
    trip_parts,
)
from app.ingest.events.headline_days import headline_dates
from app.ingest.events.interview import worth_parsing as first_person_worth
from app.ingest.events.interview_page import conversation_told, page_interview
from app.ingest.events.keys import add_quoted_words
from app.ingest.events.keys import keys as keys_of
from app.ingest.events.live_blog import live_entries
from app.ingest.events.model import (
    ActorSpan,
    ArticleInput,
    EventCandidate,
    in_excluded,
)
from app.ingest.events.outlet_talk import outlet_talks
from app.ingest.events.parties import (
    Antecedent,
    may_refer_back,
    told,
)
from app.ingest.events.reported_now import reported_today
from app.ingest.events.said_there import occasion_day
from app.ingest.events.sentence_events import sentence_events
from app.ingest.events.story_day import carried_days, carried_parties
from app.ingest.events.time_of_day import bare_time_day
from app.ingest.events.titles import make_title
from app.ingest.events.told_within import day_told
from app.ingest.events.trigger_scene import scene_of
from app.ingest.events.triggers import awaited_worth_parsing, find_triggers
from app.ingest.events.when import (
    dateline_lead,
    day_gone_on,
    day_reported,
    entry_dates,
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
            or joint_bodies.worth_parsing(toks, triggers)  # «Группа собиралась ...»
            or retold.worth_parsing(toks, triggers)
            or next_round.worth_parsing(toks, triggers)
            or awaited_worth_parsing(toks, triggers)
            or documents.worth_parsing(toks, triggers)
            or expiring.worth_parsing(toks, triggers)  # «Договор прекратил действие»
            or titled.worth_parsing(toks, triggers)
            or first_person_worth(toks)  # «— Когда я вручал грамоты ...» (interview.py)
            or title_pairs.worth_parsing(toks, triggers)
            or pronoun_speakers.worth_parsing(toks, triggers)
            or plural_refs.worth_parsing(toks)  # «Они уже виделись в Сингапуре»
            or plural_chairs.worth_parsing(toks)  # «сопредседатели подписали протокол»
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
    carried = carried_days(inp)  # the day the story is on, told a few sentences back
    contacts: list[Antecedent] = []  # contacts told so far, for «стороны» (parties.py)
    spans = [(s.start, s.end) for s in inp.analysis.sentences]
    before: list[EventCandidate] = []  # the sentence before's events («Об этом сообщила»)

    def person(actor_id: str) -> bool:
        return grouping.kind(inp, actor_id) == "person"

    for si, sent in enumerate(inp.analysis.sentences):
        if in_excluded(sent.start, sent.end, inp.excluded):
            continue
        toks = index.within(sent.start, sent.end)
        entry = (
            headed.get(si)
            or day_gone_on(inp, si)
            or setting_days(inp, si)
            or bare_time_day(inp, si)  # «Раиси прилетел днём»: the day being told
            or day_told(inp, si)  # «Посол вызван в МИД, пишет 12 октября агентство»
        )
        # «Об этом в среду сообщили»; «X также провёл встречу»: a happening, not a statement
        told_day = (
            day_reported(inp, si, toks)
            or day_gone_on(inp, si, also=True)
            or reported_today(inp, si, index.within(*spans[si + 1]) if si + 1 < len(spans) else [])
        )
        # the weakest: the day the story is on, told a few sentences back (story_day.py)
        story = carried.get(si) if entry is None and told_day is None else None
        trip = trip_parts.planned_trip(inp, groups, spans, si) or trip_parts.held_trip(
            inp, groups, spans, si
        )  # «Он проведёт переговоры ...», «Чавушоглу провёл переговоры с Лавровым»
        voice = pronoun_speakers.previous_voice(groups, spans, si, inp.text)  # «Он добавил»
        cands = (
            sentence_events(
                inp, si, sent.start, sent.end, toks, entry, told_day, contacts,
                trip=trip, voice=voice, groups_before=groups,
            )  # fmt: skip
            if toks
            else []
        )
        if story is not None:
            cands = carried_parties(inp, story, cands, groups)  # the same people go on
        cands, before = about_this.without_own_source(inp, si, cands, before), cands
        cands = readouts.fold_readouts(inp, si, toks, cands, groups)  # «уточнили, что звонок»
        if not cands:
            plain[si] = keys_of(toks, [], [])
        prev = spans[si - 1] if si else None
        for cand in cands:
            # «выступили с заявлениями. Президент назвал ...»: the words of that occasion
            said = occasion_day(cand, groups, prev, index.within(*prev) if prev else [])
            if said is not None:
                cand.date, cand.sentence_dates = said, [said]
            # «Личная встреча министров состоялась 24 июля»: of another day, theirs anew
            apart = retold_apart.other_happening(groups, cand, toks)
            if apart is None:
                continue
            cand = apart
            # «Переговоры продлились пять часов»: the course of the one told (told_course.py)
            course_of = told_course.told_one(inp, groups, cand) if cand.course else None
            if course_of is not None:
                told_course.fold(course_of, cand, grouping.absorb)
                continue
            if cand.refers_back and not cand.actors and not retold.told_before(groups, cand):
                continue  # a happening retold by its noun alone, with none told before
            # «по итогам встречи»: the happening told before (anaphora.py)
            first = anaphora.resolve(groups, cand, grouping.absorb) if cand.refers_back else cand
            if first is not None:
                told(contacts, grouping.group(inp, groups, first))
        # «назвал переговоры Путина и Меркель полезными»: a contact rated, not told, whose
        # parties later replies speak across (evaluated.py)
        scene = scene_of(inp, si, sent.start, sent.end, toks) if toks else None
        if scene is not None and scene.parsed:
            contacts += evaluated.rated_contacts(
                toks, scene.parse, scene.triggers, scene.hits, scene.mentions
            )
        # «Российскую делегацию возглавил X»: a party to the talks just told.
        delegations.led(groups, spans, si, delegations.heads(toks, inp.actor_hits, person))
        # «Россию представлял X, Евросоюз — Y»: parties to the contact just told.
        took = taking_part.takers(toks, inp.actor_hits, person)
        delegations.led(
            groups, spans, si, took, taking_part.REACH, taking_part.without_people(person)
        )
    # «МИД объяснил ...» in a headline: the body's statement
    groups = headlines.fold_headlines(inp, groups, grouping.absorb)
    presser_replies.join_replies(inp, groups, index.within)  # «Виейра, со своей стороны, заявил»
    add_quoted_words(inp, groups, plain)
    page = page_interview(inp, groups, index.within)  # a Q/A page is the answerer's interview
    if page is not None:
        groups = conversation_told(inp, page, groups, index.within)  # «Беседа состоялась»
        groups = outlet_talks(inp, page, groups, index.within)  # «Мы поговорили с ним»
        groups.append(page)
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
