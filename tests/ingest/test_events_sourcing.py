"""Words of saying that only name where a happening came from, and so are no statement:
a body's or an unnamed source's «..., сообщили в МИД» after a happening, a body announcing
its own measure (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday
TALKS = ("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")

# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # A body closing the words of a happening that took place is where the news came from.
    (
        "Сергей Лавров и Ван И в четверг провели переговоры в Москве, сообщило министерство.",
        [TALKS],
    ),
    (
        "Сергей Лавров и Ван И в четверг провели переговоры в Москве, сообщили в МИД России.",
        [TALKS],
    ),
    # A named person who says so is a speaker, with or without a day of the saying.
    (
        "Сергей Лавров и Ван И в четверг провели переговоры в Москве, сообщила Мария Захарова.",
        [("statement", "happened", ["maria-zakharova"], "2025-03-14", "day"), TALKS],
    ),
    # A body that says so on a day of its own made a statement that day.
    (
        "Сергей Лавров и Ван И в среду провели переговоры в Москве, сообщили в четверг в МИД "
        "России.",
        [
            ("statement", "happened", ["russian-mfa"], "2025-03-13", "day"),
            ("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-12", "day"),
        ],
    ),
    # A body announcing what is to come makes news of its own.
    (
        "Сергей Лавров посетит Пекин в мае, сообщили в МИД России.",
        [
            ("statement", "happened", ["russian-mfa"], "2025-03-14", "day"),
            ("visit", "planned", ["sergey-lavrov"], "2025-05-01", "month"),
        ],
    ),
    # An unnamed source passes news on, whatever became of the happening.
    (
        "Визит Сергея Лаврова в Пекин отложен, сообщил источник в МИД России.",
        [("visit", "postponed", ["sergey-lavrov"], None, "before")],
    ),
    ("Визит делегации в Пекин отложен, сообщил источник в МИД России.", []),
    # ... but a denial by one is a statement: what it denies is no happening.
    (
        "Источник в МИД России опроверг сообщения о визите Лаврова в Пекин.",
        [("statement", "happened", ["russian-mfa"], "2025-03-14", "day")],
    ),
    # A body announcing its own measure takes it by the announcing.
    (
        "Минфин США в среду объявил о санкциях против двадцати российских компаний.",
        [("sanctions", "happened", ["us-treasury"], "2025-03-12", "day")],
    ),
    # Words told «по словам» of an unnamed source are hearsay: no statement of the one said
    # to have spoken, nor of the body the source sits in; a happening they tell stays.
    ("По словам источника в МИД России, Ван И подтвердил готовность к новым контактам.", []),
    # ... and so are words told «по словам очевидцев».
    ("Сергей Лавров, по словам очевидцев, пообещал вернуться в Пекин осенью.", []),
    (
        "По словам источника в министерстве, Сергей Лавров и Ван И в среду провели переговоры.",
        [TALKS[:3] + ("2025-03-12", "day")],
    ),
    (
        "По словам Сергея Лаврова, Ван И подтвердил готовность к новым контактам.",
        [("statement", "happened", ["sergey-lavrov"], "2025-03-14", "day")],
    ),
    # The press at large passes news on, like an unnamed source.
    (
        "Сергей Лавров и Ван И на днях встречались в Пекине, сообщали ранее китайские СМИ.",
        [("meeting", "happened", ["sergey-lavrov", "wang-yi"], None, "before")],
    ),
    # A body closing words that something took place, named by a word of no kind of its
    # own («процедура»), is where the news came from; a person, or a day of the saying's
    # own, still makes a statement.
    ("Церемония прошла в четверг в аэропорту Анкары, сообщили в МИД России.", []),
    (
        "Церемония прошла в четверг в аэропорту Анкары, сообщила Мария Захарова.",
        [("statement", "happened", ["maria-zakharova"], "2025-03-14", "day")],
    ),
    (
        "Церемония прошла в четверг, сообщили в пятницу в МИД России.",
        [("statement", "happened", ["russian-mfa"], "2025-03-14", "day")],
    ),
    # A body opening the words «Как сообщили в X, ...» is their source as much as one
    # closing them: of a happening retold, or told there; a person so named still speaks.
    ("Как сообщили в МИД России, разговор состоялся по просьбе китайской стороны.", []),
    (
        "Как сообщили в МИД России, Сергей Лавров в четверг провёл переговоры с Ван И.",
        [TALKS],
    ),
    (
        "Как сообщила Мария Захарова, Сергей Лавров в четверг провёл переговоры с Ван И.",
        [("statement", "happened", ["maria-zakharova"], "2025-03-14", "day"), TALKS],
    ),
    # Words about a measure stay words: who speaks of it did not take it.
    (
        "МИД Германии в среду назвал высылку дипломатов необоснованной.",
        [("statement", "happened", ["mid-germanii"], "2025-03-12", "day")],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sourcing(pipeline: Pipeline, text: str, expected: list) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected


# Words with no day of their own said on an occasion the sentence dates were said that day.
OCCASION_CASES = [
    (
        "Об этом Александр Вучич рассказал после разговора с Путиным, который состоялся "
        "в среду.",
        [("statement", "happened", ["aleksandar-vucic"], "2025-03-12", "day")],
    ),
    (
        "Об этом Сергей Лавров рассказал после переговоров с Ван И, которые прошли во вторник.",
        [
            ("statement", "happened", ["sergey-lavrov"], "2025-03-11", "day"),
            ("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-11", "day"),
        ],
    ),
    # A date of a noun inside the occasion's phrase is no day of the occasion.
    (
        "Сергей Лавров после переговоров по соглашению 2015 года заявил, что Москва готова к "
        "диалогу.",
        [
            ("statement", "happened", ["sergey-lavrov"], "2025-03-14", "day"),
            ("talks", "happened", ["sergey-lavrov"], None, "before"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASION_CASES)
def test_occasion_day(pipeline: Pipeline, text: str, expected: list) -> None:
    test_sourcing(pipeline, text, expected)


# Words that recall what is known or that are said over and over are no statement of one
# occasion; a happening they recall is still an event.
RESTATED_CASES = [
    ("Сергей Лавров напомнил, что Москва и Пекин поддерживают диалог с 2001 года.", []),
    (
        "Мария Захарова напомнила, что Сергей Лавров и Ван И провели переговоры в Москве в "
        "январе.",
        [("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-01-01", "month")],
    ),
    ("В МИД России неоднократно заявляли, что санкции незаконны.", []),
    (
        "В МИД России в среду заявили, что Москва не раз предлагала провести консультации.",
        [("statement", "happened", ["russian-mfa"], "2025-03-12", "day")],
    ),
    # An outlet promising in the first person what the article tells: furniture.
    ("Рассказываем, что ответили в Кремле.", []),
    ("Разбираемся, что заявили в МИД России.", []),
    # ... but words quoted in the first person are the speaker's.
    (
        "«Мы рассказываем партнёрам о нашей позиции», — заявила в среду Мария Захарова.",
        [("statement", "happened", ["maria-zakharova"], "2025-03-12", "day")],
    ),
    (
        "В МИД России в среду заявили, что санкции незаконны.",
        [("statement", "happened", ["russian-mfa"], "2025-03-12", "day")],
    ),
    # A relative clause of saying is an aside on the clause it hangs on.
    ("Во вторник ракеты ударили по порту Николаева, что Киев назвал провокацией.", []),
    ("Во вторник ракеты ударили по порту Николаева, где Киев назвал удар провокацией.", []),
    (
        "Киев во вторник назвал удар по порту провокацией.",
        [("statement", "happened", ["ukraine"], "2025-03-11", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED_CASES)
def test_restated_words(pipeline: Pipeline, text: str, expected: list) -> None:
    test_sourcing(pipeline, text, expected)


# A headline's words with no date of their own are the statement the body reports: by the
# same speaker, or by the spokesman of the body the headline names.
HEADLINE_CASES = [
    (
        "В МИД России пообещали ответить на новые санкции\n\nОфициальный представитель МИД "
        "России Мария Захарова в среду пообещала, что Москва ответит на новые санкции.",
        [("statement", "happened", ["maria-zakharova", "russian-mfa"], "2025-03-12", "day")],
    ),
    (
        "Лавров заявил о готовности к диалогу с Вашингтоном\n\nСергей Лавров в среду заявил, "
        "что Москва готова к диалогу с Вашингтоном.",
        [("statement", "happened", ["sergey-lavrov"], "2025-03-12", "day")],
    ),
    # A headline with a date of its own tells its own occasion.
    (
        "Лавров 10 марта заявил о готовности к диалогу\n\nСергей Лавров в среду заявил, что "
        "Москва готова к диалогу с Вашингтоном.",
        [
            ("statement", "happened", ["sergey-lavrov"], "2025-03-10", "day"),
            ("statement", "happened", ["sergey-lavrov"], "2025-03-12", "day"),
        ],
    ),
    # Another person's words are others'.
    (
        "Песков заявил о готовности к диалогу\n\nСергей Лавров в среду заявил, что Москва "
        "готова к диалогу с Вашингтоном.",
        [
            ("statement", "happened", ["dmitry-peskov"], "2025-03-12", "day"),
            ("statement", "happened", ["sergey-lavrov"], "2025-03-12", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline_words(pipeline: Pipeline, text: str, expected: list) -> None:
    test_sourcing(pipeline, text, expected)


# Parties that come out with a joint statement conclude it (an agreement); one who comes
# out with a statement of his own speaks.
JOINT_CASES = [
    (
        "Сергей Лавров и Ван И в среду выступили с совместным заявлением.",
        [("agreement", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-12", "day")],
    ),
    (
        "Сергей Лавров в среду выступил с заявлением.",
        [("statement", "happened", ["sergey-lavrov"], "2025-03-12", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_CASES)
def test_joint_statement_uttered(pipeline: Pipeline, text: str, expected: list) -> None:
    test_sourcing(pipeline, text, expected)


# A proposal made in a speech: the speech is words of its own beside the proposal; a
# position held («выступают против») is no speech.
SPEECH_CASES = [
    (
        "Владимир Путин, выступая на саммите, предложил провести в 2026 году в Москве форум "
        "прикаспийских государств.",
        [
            ("statement", "happened", ["vladimir-putin"], "2025-03-14", "day"),
            ("proposal", "happened", ["vladimir-putin"], "2025-03-14", "day"),
        ],
    ),
    (
        "Владимир Путин предложил провести в 2026 году в Москве форум прикаспийских государств.",
        [("proposal", "happened", ["vladimir-putin"], "2025-03-14", "day")],
    ),
    ("Россия и Иран выступают против таких проектов.", []),
    ("Сергей Лавров в среду выступил за продление договора.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH_CASES)
def test_speech_given(pipeline: Pipeline, text: str, expected: list) -> None:
    test_sourcing(pipeline, text, expected)


# The parties of a contact saying something together in it tell what it settled: the
# contact is the event. One of them speaking in it makes a statement of his own.
CONTACT_CASES = [
    (
        "Владимир Путин и Реджеп Тайип Эрдоган в ходе телефонного разговора 12 марта "
        "подтвердили готовность к диалогу.",
        [("call", "happened", ["recep-tayyip-erdogan", "vladimir-putin"], "2025-03-12", "day")],
    ),
    (
        "Владимир Путин в ходе телефонного разговора с Реджепом Тайипом Эрдоганом 12 марта "
        "подтвердил готовность к диалогу.",
        [
            ("statement", "happened", ["vladimir-putin"], "2025-03-12", "day"),
            ("call", "happened", ["recep-tayyip-erdogan", "vladimir-putin"], "2025-03-12", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTACT_CASES)
def test_contact_settled(pipeline: Pipeline, text: str, expected: list) -> None:
    test_sourcing(pipeline, text, expected)


# A verb of saying in the present tense with no day of its own tells a position held; a
# statement quoted in the present («говорится в заявлении») is still one.
PRESENT_CASES = [
    ("Российская сторона такие обвинения отрицает.", []),
    (
        "В заявлении МИД России говорится, что санкции незаконны.",
        [("statement", "happened", ["russian-mfa"], "2025-03-14", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT_CASES)
def test_position_held(pipeline: Pipeline, text: str, expected: list) -> None:
    test_sourcing(pipeline, text, expected)
