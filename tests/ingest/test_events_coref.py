"""Participants a clause names only by a pronoun or a bare title, or leaves out (coref.py),
on sentences of our own. Each row: text, then (type, sorted actor ids) of every contact event
(calls, meetings, talks, visits)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CONTACT = frozenset({"call", "meeting", "talks", "visit"})

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # A pronoun subject stands for the last person of its gender.
    (
        "Сергей Лавров в среду прилетел в Каир. Там он встретился с Владимиром Зеленским.",
        [
            ("visit", ["sergey-lavrov"]),
            ("meeting", ["sergey-lavrov", "volodymyr-zelensky"]),
        ],
    ),
    # «она» does not stand for a man.
    (
        "Сергей Лавров в среду прилетел в Каир. Там она встретилась с Владимиром Зеленским.",
        [
            ("visit", ["sergey-lavrov"]),
            ("meeting", ["volodymyr-zelensky"]),
        ],
    ),
    # A visitor named by a state's adjective: the person of that state.
    (
        "Президент Турции Реджеп Тайип Эрдоган прибыл в Москву в среду. "
        "Вечером Владимир Путин встретился с турецким гостем.",
        [
            ("visit", ["recep-tayyip-erdogan"]),
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"]),
        ],
    ),
    # ...and nobody when the article named no person of that state.
    (
        "Президент Турции Реджеп Тайип Эрдоган прибыл в Москву в среду. "
        "Вечером Владимир Путин встретился с китайским гостем.",
        [
            ("visit", ["recep-tayyip-erdogan"]),
            ("meeting", ["vladimir-putin"]),
        ],
    ),
    # A bare title as the agent of a meeting noun: the person who holds it in the article.
    (
        "Министр иностранных дел России Сергей Лавров в среду прибыл в Пекин. "
        "Главным событием стала встреча министра с Си Цзиньпином 10 апреля.",
        [
            ("visit", ["sergey-lavrov"]),
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # A title the person never had does not stand for him.
    (
        "Министр иностранных дел России Сергей Лавров в среду прибыл в Пекин. "
        "Главным событием стала встреча канцлера с Си Цзиньпином 10 апреля.",
        [
            ("visit", ["sergey-lavrov"]),
            ("meeting", ["xi-jinping"]),
        ],
    ),
    # Talks told only «с X», with no subject: the person the previous sentence is about.
    (
        "Сергей Лавров в среду прибыл в Анкару. "
        "Первым пунктом программы стали переговоры с Реджепом Тайипом Эрдоганом.",
        [
            ("visit", ["sergey-lavrov"]),
            ("talks", ["recep-tayyip-erdogan", "sergey-lavrov"]),
        ],
    ),
    # One person's meetings with two others, one told without its own date, stay two.
    (
        "Владимир Путин 20 мая встретился с Реджепом Тайипом Эрдоганом. "
        "Нарендра Моди также провёл встречу с российским президентом.",
        [
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"]),
            ("meeting", ["narendra-modi", "vladimir-putin"]),
        ],
    ),
    # A state in the title before a name («посол Чили»), and the place he is posted to
    # («в России»), are part of his title: a bare «послом» later stands for him.
    (
        "Новый посол Чили в России Карлос Мендоса в понедельник вручил копии верительных "
        "грамот. Во вторник замминистра иностранных дел Андрей Руденко провёл встречу с "
        "новым послом.",
        [("meeting", ["andrey-rudenko", "karlos-mendosa"])],
    ),
    (
        "Посол Чили Карлос Мендоса в понедельник вручил копии верительных грамот. Во вторник "
        "замминистра иностранных дел Андрей Руденко провёл встречу с послом.",
        [("meeting", ["andrey-rudenko", "karlos-mendosa"])],
    ),
    # ... but an ambassador is no minister.
    (
        "Новый посол Чили в России Карлос Мендоса в понедельник вручил копии верительных "
        "грамот. Во вторник Андрей Руденко провёл встречу с министром.",
        [("meeting", ["andrey-rudenko"])],
    ),
    # A subject of its own, even one the parser hangs elsewhere, is no gap to fill.
    (
        "Сергей Лавров в среду прибыл в Анкару. "
        "По словам газеты, семья пленного встречалась с Реджепом Тайипом Эрдоганом.",
        [
            ("visit", ["sergey-lavrov"]),
            ("meeting", ["recep-tayyip-erdogan"]),
        ],
    ),
    # A word for leaders in general stands for a head of state or government whatever his
    # own title («премьер-министр» later called «лидер»), the adjective naming his state.
    (
        "Премьер-министр Венгрии Виктор Орбан во вторник прилетел в Москву. "
        "Вечером Владимир Путин встретился с венгерским лидером.",
        [
            ("visit", ["viktor-orban"]),
            ("meeting", ["viktor-orban", "vladimir-putin"]),
        ],
    ),
    # ... but a foreign minister is no leader: the title names the state's leader on the
    # day (the gazetteer's «венгерский лидер»), not the minister told before.
    (
        "Министр иностранных дел Венгрии Петер Сийярто во вторник прилетел в Москву. "
        "Вечером Владимир Путин встретился с венгерским лидером.",
        [
            ("visit", ["peter-szijjarto"]),
            ("meeting", ["viktor-orban", "vladimir-putin"]),
        ],
    ),
    # «глава государства», with the state's adjective on the body noun.
    (
        "Президент Турции Реджеп Тайип Эрдоган прибыл в Москву в среду. "
        "Вечером с главой турецкого государства встретился Владимир Путин.",
        [
            ("visit", ["recep-tayyip-erdogan"]),
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"]),
        ],
    ),
    # «глава правительства» is no president ...
    (
        "Президент Турции Реджеп Тайип Эрдоган прибыл в Москву в среду. "
        "Вечером с главой правительства встретился Владимир Путин.",
        [
            ("visit", ["recep-tayyip-erdogan"]),
            ("meeting", ["vladimir-putin"]),
        ],
    ),
    # ... but a chancellor is.
    (
        "Канцлер Германии Олаф Шольц в пятницу прилетел в Пекин. "
        "Там с главой правительства провёл переговоры Си Цзиньпин.",
        [
            ("visit", ["olaf-scholz"]),
            ("talks", ["olaf-scholz", "xi-jinping"]),
        ],
    ),
    # A title with only its state refers to that state's holder told before.
    (
        "Премьер-министр Непала Пушпа Камал Дахал прибыл в Москву 5 мая. 6 мая с "
        "премьер-министром Непала встретился Владимир Путин.",
        [
            ("visit", ["pushpa-kamal-dakhal"]),
            ("meeting", ["pushpa-kamal-dakhal", "vladimir-putin"]),
        ],
    ),
    # ... but not in a sentence dated in another year: that year's holder, maybe another.
    (
        "Премьер-министр Непала Пушпа Камал Дахал прибыл в Москву 5 мая. Премьер-министр "
        "Непала 6 мая 2019 года встретился с Владимиром Путиным.",
        [
            ("visit", ["pushpa-kamal-dakhal"]),
            ("meeting", ["vladimir-putin"]),
        ],
    ),
    # ... but not under another person's title: whose aide he is, not a party.
    (
        "Владимир Путин 5 мая прибыл в Женеву. 6 мая помощник президента России Юрий Ушаков "
        "встретился с Джейком Салливаном.",
        [
            ("visit", ["vladimir-putin"]),
            ("meeting", ["dzheyk-sallivan", "yury-ushakov"]),
        ],
    ),
    # A name in «от имени X» / «в честь X» says on whose behalf, and hangs deep in a
    # participle's phrase: the pronoun stands for the one the sentence is about.
    (
        "На ужине, устроенном от имени Дональда Трампа, состоялась короткая встреча у Сергея "
        "Лаврова и Владимира Зеленского. Вечером он встретился с Реджепом Тайипом Эрдоганом.",
        [
            ("meeting", ["sergey-lavrov", "volodymyr-zelensky"]),
            ("meeting", ["recep-tayyip-erdogan", "sergey-lavrov"]),
        ],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_coreference_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2025, 5, 21)))
    got = [(e.type, sorted(e.actors)) for e in facts.events if e.type in CONTACT]
    assert got == expected
    for e in facts.events:
        # The referring word is the evidence of the person it stands for.
        assert {a for _, _, a in e.actor_spans} == set(e.actors)
