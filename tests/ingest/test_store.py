"""The store step on real migrated SQLite files: idempotence, merging across outlets,
disagreements, replacement of a changed file with redirects, derived counts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Actor, Article, Event, EventActor, EventRedirect, Mention, MonthCount
from app.ingest.actors.names import name_key
from app.ingest.pipeline import Pipeline
from app.ingest.store import StoreCache, store_article
from tests.ingest.helpers import raw_article

D = dt.date

CALL_A = (
    "Президент России Владимир Путин провёл телефонный разговор с президентом США Дональдом "
    "Трампом 5 марта. Лидеры обсудили обмен пленными и энергетическое перемирие."
)
CALL_B = (
    "Владимир Путин и Дональд Трамп в ходе телефонного разговора 5 марта обсудили обмен "
    "пленными и перемирие в энергетике, сообщили в Кремле."
)
MEET_22 = (
    "Министр иностранных дел России Сергей Лавров встретился с госсекретарём США Марко Рубио "
    "22 октября в Будапеште, чтобы обсудить подготовку саммита и обмен дипломатическими нотами."
)
MEET_23 = (
    "Сергей Лавров встретился с Марко Рубио 23 октября в Будапеште: министры обсудили "
    "подготовку саммита и обмен дипломатическими нотами."
)



def _store(session: Session, pipeline: Pipeline, text: str, pub: D, file: str) -> str:
    session.commit()  # store_article opens its own transaction: end the test's reads
    return store_article(session, pipeline.process(raw_article(text, pub, file=file))).outcome


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_same_text_twice_adds_nothing(session: Session, pipeline: Pipeline) -> None:
    assert _store(session, pipeline, CALL_A, D(2025, 3, 6), "a.txt") == "ingested"
    before = [_count(session, m) for m in (Article, Event, Mention, EventActor)]
    assert _store(session, pipeline, CALL_A, D(2025, 3, 6), "copy-of-a.txt") == "unchanged"
    assert [_count(session, m) for m in (Article, Event, Mention, EventActor)] == before


def test_two_outlets_one_call(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, CALL_A, D(2025, 3, 6), "a.txt")
    _store(session, pipeline, CALL_B, D(2025, 3, 5), "b.txt")
    calls = session.scalars(select(Event).where(Event.type == "call")).all()
    assert len(calls) == 1
    call = calls[0]
    assert call.id == "2025-03-05-putin-trump-call"
    assert call.sources_count == 2
    assert (call.date_start, call.date_end, call.date_precision) == (D(2025, 3, 5),) * 2 + ("day",)
    actors = {a.actor_id for a in call.actor_links}
    assert actors == {"vladimir-putin", "donald-trump"}
    # precomputed counts follow
    assert session.get(Actor, "vladimir-putin").events_count >= 1  # type: ignore[union-attr]
    assert session.get(MonthCount, "2025-03").count >= 1  # type: ignore[union-attr]


def test_sources_disagreeing_on_the_day_stay_one_event(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, MEET_22, D(2025, 10, 24), "x.txt")
    _store(session, pipeline, MEET_23, D(2025, 10, 24), "y.txt")
    meetings = session.scalars(select(Event).where(Event.type == "meeting")).all()
    assert len(meetings) == 1
    ev = meetings[0]
    assert ev.sources_count == 2
    assert ev.date_start in (D(2025, 10, 22), D(2025, 10, 23))
    other = {d["start"] for d in ev.disagreement}
    assert other == {"2025-10-23", "2025-10-22"} - {ev.date_start.isoformat()}


def test_changed_file_replaces_old_version_and_ids_redirect(
    session: Session, pipeline: Pipeline
) -> None:
    path = "/archive/news/call.txt"
    first = pipeline.process(raw_article(CALL_A, D(2025, 3, 6), file="call.txt", path=path))
    store_article(session, first)
    session.commit()
    (old_id,) = session.scalars(select(Event.id).where(Event.type == "call")).all()
    # The outlet corrected the date: same path, new text.
    fixed = CALL_A.replace("5 марта", "4 марта")
    second = pipeline.process(raw_article(fixed, D(2025, 3, 6), file="call.txt", path=path))
    session.commit()
    assert store_article(session, second).outcome == "replaced"
    assert session.get(Article, first.id) is None
    assert _count(session, Article) == 1
    (new_id,) = session.scalars(select(Event.id).where(Event.type == "call")).all()
    assert new_id == "2025-03-04-putin-trump-call" != old_id
    assert session.get(EventRedirect, old_id).new_id == new_id  # type: ignore[union-attr]
    # no orphans: every link and mention points at a live event
    orphans = session.scalar(
        select(func.count()).select_from(Mention).where(~Mention.event_id.in_(select(Event.id)))
    )
    assert orphans == 0
    assert session.get(MonthCount, "2025-03").count == 1  # type: ignore[union-attr]


def test_better_date_from_a_later_source_renames_and_redirects(
    session: Session, pipeline: Pipeline
) -> None:
    undated = (
        "Глава МИД РФ Сергей Лавров заявил, что Россия и США продолжат консультации по работе "
        "посольств и возвращению дипломатической собственности."
    )
    dated = (
        "Сергей Лавров 14 мая заявил, что Россия и США продолжат консультации по работе "
        "посольств и возвращению дипломатической собственности."
    )
    store_article(session, pipeline.process(raw_article(undated, None, file="u.txt")))
    (first_id,) = session.scalars(select(Event.id)).all()
    assert first_id.startswith("undated-")
    session.commit()
    store_article(session, pipeline.process(raw_article(dated, D(2025, 5, 15), file="d.txt")))
    (ev,) = session.scalars(select(Event)).all()
    assert ev.id == "2025-05-14-lavrov-statement"
    assert ev.sources_count == 2
    assert session.get(EventRedirect, first_id).new_id == ev.id  # type: ignore[union-attr]


def test_a_failed_store_leaves_nothing(session: Session, pipeline: Pipeline) -> None:
    facts = pipeline.process(raw_article(CALL_A, D(2025, 3, 6), file="a.txt"))
    broken = type(facts)(**{**facts.__dict__, "sha256": None})  # violates NOT NULL
    with pytest.raises(Exception):  # noqa: B017  (any database error)
        store_article(session, broken)
    session.rollback()
    assert [_count(session, m) for m in (Article, Event, Mention, Actor)] == [0, 0, 0, 0]


TALKS_DATED = (
    "Министр иностранных дел России Сергей Лавров и госсекретарь США Марко Рубио в среду, "
    "14 мая, провели переговоры в Стамбуле, сообщило внешнеполитическое ведомство."
)
TALKS_VAGUE = (
    "Ранее Лавров провёл переговоры с Рубио, а по их итогам министры ответили на вопросы "
    "журналистов о гуманитарных обменах."
)
TALKS_BRIDGE = (
    "Сергей Лавров накануне провёл переговоры с Марко Рубио, по итогам которых министры "
    "ответили на вопросы журналистов."
)


def test_a_dated_report_joins_the_events_it_bridges(session: Session, pipeline: Pipeline) -> None:
    """One outlet dates the talks, one gives only their parties: two events, until a
    third report of that day matches both; they were one happening all along."""
    _store(session, pipeline, TALKS_DATED, D(2025, 5, 14), "dated.txt")
    session.commit()
    _store(session, pipeline, TALKS_VAGUE, None, "vague.txt")  # type: ignore[arg-type]
    talks = session.scalars(select(Event).where(Event.type == "talks")).all()
    assert len(talks) == 2
    gone = {t.id for t in talks}
    _store(session, pipeline, TALKS_BRIDGE, D(2025, 5, 15), "bridge.txt")
    talks = session.scalars(select(Event).where(Event.type == "talks")).all()
    assert len(talks) == 1
    assert talks[0].sources_count == 3
    assert talks[0].date_start == D(2025, 5, 14)
    for old in gone - {talks[0].id}:
        redirect = session.get(EventRedirect, old)
        assert redirect is not None and redirect.new_id == talks[0].id


def test_two_spellings_of_a_new_person_are_one_actor(session: Session, pipeline: Pipeline) -> None:
    """An earlier article of the run gave a new person's name only in the genitive (its
    actor «Рамакришнана Виджаякумара»); the nominative in a later one is the same actor."""
    session.add(
        Actor(
            id="ramakrishnana-vidzhayakumara", name="Ramakrishnana Vidzhayakumara",
            name_ru="Рамакришнана Виджаякумара", kind="person", curated=False, events_count=0,
        )
    )  # fmt: skip
    session.commit()
    cache = StoreCache(
        actors={"ramakrishnana-vidzhayakumara"},
        people={name_key("Рамакришнана Виджаякумара"): "ramakrishnana-vidzhayakumara"},
    )
    text = "Рамакришнан Виджаякумар 4 марта провёл переговоры с Лавровым."
    store_article(session, pipeline.process(raw_article(text, D(2025, 3, 5), file="n.txt")), cache)
    people = session.scalars(select(Actor.id).where(Actor.curated.is_(False))).all()
    assert people == ["ramakrishnana-vidzhayakumara"]
    linked = session.scalars(select(EventActor.actor_id).where(EventActor.event_id.like("%talks")))
    assert set(linked) == {"ramakrishnana-vidzhayakumara", "sergey-lavrov"}


def test_a_short_form_of_a_known_full_name_is_that_person(
    session: Session, pipeline: Pipeline
) -> None:
    """«Перейра да Кошта» in a later article of the run is «Антониу Перейра да Кошта»."""
    cache = StoreCache()
    texts = [
        ("Лавров 3 марта провёл переговоры с Антониу Перейрой да Коштой.", "full.txt"),
        ("Перейра да Кошта 4 марта провёл переговоры с Рубио.", "short.txt"),
    ]
    for text, file in texts:
        session.commit()
        store_article(session, pipeline.process(raw_article(text, D(2025, 3, 5), file=file)), cache)
    people = session.scalars(select(Actor.name_ru).where(Actor.curated.is_(False))).all()
    assert people == ["Антониу Перейра да Кошта"]


def test_a_visit_is_titled_by_the_visitor_and_where_he_went(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, "Лавров 5 мая прибыл с визитом в Китай.", D(2025, 5, 6), "v.txt")
    visit = session.scalars(select(Event).where(Event.type == "visit")).one()
    assert visit.title == "Визит Лаврова в Китай"
    # Where he went is the venue, not a party.
    assert visit.venue_id == "china"
    assert {a.actor_id for a in visit.actor_links} == {"sergey-lavrov"}
