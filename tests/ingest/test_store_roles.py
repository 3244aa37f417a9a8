"""Storing status, roles and venue (issue 12): a happening told as planned and then as held
is one happened event; only participants and speakers are the event's actors; the place is
the venue; stored events with open dates are still found as candidates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event, EventActor, Mention
from app.ingest.events import EventCandidate
from app.ingest.pipeline import ArticleFacts, Pipeline
from app.ingest.store import merged_status, store_article
from tests.ingest.helpers import raw_article

D = dt.date

PLAN = (
    "Президент России Владимир Путин проведёт телефонный разговор с президентом США Дональдом "
    "Трампом 14 апреля, чтобы обсудить обмен пленными и морское перемирие."
)
HELD = (
    "Владимир Путин и Дональд Трамп провели телефонный разговор 14 апреля и обсудили обмен "
    "пленными и морское перемирие."
)



Edit = Callable[[EventCandidate], None]


def _facts(pipeline: Pipeline, text: str, pub: D, file: str, edit: Edit | None) -> ArticleFacts:
    facts = pipeline.process(raw_article(text, pub, file=file))
    if edit is not None:
        for cand in facts.events:
            edit(cand)
    return facts


def _store(
    session: Session, pipeline: Pipeline, text: str, pub: D, file: str, edit: Edit | None = None
) -> list[str]:
    session.commit()
    return store_article(session, _facts(pipeline, text, pub, file, edit)).events


def _calls(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.type == "call")))


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        ("planned", "happened", "happened"),
        ("happened", "planned", "happened"),
        ("planned", "postponed", "postponed"),
        ("cancelled", "planned", "cancelled"),
        ("postponed", "cancelled", "cancelled"),
        ("planned", "planned", "planned"),
    ],
)
def test_merged_status(a: str, b: str, merged: str) -> None:
    assert merged_status(a, b) == merged


def _planned(c: EventCandidate) -> None:
    c.status, c.planned = "planned", True


def _held(c: EventCandidate) -> None:
    c.status, c.planned = "happened", False


def test_planned_then_held_is_one_happened_event(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, PLAN, D(2025, 4, 10), "plan.txt", _planned)
    [call] = _calls(session)
    assert (call.status, call.planned) == ("planned", True)
    _store(session, pipeline, HELD, D(2025, 4, 14), "held.txt", _held)
    [call] = _calls(session)
    session.refresh(call)
    assert (call.status, call.planned, call.sources_count) == ("happened", False, 2)


def test_removing_the_held_report_makes_it_planned_again(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, PLAN, D(2025, 4, 10), "plan.txt", _planned)
    _store(session, pipeline, HELD, D(2025, 4, 14), "held.txt", _held)
    # The same path, changed to a text without the call: its mention goes.
    _store(session, pipeline, "Погода в Москве была тёплой.", D(2025, 4, 14), "held.txt")
    [call] = _calls(session)
    session.refresh(call)
    assert (call.status, call.planned, call.sources_count) == ("planned", True, 1)


def test_postponed_keeps_its_status(session: Session, pipeline: Pipeline) -> None:
    def postponed(c: EventCandidate) -> None:
        c.status, c.planned = "postponed", True

    _store(session, pipeline, PLAN, D(2025, 4, 10), "plan.txt", postponed)
    [call] = _calls(session)
    assert (call.status, call.planned) == ("postponed", True)


def test_only_participants_and_speakers_are_actors(session: Session, pipeline: Pipeline) -> None:
    def putin_only(c: EventCandidate) -> None:
        # Trump is named in the sentence but (say) only mentioned: not one of the actors.
        c.actors = [a for a in c.actors if a != "donald-trump"]
        c.roles = dict.fromkeys(c.actors, "participant")

    _store(session, pipeline, HELD, D(2025, 4, 14), "held.txt", putin_only)
    [call] = _calls(session)
    links = session.scalars(select(EventActor).where(EventActor.event_id == call.id)).all()
    assert {(x.actor_id, x.role) for x in links} == {("vladimir-putin", "participant")}
    # ...but the span of the mentioned actor stays as evidence, with its role.
    spans = session.scalars(select(Mention.actor_spans).where(Mention.event_id == call.id)).one()
    assert {(s[2], s[3]) for s in spans} >= {
        ("vladimir-putin", "participant"),
        ("donald-trump", "mentioned"),
    }


def test_speaker_role_is_stored(session: Session, pipeline: Pipeline) -> None:
    def speaker(c: EventCandidate) -> None:
        c.roles = {a: ("speaker" if a == "donald-trump" else "participant") for a in c.actors}

    _store(session, pipeline, HELD, D(2025, 4, 14), "held.txt", speaker)
    [call] = _calls(session)
    links = session.scalars(select(EventActor).where(EventActor.event_id == call.id)).all()
    roles = {x.actor_id: x.role for x in links}
    assert roles == {"vladimir-putin": "participant", "donald-trump": "speaker"}


def test_venue_is_kept_from_the_first_source_that_names_it(
    session: Session, pipeline: Pipeline
) -> None:
    def in_moscow(c: EventCandidate) -> None:
        c.venue = "russia"

    _store(session, pipeline, PLAN, D(2025, 4, 10), "plan.txt")
    _store(session, pipeline, HELD, D(2025, 4, 14), "held.txt", in_moscow)
    [call] = _calls(session)
    session.refresh(call)
    assert call.venue_id == "russia"


def test_stored_event_before_a_later_day_is_a_candidate(
    session: Session, pipeline: Pipeline
) -> None:
    """A call stored with an open start («до 20 апреля») sorts after the window of a dated
    report and is found all the same."""

    def before_20(c: EventCandidate) -> None:
        v = dataclasses.replace(c.date.value, start=None, end=D(2025, 4, 20), precision="before")
        c.date = dataclasses.replace(c.date, value=v, explicit=True)
        c.sentence_dates = [c.date] * len(c.sentences)

    _store(session, pipeline, PLAN, D(2025, 4, 10), "plan.txt", before_20)
    _store(session, pipeline, HELD, D(2025, 4, 14), "held.txt")
    assert len(_calls(session)) == 1


MEET = (
    "Министр иностранных дел России Сергей Лавров встретился с госсекретарём США Марко Рубио "
    "3 ноября, чтобы обсудить графики консультаций по двусторонним раздражителям."
)


def test_stored_title_names_participants_not_mentions(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, MEET, D(2025, 11, 4), "meet.txt")
    [meeting] = session.scalars(select(Event).where(Event.type == "meeting")).all()
    assert meeting.title == "Встреча Лаврова с Рубио"

    def rubio_is_the_place(c: EventCandidate) -> None:
        # Were Rubio only named (not taking part), the title would be Lavrov's alone.
        c.roles = {a: ("mentioned" if a == "marco-rubio" else "participant") for a in c.actors}

    _store(session, pipeline, MEET.replace("3 ноября", "20 ноября"), D(2025, 11, 21), "m2.txt",
           rubio_is_the_place)  # fmt: skip
    titles = set(session.scalars(select(Event.title).where(Event.type == "meeting")))
    assert "Встреча Лаврова" in titles
