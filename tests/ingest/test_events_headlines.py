"""A headline's happening is the body's happening of the same kind, one more source of it
(headlines.py); sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday



# (text, [(type, status, actors sorted, date start or None, precision)], sources of the first)
CASES = [
    # The headline's week is the body's two days; the body's visit, told twice.
    (
        "Лавров посетит Пекин на этой неделе\n\nСергей Лавров совершит визит в Китай 15–16 марта.",
        [("visit", "planned", ["sergey-lavrov"], "2025-03-15", "range")],
        2,
    ),
    # Another kind of contact in the headline («прибыл») is the body's talks.
    (
        "Ван И прибыл в Москву\n\nСергей Лавров и Ван И в четверг провели переговоры в Москве.",
        [("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")],
        2,
    ),
    # A headline naming none of its parties is the body's only happening of its type.
    (
        "Набиуллина успокоила вкладчиков после санкций против Мосбиржи\n\nВ среду Минфин "
        "США ввел санкции против Московской биржи.",
        [("sanctions", "happened", ["moskovskaya-birzha", "us-treasury"], "2025-03-12", "day")],
        2,
    ),
    # The same person's trip to the same land: one trip.
    (
        "Моди посетит Узбекистан в апреле\n\nВо вторник премьер-министр Индии Нарендра Моди "
        "побывал в Узбекистане.",
        [("visit", "happened", ["narendra-modi"], "2025-03-11", "day")],
        2,
    ),
    # The parties' agreeing in the headline is what came of their talks the body tells.
    (
        "Лавров и Ван И договорились расширить сотрудничество в Арктике\n\nСергей Лавров и "
        "Ван И в четверг провели переговоры в Москве.",
        [("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")],
        2,
    ),
    # «Name: words» over the body's words of that person: the happening named in them is
    # what the words are about, no happening of the headline's.
    (
        "Захарова: встреча Лаврова и Блинкена не означает сближения\n\nОфициальный "
        "представитель МИД России Мария Захарова в четверг заявила журналистам, что до "
        "сближения далеко.",
        [("statement", "happened", ["maria-zakharova"], "2025-03-13", "day")],
        1,
    ),
    (
        "Песков: визит Байдена в Киев ничего не меняет\n\nПресс-секретарь президента России "
        "Дмитрий Песков в четверг заявил, что позиция Москвы прежняя.",
        [("statement", "happened", ["dmitry-peskov"], "2025-03-13", "day")],
        1,
    ),
    # A heading line over a dated entry is no headline: the entry is the body's.
    (
        "12 мар. 2025\nСергей Лавров и Ван И провели переговоры в Москве.",
        [("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-12", "day")],
        1,
    ),
]


@pytest.mark.parametrize(("text", "expected", "sources"), CASES)
def test_headline_happening(pipeline: Pipeline, text: str, expected: list, sources: int) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert speech_rows(events) == expected
    assert len(events[0].sentences) == sources


# A headline happening the body does not tell, or tells twice with none of its people, is
# kept as it is.
KEPT_CASES = [
    (
        "Путин посетит Пекин на следующей неделе\n\nСергей Лавров и Ван И в четверг провели "
        "переговоры в Москве.",
        [
            ("visit", "planned", ["vladimir-putin"], "2025-03-17", "range"),
            ("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day"),
        ],
    ),
    # Agreeing told of others than the body's talks: an agreement of its own.
    (
        "Россия и Турция договорились расширить торговлю\n\nСергей Лавров и Ван И в четверг "
        "провели переговоры в Москве.",
        [
            ("agreement", "happened", ["russia", "turkey"], None, "before"),
            ("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day"),
        ],
    ),
    # «Name: words» with no words of that person in the body: the happening stays.
    (
        "Лавров: Россия и Китай подписали соглашение о визах\n\nОфициальный представитель "
        "МИД России Мария Захарова в четверг заявила журналистам, что до перемирия далеко.",
        [
            ("agreement", "happened", ["china", "russia"], None, "before"),
            ("statement", "happened", ["maria-zakharova"], "2025-03-13", "day"),
        ],
    ),
    # The same person's trip to another place is another trip.
    (
        "Моди посетит Узбекистан в апреле\n\nВо вторник премьер-министр Индии Нарендра Моди "
        "побывал в Казахстане.",
        [
            ("visit", "planned", ["narendra-modi"], "2025-04-01", "month"),
            ("visit", "happened", ["narendra-modi"], "2025-03-11", "day"),
        ],
    ),
    (
        "Путин посетит Иран в мае\n\nВ среду президент России Владимир Путин побывал в "
        "Объединенных Арабских Эмиратах.",
        [
            ("visit", "planned", ["vladimir-putin"], "2025-05-01", "month"),
            ("visit", "happened", ["vladimir-putin"], "2025-03-12", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT_CASES)
def test_headline_happening_kept(pipeline: Pipeline, text: str, expected: list) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected
