"""A new person with initials in one article and the full name in another
(app/ingest/initials.py): one person when the initial and the surname's stem agree."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event, EventActor
from app.ingest.actors.names import name_key
from app.ingest.initials import initialled, namesake
from app.ingest.pipeline import Pipeline
from app.ingest.store import StoreCache, store_article
from tests.ingest.helpers import raw_article


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("И.В.Моргулов", ("и", "моргулов")),
        ("И.В. Моргулов", ("и", "моргулов")),
        ("Т.Бадмаевым", ("т", "бадма")),  # the instrumental, stemmed like any case form
        # Two family names after the initial: the last one is compared.
        ("Х.Гарсия Маркес", ("х", "маркес")),
        ("Х. Гарсия Маркеса", ("х", "маркес")),
        ("Игорь Моргулов", None),  # a full name
        ("Моргулов", None),  # a surname alone
        ("ООН", None),
    ],
)
def test_initialled(name: str, parts: tuple[str, str] | None) -> None:
    got = initialled(name)
    if parts is None:
        assert got is None
    else:
        assert got is not None and got[0] == parts[0] and got[1].startswith(parts[1])


PEOPLE = {
    name_key("Игорь Моргулов"): "igor-morgulov",
    name_key("Тумэн Бадмаев"): "tumen-badmaev",
    name_key("Д.Оюунбилэгом"): "d-oyuunbilegom",
    name_key("Хорхе Гарсия Маркес"): "khorkhe-garsiya-markes",
    name_key("П.Лопес Обрадор"): "p-lopes-obrador",
    # Two people of one surname and initial: neither is picked.
    name_key("Анна Ким"): "anna-kim",
    name_key("Алексей Ким"): "aleksey-kim",
}


@pytest.mark.parametrize(
    ("name", "who"),
    [
        ("И.В.Моргулов", "igor-morgulov"),
        ("И.В.Моргулова", "igor-morgulov"),  # the genitive of a release
        ("Т.Бадмаевым", "tumen-badmaev"),
        ("В.Моргулов", None),  # another initial: another person
        ("И.В.Моргуненко", None),  # another surname
        ("А.Ким", None),  # two people fit
        # The full name of a person first met with initials.
        ("Дашдорж Оюунбилэг", "d-oyuunbilegom"),
        ("Бат Оюунбилэг", None),
        # Spanish names with both family names, either way round.
        ("Х.Гарсия Маркес", "khorkhe-garsiya-markes"),
        ("Х.Гарсия Маркесом", "khorkhe-garsiya-markes"),
        ("А.Гарсия Маркес", None),  # another initial
        ("Пабло Лопес Обрадор", "p-lopes-obrador"),
        ("Пабло Лопес Гомес", None),  # another last family name
    ],
)
def test_namesake(name: str, who: str | None) -> None:
    assert namesake(name, PEOPLE) == who


RELEASE = (
    "12 мая в Москве состоялись консультации заместителя Министра иностранных дел "
    "Российской Федерации А.Ю.Руденко с заместителем Министра иностранных дел "
    "Социалистической Республики Вьетнам Д.Т.Хоангом."
)
AGENCY = (
    "Заместитель министра иностранных дел России Андрей Руденко и замглавы МИД Вьетнама "
    "До Тхань Хоанг провели во вторник консультации в Москве."
)



@pytest.mark.parametrize("first", [AGENCY, RELEASE])
def test_one_consultation_of_a_release_and_an_agency(
    session: Session, pipeline: Pipeline, first: str
) -> None:
    """The ministry's release with initials and the agency's report with full names of the
    same consultations: one event of the same two people, whichever came first."""
    second = RELEASE if first is AGENCY else AGENCY
    cache = StoreCache()  # one run of ingest
    for n, text in enumerate((first, second)):
        session.commit()
        facts = pipeline.process(raw_article(text, dt.date(2023, 5, 12), file=f"{n}.txt"))
        store_article(session, facts, cache)
    talks = list(session.scalars(select(Event).where(Event.type == "talks")))
    assert len(talks) == 1
    actors = session.scalars(select(EventActor.actor_id).where(EventActor.event_id == talks[0].id))
    assert len(set(actors)) == 2
