"""A plural word for the parties told just before: «они», «стороны», «лидеры», «страны»
(plural_refs.py), on sentences of our own. Each row: article text, publication date, and
the events as (type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
LAVROV_BLINKEN = ["antony-blinken", "sergey-lavrov"]
LAVROV_FIDAN = ["hakan-fidan", "sergey-lavrov"]
BELOUSOV_AUSTIN = ["andrey-belousov", "lloyd-austin"]
TALKS = ("talks", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", LAVROV_FIDAN)

CASES: list[tuple[str, D, list[Ev]]] = [
    # «они» after two names joined by «и»: an earlier meeting of the same two, on its own
    # date, a happening apart from the one told first.
    (
        "Лавров и Блинкен 5 декабря 2023 года встретились в Стокгольме. "
        "До этого они виделись в марте 2023 года в Нью-Дели.",
        D(2024, 1, 10),
        [
            ("meeting", "happened", D(2023, 12, 5), D(2023, 12, 5), "day", LAVROV_BLINKEN),
            ("meeting", "happened", D(2023, 3, 1), D(2023, 3, 31), "month", LAVROV_BLINKEN),
        ],
    ),
    # «они» for two people the previous sentence names with their titles, no happening there.
    (
        "Совет возглавляют Лавров и глава МИД Турции Фидан. "
        "Повестку заседания они обсуждали по телефону 12 мая.",
        D(2025, 5, 20),
        [("call", "happened", D(2025, 5, 12), D(2025, 5, 12), "day", LAVROV_FIDAN)],
    ),
    # «обе страны» after talks of two states: the same states agree (on the day the story
    # is on, events/story_day.py).
    (
        "Россия и Индия 3 апреля провели консультации в Москве. "
        "Обе страны договорились расширить торговлю.",
        D(2025, 4, 5),
        [
            ("talks", "happened", D(2025, 4, 3), D(2025, 4, 3), "day", ["india", "russia"]),
            ("agreement", "happened", D(2025, 4, 3), D(2025, 4, 3), "day", ["india", "russia"]),
        ],
    ),
    # «страны» after a visit: the visitor's side and the state visited.
    (
        "Путин посетил Вьетнам с визитом в 2017 году. "
        "Тогда страны подписали соглашение о сотрудничестве в энергетике.",
        D(2025, 4, 5),
        [
            ("visit", "happened", D(2017, 1, 1), D(2017, 12, 31), "year", ["vladimir-putin"]),
            (
                "agreement", "happened", D(2017, 1, 1), D(2017, 12, 31), "year",
                ["vietnam", "vladimir-putin"],
            ),
        ],  # fmt: skip
    ),
    # «лидеры» keep the persons of the talks told before.
    (
        "Путин провёл переговоры с Моди 8 июля 2024 года. "
        "Лидеры уже встречались в Казани в октябре 2023 года.",
        D(2025, 1, 5),
        [
            (
                "talks", "happened", D(2024, 7, 8), D(2024, 7, 8), "day",
                ["narendra-modi", "vladimir-putin"],
            ),
            (
                "meeting", "happened", D(2023, 10, 1), D(2023, 10, 31), "month",
                ["narendra-modi", "vladimir-putin"],
            ),
        ],  # fmt: skip
    ),
    # «говорили по телефону» is a call («говорить» alone is speech), of «они» told before.
    (
        "Путин и Токаев 2 мая встретились в Астане. С тех пор они говорили по телефону.",
        D(2025, 6, 1),
        [
            (
                "meeting", "happened", D(2025, 5, 2), D(2025, 5, 2), "day",
                ["kassym-jomart-tokayev", "vladimir-putin"],
            ),
            (
                "call", "happened", None, D(2025, 6, 1), "before",
                ["kassym-jomart-tokayev", "vladimir-putin"],
            ),
        ],  # fmt: skip
    ),
    # «условились» agrees as «договорились» does; «стороны» are the parties of the talks.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "Стороны условились о создании рабочей группы по торговле.",
        D(2025, 3, 6),
        [TALKS, ("agreement", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", LAVROV_FIDAN)],
    ),
    # «говорил о телефонном ...» is words about a phone, no call.
    (
        "Лавров долго говорил о телефонном мошенничестве.",
        D(2025, 3, 6),
        [("statement", "happened", None, D(2025, 3, 6), "before", ["sergey-lavrov"])],
    ),
    # Two verbs sharing «они»: the second happening has the same parties.
    (
        "Путин и Си Цзиньпин 5 мая 2024 года провели переговоры в Пекине. "
        "В мае 2025 года они снова встретились в Москве и подписали план действий.",
        D(2025, 6, 10),
        [
            (
                "talks", "happened", D(2024, 5, 5), D(2024, 5, 5), "day",
                ["vladimir-putin", "xi-jinping"],
            ),
            (
                "meeting", "happened", D(2025, 5, 1), D(2025, 5, 31), "month",
                ["vladimir-putin", "xi-jinping"],
            ),
            (
                "agreement", "happened", D(2025, 5, 1), D(2025, 5, 31), "month",
                ["vladimir-putin", "xi-jinping"],
            ),
        ],  # fmt: skip
    ),
    # «президенты» after two ministers: a title they do not hold, no parties.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "Президенты уже встречались в Сочи в 2023 году.",
        D(2025, 3, 6),
        [TALKS],
    ),
    # «с ними» beside a party of the trigger's own: the two told before are his partners.
    (
        "Путин и Мирзиёев 5 мая 2025 года подписали декларацию. "
        "Накануне с ними встретился Токаев.",
        D(2025, 5, 10),
        [
            (
                "agreement", "happened", D(2025, 5, 5), D(2025, 5, 5), "day",
                ["shavkat-mirziyoyev", "vladimir-putin"],
            ),
            (
                "meeting", "happened", D(2025, 5, 4), D(2025, 5, 4), "day",
                ["kassym-jomart-tokayev", "shavkat-mirziyoyev", "vladimir-putin"],
            ),
        ],  # fmt: skip
    ),
    # A group of people named between («сенаторы») is whom «с ними» stands for, not the
    # parties of the talks further back.
    (
        "Путин и Си Цзиньпин провели переговоры 5 мая. "
        "В Москву также прибыли американские сенаторы. С ними встретился Лавров.",
        D(2025, 5, 10),
        [
            (
                "talks", "happened", D(2025, 5, 5), D(2025, 5, 5), "day",
                ["vladimir-putin", "xi-jinping"],
            ),
            ("meeting", "happened", None, D(2025, 5, 10), "before", ["sergey-lavrov"]),
        ],  # fmt: skip
    ),
    # «страны Запада» are some other group: no parties from the talks.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "Страны Запада договорились ввести новые санкции.",
        D(2025, 3, 6),
        [TALKS],
    ),
    # «стороны конфликта» are the sides of a war, not of the talks told (parties.py).
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "Стороны конфликта договорились о прекращении огня.",
        D(2025, 3, 6),
        [TALKS],
    ),
    # «российские министры» are one side only: not the two parties of the talks.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "Затем российские министры подписали соглашение о торговле.",
        D(2025, 3, 6),
        [TALKS],
    ),
    # «они обсудили обмен пленными»: the exchange is a topic, not a happening of theirs.
    (
        "Путин и Эрдоган 5 марта встретились в Анкаре. Они обсудили обмен пленными.",
        D(2025, 3, 6),
        [
            (
                "meeting", "happened", D(2025, 3, 5), D(2025, 3, 5), "day",
                ["recep-tayyip-erdogan", "vladimir-putin"],
            ),
        ],  # fmt: skip
    ),
    # «они» with only one party told before stands for no one known.
    (
        "Лавров прибыл в Анкару 4 марта. Они провели переговоры в резиденции.",
        D(2025, 3, 6),
        [("visit", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", ["sergey-lavrov"])],
    ),
    # The parties told two paragraphs back are too far for «они».
    (
        "Лавров и Фидан 4 марта провели переговоры в Анкаре.\n\n"
        "В Москве прошёл форум.\n\nОни встречались в Сочи в 2022 году.",
        D(2025, 3, 6),
        [TALKS],
    ),
    # «министры обороны двух стран»: the office between keeps the two states told, their
    # ministers; «министры обороны стран НАТО» are another group.
    (
        "Белоусов и Остин 12 июля поговорили по телефону. "
        "До этого министры обороны двух стран созванивались 25 июня.",
        D(2024, 7, 15),
        [
            ("call", "happened", D(2024, 7, 12), D(2024, 7, 12), "day", BELOUSOV_AUSTIN),
            ("call", "happened", D(2024, 6, 25), D(2024, 6, 25), "day", BELOUSOV_AUSTIN),
        ],
    ),
    (
        "Белоусов и Остин 12 июля поговорили по телефону. "
        "До этого министры обороны стран НАТО встречались 25 июня.",
        D(2024, 7, 15),
        [
            ("call", "happened", D(2024, 7, 12), D(2024, 7, 12), "day", BELOUSOV_AUSTIN),
            ("meeting", "happened", D(2024, 6, 25), D(2024, 6, 25), "day", ["nato"]),
        ],
    ),
]



@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_plural_reference(
    pipeline: Pipeline, text: str, published: D, expected: list[Ev]
) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected
