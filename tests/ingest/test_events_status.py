"""Whether a happening took place (status) and happenings reported inside someone's words,
on sentences of our own. Each row: article text, publication date, and the events as
(type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date

CASES: list[tuple[str, D | None, list[Ev]]] = [
    # Parties named by a compound adjective of states; a headline without the due date and
    # the report with it are one called-off sitting, due after publication.
    (
        "Заседание российско-турецкой комиссии отменено\n\n"
        "Намеченное на 12 ноября заседание российско-турецкой межправкомиссии отменено.",
        D(2025, 11, 10),
        [("meeting", "cancelled", D(2025, 11, 12), D(2025, 11, 12), "day", ["russia", "turkey"])],
    ),
    (
        "Российско-американские консультации перенесли.",
        D(2025, 6, 3),
        [("talks", "postponed", None, D(2025, 6, 3), "before", ["russia", "usa"])],
    ),
    # A single nationality adjective names no party; before those who act for a state, it
    # names the state.
    ("Российские компании перенесли встречу.", D(2025, 6, 3), []),
    # «без соглашения»: none was concluded; the talks that ended so were held
    (
        "Владимир Путин и Александр Лукашенко снова разошлись без соглашения по газу.",
        D(2025, 6, 3),
        [],
    ),
    (
        "Переговоры Владимира Путина и Александра Лукашенко завершились без соглашения.",
        D(2025, 6, 3),
        [
            (
                "talks",
                "happened",
                None,
                D(2025, 6, 3),
                "before",
                ["alexander-lukashenko", "vladimir-putin"],
            )
        ],
    ),
    (
        "Российские переговорщики перенесли встречу.",
        D(2025, 6, 3),
        [("meeting", "postponed", None, D(2025, 6, 3), "before", ["russia"])],
    ),
    # Put off: the date it was due when the text gives one.
    (
        "Встречу Сергея Лаврова и Марко Рубио, намеченную на 14 мая, отложили.",
        D(2025, 5, 20),
        [
            (
                "meeting",
                "postponed",
                D(2025, 5, 14),
                D(2025, 5, 14),
                "day",
                ["marco-rubio", "sergey-lavrov"],
            )
        ],
    ),
    # «которое планировалось провести 14 марта»: the infinitive is the subject of the
    # impersonal relative clause on the sitting, and its date is the date it was due.
    (
        "Заседание российско-японской правительственной комиссии по рыболовству, которое "
        "планировалось провести 14 марта в Токио, отложено.",
        D(2025, 3, 3),
        [("meeting", "postponed", D(2025, 3, 14), D(2025, 3, 14), "day", ["japan", "russia"])],
    ),
    # Unnamed holders of an office of several per state («замминистров», «постоянные
    # представители»): the states (or the union) whose office it is are the parties; the
    # genitive «обороны», «стран» is part of the title. Sole holders («министры») and a
    # person under a title («союзников») stay out.
    (
        "Встреча замминистров обороны Китая, Индии и Пакистана, намеченная на 3 октября, "
        "отложена.",
        D(2025, 9, 20),
        [
            (
                "meeting",
                "postponed",
                D(2025, 10, 3),
                D(2025, 10, 3),
                "day",
                ["china", "india", "pakistan"],
            )
        ],
    ),
    (
        "Постоянные представители стран НАТО одобрили текст заявления во вторник.",
        D(2025, 6, 5),
        [("agreement", "happened", D(2025, 6, 3), D(2025, 6, 3), "day", ["nato"])],
    ),
    # a plural title of sole holders names each listed state's holder on the date
    (
        "Министры иностранных дел Китая и Индии провели переговоры во вторник.",
        D(2025, 6, 5),
        [
            (
                "talks",
                "happened",
                D(2025, 6, 3),
                D(2025, 6, 3),
                "day",
                ["subrahmanyam-jaishankar", "wang-yi"],
            )
        ],
    ),
    # «которые» agrees with «консультации», not the nearer «группы»: the clause, and the
    # date it gives, are the consultations'.
    (
        "Российско-японские консультации рабочей группы, которые планировали провести "
        "20 октября, перенесены.",
        D(2025, 10, 1),
        [("talks", "postponed", D(2025, 10, 20), D(2025, 10, 20), "day", ["japan", "russia"])],
    ),
    (
        "Переговоры Путина и Эрдогана перенесли.",
        D(2025, 6, 3),
        [
            (
                "talks",
                "postponed",
                None,
                D(2025, 6, 3),
                "before",
                ["recep-tayyip-erdogan", "vladimir-putin"],
            )
        ],
    ),
    # Called off.
    (
        "Трамп отменил встречу с Путиным.",
        D(2025, 10, 22),
        [
            (
                "meeting",
                "cancelled",
                None,
                D(2025, 10, 22),
                "before",
                ["donald-trump", "vladimir-putin"],
            )
        ],
    ),
    (
        "Встреча Моди и Путина так и не состоялась.",
        D(2025, 11, 2),
        [
            (
                "meeting",
                "cancelled",
                None,
                D(2025, 11, 2),
                "before",
                ["narendra-modi", "vladimir-putin"],
            )
        ],
    ),
    (
        "Визит Моди в Москву 5 сентября отменили.",
        D(2025, 9, 10),
        [("visit", "cancelled", D(2025, 9, 5), D(2025, 9, 5), "day", ["narendra-modi"])],
    ),
    # Only possible: no event at all.
    ("Кремль допускает возможную встречу Путина и Моди.", D(2025, 3, 3), []),
    ("Встреча Путина и Эрдогана может состояться в июле.", D(2025, 3, 3), []),
    ("Песков не исключил встречи Путина с Си Цзиньпином.", D(2025, 3, 3), []),
    # Still being prepared: planned, not held.
    (
        "Подготовка к встрече Путина и Трампа продолжается.",
        D(2025, 3, 3),
        [],  # planned and undated: nothing to place on the timeline
    ),
    (
        "Подготовка к визиту Моди в Москву 8 июля идёт полным ходом.",
        D(2025, 7, 1),
        [("visit", "planned", D(2025, 7, 8), D(2025, 7, 8), "day", ["narendra-modi"])],
    ),
    # A statement that reports a happening: both are events, each with its own date.
    (
        "Дмитрий Песков в понедельник подтвердил, что Путин 5 мая проведёт переговоры с Моди.",
        D(2025, 4, 30),
        [
            ("statement", "happened", D(2025, 4, 28), D(2025, 4, 28), "day", ["dmitry-peskov"]),
            (
                "talks",
                "planned",
                D(2025, 5, 5),
                D(2025, 5, 5),
                "day",
                ["narendra-modi", "vladimir-putin"],
            ),
        ],
    ),
    # An imperfective past verb of saying tells of an earlier occasion: not the
    # publication day, unlike the perfective «заявил».
    (
        "Об этом заявлял Сергей Лавров.",
        D(2025, 6, 5),
        [("statement", "happened", None, D(2025, 6, 5), "before", ["sergey-lavrov"])],
    ),
    (
        "Сергей Лавров заявил, что диалог продолжится.",
        D(2025, 6, 5),
        [("statement", "happened", D(2025, 6, 5), D(2025, 6, 5), "day", ["sergey-lavrov"])],
    ),
    # A happening only wished for in the reported words (an infinitive) is no happening.
    (
        "Юрий Ушаков сообщил, что Путин хочет встретиться с Эрдоганом.",
        D(2025, 4, 30),
        [("statement", "happened", D(2025, 4, 30), D(2025, 4, 30), "day", ["yury-ushakov"])],
    ),
    # Words attributed after them («..., сообщили в пресс-службе X») or before them («Как
    # сообщил X, ...», «По словам X, ...»): the statement and the happening.
    (
        "Министр Сергей Лавров 12 мая посетит Анкару, сообщили в пресс-службе МИД России.",
        D(2025, 5, 7),
        [
            ("statement", "happened", D(2025, 5, 7), D(2025, 5, 7), "day", ["russian-mfa"]),
            (
                "visit",
                "planned",
                D(2025, 5, 12),
                D(2025, 5, 12),
                "day",
                ["sergey-lavrov"],  # the city visited is the venue (destination.py)
            ),
        ],
    ),
    (
        "Как сообщил Юрий Ушаков, Путин 20 мая проведёт переговоры с Моди.",
        D(2025, 5, 7),
        [
            ("statement", "happened", D(2025, 5, 7), D(2025, 5, 7), "day", ["yury-ushakov"]),
            (
                "talks",
                "planned",
                D(2025, 5, 20),
                D(2025, 5, 20),
                "day",
                ["narendra-modi", "vladimir-putin"],
            ),
        ],
    ),
    (
        "По словам Юрия Ушакова, Путин 20 мая проведёт переговоры с Моди.",
        D(2025, 5, 7),
        [
            ("statement", "happened", D(2025, 5, 7), D(2025, 5, 7), "day", ["yury-ushakov"]),
            (
                "talks",
                "planned",
                D(2025, 5, 20),
                D(2025, 5, 20),
                "day",
                ["narendra-modi", "vladimir-putin"],
            ),
        ],
    ),
    # The occasion words were said on is a happening too; who is named in the words took
    # no part in it. Said at its close («по итогам»), the words give it their day
    # (situated_day.py).
    (
        "По итогам встречи с Путиным Эрдоган заявил, что Анкара готова продолжать диалог.",
        D(2025, 5, 7),
        [
            (
                "statement",
                "happened",
                D(2025, 5, 7),
                D(2025, 5, 7),
                "day",
                ["recep-tayyip-erdogan"],
            ),
            (
                "meeting",
                "happened",
                D(2025, 5, 7),
                D(2025, 5, 7),
                "day",
                ["recep-tayyip-erdogan", "vladimir-putin"],
            ),
        ],
    ),
    # A subject before the verb of saying: no attribution after the words.
    (
        "Дмитрий Песков, выступая перед журналистами, сообщил, что график не определён.",
        D(2025, 5, 7),
        [("statement", "happened", D(2025, 5, 7), D(2025, 5, 7), "day", ["dmitry-peskov"])],
    ),
    # A denial is a statement by whoever denied; what it denies did not happen.
    (
        "Мария Захарова опровергла сообщения о том, что Лавров проведёт в Вене встречу с "
        "Блинкеном.",
        D(2025, 5, 7),
        [("statement", "happened", D(2025, 5, 7), D(2025, 5, 7), "day", ["maria-zakharova"])],
    ),
    # Hearsay and a mere possibility are no happening.
    ("Моди якобы приедет в Москву в июне.", D(2025, 5, 7), []),
    # Only asked for.
    ("Жозеп Боррель попросил о встрече с Сергеем Лавровым.", D(2025, 5, 7), []),
    ("Обсуждалась возможность встречи Борреля с Владимиром Путиным.", D(2025, 5, 7), []),
    # What a verb of saying calls for is its topic, not a happening.
    (
        "Сергей Лавров призвал Трампа к переговорам.",
        D(2025, 5, 7),
        [("statement", "happened", D(2025, 5, 7), D(2025, 5, 7), "day", ["sergey-lavrov"])],
    ),
    # A sitting put off or called off, dated by when it was due.
    (
        "Заседание Лаврова и Джайшанкара, намеченное на 20 мая, перенесено.",
        D(2025, 5, 25),
        [
            (
                "meeting",
                "postponed",
                D(2025, 5, 20),
                D(2025, 5, 20),
                "day",
                ["sergey-lavrov", "subrahmanyam-jaishankar"],
            )
        ],
    ),
    # A person in a named place on a stated date: a visit, told as background.
    (
        "Путин был в Монголии в сентябре 2019 года.",
        D(2025, 5, 7),
        [("visit", "happened", D(2019, 9, 1), D(2019, 9, 30), "month", ["vladimir-putin"])],
    ),
    # ... so a personal pronoun standing for the person named before.
    (
        "Путин много ездил по Азии. В сентябре 2019 года он побывал в Монголии.",
        D(2025, 5, 7),
        [("visit", "happened", D(2019, 9, 1), D(2019, 9, 30), "month", ["vladimir-putin"])],
    ),
    # Expelling diplomats and declaring them personae non gratae are sanctions.
    (
        "МИД России в четверг объявил персонами нон грата двух сотрудников посольства США.",
        D(2025, 5, 7),
        [("sanctions", "happened", D(2025, 5, 1), D(2025, 5, 1), "day", ["russian-mfa"])],
    ),
    # A host receiving a guest is a meeting (active, or passive with the host as agent);
    # told with no date of its own it retells a meeting dated elsewhere, so none.
    (
        "Вечером 3 мая Путин принял Нарендру Моди в Ново-Огарево.",
        D(2025, 5, 7),
        [
            (
                "meeting",
                "happened",
                D(2025, 5, 3),
                D(2025, 5, 3),
                "day",
                ["narendra-modi", "vladimir-putin"],
            )
        ],
    ),
    (
        "Накануне Сергей Лавров был принят президентом Бразилии Лулой да Силвой.",
        D(2025, 5, 7),
        [
            (
                "meeting",
                "happened",
                D(2025, 5, 6),
                D(2025, 5, 6),
                "day",
                ["lula-da-silva", "sergey-lavrov"],
            )
        ],
    ),
    # Undated, but naming both host and guest: that meeting's own telling (receptions.py);
    # with the guest unnamed it retells one dated elsewhere.
    (
        "Путин принял Нарендру Моди в Ново-Огарево.",
        D(2025, 5, 7),
        [
            (
                "meeting",
                "happened",
                None,
                D(2025, 5, 7),
                "before",
                ["narendra-modi", "vladimir-putin"],
            )
        ],
    ),
    ("Путин принял гостя в Ново-Огарево.", D(2025, 5, 7), []),
    ("Во вторник Путин принял решение о проведении учений.", D(2025, 5, 7), []),
    # A document adopted is an agreement.
    (
        "Во вторник Путин и Моди приняли совместное заявление.",
        D(2025, 5, 7),
        [
            (
                "agreement",
                "happened",
                D(2025, 5, 6),
                D(2025, 5, 6),
                "day",
                ["narendra-modi", "vladimir-putin"],
            )
        ],
    ),
    # What is only talked about is no happening: «готовы к переговорам».
    (
        "Юрий Ушаков заявил, что Москва готова к переговорам.",
        D(2025, 4, 30),
        [("statement", "happened", D(2025, 4, 30), D(2025, 4, 30), "day", ["yury-ushakov"])],
    ),
    # Due in the past: what was due is not told as held; its fate, when a clause tells it,
    # is that clause's.
    ("Напомним, Вучич должен был приехать в Москву ещё в марте.", D(2024, 5, 6), []),
    (
        "Вучич должен был приехать в Москву 3 марта, но поездку пришлось отменить.",
        D(2024, 5, 6),
        [("visit", "cancelled", D(2024, 3, 3), D(2024, 3, 3), "day", ["aleksandar-vucic"])],
    ),
    (
        "Вучич должен приехать в Москву 3 июня.",
        D(2024, 5, 6),
        [("visit", "planned", D(2024, 6, 3), D(2024, 6, 3), "day", ["aleksandar-vucic"])],
    ),
    # Refusing the happening itself calls it off: «отказался от поездки», «отказ от визита».
    (
        "Президент Франции отказался от поездки в Москву.",
        D(2019, 5, 6),
        [("visit", "cancelled", None, D(2019, 5, 6), "before", ["emmanuel-macron"])],
    ),
    # «от визита» hung by the parse under a farther noun: the refusing word just before it
    # still calls the visit off (undated, beside the answers, it is their background).
    (
        "Песков ответил на вопросы журналистов после отказа Эмманюэля Макрона от визита в Москву.",
        D(2019, 5, 6),
        [("statement", "happened", D(2019, 5, 6), D(2019, 5, 6), "day", ["dmitry-peskov"])],
    ),
    # A refusal denied calls nothing off; a proposal refused is no contact called off.
    ("Москва не отказывается от своего приглашения президенту Франции.", D(2019, 5, 6), []),
    # Refusing to join what others do is no happening of the refuser's.
    ("Австрия отказалась от участия в саммите.", D(2019, 5, 6), []),
]



@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_status_table(pipeline: Pipeline, text: str, published: D | None, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = event_rows(facts.events)
    assert got == expected
    for e in facts.events:
        assert e.planned == (e.status != "happened")
