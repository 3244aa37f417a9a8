"""Writing one article's facts: idempotent, one transaction, merging with stored events.

- The same text again (any file name) changes nothing. A changed file at a path already
  ingested replaces that path's old article: its mentions go, events left without sources
  go, and their ids redirect (301) to the new event that took their place.
- Each candidate event either joins a stored event that is the same happening (see
  app/ingest/events/identity.py) or becomes a new event with a readable, unique slug.
- An event's date is recomputed from all its mentions: the finest explicit reading wins
  and explicit readings that contradict it are kept as the disagreement. When a better
  reading changes its slug, the event is renamed and the old id redirects.

The steps live in store_people.py (one person under one id in a run), stored_ids.py (slugs,
renames, redirects), stored_refresh.py (an event recomputed from its mentions) and
replaced_files.py (a changed file's old version removed).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

from sqlalchemy import inspect, text, update
from sqlalchemy.orm import Session, make_transient_to_detached

from app.db import cards, derived, lookup, sqlite_writes
from app.db.engine import writer_lock
from app.db.models import (
    PRECISION_RANK,
    UNDATED,
    Actor,
    ActorAlias,
    Article,
    Event,
    Mention,
    utcnow,
)
from app.db.search import delete_search
from app.ingest.actors.names import name_key
from app.ingest.events import EventCandidate, day_after, told_years, trips
from app.ingest.events import identity as ident
from app.ingest.facts import ArticleFacts
from app.ingest.replaced_files import redirect_removed, remove_path
from app.ingest.same_stored import find_same
from app.ingest.store_people import same_people
from app.ingest.stored_ids import point_redirects, slug, unique_id
from app.ingest.stored_refresh import refresh
from app.ingest.stored_titles import (
    MENTIONED,
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
    # Bodies the gazetteer lacks by the state they belong to («mid-chili» -> «chile»), as
    # the articles of this run found them: a later article that names only the states
    # still meets the body as its state in the stored events (report_parties.py).
    parents: dict[str, str] = field(default_factory=dict)
    # People by the bodies the articles of this run named them the voice of
    # («пресс-секретарь Белого дома Джей Карни»: events/spokespeople.py), so that a later
    # article's «Белый дом заявил» meets his words of that day.
    spokes: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass
class StoreResult:
    outcome: Outcome
    events: list[str] = field(default_factory=list)


def store_article(
    session: Session, facts: ArticleFacts, cache: StoreCache | None = None
) -> StoreResult:
    """Store one article and its events in ONE transaction (all or nothing).

    The session must have no transaction open: this function begins and commits its own.
    """
    cache = cache if cache is not None else StoreCache()
    facts = same_people(facts, cache.people)
    spokes = dict(cache.spokes)
    for p, bodies in facts.spokes.items():
        spokes[p] = spokes.get(p, frozenset()) | bodies
    facts = replace(facts, parents=cache.parents | facts.parents, spokes=spokes)
    result = _store(session, facts, cache)
    cache.parents.update(facts.parents)
    cache.spokes.update(facts.spokes)
    cache.actors.update(facts.actors)  # reached only when the transaction committed
    for a in facts.actors.values():
        if a.kind == "person" and not a.curated:
            cache.people.setdefault(name_key(a.name_ru), a.id)
    return result


def _store(session: Session, facts: ArticleFacts, cache: StoreCache) -> StoreResult:
    with session.begin():
        # Several ingests writing one PostgreSQL take turns (a no-op on SQLite, whose
        # writers are serialised by the database itself).
        writer_lock(session)
        # Plain lookups (lookup.rows), not an ORM object loaded to be thrown away.
        if lookup.rows(session, _ARTICLE_STORED, {"id": facts.id}):
            return StoreResult("unchanged")
        # A changed file replaces its old version even when every event of it lives on
        # in other outlets' reports (nothing vanished, but the file was replaced).
        at_path = lookup.rows(session, _ARTICLE_AT_PATH, {"path": facts.path})
        replacing = at_path[0][0] if at_path else None
        gone = remove_path(session, facts.path)
        _upsert_actors(session, facts, cache)
        session.add(_article_row(facts))
        session.flush()
        touched: dict[str, Event] = {}
        # The days the article's own reports state (same_stored.news_of_day_before).
        told = day_after.days_stated(c.date for c in facts.events)
        # Without a publication date, the years its own dated reports give bound where
        # its undated ones may join (told_years.py).
        years = (
            told_years.years_told(r for c in facts.events for r in (c.date, *c.sentence_dates))
            if facts.published is None
            else None
        )
        era = facts.era if facts.published is None else None  # its dated roles' terms
        months: set[str | None] = set()
        actors: set[str] = set()
        for cand in facts.events:
            visit_destination(cand, facts)
            if cand.type in trips.PLACED:
                # where the visitor went, where the contact was held (host_house.py)
                cand.keys = cand.keys | trips.venue_key(cand.venue)
            cand.title = title_ru(cand, facts)
            cand.title_en = title_en(cand, facts)
            same = find_same(
                session, cand, facts.parents, touched, told, years, era,
                published=facts.published, spokes=facts.spokes,
            )
            ev = same[0] if same else _new_event(session, cand, facts)
            for other in same[1:]:
                # The new report is the same happening as two stored events: they were
                # one all along (an outlet dated it, another gave only its parties).
                months.add(derived.month_key(other.sort_date))
                actors.update(a.actor_id for a in other.actor_links)
                touched.pop(other.id, None)
                _absorb_event(session, ev, other)
            _add_mentions(session, ev, cand, facts)
            touched[ev.id] = ev
        session.flush()
        final: list[Event] = []
        for ev in touched.values():
            months.add(derived.month_key(ev.sort_date))
            ev, linked = refresh(session, ev, facts.parents)
            months.add(derived.month_key(ev.sort_date))
            actors.update(linked)
            final.append(ev)
        for old in gone:
            actors.update(old.actors)
            months.add(old.month)
        redirect_removed(session, gone, final, facts)
        derived.recount_actors(session, actors)
        derived.recount_months(session, months)
        cards.refresh(session)
        outcome: Outcome = "replaced" if gone or replacing is not None else "ingested"
        return StoreResult(outcome, [e.id for e in final])


_ARTICLE_STORED = text("SELECT articles.id FROM articles WHERE articles.id = :id")
_ARTICLE_AT_PATH = text("SELECT articles.id FROM articles WHERE articles.path = :path LIMIT 1")


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
    point_redirects(session, old_id, ev.id)


# --- creating and updating events ---------------------------------------------------------


def _new_event(session: Session, cand: EventCandidate, facts: ArticleFacts) -> Event:
    kinds = {a: facts.actors[a].kind if a in facts.actors else "organisation" for a in cand.actors}
    wanted = slug(cand.date, cand.type, cand.actors, kinds, facts.parents)
    ev = Event(
        id=unique_id(session, wanted),
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
    # Not in the session yet: _add_mentions sets the report's signature, status and title
    # and then inserts the row once with them (_insert_event); until then nothing reads the
    # events table.
    return ev


def _insert_event(session: Session, ev: Event) -> None:
    """INSERT a new event's row as the ORM's flush did (its set columns, NULL for the
    unset ones, its creation time), by the driver on SQLite (sqlite_writes.py), then make
    the object persistent in the session as though it had been loaded: its later changes
    (refresh) are the UPDATE the flush wrote before, with none of the unit of work that
    one INSERT cost."""
    ev.created_at = utcnow()
    values = inspect(ev).dict
    row = {c.name: values.get(c.name) for c in Event.__table__.columns}
    sqlite_writes.insert_many(session, Event.__table__, [row])
    make_transient_to_detached(ev)
    session.add(ev)


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


def _add_mentions(session: Session, ev: Event, cand: EventCandidate, f: ArticleFacts) -> None:
    readings = cand.sentence_dates or [cand.date] * len(cand.sentences)
    status = _status(cand)
    roles = roles_of(cand)
    rows = []
    for (s, e), r in zip(cand.sentences, readings, strict=False):
        # Every span is kept as evidence (the source view marks it); its role says whether
        # the actor is one of the event's actors or only named there.
        spans = [
            [a, b, aid, roles.get(aid, MENTIONED)]
            for a, b, aid in cand.actor_spans
            if s <= a and b <= e
        ]
        rows.append(
            {
                "event_id": ev.id,
                "article_id": f.id,
                "sent_start": s,
                "sent_end": e,
                "quote": f.text[s:e],
                "date_text_start": r.span[0] if r.span else None,
                "date_text_end": r.span[1] if r.span else None,
                "date_text": r.text,
                "date_start": r.value.start,
                "date_end": r.value.end,
                "date_precision": r.value.precision,
                "date_how": r.value.how,
                "planned": status != "happened",
                "actor_spans": spans,
            }
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
    ev.type = ident.merged_type(ev.type, cand.type)
    # The event's row written with this report's changes (a new event inserted with them),
    # then the candidate's mentions in one INSERT (sqlite_writes.py), in their
    # order (so their ids are what the ORM's flush gave them): no object per row, and
    # nothing reads them back from the session (refresh loads an event's mentions).
    if inspect(ev).transient:
        _insert_event(session, ev)  # the session's other rows were flushed by find_same
    else:
        session.flush()
    sqlite_writes.insert_many(session, Mention.__table__, rows)
