"""A pronoun speaker («Он добавил, что ...», «— сказала она») goes on with the words of the
one person who speaks in the sentence right before (pronoun_speakers.py), on sentences of
our own. Each row: text, then (sorted speakers, start date, number of evidence sentences)
of every statement."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2024, 3, 14)

PESKOV = (
    "Пресс-секретарь президента России Дмитрий Песков во вторник заявил, что Кремль "
    "готов к диалогу с Вашингтоном. "
)
ZAKHAROVA = (
    "Официальный представитель МИД России Мария Захарова в среду заявила, что Москва "
    "ответит на новые санкции. "
)

CASES: list[tuple[str, list[tuple[list[str], D | None, int]]]] = [
    # Follow-up words under «он» join the speaker's statement, on its day.
    (
        PESKOV + "Он добавил, что сроки контактов пока не определены.",
        [(["dmitry-peskov"], D(2024, 3, 12), 2)],
    ),
    # ... a quote closed by «— сказала она».
    (
        ZAKHAROVA + "«Ответ будет взвешенным», — сказала она.",
        [(["maria-zakharova"], D(2024, 3, 13), 2)],
    ),
    # A pronoun of the other gender is not the speaker before: no statement of its own.
    (
        PESKOV + "Она добавила, что сроки контактов пока не определены.",
        [(["dmitry-peskov"], D(2024, 3, 12), 1)],
    ),
    # ... a quote closed by «— сказал он журналистам».
    (
        PESKOV + "«Контакты на уровне экспертов продолжатся», — сказал он журналистам.",
        [(["dmitry-peskov"], D(2024, 3, 12), 2)],
    ),
    # ... a quote of several sentences closed by «— добавил он» goes on with the speaker
    # before the quote, in guillemets or straight quotes.
    (
        PESKOV + "«Я не видел этого заявления. Комментировать его пока рано», — добавил он.",
        [(["dmitry-peskov"], D(2024, 3, 12), 2)],
    ),
    (
        ZAKHAROVA + '"Решение уже принято. Детали сообщим позже", - сказала она.',
        [(["maria-zakharova"], D(2024, 3, 13), 2)],
    ),
    # A quote opened after words that are no one's has no speaker to go on with.
    (
        "Президент России Владимир Путин во вторник прилетел в Минск. "
        "«Я не видел этого заявления. Комментировать его пока рано», — добавил он.",
        [],
    ),
    # «По его словам, ...» goes on with the speaker before, as «он» does ...
    (
        PESKOV + "По его словам, американская сторона пока не прислала предложений.",
        [(["dmitry-peskov"], D(2024, 3, 12), 2)],
    ),
    (
        ZAKHAROVA + "По ее словам, меры коснутся только недружественных стран.",
        [(["maria-zakharova"], D(2024, 3, 13), 2)],
    ),
    # ... and the leaders its words name are not the ones who speak.
    (
        PESKOV + "По его словам, Владимир Путин и Си Цзиньпин обсудят торговлю.",
        [(["dmitry-peskov"], D(2024, 3, 12), 2)],
    ),
    # ... and neither a day in them (the call of Wednesday) nor that of the talks his words
    # before told dates them: they stay on the day of his words (here the publication's).
    (
        "Помощник президента Юрий Ушаков заявил, что 12 марта провёл переговоры с министром "
        "иностранных дел Катара. По его словам, Владимир Путин лично поблагодарил эмира в "
        "телефонном разговоре в среду.",
        [(["yury-ushakov"], PUBLISHED, 2)],
    ),
    # «По ее словам» after a man's words is someone else's.
    (
        PESKOV + "По ее словам, американская сторона пока не прислала предложений.",
        [(["dmitry-peskov"], D(2024, 3, 12), 1)],
    ),
    # A sentence before that is no one's words gives the pronoun no speaker.
    (
        "Президент России Владимир Путин во вторник прилетел в Минск. "
        "По его словам, отношения двух стран развиваются успешно.",
        [],
    ),
    # A sentence before that is no one's words: «он» before its verb is the one person it
    # names in the nominative ...
    (
        "Президент России Владимир Путин во вторник прилетел в Минск. "
        "Он добавил, что сроки контактов пока не определены.",
        [(["vladimir-putin"], PUBLISHED, 1)],
    ),
    (
        "Канцлер Германии Олаф Шольц в пятницу провёл переговоры с Эммануэлем Макроном. "
        "Выступая в Бундестаге, он сказал, что Европа едина.",
        [(["olaf-scholz"], PUBLISHED, 1)],
    ),
    # ... not when it names two («Шольц и Макрон»), nor only in another case ...
    (
        "Олаф Шольц и Эммануэль Макрон в пятницу провели переговоры в Париже. "
        "Он сказал, что Европа едина.",
        [],
    ),
    (
        "В пятницу в Париже прошли переговоры с Олафом Шольцем. Он сказал, что Европа едина.",
        [],
    ),
    # ... nor a woman for «он», nor «— сказал он» closing a quote.
    (
        "Официальный представитель МИД России Мария Захарова в среду прилетела в Белград. "
        "Он сказал, что Европа едина.",
        [],
    ),
    (
        "Президент России Владимир Путин во вторник прилетел в Минск. "
        "«Сроки пока не определены», — сказал он.",
        [],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pronoun_speakers(
    pipeline: Pipeline, text: str, expected: list[tuple[list[str], D | None, int]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [
        (sorted(e.actors), e.date.value.start, len(e.sentences))
        for e in facts.events
        if e.type == "statement"
    ]
    assert got == expected
