"""What a stored event is called and who plays which part in it: the roles of a candidate's
actors (participant, speaker, mentioned, subject, venue) and its Russian and English titles
from the trigger, the participants (or the speaker) and the place. Split from store.py,
which writes events; nothing here touches the database.
"""

from __future__ import annotations

from app.ingest.events import EventCandidate, titles, titles_en
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.facts import ArticleFacts

PARTICIPANT = "participant"
SPEAKER = "speaker"
MENTIONED = "mentioned"
# The one a happening is directed at (the target of sanctions): named, not an actor.
SUBJECT = "subject"
VENUE = "venue"
# The roles that make an actor one of the event's actors (the filter works on them).
ACTOR_ROLES = frozenset({PARTICIPANT, SPEAKER})


def roles_of(cand: EventCandidate) -> dict[str, str]:
    """Role of each actor named in the candidate (participant unless the extraction says;
    the subject of sanctions and the place are named, not actors)."""
    out = {a: cand.roles.get(a, PARTICIPANT) for a in cand.actors}
    for a, role in cand.roles.items():
        out.setdefault(a, role)
    if cand.venue in out:
        out[cand.venue] = VENUE
    return out


def titled_names(cand: EventCandidate, facts: ArticleFacts) -> tuple[list[str], str | None]:
    """Who a title names, in order (the participants, or the speaker of words; a state is
    left out when its own body is named; the place is never a party), and the target."""
    roles = roles_of(cand)
    people = [a for a in cand.actors if a != cand.venue]
    if cand.type in SPEECH_TYPES and any(roles.get(a) == SPEAKER for a in people):
        people = [a for a in people if roles.get(a) == SPEAKER]
    else:
        people = [a for a in people if roles.get(a) in ACTOR_ROLES]
    with_body = {facts.parents[a] for a in people if a in facts.parents}
    target = next((a for a, r in cand.roles.items() if r == SUBJECT), None)
    return [a for a in people if a not in with_body], target


def title_ru(cand: EventCandidate, facts: ArticleFacts) -> str:
    """What happened, from the trigger, the participants (or the speaker) and the place:
    «Встреча Путина с Моди в Кремле», «Заявление Рябкова: …»."""
    named, target = titled_names(cand, facts)
    venue = cand.venue
    return titles.make_title(
        cand.type,
        [kind_name(facts, a) for a in named],
        cand.gist,
        venue=kind_name(facts, venue) if venue else None,
        target=kind_name(facts, target) if target else None,
    )


def title_en(cand: EventCandidate, facts: ArticleFacts) -> str | None:
    """The English title from the same names, when the gazetteer gives each of them an
    English name (none is invented): «Phone call between Vladimir Putin and Donald Trump»."""
    named, target = titled_names(cand, facts)
    return titles_en.make_title_en(
        cand.type,
        [english_name(facts, a) for a in named],
        english_name(facts, cand.venue) if cand.venue else None,
        english_name(facts, target) if target else None,
        has_venue=cand.venue is not None,
        has_target=target is not None,
    )


def english_name(facts: ArticleFacts, actor_id: str) -> str | None:
    a = facts.actors.get(actor_id)
    return a.name if a else None


def visit_destination(cand: EventCandidate, facts: ArticleFacts) -> None:
    """A state named beside the visitor of a visit is where he went («визит Путина в
    Китай»): the venue, not a party (nor a «Визит Путина и Китая» in the title)."""
    if cand.type != "visit" or cand.venue is not None:
        return
    kinds = {a: kind_name(facts, a)[0] for a in cand.actors}
    state = next((a for a in cand.actors if kinds[a] == "state"), None)
    if state is None or "person" not in kinds.values():
        return
    cand.venue = state
    cand.actors = [a for a in cand.actors if a != state]
    cand.roles[state] = VENUE


def kind_name(facts: ArticleFacts, actor_id: str) -> tuple[str, str]:
    a = facts.actors.get(actor_id)
    return (a.kind, a.name_ru) if a else ("organisation", actor_id)
