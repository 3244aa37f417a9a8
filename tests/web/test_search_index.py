"""A search's prefixes spelled out as index terms, and its count, kept per connection
(app.db.searchindex): the same rows as the prefixes, the same pages, fresh after ingest."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import search, searchindex, searchwalk
from tests import factories

D = dt.date
BUMP = text("UPDATE data_version SET version = version + 1 WHERE id = 1")

TITLES = [
    "Переговоры в Женеве",
    "Лавров на переговорах",
    "Переговорщики встретились",
    "Встреча Лаврова и Рубио",
    "Рубежи обороны",
    "Визит в Рубцовск",
    "Éclair and Trump",
    "Сергей Лавров, МИД",
    "Визы и визиты",
    "Ёлка в Кремле",
]


def _add(session: Session, i: int, title: str) -> None:
    day = D(2021, 3, 1 + i % 20)
    factories.searchable_event(session, f"{day.isoformat()}-e{i}", day, title)


@pytest.fixture
def indexed(session: Session) -> Session:
    for i in range(60):
        _add(session, i, TITLES[i % len(TITLES)])
    session.commit()
    return session


def _conn(session: Session) -> tuple[object, dict[object, object]]:
    c = session.connection()
    return c.connection.dbapi_connection, c.info


def _rowids(session: Session, expr: str) -> set[int]:
    rows = session.execute(
        text("SELECT rowid FROM event_search WHERE event_search MATCH :q"), {"q": expr}
    )
    return {int(r[0]) for r in rows}


# (query, how each of its words is written: "terms" OR-ed or one term, or left a "prefix")
CASES = [
    ("переговоры", ["terms"]),  # переговор, переговорщик
    ("Лавров", ["terms"]),
    ("Рубио", ["terms"]),  # the stem «руб» also starts «рубеж», «рубцовск»
    ("визит", ["terms"]),
    ("Сергей Лавров МИД", ["terms", "terms", "terms"]),
    ("ёлка", ["terms"]),
    ("éclair", ["prefix"]),  # the index folds the accent: not listed, left a prefix
    ("x_y", ["prefix"]),
    ("нетакогослова", ["prefix"]),  # no term: nothing to OR, no row either way
    ("Trump", ["terms"]),
]


@pytest.mark.parametrize(("q", "kinds"), CASES)
def test_spelled_out_matches_the_same_rows(indexed: Session, q: str, kinds: list[str]) -> None:
    conn, info = _conn(indexed)
    stems = search.match_stems(q)
    expr = searchindex.spelled_out(conn, info, stems)
    star = " ".join(f'"{s}"*' for s in stems)
    assert _rowids(indexed, expr) == _rowids(indexed, star), (q, expr)
    parts = expr.split(" AND ")
    assert ["prefix" if p.endswith("*") else "terms" for p in parts] == kinds, expr


def test_too_many_terms_stay_a_prefix(indexed: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(searchindex, "MAX_TERMS", 1)
    conn, info = _conn(indexed)
    expr = searchindex.spelled_out(conn, info, search.match_stems("переговоры"))
    assert expr == '"переговор"*'
    assert _rowids(indexed, expr)


def test_pages_walked_on_spelled_terms_equal_the_prefix_walk(indexed: Session) -> None:
    conn, info = _conn(indexed)
    for q in ("переговоры", "Лавров", "Рубио", "визит"):
        stems = search.match_stems(q)
        expr = searchindex.spelled_out(conn, info, stems)
        star = " ".join(f'"{s}"*' for s in stems)
        for newest in (False, True):
            for n in (1, 3, 100):
                got = searchwalk.page_ids(indexed, expr, None, n, newest=newest)
                assert got == searchwalk.page_ids(indexed, star, None, n, newest=newest)
                assert len(got) == min(n, len(_rowids(indexed, star)))


def test_count_and_terms_are_kept_until_the_data_version_moves(indexed: Session) -> None:
    conn, info = _conn(indexed)
    expr = searchindex.spelled_out(conn, info, search.match_stems("переговоры"))
    before = searchindex.count(conn, info, expr)
    assert before == len(_rowids(indexed, expr))
    # A new form of the word and a new matching event, written as ingest writes them.
    _add(indexed, 100, "Переговорный процесс")
    assert searchindex.count(conn, info, expr) == before  # kept: same data version
    indexed.execute(BUMP)  # what storing an article does (migration 0006's triggers)
    expr2 = searchindex.spelled_out(conn, info, search.match_stems("переговоры"))
    assert expr2 != expr  # «переговорн» is a term now
    assert searchindex.count(conn, info, expr2) == before + 1
    assert searchindex.count(conn, info, expr2) == len(_rowids(indexed, expr2))


def _general_histogram(session: Session, q: str) -> list[tuple[str, int]]:
    found = search.fts_match_sql("sqlite", q)
    assert found is not None
    sql, params = found
    rows = session.execute(
        text(
            "SELECT strftime('%Y-%m', sort_date) AS m, count(*) FROM events "  # noqa: S608
            f"WHERE id IN ({sql}) AND sort_date != '9999-12-31' GROUP BY m ORDER BY m"
        ),
        params,
    ).all()
    return [(str(m), int(n)) for m, n in rows]


def _dated(session: Session, ident: str, day: dt.date | None, title: str) -> None:
    factories.searchable_event(session, ident, day, title)


@pytest.mark.parametrize("q", ["переговоры", "Лавров", "визит", "нетакогослова"])
def test_histogram_from_rowids_equals_counting_events(indexed: Session, q: str) -> None:
    from app.db.queries.facets import month_histogram
    from app.db.queries.records import EventFilter

    _dated(indexed, "undated-peregovory", None, "Переговоры без даты")
    _dated(indexed, "2019-12-31-lavrov", D(2019, 12, 31), "Лавров в конце года")
    _dated(indexed, "2020-01-01-lavrov", D(2020, 1, 1), "Лавров в начале года")
    indexed.execute(BUMP)
    indexed.commit()
    got = month_histogram(indexed, EventFilter(q=q))
    assert got == _general_histogram(indexed, q)


def test_histogram_of_days_a_rowid_cannot_tell_is_counted_from_events(indexed: Session) -> None:
    """Days before 1900 share one slot: the general path counts them, by month."""
    from app.db.queries.facets import month_histogram
    from app.db.queries.records import EventFilter

    _dated(indexed, "1815-06-18-peregovory", D(1815, 6, 18), "Переговоры при Ватерлоо")
    _dated(indexed, "1815-09-26-peregovory", D(1815, 9, 26), "Переговоры о Священном союзе")
    indexed.execute(BUMP)
    indexed.commit()
    got = month_histogram(indexed, EventFilter(q="переговоры"))
    assert ("1815-06", 1) in got and ("1815-09", 1) in got
    assert got == _general_histogram(indexed, "переговоры")
