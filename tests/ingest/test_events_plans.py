"""Planned, put-off and called-off happenings on sentences of our own (paraphrases of real
news constructions). Each row: article text, publication date, and the events as (type,
status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date

CASES: list[tuple[str, D | None, list[Ev]]] = [
    # A noun whose accusative is its nominative, before a short passive participle of calling
    # off and a verb of saying: the parser may take the noun for what was said; it is the
    # participle's subject, called off, dated by when it was due.
    (
        "Запланированный на 12 марта визит венгерской правительственной делегации в Пекин "
        "отменен, сообщил в понедельник источник в правительстве Венгрии.",
        D(2025, 3, 10),
        [("visit", "cancelled", D(2025, 3, 12), D(2025, 3, 12), "day", ["hungary"])],
    ),
    (
        "Запланированный на 12 марта визит Сергея Лаврова в Минск сорвался, сообщили в МИД.",
        D(2025, 3, 10),
        [
            ("statement", "happened", D(2025, 3, 10), D(2025, 3, 10), "day", ["russian-mfa"]),
            ("visit", "cancelled", D(2025, 3, 12), D(2025, 3, 12), "day", ["sergey-lavrov"]),
        ],
    ),
    # Meaning to do something, said in the present, is a plan like «планирует посетить»:
    # dated by when it is due.
    (
        "Министр иностранных дел Египта Самех Шукри намерен посетить Москву 12–13 марта.",
        D(2025, 3, 4),
        [("visit", "planned", D(2025, 3, 12), D(2025, 3, 13), "range", ["sameh-shoukry"])],
    ),
    (
        "Канцлер Германии Олаф Шольц собирается провести переговоры с Си Цзиньпином в Пекине "
        "14 мая.",
        D(2025, 3, 4),
        [
            (
                "talks",
                "planned",
                D(2025, 5, 14),
                D(2025, 5, 14),
                "day",
                ["olaf-scholz", "xi-jinping"],
            )
        ],
    ),
    # «собирается во Владивосток»: going there, a visit; an infinitive in a clause of its
    # own after it («где рассчитывает встретиться») does not make it a verb of meaning.
    (
        "В сентябре президент Египта собирается во Владивосток на экономический форум, где "
        "рассчитывает встретиться с российскими официальными лицами.",
        D(2025, 6, 3),
        [("visit", "planned", D(2025, 9, 1), D(2025, 9, 30), "month", ["abdel-fattah-el-sisi"])],
    ),
    # A plan told in the past does not say what became of it; a wish is no plan.
    ("Олаф Шольц собирался посетить Пекин 14 мая.", D(2025, 3, 4), []),
    ("Дональд Трамп хочет встретиться с Владимиром Путиным 14 мая.", D(2025, 3, 4), []),
    # A happening told as done (a perfective past verb) beside another called off in a
    # coordinated clause: two happenings, the first held.
    (
        "Госсекретарь США Марко Рубио вылетел в Брюссель и отменил визит в Москву.",
        D(2025, 6, 3),
        [
            ("visit", "happened", None, D(2025, 6, 3), "before", ["marco-rubio"]),
            ("visit", "cancelled", None, D(2025, 6, 3), "before", ["marco-rubio"]),
        ],
    ),
    (
        "Министр иностранных дел Турции Хакан Фидан провел переговоры в Брюсселе и отменил "
        "поездку в Москву.",
        D(2025, 6, 3),
        [
            ("talks", "happened", None, D(2025, 6, 3), "before", ["hakan-fidan"]),
            ("visit", "cancelled", None, D(2025, 6, 3), "before", ["hakan-fidan"]),
        ],
    ),
    # Nouns of calling off and of putting off call off what hangs under them.
    (
        "Отмена визита Сергея Лаврова в Белград вызвала вопросы.",
        D(2025, 6, 3),
        [("visit", "cancelled", None, D(2025, 6, 3), "before", ["sergey-lavrov"])],
    ),
    (
        "Отсрочка визита Хакана Фидана в Москву связана с его болезнью.",
        D(2025, 6, 3),
        [("visit", "postponed", None, D(2025, 6, 3), "before", ["hakan-fidan"])],
    ),
    # Put off or called off, told in the present: no due day told, so none (not the day
    # of the telling).
    (
        "Визит Сергея Лаврова в Анкару откладывается.",
        D(2025, 6, 3),
        [("visit", "postponed", None, D(2025, 6, 3), "before", ["sergey-lavrov"])],
    ),
    (
        "Причины отмены визита Сергея Лаврова в Белград не называются.",
        D(2025, 6, 3),
        [("visit", "cancelled", None, D(2025, 6, 3), "before", ["sergey-lavrov"])],
    ),
    # Told as due (an infinitive under «должен был»), then called off: one happening.
    (
        "Сергей Лавров должен был прибыть в Белград 6 июня, но поездку пришлось отменить.",
        D(2025, 6, 3),
        [("visit", "cancelled", D(2025, 6, 6), D(2025, 6, 6), "day", ["sergey-lavrov"])],
    ),
    # A contact to come told by its noun with its place but no day yet: planned, date
    # unknown (undated_plans.py); not a hope, a possibility or a question.
    (
        "Следующая встреча Сергея Лаврова и Ван И пройдёт в Пекине.",
        D(2025, 6, 3),
        [("meeting", "planned", None, None, "unknown", ["sergey-lavrov", "wang-yi"])],
    ),
    (
        "Очередной раунд консультаций России и Японии состоится в Токио.",
        D(2025, 6, 3),
        # a round of consultations by its order: the ministries too (ministry_rounds.py)
        [
            (
                "talks",
                "planned",
                None,
                None,
                "unknown",
                ["japan", "mid-yaponii", "russia", "russian-mfa"],
            )
        ],
    ),
    ("Сергей Лавров надеется, что встреча с Ван И пройдёт в Пекине.", D(2025, 6, 3), []),
    ("Встреча Сергея Лаврова и Ван И может пройти в Пекине.", D(2025, 6, 3), []),
    ("Состоится ли визит Сергея Лаврова в Пекин?", D(2025, 6, 3), []),
    # A date held by the verb of planning dates what is planned, whatever the word order.
    (
        "В мае Сергей Лавров планирует посетить Пекин.",
        D(2025, 3, 3),
        [("visit", "planned", D(2025, 5, 1), D(2025, 5, 31), "month", ["sergey-lavrov"])],
    ),
    (
        "До конца года Сергей Лавров планирует посетить Пекин.",
        D(2025, 3, 3),
        [("visit", "planned", None, D(2025, 12, 31), "before", ["sergey-lavrov"])],
    ),
    # A contact agreed to be held is still to come; one agreed to be sped up is under way.
    (
        "Сергей Лавров и Ван И договорились провести следующую встречу в Пекине.",
        D(2025, 6, 3),
        [("meeting", "planned", None, None, "unknown", ["sergey-lavrov", "wang-yi"])],
    ),
    (
        "Сергей Лавров и Ван И договорились ускорить переговоры в Пекине.",
        D(2025, 6, 3),
        [("talks", "happened", None, D(2025, 6, 3), "before", ["sergey-lavrov", "wang-yi"])],
    ),
    # With no place named it stays unplaced: talk of some contact someday.
    ("Следующая встреча Сергея Лаврова и Ван И обязательно состоится.", D(2025, 6, 3), []),
    # Words meant, not yet said («намерен призвать», «собирается предупредить»): no
    # statement; a statement told in the past stays.
    (
        "Госсекретарь Блинкен в четверг намерен призвать Москву к сдержанности.",
        D(2024, 6, 4),
        [],
    ),
    (
        "Байден собирается предупредить Путина о последствиях.",
        D(2024, 6, 4),
        [],
    ),
    # The meeting where the words are meant to be said is no meeting with their object
    # (meant_words.py).
    (
        "Госсекретарь на переговорах намерен продолжить диалог и призвать Москву срочно"
        " сделать шаги к деэскалации.",
        D(2024, 6, 4),
        [],
    ),
    (
        "Лавров во вторник призвал Вашингтон к диалогу.",
        D(2024, 6, 5),
        [("statement", "happened", D(2024, 6, 4), D(2024, 6, 4), "day", ["sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_plans_table(pipeline: Pipeline, text: str, published: D | None, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected
    for e in facts.events:
        assert e.planned == (e.status != "happened")
