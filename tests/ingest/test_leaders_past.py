"""Earlier holders of offices (app/data/leaders_past.toml): a bare title in a sentence dated
to an earlier year is that year's holder, and a person's titles stand for him only while he
holds them (actors/profile.py). Sentences written for these tests."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources
from typing import Any

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.actors.gazetteer import DATA_FILES
from app.ingest.actors.profile import person_titles, titles_on
from app.ingest.actors.title_days import title_days
from app.ingest.dates import extract_dates
from app.ingest.nlp import Nlp


def _data(name: str) -> dict[str, Any]:
    return tomllib.loads((resources.files("app") / "data" / name).read_text(encoding="utf-8"))


def test_the_file_is_loaded_last_and_repeats_no_id() -> None:
    assert DATA_FILES[-1] == "leaders_past.toml"
    past = _data("leaders_past.toml")
    ids = [a["id"] for a in past["actor"]]
    roles = [r["id"] for r in past["role"]]
    assert len(ids) == len(set(ids)) and len(roles) == len(set(roles))
    for name in DATA_FILES[:-1]:
        earlier = _data(name)
        # an id repeated here would be skipped silently (the earlier file wins)
        assert set(ids).isdisjoint(a["id"] for a in earlier.get("actor", [])), name
        assert set(roles).isdisjoint(r["id"] for r in earlier.get("role", [])), name


# (role, day, holder)
HOLDERS: list[tuple[str, date, str | None]] = [
    ("us-secretary-of-state", date(2016, 6, 1), "john-kerry"),
    ("us-secretary-of-state", date(2018, 6, 1), "mike-pompeo"),
    ("us-secretary-of-state", date(2010, 6, 1), "hillary-clinton"),
    ("us-secretary-of-defense", date(2019, 3, 1), "patrick-shanahan"),
    ("us-president", date(2005, 1, 1), "george-w-bush"),
    ("russia-prime-minister", date(2010, 1, 1), "vladimir-putin"),
    ("russia-prime-minister", date(2015, 1, 1), "dmitry-medvedev"),
    ("russian-foreign-minister", date(2002, 1, 1), "igor-ivanov"),
    ("russian-defence-minister", date(2010, 1, 1), "anatoly-serdyukov"),
    ("kremlin-spokesman", date(2015, 1, 1), "dmitry-peskov"),
    ("kremlin-spokesman", date(2010, 1, 1), None),  # predecessors' terms left out
    ("russian-mfa-spokeswoman", date(2014, 1, 1), None),
    ("turkey-foreign-minister", date(2015, 10, 1), "feridun-sinirlioglu"),
    ("turkey-foreign-minister", date(2017, 1, 1), "mevlut-cavusoglu"),
    ("turkey-prime-minister", date(2010, 1, 1), "recep-tayyip-erdogan"),
    ("german-chancellor", date(2004, 1, 1), "gerhard-schroeder"),
    ("germany-foreign-minister", date(2015, 1, 1), "frank-walter-steinmeier"),
    ("germany-defence-minister", date(2015, 1, 1), "ursula-von-der-leyen"),
    ("uk-prime-minister", date(2012, 1, 1), "david-cameron"),
    ("japan-prime-minister", date(2007, 1, 1), "shinzo-abe"),
    ("japan-foreign-minister", date(2015, 1, 1), "fumio-kishida"),
    ("japan-foreign-minister", date(2008, 1, 1), None),  # before Okada: left out
    ("israel-foreign-minister", date(2017, 1, 1), "benjamin-netanyahu"),
    ("saudi-arabia-prime-minister", date(2023, 1, 1), "mohammed-bin-salman"),
    ("un-secretary-general", date(2010, 1, 1), "ban-ki-moon"),
    ("nato-secretary-general", date(2012, 1, 1), "anders-fogh-rasmussen"),
    ("china-defence-minister", date(2020, 1, 1), "wei-fenghe"),
    ("ukraine-defence-minister", date(2022, 6, 1), "oleksii-reznikov"),
]


@pytest.mark.parametrize(("role", "day", "holder"), HOLDERS)
def test_holder_on_a_day(gaz: Gazetteer, role: str, day: date, holder: str | None) -> None:
    assert gaz.holder(role, day) == holder


# A bare title in a sentence dated to another year than the publication's.
# (text, publication day, person id of the title or None)
BY_YEAR: list[tuple[str, date, str | None]] = [
    ("В 2016 году госсекретарь США прилетел в Москву.", date(2025, 3, 1), "john-kerry"),
    ("В 2018 году госсекретарь США прилетел в Пхеньян.", date(2025, 3, 1), "mike-pompeo"),
    ("В 2010 году премьер-министр России посетил Париж.", date(2024, 5, 1), "vladimir-putin"),
    ("В 2012 году президент Франции приехал в Берлин.", date(2024, 5, 1), "francois-hollande"),
    ("В 2005 году канцлер Германии открыл выставку.", date(2024, 5, 1), "gerhard-schroeder"),
    ("В 2011 году генсек ООН призвал к перемирию.", date(2024, 5, 1), "ban-ki-moon"),
    ("В 2014 году министр обороны Израиля прибыл в Вашингтон.", date(2024, 5, 1), "moshe-yaalon"),
    ("В 2017 году министр обороны Китая посетил Москву.", date(2024, 5, 1), "chang-wanquan"),
    ("В 2008 году британский премьер выступил в парламенте.", date(2024, 5, 1), "gordon-brown"),
    ("В 2016 году премьер-министр Турции прилетел в Баку.", date(2024, 5, 1), "binali-yildirim"),
    ("В 2007 году президент Ирана выступил в ООН.", date(2024, 5, 1), "mahmoud-ahmadinejad"),
    # before the terms the file gives: nobody rather than a guess
    ("В 2009 году глава МИД Японии прилетел в Москву.", date(2024, 5, 1), None),
]


@pytest.mark.parametrize(("text", "pub", "who"), BY_YEAR, ids=[c[0][:40] for c in BY_YEAR])
def test_title_by_year(nlp: Nlp, gaz: Gazetteer, text: str, pub: date, who: str | None) -> None:
    analysis = nlp.analyse(text)
    spans = [(s.start, s.end) for s in analysis.sentences]
    day_at = title_days(spans, extract_dates(text, pub, sentences=spans), pub)
    hits = match_actors(analysis, gaz, pub, day_at=day_at)
    persons = [
        h.actor_id
        for h in hits
        if (rec := h.record or gaz.get(h.actor_id)) is not None and rec.kind == "person"
    ]
    assert persons == ([who] if who else [])


# (person, day, a title he may be called by, is it his then?)
TITLES_ON: list[tuple[str, date | None, str, bool]] = [
    ("dmitry-medvedev", date(2015, 1, 1), "премьер-министр россия", True),
    ("dmitry-medvedev", date(2022, 8, 5), "премьер-министр россия", False),
    ("dmitry-medvedev", date(2022, 8, 5), "президент россия", False),
    ("dmitry-medvedev", None, "премьер-министр россия", True),  # no day: every title
    ("vladimir-putin", date(2010, 1, 1), "президент россия", False),
    ("vladimir-putin", date(2022, 8, 5), "президент россия", True),
]


@pytest.mark.parametrize(("person", "day", "title", "his"), TITLES_ON)
def test_titles_while_held(
    gaz: Gazetteer, person: str, day: date | None, title: str, his: bool
) -> None:
    assert (title in titles_on(person_titles(gaz)[person], day)) is his


# An article without a publication day: a bare title is read at the text's own dates (its
# sentence's, else the last one before it, else the first one after), never at today.
# (text, person id of the title or None)
NO_PUBLICATION: list[tuple[str, str | None]] = [
    (
        "Министры встретились в Женеве 12 марта 2014 года. Позже госсекретарь США дал "
        "пресс-конференцию.",
        "john-kerry",
    ),
    (
        "Госсекретарь США прилетел в Анкару. Визит состоялся 3 апреля 2019 года.",
        "mike-pompeo",
    ),
    ("В 2016 году госсекретарь США побывал в Москве.", "john-kerry"),
    (
        "Саммит прошел в июле 2018 года. Президент США уехал раньше. В 2013 году "
        "госсекретарь США выступал там же.",
        "john-kerry",
    ),
]


@pytest.mark.parametrize(("text", "who"), NO_PUBLICATION, ids=[c[0][:40] for c in NO_PUBLICATION])
def test_title_without_publication(nlp: Nlp, gaz: Gazetteer, text: str, who: str | None) -> None:
    analysis = nlp.analyse(text)
    spans = [(s.start, s.end) for s in analysis.sentences]
    day_at = title_days(spans, extract_dates(text, None, sentences=spans), None)
    hits = match_actors(analysis, gaz, None, day_at=day_at)
    persons = [
        h.actor_id
        for h in hits
        if (rec := h.record or gaz.get(h.actor_id)) is not None
        and rec.kind == "person"
        and h.via != "name"
    ]
    assert persons[-1:] == ([who] if who else [])


def test_undated_title_without_any_date_is_left_to_the_caller() -> None:
    day_at = title_days([(0, 40)], [], None)
    assert day_at(5) is None
