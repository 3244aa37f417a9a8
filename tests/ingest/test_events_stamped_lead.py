"""The lead of a feed item or of a page stamped with its hour, told in the perfective past
with no date words, is the day's news: on the publication day; a page with no hour, an
imperfective lead, a day of its own or a noun told by the way keep it undated (sentences
of our own)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2024, 4, 12)  # a Friday
STAMP = "12 апреля 2024 | 14:20\n\nЛавров и Ван И поговорили в Пекине\n\n"
HEAD = "Лавров и Ван И поговорили в Пекине\n\n"

# (text, feed item, the talks' (start, precision))
CASES = [
    # stamped with its hour, perfective past lead: the publication day
    (STAMP + "Сергей Лавров провёл переговоры с Ван И в Пекине.", False, ("2024-04-12", "day")),
    # the same lead on a page with no hour: a newspaper may tell yesterday's talks
    (HEAD + "Сергей Лавров провёл переговоры с Ван И в Пекине.", False, (None, "before")),
    # a feed item: stamped by its record
    (HEAD + "Сергей Лавров провёл переговоры с Ван И в Пекине.", True, ("2024-04-12", "day")),
    # the happening noun as the subject of a verb of holding
    (
        HEAD + "Переговоры Сергея Лаврова и Ван И возобновились в Пекине.",
        True,
        ("2024-04-12", "day"),
    ),
    # the stamp under the text, as some outlets sign their items
    (
        HEAD + "Сергей Лавров провёл переговоры с Ван И в Пекине.\n\nРедакция. 2024/04/12 14:20",
        False,
        ("2024-04-12", "day"),
    ),
    # imperfective: a course, not the day's news
    (STAMP + "Сергей Лавров проводил переговоры с Ван И в Пекине.", False, (None, "before")),
    # the lead's own day wins
    (STAMP + "Во вторник Сергей Лавров провёл переговоры с Ван И.", False, ("2024-04-09", "day")),
]


@pytest.mark.parametrize(("text", "feed", "expected"), CASES)
def test_stamped_lead(pipeline: Pipeline, text: str, feed: bool, expected: tuple) -> None:
    raw = raw_article(text, PUB)
    if feed:
        raw = dataclasses.replace(raw, kind="jsonl")
    talks = [e for e in pipeline.process(raw).events if e.type in ("talks", "meeting")]
    assert talks, text
    d = talks[0].date.value
    got = (d.start.isoformat() if d.start else None, d.precision)
    assert got == expected


# A noun told by the way under another verb keeps no day of the stamp.
def test_noun_by_the_way(pipeline: Pipeline) -> None:
    text = STAMP + "Визит Сергея Лаврова в Пекин пришёлся на ту же неделю, что и турне Блинкена."
    for e in pipeline.process(raw_article(text, PUB)).events:
        if e.type == "visit":
            assert e.date.value.precision != "day" or e.date.value.start != PUB
