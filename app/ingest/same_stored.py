"""Stored events that may be a new candidate's happening: read-only lookups for the store
step (app/ingest/store.py), by index ranges on (actor, sort date), so their cost is the
events of the candidate's actors in its date window, never the whole database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import Date, bindparam, select, text
from sqlalchemy.orm import Session

from app.db import lookup
from app.db.models import Event, Mention
from app.ingest import stored_day_after, stored_namesakes
from app.ingest.dates.era import Era
from app.ingest.events import (
    EventCandidate,
    contained,
    day_after,
    month_holds,
    one_side,
    plan_after_news,
    proposal_voice,
    same_voice,
    sanctions,
    sole_contact,
    spelled_alike,
    spokespeople,
    state_voice,
    told_years,
    unions,
    voiced_sides,
    yearless,
)
from app.ingest.events import identity as ident
from app.ingest.events.grouping import vague_held_beside_next
from app.ingest.events.hour_steps import steps_apart
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import DateReading
from app.ingest.events.separate_contacts import told_apart
from app.ingest.stored_rows import StoredRow, event_reading, stored_rows

# How many stored events of the same actors and period to compare a candidate with.
MAX_CANDIDATES = 200


def find_same(
    session: Session,
    cand: EventCandidate,
    parents: dict[str, str],
    own: Collection[str] = (),
    told: Collection[dt.date] = (),
    years: told_years.Years | None = None,
    era: Era | None = None,
    published: dt.date | None = None,
    spokes: spokespeople.Spokes | None = None,
) -> list[Event]:
    """Stored events that are the candidate's happening, the best match (most shared
    words) first. `own`: the events this article already told (which its own grouping
    kept apart from the candidate, so no offer by uniqueness may join them); `told`: the
    days the article's reports state (day_after.py); `published`: the article's publication
    day, after which its undated plans are due (plan_after_news.py)."""
    ids = set(cand.actors) | {parents[a] for a in cand.actors if a in parents}
    ids |= {child for child, parent in parents.items() if parent in ids}
    ids = unions.related(ids)
    # «Кириенко» here, «Сергей Кириенко» stored: whether one person, align decides.
    ids |= stored_namesakes.namesakes(session, cand.actors)
    # «группа по ... в Карелии» here, the same «группа по ...» stored (placed_bodies.py)
    ids |= stored_namesakes.placed_kin(session, cand.actors)
    if cand.type in SPEECH_TYPES:
        ids |= state_voice.related(ids)  # «Венгрия заявила» and her minister's words
    if cand.type == "statement" and spokes:
        # «МИД России объявил» and the words of the spokesman its article names.
        ids |= {b for a in cand.actors for b in spokes.get(a, ())}
        ids |= {p for p, bodies in spokes.items() if bodies & set(cand.actors)}
    types = sorted(ident.lookup_types(cand.type))
    # The lookups below are SQL text on the session's connection (building the ORM's
    # statements cost several times what the database spends on them), so the pending
    # rows of this article are flushed once here, as the first query's autoflush did.
    session.flush()
    found = candidate_ids(session, sorted(ids), types, ident.interval(cand.date))
    if cand.type in voiced_sides.OWN and voiced_sides.day_stated(cand.date):
        # «Белый дом объявил о высылке» and Obama's (voiced_sides.py): the states these
        # people spoke for, with their bodies, and who spoke for these states, in a lookup
        # of their own (a stated day's window), so that they never crowd out the actors'
        # own events.
        voices = state_voice.related(ids) - ids
        voices |= {child for child, parent in parents.items() if parent in voices} - ids
        if voices:
            found += candidate_ids(session, sorted(voices), types, ident.interval(cand.date))
            found = list(dict.fromkeys(found))
    # The candidates' columns that the comparison reads, as plain rows (each read as an ORM
    # object cost more than all the comparing); only the events returned become objects.
    events = stored_rows(session, found)
    if not events:
        return []
    links = actors_of(session, [e.id for e in events])
    aimed = sanctions.targets_of(cand.roles)
    stored_aims = targets_of(session, [e.id for e in events]) if aimed else {}
    kinds = kinds_of(session, set(cand.actors).union(*links.values()))
    people = frozenset(a for a, k in kinds.items() if k == "person")
    states = frozenset(a for a, k in kinds.items() if k == "state")
    matches: list[tuple[int, int, int, StoredRow]] = []
    in_month: list[StoredRow] = []  # a month and a firm day in it (month_holds.py)
    sole: list[StoredRow] = []  # «before» a day and a dated contact (sole_contact.py)
    next_day: list[StoredRow] = []  # words of the day before publication (day_after.py)
    sides: list[StoredRow] = []  # one side of a contact and both sides (one_side.py)
    for n, ev in enumerate(events):
        if sanctions.other_targets(aimed, stored_aims.get(ev.id, frozenset())):
            continue
        if other_counterparts(cand.type, cand.actors, ev.type, links.get(ev.id, []), people):
            continue
        if other_partner_states(cand.type, cand.actors, ev.type, links.get(ev.id, []), states):
            continue
        if told_apart(
            cand.type, cand.actors, cand.keys, ev.type, links.get(ev.id, []), ev.keys,
            states.__contains__, parents,
        ):  # fmt: skip
            continue  # «провёл отдельную встречу с Хейгелом» and the day's 2+2 talks
        if held_and_called_off(cand.status, cand.date, ev.status, event_reading(ev)):
            continue
        if told_years.beyond_years(cand.date, event_reading(ev), years) or (
            told_years.beyond_era(cand.date, event_reading(ev), era)
        ):
            continue  # an undated reprint's report and a happening of another era
        if plan_after_news.over_before_plan(
            cand.status, cand.date, published, event_reading(ev)
        ) or (
            plan_after_news.undated_plan(ev.status, event_reading(ev))
            and plan_after_news.over_before_plan(
                ev.status, event_reading(ev), first_published(session, ev.id), cand.date
            )
        ):
            continue  # an undated plan and a happening over before the plan's news
        if steps_apart(
            ev.type, links.get(ev.id, []), ev.date_text,
            cand.type, cand.actors, cand.date.text, people.__contains__,
            states.__contains__,
        ):  # fmt: skip
            continue  # «около девяти вечера» talks beside the day's Kremlin meeting
        keys = ev.keys
        if vague_held_beside_next(
            cand.status, cand.date, cand.keys, ev.status, keys
        ) or vague_held_beside_next(ev.status, event_reading(ev), keys, cand.status, cand.keys):
            continue  # a contact held, undated, and the next round to come (grouping.py)
        if not ident.same_happening(
            ev.type, links.get(ev.id, []), event_reading(ev), keys,
            cand.type, cand.actors, cand.date, cand.keys, parents, spokes=spokes,
        ) and not yearless.same_aim(
            cand.type, cand.date, aimed, ev.type, event_reading(ev), stored_aims.get(ev.id)
        ) and not contained.same_contact(
            ev.type, links.get(ev.id, []), event_reading(ev), keys,
            cand.type, cand.actors, cand.date, cand.keys, people,
        ) and not (
            # One proposer's proposal of one day in another article (proposal_voice.py).
            ev.id not in own
            and proposal_voice.one_proposal(
                ev.type, links.get(ev.id, []), event_reading(ev),
                cand.type, cand.actors, cand.date, parents,
            )
        ):  # fmt: skip
            if month_holds.month_holds(
                ev.type, links.get(ev.id, []), event_reading(ev), keys,
                cand.type, cand.actors, cand.date, cand.keys, people,
            ):  # fmt: skip
                in_month.append(ev)
            elif sole_contact.sole_offer(
                ev.type, links.get(ev.id, []), event_reading(ev), keys,
                cand.type, cand.actors, cand.date, cand.keys, people,
            ):  # fmt: skip
                sole.append(ev)
            elif ev.id not in own and one_side.one_side(
                ev.type, links.get(ev.id, []), event_reading(ev), keys,
                cand.type, cand.actors, cand.date, cand.keys, people,
            ):  # fmt: skip
                sides.append(ev)
            elif ev.id not in own and day_after.day_after(
                ev.type, links.get(ev.id, []), event_reading(ev),
                cand.type, cand.actors, cand.date, parents,
            ):  # fmt: skip
                next_day.append(ev)
            continue
        # Ties of shared words go to a stored event with a date over one with none: a
        # dated happening is firmer ground than a report that gave no date at all.
        undated = int(same_voice.undated(event_reading(ev)))
        matches.append((-len(keys & cand.keys), undated, n, ev))
    if not matches and len(in_month) == 1:
        # The one happening of theirs the store knows that month: «в июле» is that one.
        matches.append((0, 0, 0, in_month[0]))
    elif not matches and len(sole) == 1 and not other_dated(cand, sole[0], events, links, people):
        # The one contact of these people the store knows before the day «ранее» points to.
        matches.append((0, 0, 0, sole[0]))
    elif (
        not matches
        and len(next_day) == 1
        and not stored_day_after.other_said(
            cand, next_day[0].id, event_reading(next_day[0]),
            [(ev.id, ev.type, event_reading(ev)) for ev in events], links, parents,
        )
        and stored_day_after.news_of_day_before(
            session, cand, next_day[0].id, event_reading(next_day[0]), told
        )
    ):  # fmt: skip
        # The one statement of these speakers the store dates to the day before the news.
        matches.append((0, 0, 0, next_day[0]))
    elif not matches and len(sides) == 1:
        # The one contact of this person the store knows on the days the lone side gives.
        matches.append((0, 0, 0, sides[0]))
    matches.sort(key=lambda m: m[:3])
    same = [ev for _, _, _, ev in matches]
    if one_side.between_two(cand.actors, [(e.type, links.get(e.id, [])) for e in same], people):
        return []  # one person's contact of a day he had two of (one_side.py)
    # A report with its own day joins every stored event it matches; a vague one (no
    # date, one shared actor) must not weld two different happenings together, so it only
    # joins events that are the same happening as its best match anyway.
    best = same[:1]
    definite = cand.date.explicit and cand.date.value.precision == "day"
    for ev in same[1:]:
        if steps_apart(
            best[0].type, links.get(best[0].id, []), best[0].date_text,
            ev.type, links.get(ev.id, []), ev.date_text, people.__contains__,
            states.__contains__,
        ):  # fmt: skip
            continue  # two steps of one day are not welded by a report of either
        if other_counterparts(
            best[0].type, links.get(best[0].id, []), ev.type, links.get(ev.id, []), people
        ):
            continue  # one person's contacts with two others: a report of one joins one
        if (
            definite and welds(cand, links.get(best[0].id, []), links.get(ev.id, []), parents)
        ) or ident.same_happening(
            best[0].type, links.get(best[0].id, []), event_reading(best[0]),
            best[0].keys,
            ev.type, links.get(ev.id, []), event_reading(ev), ev.keys,
            parents,
        ):  # fmt: skip
            best.append(ev)
    # Flushed above, so the rows are what the session's objects hold: an event this
    # article already touched is its object in the session, any other is loaded.
    return [e for e in (session.get(Event, r.id) for r in best) if e is not None]


def other_dated(
    cand: EventCandidate,
    offer: StoredRow,
    events: list[StoredRow],
    links: dict[str, list[str]],
    people: frozenset[str],
) -> bool:
    """The store knows another contact of the same people dated before the day the vague
    report of an offer (sole_contact.py) points to, which it may be as well (a month
    counts: «в ноябре» may be the meeting)."""
    limit = sole_contact.before_day(event_reading(offer)) or sole_contact.before_day(cand.date)
    if limit is None:
        return False
    return any(
        ev.id != offer.id
        and ev.type in sole_contact.CONTACTS
        and sole_contact.same_people(cand.actors, links.get(ev.id, []), people)
        and sole_contact.held_before(event_reading(ev), limit)
        for ev in events
    )


CALLED_OFF = frozenset({"postponed", "cancelled"})


def held_and_called_off(status_a: str, a: DateReading, status_b: str, b: DateReading) -> bool:
    """A happening told as held and one told as called off, on different days, are two: a
    state visit of 13–15 June held, and the trip of 14 June of the same visitor to another
    city called off (a day inside the other's days is no sign of one happening here)."""
    if not (a.explicit and b.explicit):
        # An undated report may be either; but a happening told cancelled with no day of its
        # own («визит был отменён») was never held: not the stored held one of a stated day.
        return _cancelled_beside_held(status_a, a, status_b, b) or _cancelled_beside_held(
            status_b, b, status_a, a
        )
    if {status_a, status_b} & CALLED_OFF and "happened" in (status_a, status_b):
        return not ident.same_day(a, b)
    return False


def _cancelled_beside_held(status_a: str, a: DateReading, status_b: str, b: DateReading) -> bool:
    """`a` told cancelled with no stated day, `b` told held on a stated day."""
    return status_a == "cancelled" and not a.explicit and status_b == "happened" and b.explicit


# Happenings all whose parties take part together: one report of them naming the parties
# of two stored events shows those were one (an outlet dated it, another gave only its
# parties). Sanctions and words are each actor's own act: «санкции ЕС и Британии» are two.
JOINT_TYPES = frozenset({"call", "meeting", "talks", "visit", "agreement", "exchange"})


def welds(cand: EventCandidate, a: list[str], b: list[str], parents: dict[str, str]) -> bool:
    """A dated report that matches two stored events may join them into one: a joint
    happening, or the two share an actor (a body counting as its state), or one of them
    names only whom the report's act is aimed at (the target another outlet took for a
    party): not two acts by different actors that the report tells together."""
    if cand.type in JOINT_TYPES or ident.actors_overlap(a, b, parents):
        return True
    if voiced_sides.state_act(cand.type, a, cand.date, cand.type, b, cand.date, parents):
        return True  # the White House's expulsions and Obama's of the day (voiced_sides.py)
    aimed = sanctions.targets_of(cand.roles)
    return set(a) <= aimed or set(b) <= aimed


_KINDS = text("SELECT actors.id, actors.kind FROM actors WHERE actors.id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


_FIRST_PUBLISHED = text(
    "SELECT MIN(articles.published) FROM mentions JOIN articles "
    "ON articles.id = mentions.article_id WHERE mentions.event_id = :id"
)


def first_published(session: Session, event_id: str) -> dt.date | None:
    """The earliest publication day of the articles that tell a stored event (None when
    none of them has one)."""
    rows = lookup.rows(session, _FIRST_PUBLISHED, {"id": event_id})
    return lookup.day(rows[0][0]) if rows and rows[0][0] is not None else None


def kinds_of(session: Session, actor_ids: set[str]) -> dict[str, str]:
    """The kind (person, state, ...) of each of these actors that is stored."""
    if not actor_ids:
        return {}
    rows = lookup.rows(session, _KINDS, {"ids": sorted(actor_ids)})
    return {str(r[0]): str(r[1]) for r in rows}


# Happenings of people face to face or on the line (not what came of them: one report's
# «стороны договорились» may name the wrong side).
CONTACTS = frozenset({"call", "meeting", "talks"})


def other_counterparts(
    type_a: str, actors_a: list[str], type_b: str, actors_b: list[str], people: frozenset[str]
) -> bool:
    """«Чонг встретился с Путиным» and «Ман провёл встречу с Путиным» of one day: meetings
    (calls, talks) of one person with two others, each naming a person the other lacks,
    are two happenings, in two outlets as in one article (events/grouping.py)."""
    if type_a not in CONTACTS or type_b not in CONTACTS:
        return False
    actors_a, actors_b = spelled_alike.align(actors_a, actors_b)  # one person spelled two ways
    pa, pb = set(actors_a) & people, set(actors_b) & people
    return bool(pa - pb) and bool(pb - pa) and bool(pa & pb)


def other_partner_states(
    type_a: str, actors_a: list[str], type_b: str, actors_b: list[str], states: frozenset[str]
) -> bool:
    """«Заседание российско-лаосской комиссии» and «заседание российско-алжирской
    комиссии»: contacts of two states each, sharing one of them, are two happenings (the
    shared state, Russia in most of our news, is no evidence of one happening)."""
    if type_a not in CONTACTS or type_b not in CONTACTS:
        return False
    sa, sb = set(actors_a) & states, set(actors_b) & states
    return len(sa) == 2 and len(sb) == 2 and len(sa & sb) == 1


# The longest interval a stored event with a start may span (a year-precision date), so
# that a window on sort_date (= start) still finds it.
_LONGEST_SPAN = dt.timedelta(days=370)
# Open-start events («до 5 мая», undated) whose sort date lies after the window.
MAX_OPEN_CANDIDATES = 50


def candidate_ids(
    session: Session, actor_ids: list[str], types: list[str], bounds: tuple[dt.date, dt.date]
) -> list[str]:
    """Stored events of these actors and types whose dates may overlap `bounds`.

    Both statements are ranges of the event_actors primary key (actor_id, sort_date, ...),
    so their cost is the events of the actors inside the date window, not all of them
    (OR-ed NULL bounds on events.date_start/date_end, as before, no index serves).
    Loose bounds (a stored fallback date stands for the week before publication);
    identity.same_happening decides exactly.
    """
    lo, hi = bounds
    top = plus_lag(hi)
    bottom = minus_lag(lo)
    bottom = bottom - _LONGEST_SPAN if bottom > ident.FAR_PAST + _LONGEST_SPAN else bottom
    params = {"actors": actor_ids, "types": types, "top": top}
    found = [row[0] for row in lookup.rows(session, _INSIDE, {**params, "bottom": bottom})]
    found += [row[0] for row in lookup.rows(session, _AFTER, params)]
    return list(dict.fromkeys(found))


# The statements of candidate_ids as SQL text (what the ORM's select compiled to, built
# once). Distinct ids first: PostgreSQL cannot compare the JSON columns of whole rows.
_CANDIDATES = (
    "SELECT DISTINCT event_actors.event_id, event_actors.sort_date "
    "FROM event_actors JOIN events ON events.id = event_actors.event_id "
    "WHERE event_actors.actor_id IN :actors AND events.type IN :types AND "
)
_INSIDE = text(
    _CANDIDATES + "event_actors.sort_date >= :bottom AND event_actors.sort_date <= :top "
    f"ORDER BY event_actors.sort_date DESC, event_actors.event_id LIMIT {MAX_CANDIDATES}"
).bindparams(
    bindparam("actors", expanding=True),
    bindparam("types", expanding=True),
    bindparam("bottom", type_=Date),
    bindparam("top", type_=Date),
)
# A stored event without a start is open towards the past: «before» a later day, or
# undated (sort date UNDATED), so it can be the same happening however late it sorts.
_AFTER = text(
    _CANDIDATES + "event_actors.sort_date > :top AND events.date_start IS NULL "
    f"ORDER BY event_actors.sort_date, event_actors.event_id LIMIT {MAX_OPEN_CANDIDATES}"
).bindparams(
    bindparam("actors", expanding=True),
    bindparam("types", expanding=True),
    bindparam("top", type_=Date),
)
_ACTORS_OF = text(
    "SELECT event_actors.event_id, event_actors.actor_id FROM event_actors "
    "WHERE event_actors.event_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def plus_lag(d: dt.date) -> dt.date:
    return d + ident.REPORTING_LAG if d < ident.FAR_FUTURE - ident.REPORTING_LAG else d


def minus_lag(d: dt.date) -> dt.date:
    return d - ident.REPORTING_LAG if d > ident.FAR_PAST + ident.REPORTING_LAG else d


def actors_of(session: Session, event_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    rows = lookup.rows(session, _ACTORS_OF, {"ids": event_ids})
    for eid, aid in rows:
        out.setdefault(eid, []).append(aid)
    return out


def targets_of(session: Session, event_ids: list[str]) -> dict[str, frozenset[str]]:
    """Whom each event's reports name as the target (role `subject`) of sanctions."""
    out: dict[str, set[str]] = {}
    rows = session.execute(
        select(Mention.event_id, Mention.actor_spans).where(Mention.event_id.in_(event_ids))
    )
    for event_id, spans in rows:
        for span in spans or ():
            if len(span) > 3 and span[3] == "subject":
                out.setdefault(event_id, set()).add(span[2])
    return {k: frozenset(v) for k, v in out.items()}
