"""Which date a happening takes (issue 11): a date attached through a time of day or an
imperfective converb, a date opening the sentence, a year that only names a document, the
dates heading the entries of a chronicle, and the day a sentence goes on from («Затем ...»).
Every sentence is written for these tests.

Rows: (text, publication date, [(type, start, end, precision), ...]) in text order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date



Row = tuple[str, D | None, list[tuple[str, D | None, D | None, str]]]

CASES: list[Row] = [
    (
        # a participle agreeing with another noun than the trigger («договору ...,
        # истекающему»), whatever the parser hangs it on: its date is not the meeting's
        "Министры Сергей Лавров и Кондолиза Райс провели отдельную встречу, на которой "
        "обсудили порядок консультаций по договору о СНВ, истекающему в декабре 2009 года.",
        D(2008, 4, 7),
        [("meeting", None, D(2008, 4, 7), "before")],
    ),
    (
        # ... while one agreeing with the trigger noun carries its date
        "Лавров отменил встречу с Блинкеном, намеченную на 20 сентября.",
        D(2024, 9, 18),
        [("meeting", D(2024, 9, 20), D(2024, 9, 20), "day")],
    ),
    (
        # a decree's date («указом от ...») is the day of the act done by it, however the
        # parser hangs «от» and the date
        "Иван Петров назначен послом России в Чили указом президента от 3 июня 2019 года.",
        D(2019, 8, 23),
        [("appointment", D(2019, 6, 3), D(2019, 6, 3), "day")],
    ),
    (
        "Распоряжением правительства от 12 апреля Анна Смирнова назначена генконсулом в Осаке.",
        D(2019, 8, 23),
        [("appointment", D(2019, 4, 12), D(2019, 4, 12), "day")],
    ),
    (
        # a time of day passes its date on to the verb it modifies
        "Вечером 3 марта Сергей Лавров провёл встречу с Марко Рубио.",
        D(2025, 3, 5),
        [("meeting", D(2025, 3, 3), D(2025, 3, 3), "day")],
    ),
    (
        "Утром в понедельник Владимир Путин провёл телефонный разговор с Дональдом Трампом.",
        D(2025, 3, 6),
        [("call", D(2025, 3, 3), D(2025, 3, 3), "day")],
    ),
    (
        # an imperfective converb runs at the time of its verb
        "Выступая на пресс-конференции днём ранее, Сергей Лавров заявил, что Москва открыта "
        "к диалогу.",
        D(2025, 3, 6),
        [("statement", D(2025, 3, 5), D(2025, 3, 5), "day")],
    ),
    (
        # a date opening the sentence dates its main clause, not the clause after «что»
        "Днём ранее о том, что Москва получила ноту, объявил Дмитрий Песков.",
        D(2025, 4, 10),
        [("statement", D(2025, 4, 9), D(2025, 4, 9), "day")],
    ),
    (
        # a year in the genitive under another noun names that noun, not the talks
        "Сергей Лавров и Марко Рубио провели переговоры о судьбе договора 2010 года.",
        D(2025, 4, 10),
        [("talks", None, D(2025, 4, 10), "before")],
    ),
    (
        # a clause whose conjunction comes after the date cannot hold it
        "Последний раз Сергей Лавров и Марко Рубио встречались в Эр-Рияде в феврале 2025 "
        "года, когда госсекретарь приезжал в регион.",
        D(2025, 6, 10),
        [("meeting", D(2025, 2, 1), D(2025, 2, 28), "month")],
    ),
    (
        # the day of telling about a summit is not its day; its relative clause dates it
        "Дмитрий Песков в пятницу рассказал журналистам о подготовке саммита ОДКБ, который "
        "пройдёт в Минске 12–13 июня.",
        D(2025, 6, 6),
        [
            ("statement", D(2025, 6, 6), D(2025, 6, 6), "day"),
            ("meeting", D(2025, 6, 12), D(2025, 6, 13), "range"),
        ],
    ),
    (
        # ... but announcing sanctions imposes them that day (the announcement is the act,
        # no statement beside it: sanctions.py)
        "Дональд Трамп в четверг объявил о новых санкциях против России.",
        D(2025, 3, 7),
        [("sanctions", D(2025, 3, 6), D(2025, 3, 6), "day")],
    ),
    (
        # a briefing the parse hung inside the «что» clause after it keeps its own day
        "Мария Захарова на брифинге в четверг сообщила, что новый посол Турции 5 марта "
        "вручил копии верительных грамот.",
        D(2025, 3, 7),
        # (the briefing is hers too, whatever the parse: a press-conference, tree.py)
        [("press-conference", D(2025, 3, 6), D(2025, 3, 6), "day")],
    ),
    (
        # «которую» agrees with «встречу», not with the name the parse hung the clause on:
        # the meeting called off is dated by when it was due
        "В начале марта Марко Рубио отменил встречу с Сергеем Лавровым, которую планировали "
        "провести 12 марта в Вене.",
        D(2025, 3, 20),
        [("meeting", D(2025, 3, 12), D(2025, 3, 12), "day")],
    ),
    (
        # a visit said to last N days runs from the day it began ...
        "Сергей Лавров прилетел в Анкару с трёхдневным визитом во вторник.",
        D(2025, 3, 7),
        [("visit", D(2025, 3, 4), D(2025, 3, 6), "range")],
    ),
    (
        # ... or up to the day it ended
        "Трёхдневный визит Сергея Лаврова в Анкару завершился 6 марта.",
        D(2025, 3, 7),
        [("visit", D(2025, 3, 4), D(2025, 3, 6), "range")],
    ),
    (
        # «первый визит ... с 2019 года» compares; it dates nothing «after 2019». The visit
        # under «это» only characterises the talks the sentence tells (anaphora.py).
        "Марко Рубио 5 марта провёл переговоры с Сергеем Лавровым в Москве - это первый визит "
        "госсекретаря в Россию с 2019 года.",
        D(2025, 3, 7),
        [("talks", D(2025, 3, 5), D(2025, 3, 5), "day")],
    ),
    (
        # a chronicle: each entry takes the date that heads it
        "Хроника контактов\n\n4 мар. — Сергей Лавров провёл переговоры с Марко Рубио.\n\n"
        "9 мар. — Владимир Путин провёл телефонный разговор с Дональдом Трампом.",
        D(2025, 3, 20),
        [
            ("talks", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("call", D(2025, 3, 9), D(2025, 3, 9), "day"),
        ],
    ),
    (
        # headings on lines of their own, over the paragraphs below them
        "Хроника\n12 февраля 2025\nСергей Лавров провёл переговоры с Марко Рубио.\n"
        "18 февраля 2025\nВладимир Путин провёл телефонный разговор с Дональдом Трампом.",
        None,
        [
            ("talks", D(2025, 2, 12), D(2025, 2, 12), "day"),
            ("call", D(2025, 2, 18), D(2025, 2, 18), "day"),
        ],
    ),
    (
        # a sentence going on from the happening just told («Затем») is on its day
        "Сергей Лавров провёл переговоры с Марко Рубио 4 марта. Затем Сергей Лавров "
        "встретился с Дональдом Трампом.",
        D(2025, 3, 7),
        [
            ("talks", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("meeting", D(2025, 3, 4), D(2025, 3, 4), "day"),
        ],
    ),
    (
        # «По итогам беседы»: the statement made at its end, on the day of the talk
        "Владимир Путин и Дональд Трамп провели телефонный разговор во вторник. Беседа "
        "длилась полтора часа. По итогам беседы Дмитрий Песков заявил, что стороны довольны.",
        D(2025, 3, 7),
        [
            ("call", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("statement", D(2025, 3, 4), D(2025, 3, 4), "day"),
        ],
    ),
    (
        # «Сначала» opens the first step of a programme told with its day just before
        "Сергей Лавров во вторник прибыл в Анкару. Сначала он провёл переговоры с Марко Рубио.",
        D(2025, 3, 7),
        [
            ("visit", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("talks", D(2025, 3, 4), D(2025, 3, 4), "day"),
        ],
    ),
    (
        # a bare time of day opening the sentence is a time of the day just told
        "Сергей Лавров во вторник прибыл в Анкару. Вечером Сергей Лавров встретился с "
        "Хаканом Фиданом.",
        D(2025, 3, 7),
        [
            ("visit", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("meeting", D(2025, 3, 4), D(2025, 3, 4), "day"),
        ],
    ),
    (
        # ... and an occasion after «после» may take an adjective before its noun
        "Во вторник в Астане открылся саммит ШОС. После пленарного заседания Владимир Путин "
        "провёл переговоры с Реджепом Тайипом Эрдоганом.",
        D(2025, 3, 7),
        [
            ("meeting", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("talks", D(2025, 3, 4), D(2025, 3, 4), "day"),
        ],
    ),
    (
        # ... a time of day with nothing told before it is a time of the report's own day
        # (time_of_day.py: «прилетел днём» in the day's news)
        "Днём Сергей Лавров встретился с Хаканом Фиданом.",
        D(2025, 3, 7),
        [("meeting", D(2025, 3, 7), D(2025, 3, 7), "day")],
    ),
    (
        # without such a connective an undated happening keeps its fallback
        "Сергей Лавров провёл переговоры с Марко Рубио 4 марта. Дмитрий Песков заявил, что "
        "Москва довольна.",
        D(2025, 3, 7),
        [
            ("talks", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("statement", D(2025, 3, 7), D(2025, 3, 7), "day"),
        ],
    ),
    (
        # ... and a plan said after it does not take the day told
        "Сергей Лавров провёл переговоры с Марко Рубио 4 марта. Затем Сергей Лавров "
        "встретится с Дональдом Трампом.",
        D(2025, 3, 5),
        [("talks", D(2025, 3, 4), D(2025, 3, 4), "day")],
    ),
    (
        # a prepositional date cannot modify a noun that comes after it: the parse that hangs
        # it there is wrong, and it dates the clause («был ... в мае 2019 года на форуме»)
        "Предыдущий раз Лавров был в Малайзии в июле 2019 года на совещании АСЕАН в "
        "Куала-Лумпуре.",
        D(2025, 3, 12),
        [("visit", D(2019, 7, 1), D(2019, 7, 31), "month")],
    ),
    (
        # a headline tells its lead's news undated: the lead's day dates it, and the two
        # tellings are one happening
        "Путин и Эрдоган встретились в Сочи\n\nВладимир Путин и Реджеп Тайип Эрдоган в "
        "понедельник провели переговоры в Сочи.",
        D(2025, 3, 5),
        [("meeting", D(2025, 3, 3), D(2025, 3, 3), "day")],
    ),
    (
        # ... but a headline of another kind of happening is not dated by the lead (a
        # contact of another kind is the body's contact: test_events_headlines.py)
        "Лавров и Фидан подписали меморандум\n\nСергей Лавров во вторник провёл переговоры "
        "с Хаканом Фиданом.",
        D(2025, 3, 5),
        [
            ("agreement", None, D(2025, 3, 5), "before"),
            ("talks", D(2025, 3, 4), D(2025, 3, 4), "day"),
        ],
    ),
    (
        # «Об этом в среду сообщили ...»: the happening made known that day took place then
        "Россия и Франция провели обмен заключёнными в Женеве. Об этом в среду сообщили в "
        "МИД России.",
        D(2025, 3, 7),
        [
            ("exchange", D(2025, 3, 5), D(2025, 3, 5), "day"),
            ("statement", D(2025, 3, 5), D(2025, 3, 5), "day"),
        ],
    ),
    (
        # ... not a talk told in the imperfective past: that it took place, at some time
        "Путин разговаривал по телефону с Эрдоганом. Об этом в среду рассказал Дмитрий "
        "Песков.",
        D(2025, 3, 7),
        [
            ("call", None, D(2025, 3, 7), "before"),
            ("statement", D(2025, 3, 5), D(2025, 3, 5), "day"),
        ],
    ),
    (
        # ... but a statement it mentions may be older: it keeps its own fallback
        "Кремль ознакомился с заявлением Эрдогана о Крыме. Об этом во вторник сказал Дмитрий "
        "Песков.",
        D(2025, 3, 7),
        [
            ("statement", D(2025, 3, 7), D(2025, 3, 7), "day"),
            ("statement", D(2025, 3, 4), D(2025, 3, 4), "day"),
        ],
    ),
    (
        # going on from the day told: a day inside a relative clause is background
        "Сергей Лавров и Ван И в четверг провели переговоры в Пекине. Министр находится в "
        "Китае с визитом, который начался накануне вечером. По итогам переговоров Лавров "
        "заявил, что Москва довольна.",
        D(2025, 3, 7),
        [
            ("talks", D(2025, 3, 6), D(2025, 3, 6), "day"),
            # «Министр» is Lavrov (coref.py); his visit began the evening before Thursday.
            ("visit", D(2025, 3, 5), D(2025, 3, 5), "day"),
            ("statement", D(2025, 3, 6), D(2025, 3, 6), "day"),
        ],
    ),
    (
        # ... while a sentence opening with «Накануне» moves the story to the eve
        "Сергей Лавров в четверг прилетел в Пекин. Накануне министр провёл день в "
        "Улан-Баторе. Там он встретился с Ухнагийном Хурэлсухом.",
        D(2025, 3, 7),
        [
            ("visit", D(2025, 3, 6), D(2025, 3, 6), "day"),
            ("meeting", D(2025, 3, 5), D(2025, 3, 5), "day"),
        ],
    ),
    (
        # «также» before a past verb adds a happening to the occasion told: its day, found
        # through a sentence that itself went on from it
        "5 марта в Минске прошли переговоры Владимира Путина и Александра Лукашенко. Во "
        "второй половине дня Путин осмотрел выставку. Гостей угостили обедом. Михаил "
        "Мишустин также встретился с Романом Головченко.",
        D(2025, 3, 7),
        [
            ("talks", D(2025, 3, 5), D(2025, 3, 5), "day"),
            ("meeting", D(2025, 3, 5), D(2025, 3, 5), "day"),
        ],
    ),
    (
        # a date after a dash aside belongs to the clause around the aside, even when the
        # parse hangs it on the aside's noun (dash_aside.py)
        "Ранее Анкару посещал Сергей Шойгу — в то время министр обороны — в июне 2018 года.",
        D(2025, 3, 7),
        [("visit", D(2018, 6, 1), D(2018, 6, 30), "month")],
    ),
    (
        "В прошлый раз Пекин посетил Дмитрий Медведев — тогда президент России — в мае 2010 "
        "года.",
        D(2025, 3, 7),
        [("visit", D(2010, 5, 1), D(2010, 5, 31), "month")],
    ),
    (
        # ... and an aside inside the clause keeps the clause's own date
        "Сергей Лавров провел переговоры с Хаканом Фиданом — министром иностранных дел "
        "Турции — 3 марта.",
        D(2025, 3, 7),
        [("talks", D(2025, 3, 3), D(2025, 3, 3), "day")],
    ),
    (
        # the eve told inside someone's words steps back from the story's day: «днём» goes
        # on from the day of the telling
        "Президент Египта в четверг выступил на форуме в Сочи. Он рассказал, что накануне "
        "провёл переговоры с Владимиром Путиным. Днём Владимир Путин встретился с Нарендрой "
        "Моди.",
        D(2025, 3, 7),
        [
            ("statement", D(2025, 3, 6), D(2025, 3, 6), "day"),
            ("talks", D(2025, 3, 5), D(2025, 3, 5), "day"),
            ("meeting", D(2025, 3, 6), D(2025, 3, 6), "day"),
        ],
    ),
    (
        # ... and «По его словам, ...» goes on with those words: not counted among the
        # sentences back the day may lie
        "Президент Египта в четверг выступил на форуме в Сочи. Он рассказал, что накануне "
        "провёл переговоры с Владимиром Путиным. По его словам, стороны довольны итогами. "
        "Путин поблагодарил гостя за приезд. Днём Владимир Путин встретился с Нарендрой Моди.",
        D(2025, 3, 7),
        [
            ("statement", D(2025, 3, 6), D(2025, 3, 6), "day"),
            ("talks", D(2025, 3, 5), D(2025, 3, 5), "day"),
            ("statement", D(2025, 3, 7), D(2025, 3, 7), "day"),
            ("meeting", D(2025, 3, 6), D(2025, 3, 6), "day"),
        ],
    ),
    (
        # «На полях саммита» opening a sentence: within the days of the occasion just told
        "Саммит ШОС прошёл в Астане 3–4 марта. Лидеры приняли декларацию. На полях саммита "
        "Владимир Путин провёл переговоры с Си Цзиньпином.",
        D(2025, 3, 7),
        [
            ("meeting", D(2025, 3, 3), D(2025, 3, 4), "range"),
            ("talks", D(2025, 3, 3), D(2025, 3, 4), "range"),
        ],
    ),
    (
        # ... the occasion's days may be told in a relative clause on its place
        # (a forum, not a summit: «в кулуарах саммита» still types the talks as the summit's
        # meeting, a known limit the dates here do not depend on)
        "Сергей Лавров вылетел в Астану, где в четверг и пятницу участвовал в форуме ШОС. В "
        "кулуарах форума министр провёл переговоры с Ван И.",
        D(2025, 3, 10),
        [
            ("visit", None, D(2025, 3, 10), "before"),
            ("talks", D(2025, 3, 6), D(2025, 3, 7), "range"),
        ],
    ),
    (
        # ... not when a day told since lies outside those days: the story has moved on
        "Саммит ШОС прошёл в Астане 3–4 марта. Лидеры приняли декларацию. Днём ранее, 2 "
        "марта, министры согласовали текст. На полях саммита Владимир Путин провёл "
        "переговоры с Си Цзиньпином.",
        D(2025, 3, 7),
        [
            ("meeting", D(2025, 3, 3), D(2025, 3, 4), "range"),
            ("talks", None, D(2025, 3, 7), "before"),
        ],
    ),
    (
        # ... also when the past verb opens the sentence, before «также»
        "2 марта Сергей Лавров находился в Анкаре с рабочим визитом. Министра принял "
        "президент Турции. Состоялись также переговоры Сергея Лаврова с Хаканом Фиданом.",
        D(2025, 3, 6),
        [
            ("visit", D(2025, 3, 2), D(2025, 3, 2), "day"),
            ("talks", D(2025, 3, 2), D(2025, 3, 2), "day"),
        ],
    ),
    (
        "4 марта Марко Рубио провёл переговоры с Сергеем Лавровым. Прошла также встреча "
        "Марко Рубио с Хаканом Фиданом.",
        D(2025, 3, 7),
        [
            ("talks", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("meeting", D(2025, 3, 4), D(2025, 3, 4), "day"),
        ],
    ),
    (
        # ... but a statement «также» adds keeps the publication date
        "Сергей Лавров провёл переговоры с Марко Рубио 4 марта. Дмитрий Песков также "
        "заявил, что Москва довольна.",
        D(2025, 3, 7),
        [
            ("talks", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("statement", D(2025, 3, 7), D(2025, 3, 7), "day"),
        ],
    ),
    (
        # one more happening told apart from the occasion («Отдельное соглашение
        # подписали», «отдельно ввёл») takes its day too
        "Президенты Путин и Токаев в четверг провели переговоры в Астане. Отдельное "
        "соглашение подписали «Газпром» и казахская сторона.",
        D(2025, 5, 21),
        [
            ("talks", D(2025, 5, 15), D(2025, 5, 15), "day"),
            ("agreement", D(2025, 5, 15), D(2025, 5, 15), "day"),
        ],
    ),
    (
        "Президенты Путин и Токаев в четверг провели переговоры в Астане. Минфин США "
        "отдельно ввёл санкции против банков.",
        D(2025, 5, 21),
        [
            ("talks", D(2025, 5, 15), D(2025, 5, 15), "day"),
            ("sanctions", D(2025, 5, 15), D(2025, 5, 15), "day"),
        ],
    ),
    (
        # without such a word, an undated past happening is only before publication
        "Президенты Путин и Токаев в четверг провели переговоры в Астане. Минфин США "
        "ввёл санкции против банков.",
        D(2025, 5, 21),
        [
            ("talks", D(2025, 5, 15), D(2025, 5, 15), "day"),
            ("sanctions", None, D(2025, 5, 21), "before"),
        ],
    ),
    (
        # a day without a year in a chronicle's entry is read from the entry's day, not
        # from publication: a due date the nearest such day to it
        "Хроника контактов.\n\n18 сен. 2024\nВ Москве прошли переговоры Сергея Лаврова и "
        "Марко Рубио.\n\n12 янв. 2024\nСергей Лавров в Москве принял посла США. Встреча "
        "Сергея Лаврова с Марко Рубио, намеченная на 25 января, перенесена.",
        D(2024, 9, 19),
        [
            ("talks", D(2024, 9, 18), D(2024, 9, 18), "day"),
            ("meeting", D(2024, 1, 12), D(2024, 1, 12), "day"),
            ("meeting", D(2024, 1, 25), D(2024, 1, 25), "day"),
        ],
    ),
    (
        # ... while outside a chronicle the same due date is the nearest to publication
        "Встреча Сергея Лаврова с Марко Рубио, намеченная на 25 января, перенесена.",
        D(2024, 9, 19),
        [("meeting", D(2025, 1, 25), D(2025, 1, 25), "day")],
    ),
    (
        # a proposal is made by saying: told undated, it was said on the day of publication
        "Сергей Лавров предложил Марко Рубио обсудить обмен заключёнными.",
        D(2025, 3, 7),
        [("proposal", D(2025, 3, 7), D(2025, 3, 7), "day")],
    ),
    (
        # one date line alone is a dateline: it dates nothing
        "12 марта 2025\n\nСергей Лавров провёл переговоры с Марко Рубио.",
        D(2025, 3, 12),
        [("talks", None, D(2025, 3, 12), "before")],
    ),
]


# Agency datelines cut from the text as furniture: (text, its length, publication, expected).
DATELINES: list[tuple[str, int, D, list[tuple[str, D | None, D | None, str]]]] = [
    (
        # the dateline on the lead's own line dates the lead's undated happening
        "АСТАНА, 4 мар — РИА Новости. Сергей Лавров провёл переговоры с Марко Рубио.",
        29,
        D(2025, 3, 4),
        [("talks", D(2025, 3, 4), D(2025, 3, 4), "day")],
    ),
    (
        # ... but only the lead's: a later sentence keeps «before publication»
        "АСТАНА, 4 мар — РИА Новости. Сергей Лавров прибыл в Казахстан.\n\nРанее Сергей "
        "Лавров провёл переговоры с Марко Рубио.",
        29,
        D(2025, 3, 4),
        [
            ("visit", D(2025, 3, 4), D(2025, 3, 4), "day"),
            ("talks", None, D(2025, 3, 4), "before"),
        ],
    ),
    (
        # a stamp on a line of its own is no dateline (without its hour it dates nothing)
        "4 марта 2025\nСергей Лавров провёл переговоры с Марко Рубио.",
        12,
        D(2025, 3, 4),
        [("talks", None, D(2025, 3, 4), "before")],
    ),
    (
        # ... with its hour it stamps a report of the day: its lead is on it (stamped_lead.py)
        "4 марта 2025, 10:15\nСергей Лавров провёл переговоры с Марко Рубио.",
        19,
        D(2025, 3, 4),
        [("talks", D(2025, 3, 4), D(2025, 3, 4), "day")],
    ),
]


@pytest.mark.parametrize(
    ("text", "cut", "published", "expected"),
    DATELINES,
    ids=[f"{i:02d}" for i in range(len(DATELINES))],
)
def test_dateline_dates_the_lead(
    pipeline: Pipeline, text: str, cut: int, published: D, expected: list
) -> None:
    facts = pipeline.process(raw_article(text, published, excluded=((0, cut),)))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision) for e in facts.events
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_date_attached(pipeline: Pipeline, text: str, published: D | None, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision) for e in facts.events
    ]
    assert got == expected
