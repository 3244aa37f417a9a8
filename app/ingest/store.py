"""Writing one article's facts: idempotent, one transaction, merging with stored events.

- The same text again (any file name) changes nothing. A changed file at a path already
  ingested replaces that path's old article: its mentions go, events left without sources
  go, and their ids redirect (301) to the new event that took their place.
- Each candidate event either joins a stored event that is the same happening (see
  app/ingest/events/identity.py) or becomes a new event with a readable, unique slug.
- An event's date is recomputed from all its mentions: the finest explicit reading wins
  and explicit readings that contradict it are kept as the disagreement. When a better
  reading changes its slug, the event is renamed and the old id redirects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.db import cards, derived
from app.db.engine import writer_lock
from app.db.models import (
    PRECISION_RANK,
    UNDATED,
    Actor,
    ActorAlias,
    Article,
    Event,
    EventActor,
    EventRedirect,
    Mention,
)
from app.db.search import delete_search
from app.ingest.actors.names import name_key
from app.ingest.events import EventCandidate, event_ids, merged_date, trips
from app.ingest.events import identity as ident
from app.ingest.events.model import DateReading
from app.ingest.initials import namesake
from app.ingest.pipeline import ArticleFacts
from app.ingest.same_stored import (
    actors_of,
    event_reading,
    find_same,
    mention_reading,
)
from app.ingest.stored_titles import (
    ACTOR_ROLES,
    MENTIONED,
    PARTICIPANT,
    roles_of,
    title_en,
    title_ru,
    visit_destination,
)

MAX_SIGNATURE = 300

Outcome = Literal["ingested", "unchanged", "replaced"]


@dataclass
class StoreCache:
    """What one ingest run already knows is in the database (only ever filled after a
    commit, so a rolled-back article never leaves a wrong entry)."""

    actors: set[str] = field(default_factory=set)
    # New people by the stems of their names' words: two spellings of one person in one
    # run («Субраманьяма Джайшанкара» where no article gave the nominative) are one actor.
    people: dict[str, str] = field(default_factory=dict)


@dataclass
class StoreResult:
    outcome: Outcome
    events: list[str] = field(default_factory=list)


# Bulk UPDATE/DELETE by key: the session need not search its loaded objects for each
# (with hundreds of events in one article that search dominated the store step).
_NO_SYNC = {"synchronize_session": False}


def store_article(
    session: Session, facts: ArticleFacts, cache: StoreCache | None = None
) -> StoreResult:
    """Store one article and its events in ONE transaction (all or nothing).

    The session must have no transaction open: this function begins and commits its own.
    """
    cache = cache if cache is not None else StoreCache()
    facts = _same_people(facts, cache)
    result = _store(session, facts, cache)
    cache.actors.update(facts.actors)  # reached only when the transaction committed
    for a in facts.actors.values():
        if a.kind == "person" and not a.curated:
            cache.people.setdefault(name_key(a.name_ru), a.id)
    return result


def _full_name(cache: StoreCache, name: str) -> str | None:
    """A short form of one full name this run knows («Лула да Силва» of «Луис Инасиу Лула
    да Силва»): at least two words, the last words of exactly one known person."""
    key = name_key(name)
    if len(key.split()) < 2:
        return None
    found = {pid for k, pid in cache.people.items() if k.endswith(" " + key)}
    return found.pop() if len(found) == 1 else None


def _same_people(facts: ArticleFacts, cache: StoreCache) -> ArticleFacts:
    """The article's new people under the ids this run already gave them (see
    StoreCache.people)."""
    to: dict[str, str] = {}
    for a in facts.actors.values():
        if a.kind == "person" and not a.curated:
            known = (
                cache.people.get(name_key(a.name_ru))
                or _full_name(cache, a.name_ru)
                or namesake(a.name_ru, cache.people)  # «А.Ю.Руденко», «Андрей Руденко»
            )
            if known is not None and known != a.id:
                to[a.id] = known
    if not to:
        return facts
    for c in facts.events:
        c.actors = list(dict.fromkeys(to.get(a, a) for a in c.actors))
        c.actor_spans = [(s, e, to.get(a, a)) for s, e, a in c.actor_spans]
        c.roles = {to.get(a, a): r for a, r in c.roles.items()}
        c.venue = to.get(c.venue, c.venue) if c.venue else None
    # The article's own spelling still names the actor in its titles; the stored row (the
    # first spelling) is left as it is.
    actors = {to.get(a.id, a.id): replace(a, id=to.get(a.id, a.id)) for a in facts.actors.values()}
    return replace(facts, actors=actors)


def _store(session: Session, facts: ArticleFacts, cache: StoreCache) -> StoreResult:
    with session.begin():
        # Several ingests writing one PostgreSQL take turns (a no-op on SQLite, whose
        # writers are serialised by the database itself).
        writer_lock(session)
        if session.get(Article, facts.id) is not None:
            return StoreResult("unchanged")
        # A changed file replaces its old version even when every event of it lives on
        # in other outlets' reports (nothing vanished, but the file was replaced).
        replacing = session.scalar(select(Article.id).where(Article.path == facts.path).limit(1))
        gone = _remove_path(session, facts.path)
        _upsert_actors(session, facts, cache)
        session.add(_article_row(facts))
        session.flush()
        touched: dict[str, Event] = {}
        months: set[str | None] = set()
        actors: set[str] = set()
        for cand in facts.events:
            visit_destination(cand, facts)
            if cand.type == "visit":
                cand.keys = cand.keys | trips.venue_key(cand.venue)  # where the visitor went
            cand.title = title_ru(cand, facts)
            cand.title_en = title_en(cand, facts)
            same = find_same(session, cand, facts.parents)
            ev = same[0] if same else _new_event(session, cand, facts)
            for other in same[1:]:
                # The new report is the same happening as two stored events: they were
                # one all along (an outlet dated it, another gave only its parties).
                months.add(derived.month_key(other.sort_date))
                actors.update(a.actor_id for a in other.actor_links)
                touched.pop(other.id, None)
                _absorb_event(session, ev, other)
            _add_mentions(session, ev, cand, facts)
            ev.type = ident.merged_type(ev.type, cand.type)
            touched[ev.id] = ev
        session.flush()
        final: list[Event] = []
        for ev in touched.values():
            months.add(derived.month_key(ev.sort_date))
            ev, linked = _refresh(session, ev, facts.parents)
            months.add(derived.month_key(ev.sort_date))
            actors.update(linked)
            final.append(ev)
        for old in gone:
            actors.update(old.actors)
            months.add(old.month)
        _redirect_removed(session, gone, final, facts)
        derived.recount_actors(session, actors)
        derived.recount_months(session, months)
        cards.refresh(session)
        outcome: Outcome = "replaced" if gone or replacing is not None else "ingested"
        return StoreResult(outcome, [e.id for e in final])


def _article_row(f: ArticleFacts) -> Article:
    return Article(
        id=f.id,
        # Free text cut to its column: PostgreSQL enforces lengths that SQLite ignores.
        file=_cut(f.file, Article.file),
        path=f.path,
        title=_cut(f.title, Article.title),
        outlet=_cut(f.outlet, Article.outlet),
        author=_cut(f.author, Article.author),
        url=_cut(f.url, Article.url),
        published=f.published,
        published_how=f.published_how,
        lang=f.lang,
        encoding=f.encoding,
        text=f.text,
        excluded=[list(s) for s in f.excluded],
        sha256=f.sha256,
    )


def _cut(value: str | None, column: Any) -> Any:
    length = column.type.length
    if value is None or length is None or len(value) <= length:
        return value
    return value[: length - 1] + "…"


def _upsert_actors(session: Session, facts: ArticleFacts, cache: StoreCache) -> None:
    for a in facts.actors.values():
        if a.id in cache.actors:
            continue  # written (with its aliases) earlier in this run
        row = session.get(Actor, a.id)
        if row is None:
            row = Actor(
                id=a.id, name=a.name, name_ru=a.name_ru, kind=a.kind, curated=a.curated,
                events_count=0,
            )  # fmt: skip
            session.add(row)
        elif a.curated:
            row.name, row.name_ru, row.kind, row.curated = a.name, a.name_ru, a.kind, True
        have = {x.alias for x in row.aliases}
        for alias in a.aliases:
            if alias not in have:
                row.aliases.append(ActorAlias(actor_id=a.id, alias=alias))
                have.add(alias)
    session.flush()


def _absorb_event(session: Session, ev: Event, other: Event) -> None:
    """Fold stored event `other` into `ev`: its mentions move, its id redirects to `ev`."""
    session.flush()
    # Synchronised: this article's own mentions of `other` are in the session.
    session.execute(update(Mention).where(Mention.event_id == other.id).values(event_id=ev.id))
    ev.status = merged_status(ev.status, other.status)
    ev.venue_id = ev.venue_id or other.venue_id
    ev.type = ident.merged_type(ev.type, other.type)
    keys = set(ev.signature.split()) | set(other.signature.split())
    ev.signature = " ".join(sorted(keys)[:MAX_SIGNATURE])
    if other.date_text is not None and ev.date_text is None:
        ev.title = other.title  # the title of the report that dates it
        ev.title_en = other.title_en
    delete_search(session, other.id)
    old_id = other.id
    session.delete(other)
    session.flush()
    _point_redirects(session, old_id, ev.id)


# --- creating and updating events ---------------------------------------------------------


def _new_event(session: Session, cand: EventCandidate, facts: ArticleFacts) -> Event:
    kinds = {a: facts.actors[a].kind if a in facts.actors else "organisation" for a in cand.actors}
    wanted = _slug(cand.date, cand.type, cand.actors, kinds, facts.parents)
    ev = Event(
        id=_unique_id(session, wanted),
        title=cand.title,
        title_en=cand.title_en,
        type=cand.type,
        planned=cand.planned,
        status=_status(cand),
        venue_id=cand.venue,
        date_precision=cand.date.value.precision,
        date_how=cand.date.value.how,
        sort_date=UNDATED,
        precision_rank=PRECISION_RANK["unknown"],
        sources_count=0,
        disagreement=[],
        signature="",
    )
    session.add(ev)
    session.flush()
    return ev


# Among reports that it has not (yet) happened, a change of plan outranks the plan.
_STATUS_RANK = {"happened": 3, "cancelled": 2, "postponed": 1, "planned": 0}


def _status(cand: EventCandidate) -> str:
    if cand.status in _STATUS_RANK and (cand.status != "happened" or not cand.planned):
        return cand.status
    return "planned"  # an extractor that sets only `planned`


def merged_status(a: str, b: str) -> str:
    """One happening reported as planned and as held has happened; among reports that it
    has not, a postponement or cancellation outranks the plan."""
    return max(a, b, key=lambda s: _STATUS_RANK.get(s, 0))


def _slug(
    reading: DateReading,
    type_: str,
    actor_ids: Iterable[str],
    kinds: Mapping[str, str],
    parents: Mapping[str, str] | None,
) -> str:
    """The event's readable id; a body is named rather than its state («russian-mfa»)."""
    ids = list(actor_ids)
    bodies_of = {parents[a] for a in ids if parents and a in parents}
    named = [(a, kinds.get(a, "organisation")) for a in ids if a not in bodies_of]
    return event_ids.event_slug(reading, type_, named)


def _add_mentions(session: Session, ev: Event, cand: EventCandidate, f: ArticleFacts) -> None:
    readings = cand.sentence_dates or [cand.date] * len(cand.sentences)
    status = _status(cand)
    roles = roles_of(cand)
    for (s, e), r in zip(cand.sentences, readings, strict=False):
        # Every span is kept as evidence (the source view marks it); its role says whether
        # the actor is one of the event's actors or only named there.
        spans = [
            [a, b, aid, roles.get(aid, MENTIONED)]
            for a, b, aid in cand.actor_spans
            if s <= a and b <= e
        ]
        session.add(
            Mention(
                event_id=ev.id,
                article_id=f.id,
                sent_start=s,
                sent_end=e,
                quote=f.text[s:e],
                date_text_start=r.span[0] if r.span else None,
                date_text_end=r.span[1] if r.span else None,
                date_text=r.text,
                date_start=r.value.start,
                date_end=r.value.end,
                date_precision=r.value.precision,
                date_how=r.value.how,
                planned=status != "happened",
                actor_spans=spans,
            )
        )
    ev.status = merged_status(ev.status, status)
    ev.venue_id = ev.venue_id or cand.venue
    keys = set(ev.signature.split()) | set(cand.keys)
    ev.signature = " ".join(sorted(keys)[:MAX_SIGNATURE])
    # The title comes from the source that dates the happening best: a source with an
    # explicit date over one dated by its publication, then the more specific type.
    new = not ev.signature
    explicit_now = cand.date.explicit and ev.date_text is None and not new
    if (
        new
        or explicit_now
        or (ev.type != cand.type and ident.merged_type(ev.type, cand.type) == cand.type)
    ):
        ev.title, ev.title_en = cand.title, cand.title_en


def _refresh(
    session: Session, ev: Event, parents: Mapping[str, str] | None = None
) -> tuple[Event, list[str]]:
    """Recompute date, flags, counts, links, search text and (maybe) the id of an event;
    return it (renamed, maybe) with its actors."""
    mentions = list(session.scalars(select(Mention).where(Mention.event_id == ev.id)))
    readings = [mention_reading(m) for m in mentions]
    best = merged_date.best_reading(readings, spans=ev.type == "visit")
    ev.date_start, ev.date_end = best.value.start, best.value.end
    ev.date_precision, ev.date_how, ev.date_text = (
        best.value.precision,
        best.value.how,
        best.text,
    )
    ev.sort_date, ev.precision_rank = derived.sort_key(
        ev.date_start, ev.date_end, ev.date_precision
    )
    ev.planned = all(m.planned for m in mentions)
    if not ev.planned:
        ev.status = "happened"
    elif ev.status == "happened":  # the source that told it as held was removed
        ev.status = "planned"
    disputing = set(map(id, merged_date.disagreements(readings, best)))
    ev.disagreement = [
        {
            "start": _iso(r.value.start),
            "end": _iso(r.value.end),
            "precision": r.value.precision,
            "how": r.value.how,
            "text": r.text,
            "article_id": m.article_id,
            "mention_id": m.id,
        }
        for m, r in zip(mentions, readings, strict=True)
        if id(r) in disputing
    ]
    roles = _event_roles(mentions)
    actor_ids = list(roles)
    rows = session.execute(
        select(Actor.id, Actor.kind, Actor.name, Actor.name_ru).where(Actor.id.in_(actor_ids))
    ).all()
    wanted = _slug(best, ev.type, actor_ids, {r.id: r.kind for r in rows}, parents)
    if _base(ev.id) != wanted:
        ev = _rename(session, ev, _unique_id(session, wanted, exclude=ev.id))
    ev.sources_count = len({m.article_id for m in mentions})
    derived.set_event_actors(session, ev, actor_ids, roles)
    # An actor without an English name is still found by Latin letters: its slug is the
    # transliteration of its Russian name.
    names = [r.name or r.id.replace("-", " ") for r in rows] + [r.name_ru for r in rows]
    derived.index_event(session, ev, [m.quote for m in mentions], names)
    return ev, actor_ids


def _event_roles(mentions: Iterable[Mention]) -> dict[str, str]:
    """The event's actors and their roles, in order of appearance: participants and
    speakers only; an actor who is a participant anywhere is a participant."""
    out: dict[str, str] = {}
    for m in mentions:
        for span in m.actor_spans:
            # Spans stored before roles existed ([start, end, id]) were all actors.
            role = span[3] if len(span) > 3 else PARTICIPANT
            if role in ACTOR_ROLES and out.get(span[2]) != PARTICIPANT:
                out[span[2]] = role
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _base(event_id: str) -> str:
    """The slug without a collision suffix (`...-call-2` -> `...-call`).

    Slugs end in a type word, so a trailing number after a letter is always a suffix.
    """
    head, _, tail = event_id.rpartition("-")
    if tail.isdigit() and head[-1:].isalpha():
        return head
    return event_id


def _unique_id(session: Session, wanted: str, exclude: str | None = None) -> str:
    n = 1
    cand = wanted
    while True:
        taken = session.get(Event, cand) is not None and cand != exclude
        if not taken:
            return cand
        n += 1
        cand = f"{wanted}-{n}"


def _rename(session: Session, ev: Event, new_id: str) -> Event:
    old_id = ev.id
    session.flush()
    delete_search(session, old_id)
    session.execute(
        update(Event).where(Event.id == old_id).values(id=new_id), execution_options=_NO_SYNC
    )
    # Without ON UPDATE CASCADE everywhere (e.g. an old SQLite) keep children in step.
    session.execute(
        update(Mention).where(Mention.event_id == old_id).values(event_id=new_id),
        execution_options=_NO_SYNC,
    )
    session.execute(
        delete(EventActor).where(EventActor.event_id == old_id), execution_options=_NO_SYNC
    )
    session.expunge(ev)
    _point_redirects(session, old_id, new_id)
    renamed = session.get(Event, new_id)
    if renamed is None:  # the UPDATE above just made it
        raise RuntimeError(f"event {old_id!r} could not be renamed to {new_id!r}")
    return renamed


def _point_redirects(session: Session, old_id: str, new_id: str) -> None:
    """old -> new, and every id that pointed at old now points at new (no chains)."""
    session.execute(
        update(EventRedirect).where(EventRedirect.new_id == old_id).values(new_id=new_id),
        execution_options=_NO_SYNC,
    )
    session.execute(
        delete(EventRedirect).where(EventRedirect.old_id == new_id), execution_options=_NO_SYNC
    )
    if session.get(EventRedirect, old_id) is None:
        session.add(EventRedirect(old_id=old_id, new_id=new_id))
    session.flush()


# --- replacing a changed file ----------------------------------------------------------------


@dataclass(frozen=True)
class GoneEvent:
    """An event that lost its last source when its file changed."""

    id: str
    type: str
    actors: list[str]
    month: str | None
    reading: DateReading
    keys: frozenset[str]


Gone = list[GoneEvent]


def _remove_path(session: Session, path: str) -> Gone:
    """Delete the articles previously read from `path`; return the events that vanished."""
    gone: Gone = []
    for old in list(session.scalars(select(Article).where(Article.path == path))):
        event_ids = set(
            session.scalars(select(Mention.event_id).where(Mention.article_id == old.id))
        )
        session.delete(old)
        session.flush()
        for eid in sorted(event_ids):
            ev = session.get(Event, eid)
            if ev is None:
                continue
            left = session.scalar(select(Mention.id).where(Mention.event_id == eid).limit(1))
            if left is None:
                gone.append(
                    GoneEvent(
                        id=eid,
                        type=ev.type,
                        actors=[a.actor_id for a in ev.actor_links],
                        month=derived.month_key(ev.sort_date),
                        reading=event_reading(ev),
                        keys=frozenset(ev.signature.split()),
                    )
                )
                delete_search(session, eid)
                session.delete(ev)
                session.flush()
            else:
                _refresh_after_removal(session, ev)
    return gone


def _refresh_after_removal(session: Session, ev: Event) -> None:
    month = derived.month_key(ev.sort_date)
    actors = {a.actor_id for a in ev.actor_links}
    ev, linked = _refresh(session, ev)
    derived.recount_months(session, [month, derived.month_key(ev.sort_date)])
    derived.recount_actors(session, actors | set(linked))


def _redirect_removed(
    session: Session, gone: Gone, new_events: Iterable[Event], facts: ArticleFacts
) -> None:
    """Each event that vanished with the old version of a file redirects to the event of
    the new version that took its place, if one did."""
    new_list = list(new_events)
    links = actors_of(session, [e.id for e in new_list])
    for old in gone:
        if any(ev.id == old.id for ev in new_list):
            continue  # the same id came back: nothing to redirect
        for ev in new_list:
            if ident.successor(
                old.type, old.actors, old.reading,
                ev.type, links.get(ev.id, []), event_reading(ev), facts.parents,
            ):  # fmt: skip
                _point_redirects(session, old.id, ev.id)
                break
