"""A sentence opening by placing itself against a happening just told (dates/
around_happening.py): «После переговоров», «Перед началом саммита», «По итогам встречи»,
«По их итогам», «В ходе беседы» are on the day of the same happening told a few sentences
back («провели переговоры во вторник»), else the day told in the two sentences before
(«накануне» too), else the recent day the story is on (the publication day with none
told). Closing a quote's attribution («"...", — сказал он после встречи») or right after a
verb of saying and maybe its addressee («уточнил после встречи, что ...», «сообщил
журналистам после встречи»), closing a converb clause or the occasion of words the sentence
opens with («Отвечая на вопросы после встречи, ...», «На пресс-конференции по итогам
встречи ...») it times the saying as opening a sentence does. Elsewhere in mid-sentence,
or with a day of its own («после переговоров 5 мая»), it is no anchor. Every sentence is
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2023, 5, 12)  # a Friday

# (text, the phrase, the day it reads as)
CASES: list[tuple[str, str, D]] = [
    (
        "Министры провели переговоры в среду в Анкаре. После переговоров министр ответил "
        "на вопросы журналистов.",
        "После переговоров",
        D(2023, 5, 10),
    ),
    (
        "Президенты встретились 9 мая в Москве. По их итогам стороны приняли декларацию.",
        "По их итогам",
        D(2023, 5, 9),
    ),
    (
        "Саммит открылся в четверг. Перед началом саммита лидеры провели короткую беседу.",
        "Перед началом саммита",
        D(2023, 5, 11),
    ),
    (
        "Переговоры длились три часа 11 мая. По итогам двусторонней встречи министры "
        "подписали меморандум.",
        "По итогам двусторонней встречи",
        D(2023, 5, 11),
    ),
    (
        "В столице прошла встреча глав МИД. В ходе встречи стороны обсудили торговлю.",
        "В ходе встречи",
        P,
    ),
    (
        "Во вторник в Женеве начались консультации. Делегации обменялись нотами. "
        "После совместного рабочего обеда послы покинули здание.",
        "После совместного рабочего обеда",
        D(2023, 5, 9),
    ),
    # the day of the happening named, not the day told last: the talks were on Thursday
    (
        "Премьер и президент в четверг провели переговоры в Кремле. Вечером 10 мая они "
        "беседовали в резиденции. По итогам официальных переговоров стороны приняли заявление.",
        "По итогам официальных переговоров",
        D(2023, 5, 11),
    ),
    # a step to the eve is the happening's day here, not aside from the story
    (
        "Замминистра в пятницу оценил итоги саммита. Лидеры накануне провели переговоры в "
        "Женеве. По их итогам они приняли совместное заявление.",
        "По их итогам",
        D(2023, 5, 11),
    ),
    # closing a quote's attribution: the words were said after the talks told
    (
        "Министры в среду провели переговоры в Анкаре. «Диалог возобновлён», — заявил "
        "журналистам глава МИД после переговоров.",
        "после переговоров",
        D(2023, 5, 10),
    ),
    (
        'Лидеры встретились во вторник. "Мы договорились о многом", - сказал премьер '
        "после встречи.",
        "после встречи",
        D(2023, 5, 9),
    ),
    # right after a verb of saying in the main clause
    (
        "Президенты накануне встретились в Риме. Помощник президента уточнил после встречи, "
        "что работа над текстом продолжится.",
        "после встречи",
        D(2023, 5, 11),
    ),
    # between the subject and a verb of saying
    (
        "Министры во вторник провели переговоры в Баку. Глава МИД после переговоров заявил "
        "журналистам, что стороны сблизили позиции.",
        "после переговоров",
        D(2023, 5, 9),
    ),
    # right after a verb of saying and its addressee
    (
        "Делегации провели консультации во вторник. Посол сообщил журналистам после "
        "окончания встречи, что следующий раунд пройдёт осенью.",
        "после окончания встречи",
        D(2023, 5, 9),
    ),
    # closing a converb clause the sentence opens with
    (
        "Премьеры встретились в среду в Казани. Отвечая на вопросы после встречи, премьер "
        "назвал переговоры полезными.",
        "после встречи",
        D(2023, 5, 10),
    ),
    # the occasion of words the sentence opens with, held after the happening
    (
        "Главы МИД провели переговоры в четверг в Женеве. На пресс-конференции по итогам "
        "переговоров министр сообщил, что стороны договорились о графике.",
        "по итогам переговоров",
        D(2023, 5, 11),
    ),
    # a year holding the story's day told in between names no other day
    (
        "Лидеры встретились в среду. Соглашения в этом году не будет. Советник пояснил после "
        "встречи, что консультации продолжатся.",
        "после встречи",
        D(2023, 5, 10),
    ),
]


@pytest.mark.parametrize(("text", "phrase", "want"), CASES)
def test_around_a_happening(text: str, phrase: str, want: D) -> None:
    mentions = [m for m in extract_dates(text, P) if m.text == phrase]
    assert mentions, [m.text for m in extract_dates(text, P)]
    v = mentions[0].value
    assert (v.start, v.end, v.precision) == (want, want, "day")


# no anchor: mid-sentence, a day of its own, or a happening that is no such noun
NOT: list[tuple[str, str]] = [
    ("Министр сказал это после подписания документа.", "после подписания"),
    ("После переговоров 5 мая министры дали пресс-конференцию.", "После переговоров"),
    ("После войны страны восстановили отношения.", "После войны"),
    ("После встречи с коллегой министр ответил на вопросы.", "После встречи"),
    ("Перед переговорами министр в среду провёл совещание.", "Перед переговорами"),
    # a document's date told just before is no day the talks were on
    (
        "Лидеры в понедельник провели переговоры в Кремле. Итогом стало заявление. Оно "
        "дополняет договорённости. Стороны его обсуждали давно. Эксперты его оценили. "
        "Работа займёт месяцы. По словам министра, соглашение от 9 ноября выполняется. "
        "Премьер после переговоров признал, что вопросы остались.",
        "после переговоров",
    ),
    # no verb of saying before it
    ("Министр заявил протест после встречи.", "после встречи"),
    # a converb clause going on past the phrase: the happening may be any
    ("Отвечая после встречи на вопросы министр не назвал сроков.", "после встречи"),
    ("Посол уехал после встречи, не дав комментариев.", "после встречи"),
    # an attribution with a clause of its own: the happening may be any
    (
        "«Всё решено», — сказал министр, добавив, что ответ дадут после переговоров.",
        "после переговоров",
    ),
]


@pytest.mark.parametrize(("text", "phrase"), NOT)
def test_no_anchor(text: str, phrase: str) -> None:
    texts = [m.text for m in extract_dates(text, P)]
    assert not any(t.startswith(phrase) for t in texts)
