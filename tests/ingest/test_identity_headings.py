"""A happening told in heading lines and again in the body is one happening whose parties
are the body's: the people a heading names are kept, but states and bodies only the
heading names are not (headlines.keep_body_parties). A scraped page glues its menu or
rubric line to the headline («Все новости Франция Мир Экономика ... Фото» over «Макрон и
Шольц поговорили по телефону»), and the menu's words would else become parties of the
body's event. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday



CASES = [
    # A menu of rubrics and a state's name glued to the headline of a call.
    (
        "Все новости Франция Европа Мир Экономика Наука и Техника Здоровье Общество Культура "
        "Спорт Фото\nМакрон и Шольц поговорили по телефону\n\nВ четверг президент Эмманюэль "
        "Макрон и канцлер Олаф Шольц провели телефонный разговор.",
        [("call", "happened", ["emmanuel-macron", "olaf-scholz"], "2025-03-13", "day")],
    ),
    (
        "Все новости Турция Ближний Восток Мир Экономика Наука и Техника Здоровье Общество "
        "Культура Спорт Фото\nЭрдоган и Путин поговорили по телефону\n\nВ среду Реджеп Тайип "
        "Эрдоган и Владимир Путин провели телефонный разговор.",
        [("call", "happened", ["recep-tayyip-erdogan", "vladimir-putin"], "2025-03-12", "day")],
    ),
    # Talks: the same.
    (
        "Главное Казахстан Регионы Мир Бизнес Наука и Медицина Спорт Видео\nТокаев и Мирзиёев "
        "провели переговоры\n\nВ среду Касым-Жомарт Токаев и Шавкат Мирзиёев провели "
        "переговоры в Астане.",
        [
            ("talks", "happened", ["kassym-jomart-tokayev", "shavkat-mirziyoyev"],
             "2025-03-12", "day"),
        ],
    ),  # fmt: skip
    # A plain headline over its body: nothing changes, the people are the body's too.
    (
        "Путин и Эрдоган провели переговоры\n\nВ среду Владимир Путин и Реджеп Тайип Эрдоган "
        "провели переговоры в Сочи.",
        [("talks", "happened", ["recep-tayyip-erdogan", "vladimir-putin"], "2025-03-12", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_heading_lends_no_states_or_bodies(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, list[str], str, str]]
) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected
