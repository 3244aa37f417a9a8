"""A contact told only as «before» a much later publication and the one dated contact of
the same people the store knows before it (sole_contact.py, on the store step with the
real pipeline): one happening in either order; a second dated contact of theirs leaves
the vague report to neither; a place of its own that the dated one lacks keeps it apart.
Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date

SOCHI = (
    "Министр иностранных дел России Сергей Лавров и госсекретарь США Майк Помпео 14 мая "
    "провели переговоры в Сочи."
)
WASHINGTON = "Сергей Лавров и Майк Помпео 10 декабря провели переговоры в Вашингтоне."
# No word of when: only the publication bounds it (with «Ранее» it would be another, recent
# occasion: test_store_merge.test_months_later_earlier_talks_are_other_talks).
VAGUE = "Сергей Лавров и Майк Помпео уже проводили переговоры, напомнил обозреватель."
VAGUE_ELSEWHERE = (
    "Ранее Сергей Лавров и Майк Помпео уже проводили переговоры в Женеве, напомнил обозреватель."
)
LATER = D(2020, 3, 1)  # the vague report: many months after


def _talks(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.type.in_(("talks", "meeting")))))


@pytest.mark.parametrize("vague_first", [False, True])
def test_the_one_dated_contact_of_those_people(
    session: Session, pipeline: Pipeline, vague_first: bool
) -> None:
    stories = [(SOCHI, D(2019, 5, 14), "sochi.txt"), (VAGUE, LATER, "vague.txt")]
    for text, pub, file in reversed(stories) if vague_first else stories:
        _store(session, pipeline, text, pub, file)
    talks = _talks(session)
    assert len(talks) == 1
    assert _files(session, talks[0]) == {"sochi.txt", "vague.txt"}
    assert talks[0].date_start == talks[0].date_end == D(2019, 5, 14)


def test_two_dated_contacts_leave_the_vague_report_to_neither(
    session: Session, pipeline: Pipeline
) -> None:
    # (Stored before both, the vague report goes to the first dated one that comes, as a
    # month does in month_holds: the store judges by what it knows.)
    _store(session, pipeline, SOCHI, D(2019, 5, 14), "sochi.txt")
    _store(session, pipeline, WASHINGTON, D(2019, 12, 10), "dc.txt")
    _store(session, pipeline, VAGUE, LATER, "vague.txt")
    assert len(_talks(session)) == 3


def test_a_place_the_dated_contact_does_not_name_keeps_it_apart(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, SOCHI, D(2019, 5, 14), "sochi.txt")
    _store(session, pipeline, VAGUE_ELSEWHERE, LATER, "vague.txt")
    assert len(_talks(session)) == 2
