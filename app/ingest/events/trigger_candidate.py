"""The event candidate a trigger gives, from its actors, places and day."""

from __future__ import annotations

from app.ingest.events import anaphora, sanctions, told_course
from app.ingest.events.call_backs import call_back_keys
from app.ingest.events.document_anaphora import signed_again
from app.ingest.events.document_packages import package_states
from app.ingest.events.keys import keys as keys_of
from app.ingest.events.meal_marks import meal_keys
from app.ingest.events.ministry_documents import ministry_states
from app.ingest.events.ministry_rounds import ministries_hold
from app.ingest.events.model import ActorSpan, ArticleInput, EventCandidate
from app.ingest.events.place_clause_hosts import held_there
from app.ingest.events.separate_contacts import apart_keys
from app.ingest.events.swapped_parties import mark_swapped
from app.ingest.events.titles import gist_of
from app.ingest.events.trigger_day import Day
from app.ingest.events.trigger_scene import Trigger
from app.ingest.events.video_calls import video_call


def candidate(
    t: Trigger,
    day: Day,
    actors: list[ActorSpan],
    places: list[ActorSpan],
    listed: tuple[int, int] | None,
    again: bool,
    own_date: bool,
) -> EventCandidate:
    """The candidate: its actors in order (speakers of words, else participants), the
    first place not a party as its venue, and the sentence listing its parties after."""
    s, idx, typ, speech = t.s, t.idx, t.typ, t.speech
    toks, parse, parsed, hits, mentions = s.toks, s.parse, s.parsed, s.hits, s.mentions
    reading = day.reading
    tail = s.inp.text[toks[idx].end : s.end]
    ids = list(dict.fromkeys(h.actor_id for h in actors))
    if video_call(typ, toks[idx].lemma, ids, lambda a: _kind(s.inp, a) == "person"):
        typ = "call"  # «Путин и Байден провели видеоконференцию» (video_calls.py)
    cand = EventCandidate(
        type=typ,
        title="",
        planned=day.planned,
        date=reading,
        sentences=[(s.start, s.end)],
        actors=ids,
        actor_spans=[(h.start, h.end, h.actor_id) for h in actors],
        # «ужинали в «Горках»»: a meal apart from the day's talks (meal_marks.py)
        # «Буш перезвонил Путину»: a call back apart from the call it answers (call_backs.py)
        # «провёл отдельную беседу с X»: a talk apart from the summit around it
        # (separate_contacts.py)
        keys=keys_of(toks, hits, mentions)
        | meal_keys(toks, idx)
        | call_back_keys(toks, idx)
        | apart_keys(toks, parse if parsed else None, idx, typ),
        sentence_dates=[reading],
        gist=gist_of(tail) if typ in ("statement", "answers") else None,
        status=day.status,
        roles={h.actor_id: "speaker" if speech else "participant" for h in actors},
        venue=next((h.actor_id for h in places if h.actor_id not in ids), None),
        refers_back=again
        or (parsed and anaphora.refers_back(toks, parse, idx, typ, hits, mentions))
        or (parsed and signed_again(toks, parse, idx, typ, own_date)),  # «Документ подписали»
        course=parsed and not speech and told_course.course_told(toks, parse, idx),
    )
    if typ == "visit" and parsed:
        # «побывал в Мапуту, где обсудил с X ...»: the stay told by its contact (visit_host.py)
        cand.keys = cand.keys | held_there(toks, parse, idx, s.triggers)
    if typ == "sanctions" and parsed:
        # «ввёл санкции против Газпромбанка»: the target is named, not a party.
        sanctions.mark_targets(cand, toks, parse, hits, idx)
    if typ == "exchange":
        # «обменяла Грайнер на Бута»: the people swapped are named, the states are the
        # parties (swapped_parties.py)
        mark_swapped(s.inp, cand, (toks[idx].start, toks[idx].end))
    if typ == "talks" and parsed:
        before = [k for k in s.inp.analysis.tokens if k.end <= s.start]
        cand.ministries = ministries_hold(toks, parse, idx, before)
    if typ == "agreement":
        # «план консультаций между министерствами иностранных дел двух стран»: the two
        # ministries are its parties (ministry_documents.py; the pipeline adds them)
        states = ministry_states(s.inp, toks, typ, actors)
        for h in states:
            if h.actor_id not in cand.actors:
                cand.actors.append(h.actor_id)
                cand.actor_spans.append((h.start, h.end, h.actor_id))
                cand.roles[h.actor_id] = "participant"
        cand.ministries = bool(states)
        if parsed:
            # «стороны подписали 12 документов»: a package is the states' (document_packages.py)
            for h in package_states(s.inp, toks, parse, idx, typ, actors):
                if h.actor_id not in cand.actors:
                    cand.actors.append(h.actor_id)
                    cand.actor_spans.append((h.start, h.end, h.actor_id))
                    cand.roles[h.actor_id] = "participant"
    if listed is not None:
        cand.sentences.append(listed)
        cand.sentence_dates.append(reading)
    return cand


def _kind(inp: ArticleInput, actor_id: str) -> str | None:
    info = inp.actors.get(actor_id)
    return info.kind if info else None
