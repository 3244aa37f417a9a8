"""A message handed over to someone named is a meeting of the two; its sender is no party;
sent, addressed, handed to no one named, by phone or denied, it is no meeting
(messages.py). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2024, 5, 17)

# (text, the meeting's participants sorted, or None for no meeting)
CASES: list[tuple[str, list[str] | None]] = [
    (
        "Накануне Хакан Фидан передал Сергею Лаврову послание Эрдогана.",
        ["hakan-fidan", "sergey-lavrov"],
    ),
    (
        "Накануне Сергей Лавров передал Башару Асаду письмо от Владимира Путина.",
        ["bashar-al-assad", "sergey-lavrov"],
    ),
    ("Накануне Владимир Путин направил послание Федеральному собранию.", None),
    ("Накануне посол передал письмо Эрдогана в МИД Турции.", None),
    ("Накануне Владимир Путин не передавал послание Эрдогану.", None),
]


@pytest.mark.parametrize(("text", "met"), CASES, ids=[c[0][:40] for c in CASES])
def test_message_handed(pipeline: Pipeline, text: str, met: list[str] | None) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    meetings = [sorted(e.actors) for e in events if e.type == "meeting"]
    assert meetings == ([met] if met else [])


# Handed in a call or at talks the sentence names: that contact is the news.
IN_CONTACT = [
    ("В ходе телефонного разговора Владимир Путин передал Эрдогану послание.", "call"),
    ("В ходе переговоров 16 мая Владимир Путин передал Эрдогану послание.", "talks"),
]


@pytest.mark.parametrize(("text", "kind"), IN_CONTACT)
def test_in_a_contact_it_is_the_contact(pipeline: Pipeline, text: str, kind: str) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert [e.type for e in events] == [kind]
