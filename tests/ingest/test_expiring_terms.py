"""Expiries told through the term of a document, a relative clause or a second verb, and
the document's own name that is no party (expiring.py). Sentences of our own, each in an
article whose two states are named beforehand; each row: text, the event's start, its
status, its actors (None: no expiry)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2016, 3, 2)
# Enough mentions of the two states for the article's pair (state_pair.py).
LEAD = "Норвегия и Финляндия, Норвегия и Финляндия, Норвегия и Финляндия обсуждают договор. "
PAIR = ["finland", "norway"]

CASES: list[tuple[str, str | None, str | None, list[str] | None]] = [
    # «срок действия X истекает»: the document under the term of its force
    ("Срок действия конвенции о рыболовстве истекает 20 апреля.", "2016-04-20", "planned", PAIR),
    ("Срок действия ДРЛ-3 истекает 20 апреля.", "2016-04-20", "planned", PAIR),
    # a relative clause: «который» stands for the document
    (
        "Главная тема встречи — будущее соглашения о квотах, которое истекает 20 апреля.",
        "2016-04-20",
        "planned",
        PAIR,
    ),
    (
        "Стороны готовят замену соглашения, которое истекает 20 апреля.",
        "2016-04-20",
        "planned",
        PAIR,
    ),
    # a second verb sharing the document as subject
    (
        "Соглашение о квотах было подписано в 2006 году и истекает 20 апреля 2016 года.",
        "2016-04-20",
        "planned",
        PAIR,
    ),
    # the past: the expiry has happened
    ("Соглашение о квотах истекло 20 февраля.", "2016-02-20", "happened", PAIR),
    # a deadline is no document: nothing expires
    ("Срок подачи заявок истекает 20 апреля.", None, None, None),
]


@pytest.fixture(scope="module")
def pipe() -> Iterator[Pipeline]:
    yield Pipeline.load()


@pytest.mark.parametrize(("text", "start", "status", "actors"), CASES)
def test_expiry_readings(
    pipe: Pipeline, text: str, start: str | None, status: str | None, actors: list[str] | None
) -> None:
    facts = pipe.process(raw_article(LEAD + text, PUBLISHED))
    found = [e for e in facts.events if e.type == "expiry"]
    if start is None:
        assert found == []
        return
    assert [str(e.date.value.start) for e in found] == [start]
    assert found[0].status == status
    assert sorted(found[0].actors) == actors


def test_present_term_without_publication(pipe: Pipeline) -> None:
    """No publication date: «истекает 20 апреля 2016 года» is still the term ahead."""
    facts = pipe.process(
        raw_article(LEAD + "Соглашение о квотах истекает 20 апреля 2016 года.", None)
    )
    found = [e for e in facts.events if e.type == "expiry"]
    assert [e.status for e in found] == ["planned"]


def test_document_name_is_no_party(pipe: Pipeline) -> None:
    """«Договор ДРЛ-3 истекает в апреле»: the parties are the article's states, not ДРЛ-3."""
    facts = pipe.process(raw_article(LEAD + "Договор ДРЛ-3 истекает в апреле.", PUBLISHED))
    found = [e for e in facts.events if e.type == "expiry"]
    assert found and sorted(found[0].actors) == PAIR
