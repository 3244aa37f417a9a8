"""Smoke tests of the benchmark kit: the corpus generator and the database filler."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from bench import corpus, filldb


def test_corpus_is_deterministic_and_shaped(tmp_path: Path) -> None:
    a = list(corpus.generate(60, seed=3))
    b = list(corpus.generate(60, seed=3))
    assert a == b
    assert list(corpus.generate(60, seed=4)) != a
    texts = [t for _, t in a]
    assert len(set(texts)) == len(texts)
    sizes = [len(t.encode()) for t in texts]
    assert 3000 < sum(sizes) / len(sizes) < 5000
    joined = "\n".join(texts)
    assert re.search(r"^ date \d{4}-\d\d-\d\d ", joined, re.M)
    assert "INTERFAX.RU - " in joined
    assert "— РИА Новости." in joined
    assert re.search(
        r"\d+ (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
        r"октября|ноября|декабря)",
        joined,
    )
    total = corpus.write_corpus(5, tmp_path, seed=3)
    files = sorted(tmp_path.iterdir())
    assert len(files) == 5 and total == sum(f.stat().st_size for f in files)
    assert files[0].read_text(encoding="utf-8") == a[0][1]


def test_filldb_derived_data_consistent(tmp_path: Path) -> None:
    db = tmp_path / "fill.db"
    stats = filldb.fill(f"sqlite:///{db}", 300, n_actors=300, quiet=True)
    con = sqlite3.connect(db)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT count(*) FROM events") == stats.events == 300
    assert 80 <= one("SELECT count(*) FROM articles") <= 120
    assert one("SELECT count(*) FROM mentions") == stats.mentions
    assert 2 <= stats.mentions / 300 <= 3
    assert (
        one(
            "SELECT count(*) FROM actors a WHERE events_count != "
            "(SELECT count(*) FROM event_actors ea WHERE ea.actor_id = a.id)"
        )
        == 0
    )
    assert one("SELECT sum(count) FROM month_counts") == one(
        "SELECT count(*) FROM events WHERE sort_date < '9999-12-31' AND sort_date IS NOT NULL"
        " AND date_precision != 'unknown'"
    )
    assert (
        one(
            "SELECT count(*) FROM events e WHERE sources_count != "
            "(SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id)"
        )
        == 0
    )
    assert (
        one(
            "SELECT count(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id "
            "WHERE ea.sort_date != e.sort_date OR ea.precision_rank != e.precision_rank"
        )
        == 0
    )
    assert one("SELECT count(*) FROM event_search") == 300
    # mention spans point at their quotes in the article text
    for start, end, quote, text in con.execute(
        "SELECT sent_start, sent_end, quote, a.text FROM mentions m "
        "JOIN articles a ON a.id = m.article_id LIMIT 50"
    ):
        assert text[start:end] == quote
    top = one("SELECT id FROM actors ORDER BY events_count DESC LIMIT 1")
    assert top == "vladimir-putin"
