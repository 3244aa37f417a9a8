"""The store step's cheaper forms give what the plain ones gave: a stored row's date reading
made once, the states' voices read the other way once, and lookup.rows' SQL expanded once
per shape of its parameters."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.db import lookup
from app.ingest.events import state_voice
from app.ingest.same_stored import StoredRow, event_reading


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
