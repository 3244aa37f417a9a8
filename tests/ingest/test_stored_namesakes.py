"""A person named by his surname alone in one outlet and by his full name in another
(app/ingest/stored_namesakes.py): the store compares the two reports and keeps one
happening (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.pipeline import Pipeline
from app.ingest.stored_namesakes import surname
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("arkadiy-vorobyov", "vorobyov"),
        ("vorobyov", "vorobyov"),
        ("khorkhe-luis-mendosa", "mendosa"),
        ("ivan-li", None),  # too short a surname to tell people apart by
        ("vladimir-putin", None),  # a gazetteer actor has its own aliases
        ("russia", None),
    ],
)
def test_surname(actor: str, expected: str | None) -> None:
    assert surname(actor) == expected


FULL = (
    "Глава компании «Северный лес» Аркадий Воробьёв и директор фонда Хорхе Мендоса "
    "12 марта подписали меморандум о поставках древесины."
)
SHORT = "Как сообщалось, 12 марта Воробьёв и Мендоса подписали меморандум."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (FULL, SHORT),  # the full names stored, the surnames come later
        (SHORT, FULL),  # and the other way round
    ],
    ids=["full-first", "surnames-first"],
)
def test_one_signing_told_with_and_without_first_names(
    session: Session, pipeline: Pipeline, first: str, second: str
) -> None:
    _store(session, pipeline, first, D(2021, 3, 13), "first.txt")
    _store(session, pipeline, second, D(2021, 3, 20), "second.txt")
    signed = _events(session, "agreement")
    assert len(signed) == 1
    assert _files(session, signed[0]) == {"first.txt", "second.txt"}


def test_other_surnames_stay_apart(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, FULL, D(2021, 3, 13), "first.txt")
    other = SHORT.replace("Воробьёв и Мендоса", "Соколов и Мартинес")
    _store(session, pipeline, other, D(2021, 3, 20), "second.txt")
    assert len(_events(session, "agreement")) == 2
