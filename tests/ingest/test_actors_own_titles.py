"""A bare title is the person the article itself names with it (own_titles.py); a name after
a title past a parenthesis or a rank, or spelt another way than the gazetteer's holder, is
still the title's bearer; a title in a sentence dated far from the publication is read at
that date (title_days.py). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.actors.own_titles import same_person
from app.ingest.actors.title_days import title_days
from app.ingest.dates import extract_dates
from app.ingest.nlp import Nlp

# (text, publication day, [(mention text, actor id)] of the hits that are persons)
CASES: list[tuple[str, date | None, list[tuple[str, str]]]] = [
    # The gazetteer's holder on the day (Blinken) loses to the article's own bearer.
    (
        "Госсекретарь США Джеймс Бейкер прилетел в Москву. "
        "Вечером госсекретарь США проведёт переговоры в Кремле.",
        date(2024, 3, 1),
        [("Джеймс Бейкер", "dzheyms-beyker"), ("госсекретарь США", "dzheyms-beyker")],
    ),
    # A day before the gazetteer's terms: nobody it knows, the article's bearer.
    (
        "Переговоры с государственным секретарём США шли три часа. "
        "Государственный секретарь США Джеймс Бейкер назвал их трудными.",
        date(1991, 5, 2),
        [
            ("государственным секретарём США", "dzheyms-beyker"),
            ("Джеймс Бейкер", "dzheyms-beyker"),
        ],
    ),
    # Another title of the same office («глава Госдепа») is the same bearer.
    (
        "Глава Госдепартамента США Джеймс Бейкер прибыл в Сочи. "
        "Сначала глава Госдепа встретится с послами.",
        date(2019, 5, 14),
        [("Джеймс Бейкер", "dzheyms-beyker"), ("глава Госдепа", "dzheyms-beyker")],
    ),
    # A former holder and a deputy's title are not the article's bearer.
    (
        "Госсекретарь США Джеймс Бейкер прилетел в Москву. "
        "Бывший госсекретарь США выступил с лекцией, заместитель госсекретаря США промолчал.",
        date(1995, 5, 2),
        [("Джеймс Бейкер", "dzheyms-beyker")],
    ),
    # A rank between the title and the name; the holder's name spelt another way.
    (
        "Министр встретился с главой МИД Саудовской Аравии принцем Файсалом бин Фарханом.",
        date(2024, 5, 7),
        [("главой МИД Саудовской Аравии принцем Файсалом бин Фарханом", "faisal-bin-farhan")],
    ),
    # A parenthesis between the title and a name spelt another way: one person.
    (
        "Гостя встретил президент Объединённых Арабских Эмиратов (ОАЭ) Мохаммед бин Зайд "
        "аль-Нахайян.",
        date(2023, 12, 6),
        [("Мохаммед бин Зайд аль-Нахайян", "mohamed-bin-zayed")],
    ),
    # A parenthesis between the title and a known alias: the alias alone says who.
    (
        "В Петербург прибыл президент Объединенных Арабских Эмиратов (ОАЭ) "
        "Мухаммед бен Заид Аль Нахайян.",
        date(2020, 10, 11),
        [("Мухаммед бен Заид Аль Нахайян", "mohamed-bin-zayed")],
    ),
]


@pytest.mark.parametrize(("text", "pub", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_own_title_bearers(
    nlp: Nlp, gaz: Gazetteer, text: str, pub: date | None, expected: list[tuple[str, str]]
) -> None:
    hits = match_actors(nlp.analyse(text), gaz, pub)
    persons = [
        (h.text, h.actor_id)
        for h in hits
        if h.via == "ner"
        or ((rec := h.record or gaz.get(h.actor_id)) is not None and rec.kind == "person")
    ]
    assert persons == expected


# (written name, gazetteer id, same person?)
SAME: list[tuple[str, str, bool]] = [
    ("Файсал бин Фархан", "faisal-bin-farhan", True),
    ("Мохаммед бин Зайд аль-Нахайян", "mohamed-bin-zayed", True),
    ("Сауд аль-Фейсал", "faisal-bin-farhan", False),
    ("Мухаммед бен Рашид", "mohamed-bin-zayed", False),
]


@pytest.mark.parametrize(("name", "actor", "same"), SAME)
def test_same_person(gaz: Gazetteer, name: str, actor: str, same: bool) -> None:
    rec = gaz.get(actor)
    assert rec is not None
    assert same_person(name, rec) is same


# A title in a sentence dated far from the publication is read at that date (title_days.py).
# (text, publication day, [(mention text, actor id)] of the person hits)
DAYS: list[tuple[str, date, list[tuple[str, str]]]] = [
    (
        "В марте 2022 года госсекретарь США прилетел в Брюссель.",
        date(2025, 6, 1),
        [("госсекретарь США", "antony-blinken")],
    ),
    (
        "В пятницу госсекретарь США прилетел в Брюссель.",
        date(2025, 6, 1),
        [("госсекретарь США", "marco-rubio")],
    ),
    # Before the gazetteer's terms: nobody, rather than the holder on the day.
    ("В 1991 году госсекретарь США провёл переговоры в Москве.", date(2024, 3, 1), []),
    (
        "В 2016 году госсекретарь США провёл переговоры в Москве.",
        date(2024, 3, 1),
        [("госсекретарь США", "john-kerry")],
    ),
    # The article's bearer did not hold the office that year: not him, but that year's holder
    # (leaders_past.toml), or nobody before the gazetteer's terms.
    (
        "Госсекретарь США Энтони Блинкен прибыл в Киев. "
        "В 2016 году госсекретарь США провёл переговоры в Москве.",
        date(2024, 3, 1),
        [("Госсекретарь США Энтони Блинкен", "antony-blinken"), ("госсекретарь США", "john-kerry")],
    ),
    (
        "Госсекретарь США Энтони Блинкен прибыл в Киев. "
        "В 1991 году госсекретарь США провёл переговоры в Москве.",
        date(2024, 3, 1),
        [("Госсекретарь США Энтони Блинкен", "antony-blinken")],
    ),
]


@pytest.mark.parametrize(("text", "pub", "expected"), DAYS, ids=[c[0][:40] for c in DAYS])
def test_title_days(
    nlp: Nlp, gaz: Gazetteer, text: str, pub: date, expected: list[tuple[str, str]]
) -> None:
    analysis = nlp.analyse(text)
    spans = [(s.start, s.end) for s in analysis.sentences]
    day_at = title_days(spans, extract_dates(text, pub, sentences=spans), pub)
    hits = match_actors(analysis, gaz, pub, day_at=day_at)
    persons = [
        (h.text, h.actor_id)
        for h in hits
        if (rec := h.record or gaz.get(h.actor_id)) is not None and rec.kind == "person"
    ]
    assert persons == expected


def test_deputy_and_former_bear_no_title(nlp: Nlp, gaz: Gazetteer) -> None:
    """A deputy's or a former holder's name is not the bearer a bare title stands for."""
    text = (
        "Заместитель госсекретаря США Уэнди Шерман прилетела в Женеву. "
        "Бывший госсекретарь США Кондолиза Райс выступила с лекцией. "
        "Госсекретарь США проведёт переговоры в пятницу."
    )
    hits = match_actors(nlp.analyse(text), gaz, date(2024, 3, 1))
    bare = [h.actor_id for h in hits if h.text == "Госсекретарь США"]
    assert bare == ["antony-blinken"]
