"""The store step's cheaper forms give what the plain ones gave: a stored row's date reading
made once, the states' voices read the other way once, and lookup.rows' SQL expanded once
per shape of its parameters."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import bindparam, insert, text
from sqlalchemy.orm import Session

from app.db import lookup
from app.ingest.events import state_voice
from app.ingest.stored_rows import StoredRow, event_reading


def test_stored_row_reading_made_once() -> None:
    row = StoredRow(
        ("e1", "meeting", "happened", "a b", "2024-03-05", "2024-03-05", "day", "text", "5 марта")
    )
    first = event_reading(row)
    assert event_reading(row) is first  # old code made a new reading per call
    assert first.value.start == dt.date(2024, 3, 5)
    assert first.text == "5 марта" and first.explicit


def _related_plain(ids: set[str]) -> set[str]:
    held = state_voice.terms()
    out = {state for person in ids for state, _, _ in held.get(person, ())}
    out |= {person for person, ts in held.items() if any(t[0] in ids for t in ts)}
    return out


def test_voices_index_matches_terms() -> None:
    held = state_voice.terms()
    states = sorted({t[0] for ts in held.values() for t in ts})
    people = sorted(held)
    assert state_voice._voices()  # old code had no index of states' voices
    cases = [{s} for s in states[:40]] + [{p} for p in people[:40]]
    cases += [set(states[:3]) | set(people[:3]), {"no-such-actor"}, set()]
    for ids in cases:
        assert state_voice.related(ids) == _related_plain(ids)


_BOTH = text(
    "SELECT actors.id FROM actors WHERE actors.id IN :ids OR actors.kind = :kind ORDER BY actors.id"
).bindparams(bindparam("ids", expanding=True))


@pytest.mark.parametrize(
    ("ids", "kind", "want"),
    [
        (["a1"], "none", ["a1"]),
        (["a1", "a3"], "none", ["a1", "a3"]),
        ([], "state", ["a2", "a3"]),
        (["a1", "a2", "a3"], "x", ["a1", "a2", "a3"]),
        (["a1"], "state", ["a1", "a2", "a3"]),
    ],
)
def test_lookup_rows_each_shape(
    session: Session, ids: list[str], kind: str, want: list[str]
) -> None:
    with session.begin():
        session.execute(
            text(
                "INSERT INTO actors (id, name, name_ru, kind, curated, events_count) VALUES "
                "('a1', 'A', 'А', 'person', 0, 0), ('a2', 'B', 'Б', 'state', 0, 0), "
                "('a3', 'C', 'В', 'state', 0, 0)"
            )
        )
        # The same statement with lists of other lengths before this one (its cached forms).
        for n in range(4):
            lookup.rows(session, _BOTH, {"ids": ["a1"] * n, "kind": "none"})
        got = [r[0] for r in lookup.rows(session, _BOTH, {"ids": ids, "kind": kind})]
        assert got == want


_ARTICLE = {
    "file": "a.txt",
    "title": "Заголовок «в кавычках»",
    "outlet": None,
    "author": None,
    "url": None,
    "published": dt.date(2023, 1, 9),
    "published_how": "header",
    "lang": "ru",
    "encoding": "utf-8",
    "text": "Текст статьи.",
    "excluded": [[0, 5], [7, 9, "ж"]],
    "ingested_at": dt.datetime(2024, 5, 6, 7, 8, 9),
}


@pytest.mark.parametrize("published", [dt.date(2023, 1, 9), dt.date(1, 1, 1), None])
def test_insert_many_stores_what_core_stores(session: Session, published: dt.date | None) -> None:
    from app.db import sqlite_writes  # old code had no such module
    from app.db.models import Article

    core = {**_ARTICLE, "published": published, "id": "core", "path": "/c", "sha256": "c"}
    mine = {**_ARTICLE, "published": published, "id": "mine", "path": "/m", "sha256": "m"}
    with session.begin():
        session.connection().execute(insert(Article), [core])
        sqlite_writes.insert_many(session, Article.__table__, [mine])
        cols = [c.name for c in Article.__table__.columns if c.name not in ("id", "path", "sha256")]
        raw = text(f"SELECT {', '.join(cols)} FROM articles WHERE id = :id")  # noqa: S608
        got = {i: lookup.rows(session, raw, {"id": i}) for i in ("core", "mine")}
    assert got["mine"] == got["core"] and len(got["core"]) == 1


def test_links_from_the_object_before_its_row_is_written(session: Session) -> None:
    """set_event_actors(flush=False): the links carry the object's new sort key while the
    event's UPDATE waits for the next flush, and both agree once it runs."""
    from app.db import derived
    from app.db.models import Actor, Event

    with session.begin():
        session.add(Actor(id="x", name="X", name_ru="Икс", kind="state", events_count=0))
        ev = Event(
            id="e", title="t", type="meeting", planned=False, date_precision="day",
            date_how="explicit", sort_date=dt.date(2020, 1, 1), precision_rank=0,
            sources_count=1, disagreement=[], signature="s",
        )  # fmt: skip
        session.add(ev)
        session.flush()
        ev.sort_date = dt.date(2021, 2, 3)
        derived.set_event_actors(session, ev, ["x"], flush=False)
        links = lookup.rows(session, text("SELECT sort_date FROM event_actors"), {})
        assert links == [("2021-02-03",)]
        session.flush()
        rows = lookup.rows(session, text("SELECT sort_date FROM events"), {})
        assert rows == [("2021-02-03",)]


@pytest.mark.parametrize(
    ("steps", "want"),
    [
        ([("a", "b")], [("a", "b")]),
        ([("a", "b"), ("b", "c")], [("a", "c"), ("b", "c")]),  # no chains
        ([("a", "b"), ("b", "a")], [("b", "a")]),  # back to the first id
        ([("a", "b"), ("a", "c")], [("a", "b")]),  # a redirect once made is kept
        ([("a", "c"), ("b", "c"), ("c", "d")], [("a", "d"), ("b", "d"), ("c", "d")]),
    ],
)
def test_redirects_written_by_statements(
    session: Session, steps: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    """point_redirects keeps the redirects chain-free with statements alone, and leaves no
    ORM object of a redirect in the session (a guard: old code gave the same rows)."""
    from app.db.models import EventRedirect
    from app.ingest.stored_ids import point_redirects

    with session.begin():
        for old, new in steps:
            point_redirects(session, old, new)
        assert not any(isinstance(o, EventRedirect) for o in session.identity_map.values())
        raw = text("SELECT old_id, new_id FROM event_redirects ORDER BY old_id")
        assert lookup.rows(session, raw, {}) == want


@pytest.mark.parametrize(("old", "new"), [("e-x", "e-y"), ("e-x", "e-x-2")])
def test_execute_binds_names_as_core_does(session: Session, old: str, new: str) -> None:
    from app.db import sqlite_writes  # old code had no sqlite_writes.execute

    with session.begin():
        session.execute(
            text(
                "INSERT INTO event_redirects (old_id, new_id, created_at) VALUES "
                "(:o, 'z', '2024-01-01 00:00:00')"
            ),
            {"o": old},
        )
        sqlite_writes.execute(
            session, text("UPDATE event_redirects SET old_id = :new WHERE old_id = :old"),
            {"old": old, "new": new},
        )  # fmt: skip
        got = lookup.rows(session, text("SELECT old_id, new_id FROM event_redirects"), {})
    assert got == [(new, "z")]


def _event(event_id: str, **kw: object) -> object:
    from app.db.models import Event

    base: dict[str, object] = {
        "title": "Встреча", "title_en": None, "type": "meeting", "planned": False,
        "status": "happened", "venue_id": None, "date_precision": "day",
        "date_how": "explicit", "sort_date": dt.date(2022, 4, 5), "precision_rank": 0,
        "sources_count": 0, "disagreement": [], "signature": "",
    }  # fmt: skip
    return Event(id=event_id, **(base | kw))


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"title_en": "Meeting", "venue_id": "hanoi", "signature": "встреча @ханой"},
        {"status": "planned", "planned": True, "disagreement": [{"start": None}]},
        {
            "date_start": dt.date(2022, 4, 5),
            "date_end": dt.date(2022, 4, 6),
            "date_text": "5 апреля",
        },
    ],
)
def test_new_event_row_as_the_flush_wrote_it(session: Session, kw: dict[str, object]) -> None:
    """A new event's row written by _insert_event is the row the ORM's flush wrote, and the
    object is then persistent: a later change is an UPDATE of that row."""
    from app.db.models import Event
    from app.ingest.store import _insert_event  # old code flushed the object

    cols = [c.name for c in Event.__table__.columns if c.name not in ("id", "created_at")]
    raw = text(f"SELECT {', '.join(cols)} FROM events WHERE id = :id")  # noqa: S608
    with session.begin():
        session.add(_event("orm", **kw))
        session.flush()
        mine = _event("mine", **kw)
        _insert_event(session, mine)  # type: ignore[arg-type]
        got = {i: lookup.rows(session, raw, {"id": i}) for i in ("orm", "mine")}
        assert got["mine"] == got["orm"] and len(got["orm"]) == 1
        mine.sources_count = 3  # type: ignore[attr-defined]
        session.flush()
        assert lookup.rows(
            session, text("SELECT sources_count FROM events WHERE id = 'mine'"), {}
        ) == [(3,)]
