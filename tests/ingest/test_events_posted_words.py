"""Words of another kind than «заявил», on sentences of our own: a post on a social network
([retype] «опубликовать», «разместить», «выложить»), regrets and praise ([saying] in
speech.toml), and talking to the press named as «общение» ([worded] conference_nouns)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, tuple[str, str] | None]] = [
    ("Во вторник Нуланд опубликовала в Twitter снимок пустого зала.", ("statement", "2024-05-28")),
    ("Вчера Захарова разместила в Telegram-канале короткую запись.", ("statement", "2024-06-02")),
    ("В среду Блинкен выложил в соцсети видео из Киева.", ("statement", "2024-05-29")),
    ("В пятницу Байден посетовал, что Конгресс медлит с помощью.", ("statement", "2024-05-31")),
    ("В четверг Песков провёл обычное общение с журналистами.", ("press-conference", "2024-05-30")),
    # Published with no network named, or talking with no press, is none of these.
    ("В понедельник издательство опубликовало новый роман.", None),
    ("Общение с коллегами всегда приносило ему радость.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_posted_words(pipeline: Pipeline, text: str, expected: tuple[str, str] | None) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 3)))
    got = [(e.type, str(e.date.value.start)) for e in facts.events]
    assert got == ([expected] if expected else [])
