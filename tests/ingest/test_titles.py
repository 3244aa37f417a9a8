"""Titles that say what happened: trigger, participants (in the right case), the place and,
for sanctions, the target (issue 12). Names and places are the test's own choices."""

from __future__ import annotations

import pytest

from app.ingest.events.titles import company, inflect, make_title

P = "person"


@pytest.mark.parametrize(
    ("type_", "actors", "kw", "title"),
    [
        ("call", [(P, "Владимир Путин"), (P, "Дональд Трамп")], {},
         "Телефонный разговор Путина и Трампа"),
        ("meeting", [(P, "Владимир Путин"), (P, "Нарендра Моди")], {"venue": ("city", "Кремль")},
         "Встреча Путина с Моди в Кремле"),
        ("meeting", [(P, "Сергей Лавров"), (P, "Мария Захарова")], {},
         "Встреча Лаврова с Захаровой"),
        ("meeting", [(P, "Владимир Путин"), (P, "Владимир Зеленский")], {},
         "Встреча Путина с Зеленским"),
        ("meeting", [(P, "Алексей Оверчук"), (P, "Кир Стармер")], {"venue": ("city", "Тверь")},
         "Встреча Оверчука со Стармером в Твери"),
        ("meeting", [(P, "Игорь Моргулов"), (P, "Стив Уиткофф")],
         {"venue": ("city", "Санкт-Петербург")},
         "Встреча Моргулова с Уиткоффом в Санкт-Петербурге"),
        ("visit", [(P, "Ван И")], {"venue": ("city", "Москва")}, "Визит Ван И в Москву"),
        ("visit", [(P, "Си Цзиньпин")], {"venue": ("city", "Казань")},
         "Визит Си Цзиньпина в Казань"),
        ("visit", [(P, "Владимир Путин")], {"venue": ("state", "Франция")},
         "Визит Путина во Францию"),
        ("talks", [("state", "Россия"), ("state", "Индия")], {"venue": ("city", "Вена")},
         "Переговоры России и Индии в Вене"),
        ("sanctions", [("body", "Минфин США")], {"target": ("company", "Газпром нефть")},
         "Санкции Минфина США против „Газпром нефти“"),
        ("sanctions", [("state", "Великобритания")], {"target": ("company", "Роснефть")},
         "Санкции Великобритании против „Роснефти“"),
        # A statement's place is not part of its title; its gist is.
        ("statement", [(P, "Сергей Рябков")],
         {"gist": "контакты по стратегической стабильности пока не возобновлены",
          "venue": ("city", "Женева")},
         "Заявление Рябкова: контакты по стратегической стабильности пока не возобновлены"),
    ],
)  # fmt: skip
def test_make_title(
    type_: str, actors: list[tuple[str, str]], kw: dict[str, object], title: str
) -> None:
    assert make_title(type_, actors, **kw) == title  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phrase", "case", "person", "out"),
    [
        ("Андрей Белоусов", "ablt", True, "Белоусовым"),
        ("Анна Карпова", "ablt", True, "Карповой"),
        ("Эммануэль Макрон", "ablt", True, "Макроном"),
        ("Реджеп Эрдоган", "ablt", True, "Эрдоганом"),
        ("Марко Рубио", "ablt", True, "Рубио"),
        ("Белый дом", "loct", False, "Белом доме"),
        ("Нижний Новгород", "loct", False, "Нижнем Новгороде"),
        ("ОАЭ", "loct", False, "ОАЭ"),
        # A foreign man's surname in -а or -ь declines like a noun.
        ("Фумио Кисида", "gent", True, "Кисиды"),
        ("Фумио Кисида", "ablt", True, "Кисидой"),
        ("Жозеп Боррель", "gent", True, "Борреля"),
        ("Жозеп Боррель", "ablt", True, "Боррелем"),
        # ...a woman's does not; a monarch's numeral stays.
        ("Кая Каллас", "gent", True, "Каллас"),
        ("Мсвати III", "gent", True, "Мсвати III"),
    ],
)
def test_inflect(phrase: str, case: str, person: bool, out: str) -> None:
    assert inflect(phrase, case, person) == out


@pytest.mark.parametrize(
    ("name", "out"),
    [
        ("Первый канал", "„Первого канала“"),
        ("Лукойл", "„Лукойла“"),
        ("«Норильский никель»", "„Норильского никеля“"),
        ("Russia Today", "„Russia Today“"),
    ],
)
def test_company_in_genitive(name: str, out: str) -> None:
    assert company(name, "gent") == out
