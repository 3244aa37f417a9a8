"""Table tests of the constructions of issue 11 (dates part): ranges, times of day, abbreviated
months, «в минувшую среду», «на днях», «в ближайшее время», «до конца февраля», anaphora to a
stated day, and articles without a publication date (the year from the text, else unknown).
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from tests.ingest.helpers import DateRow, date_rows

D = date.fromisoformat
Row = DateRow

P = "2025-06-10"  # a Tuesday

CASES: list[tuple[str, str | None, list[Row]]] = [
    # --- ranges ---------------------------------------------------------------------------
    (
        "Консультации прошли 21–22 мая в Баку.",
        P,
        [("21–22 мая", "2025-05-21", "2025-05-22", "range", "year-from-publication", False)],
    ),
    (
        # two weekdays told together: the days from the first to the second
        "Делегации работали в Осло в четверг и пятницу.",
        P,
        [
            (
                "в четверг и пятницу",
                "2025-06-05",
                "2025-06-06",
                "range",
                "weekday-from-publication",
                False,
            )
        ],
    ),
    (
        "Министры встретятся в понедельник и во вторник.",
        P,
        [
            (
                "в понедельник и во вторник",
                "2025-06-16",
                "2025-06-17",
                "range",
                "weekday-from-publication",
                True,
            )
        ],
    ),
    (
        # a range of weekdays: «с/со» + genitive, «по» + accusative or «до» + genitive
        "Переговоры в Женеве продолжались с четверга по субботу.",
        P,
        [
            (
                "с четверга по субботу",
                "2025-06-05",
                "2025-06-07",
                "range",
                "weekday-from-publication",
                False,
            )
        ],
    ),
    (
        "Делегации работали со вторника до пятницы.",
        "2025-06-14",
        [
            (
                "со вторника до пятницы",
                "2025-06-10",
                "2025-06-13",
                "range",
                "weekday-from-publication",
                False,
            )
        ],
    ),
    (
        "Форум проходил с 21 по 22 мая.",
        P,
        [("с 21 по 22 мая", "2025-05-21", "2025-05-22", "range", "year-from-publication", False)],
    ),
    (
        "Делегации работали в Осло 21 и 22 мая.",
        P,
        [("21 и 22 мая", "2025-05-21", "2025-05-22", "range", "year-from-publication", False)],
    ),
    (
        "Саммит пройдёт 14 и 15 июля 2026 года.",
        P,
        [("14 и 15 июля 2026 года", "2026-07-14", "2026-07-15", "range", "explicit", True)],
    ),
    # --- times of day: the day is the date ------------------------------------------------
    (
        "Глава МИД прилетел в Каир утром 3 марта.",
        P,
        [("3 марта", "2025-03-03", "2025-03-03", "day", "year-from-publication", False)],
    ),
    (
        "Разговор лидеров состоялся вечером 4 июня.",
        P,
        [("4 июня", "2025-06-04", "2025-06-04", "day", "year-from-publication", False)],
    ),
    (
        "Переговоры шли всю ночь на 5 июня.",
        P,
        [("на 5 июня", "2025-06-05", "2025-06-05", "day", "year-from-publication", False)],
    ),
    # --- abbreviated months ----------------------------------------------------------------
    (
        "Консультации начались 18 сен. в Вене.",
        P,
        [("18 сен.", "2024-09-18", "2024-09-18", "day", "year-from-publication", False)],
    ),
    (
        "Меморандум подписан 3 дек. 2023 г. в Ханое.",
        P,
        [("3 дек. 2023 г.", "2023-12-03", "2023-12-03", "day", "explicit", False)],
    ),
    (
        "Послы встречались 2 февр. и обсуждали визы.",
        P,
        [("2 февр.", "2025-02-02", "2025-02-02", "day", "year-from-publication", False)],
    ),
    (
        "Заседание назначено на 12 окт 2025 года.",
        P,
        [("на 12 окт 2025 года", "2025-10-12", "2025-10-12", "day", "explicit", True)],
    ),
    # --- the last weekday before publication -------------------------------------------------
    (
        "Посол заявил об этом в минувшую среду.",
        P,
        [
            (
                "в минувшую среду",
                "2025-06-04",
                "2025-06-04",
                "day",
                "weekday-from-publication",
                False,
            )
        ],
    ),
    (
        "В прошедший вторник делегации обменялись нотами.",
        P,
        [
            (
                "В прошедший вторник",
                "2025-06-03",
                "2025-06-03",
                "day",
                "weekday-from-publication",
                False,
            )
        ],
    ),
    # --- this week, recently, soon, by the end of a month -------------------------------------
    (
        "На этой неделе премьер посетит Ташкент.",
        P,
        [("На этой неделе", "2025-06-09", "2025-06-15", "range", "relative", True)],
    ),
    (
        "На днях министр побывал в Ереване.",
        P,
        [("На днях", None, P, "before", "before-publication", False)],
    ),
    (
        "Стороны на днях подпишут протокол.",
        P,
        [("на днях", P, None, "after", "relative", True)],
    ),
    (
        # a reporting verb after the comma does not govern the date's own clause
        "Министр посетит Ханой 18–19 июня, сообщил представитель ведомства.",
        "2025-06-16",
        [("18–19 июня", "2025-06-18", "2025-06-19", "range", "year-from-publication", True)],
    ),
    (
        "Делегация прибыла в Ханой 18 июня, сообщил представитель ведомства.",
        "2025-06-16",
        [("18 июня", "2024-06-18", "2024-06-18", "day", "year-from-publication", False)],
    ),
    (
        "Договор ратифицируют в ближайшее время.",
        P,
        [("в ближайшее время", P, None, "after", "relative", True)],
    ),
    (
        "Ответ на ноту направят в ближайшие дни.",
        P,
        [("в ближайшие дни", P, None, "after", "relative", True)],
    ),
    (
        "Визит ожидается в ближайшее время.",
        None,
        [("в ближайшее время", None, None, "unknown", "unanchored", True)],
    ),
    (
        "Стороны рассчитывают согласовать протокол до конца февраля.",
        P,
        [("до конца февраля", None, "2026-02-28", "before", "year-from-publication", True)],
    ),
    (
        "Посольство откроют до конца этого года.",
        P,
        [("до конца этого года", None, "2025-12-31", "before", "relative", True)],
    ),
    (
        # A term is a last day, not the month: before it, still to come.
        "Делегации обещают завершить работу над текстом до конца января.",
        P,
        [("до конца января", None, "2026-01-31", "before", "year-from-publication", True)],
    ),
    (
        "Комиссия успела подготовить доклад до конца мая.",
        P,
        [("до конца мая", None, "2025-05-31", "before", "year-from-publication", False)],
    ),
    # --- a day counted into a stated range («во второй день визита») ------------------------
    (
        "Делегация Вьетнама находилась в Сеуле 3–5 июня. Во второй день визита прошли "
        "консультации, а в последний день визита министры подписали меморандум.",
        P,
        [
            ("3–5 июня", "2025-06-03", "2025-06-05", "range", "year-from-publication", False),
            ("Во второй день визита", "2025-06-04", "2025-06-04", "day", "from-stated-date", False),
            (
                "в последний день визита",
                "2025-06-05",
                "2025-06-05",
                "day",
                "from-stated-date",
                False,
            ),
        ],
    ),
    # With no range stated, or past its end, it is no date.
    ("Во второй день визита прошли консультации.", P, []),
    (
        "Форум прошёл 3–4 июня. В третий день форума участники разъехались.",
        P,
        [("3–4 июня", "2025-06-03", "2025-06-04", "range", "year-from-publication", False)],
    ),
    # --- a perfective active participle: what its noun had done ------------------------------
    (
        "Посол, вручивший копии грамот 3 июня, примет участие в приёме.",
        P,
        [("3 июня", "2025-06-03", "2025-06-03", "day", "year-from-publication", False)],
    ),
    (
        # Reaching a date far along the noun phrase it opens, it is no signal: the future verb
        # is («поступившие» tells of the questions, not of the plan for July).
        "Министр ответит на вопросы, поступившие от журналистов к встрече делегаций в июле.",
        P,
        [("в июле", "2025-07-01", "2025-07-31", "month", "year-from-publication", True)],
    ),
    # --- anaphora to a stated day ------------------------------------------------------------
    (
        "Лидеры провели переговоры 14 апреля. Днём ранее в столицу прибыла делегация.",
        P,
        [
            ("14 апреля", "2025-04-14", "2025-04-14", "day", "year-from-publication", False),
            ("Днём ранее", "2025-04-13", "2025-04-13", "day", "from-stated-date", False),
        ],
    ),
    (
        "Лидеры провели переговоры 14 апреля, а на следующий день осмотрели порт.",
        P,
        [
            ("14 апреля", "2025-04-14", "2025-04-14", "day", "year-from-publication", False),
            ("на следующий день", "2025-04-15", "2025-04-15", "day", "from-stated-date", False),
        ],
    ),
    (
        "Меморандум подписали 2 мая 2024 года. В тот же день стороны выпустили заявление.",
        P,
        [
            ("2 мая 2024 года", "2024-05-02", "2024-05-02", "day", "explicit", False),
            ("В тот же день", "2024-05-02", "2024-05-02", "day", "from-stated-date", False),
        ],
    ),
    (
        "Премьер выступил в парламенте 20 мая. Накануне он провёл телефонный разговор.",
        P,
        [
            ("20 мая", "2025-05-20", "2025-05-20", "day", "year-from-publication", False),
            ("Накануне", "2025-05-19", "2025-05-19", "day", "from-stated-date", False),
        ],
    ),
    (
        # «в этот день», «в тот день»: the day just stated, as «в тот же день»
        "Министр отменил поездку в Берлин 12 мая, решив в этот день лететь в Рим. "
        "В тот день он и провёл переговоры.",
        P,
        [
            ("12 мая", "2025-05-12", "2025-05-12", "day", "year-from-publication", False),
            ("в этот день", "2025-05-12", "2025-05-12", "day", "from-stated-date", False),
            ("В тот день", "2025-05-12", "2025-05-12", "day", "from-stated-date", False),
        ],
    ),
    # «в этот день в истории», «в этот день рождения»: no day of the story
    ("В этот день в истории подписан договор.", P, []),
    (
        # «в тот же день» keeps the narrative on the written day: «днём ранее» after it
        # counts from that day, not from publication
        "Делегации подписали протокол 3 июня. В тот же день министры дали пресс-конференцию. "
        "Днём ранее эксперты согласовали текст.",
        P,
        [
            ("3 июня", "2025-06-03", "2025-06-03", "day", "year-from-publication", False),
            ("В тот же день", "2025-06-03", "2025-06-03", "day", "from-stated-date", False),
            ("Днём ранее", "2025-06-02", "2025-06-02", "day", "from-stated-date", False),
        ],
    ),
    (
        # «накануне» steps back from the story's day; «в тот же день» after it is that day
        "Совет утвердил пакет санкций 9 июня. Премьер накануне говорил о гарантиях. "
        "В тот же день Лондон ввёл свои ограничения.",
        P,
        [
            ("9 июня", "2025-06-09", "2025-06-09", "day", "year-from-publication", False),
            ("накануне", "2025-06-08", "2025-06-08", "day", "from-stated-date", False),
            ("В тот же день", "2025-06-09", "2025-06-09", "day", "from-stated-date", False),
        ],
    ),
    (
        # a day told as already past by then («ещё 2 июня») looks back from the story: «в
        # тот же день» after it is still the story's day
        "Совет утвердил пакет санкций 9 июня. О том, что пакет готов, ещё 2 июня сообщил "
        "посол. Эксперты обсуждали его неделю. В тот же день Лондон ввёл свои ограничения.",
        P,
        [
            ("9 июня", "2025-06-09", "2025-06-09", "day", "year-from-publication", False),
            ("2 июня", "2025-06-02", "2025-06-02", "day", "year-from-publication", False),
            ("В тот же день", "2025-06-09", "2025-06-09", "day", "from-stated-date", False),
        ],
    ),
    (
        # the day adverbs told as adjectives: «сегодняшний», «вчерашний», «завтрашний»
        "На вчерашней встрече министры обсудили повестку завтрашних переговоров.",
        P,
        [
            ("вчерашней", "2025-06-09", "2025-06-09", "day", "relative", False),
            ("завтрашних", "2025-06-11", "2025-06-11", "day", "relative", True),
        ],
    ),
    (
        # «утром того же дня»: the genitive of «в тот же день», with a time of day
        "Перемирие вступило в силу 4 июня. Утром того же дня стороны обменялись пленными.",
        P,
        [
            ("4 июня", "2025-06-04", "2025-06-04", "day", "year-from-publication", False),
            ("того же дня", "2025-06-04", "2025-06-04", "day", "from-stated-date", False),
        ],
    ),
    (
        # «первый ... с 2019 года»: a comparison, not a date
        "Это первый визит министра в Россию с 2019 года.",
        P,
        [],
    ),
    (
        # ... but a day two sentences back with nothing in between is too far for it
        "Делегации подписали протокол 3 июня. Министры остались довольны. "
        "Днём ранее эксперты согласовали текст.",
        P,
        [
            ("3 июня", "2025-06-03", "2025-06-03", "day", "year-from-publication", False),
            ("Днём ранее", "2025-06-09", "2025-06-09", "day", "relative", False),
        ],
    ),
    (
        # «днём ранее» counted from publication would land on the day the story was just
        # told on (yesterday's news): a day earlier than that story's day is meant
        "Саммит прошёл во вторник. Итоговое заявление не приняли. Днём ранее встретились министры.",
        "2025-06-11",
        [
            ("во вторник", "2025-06-10", "2025-06-10", "day", "weekday-from-publication", False),
            ("Днём ранее", "2025-06-09", "2025-06-09", "day", "from-stated-date", False),
        ],
    ),
    (
        # ... and so «накануне» right after it
        "Министр в среду прилетел в Осло. Накануне он был в Хельсинки.",
        "2025-06-12",
        [
            ("в среду", "2025-06-11", "2025-06-11", "day", "weekday-from-publication", False),
            ("Накануне", "2025-06-10", "2025-06-10", "day", "from-stated-date", False),
        ],
    ),
    (
        # ... but «вчера» is always counted from publication
        "Министр в среду прилетел в Осло. Вчера он был в Хельсинки.",
        "2025-06-12",
        [
            ("в среду", "2025-06-11", "2025-06-11", "day", "weekday-from-publication", False),
            ("Вчера", "2025-06-11", "2025-06-11", "day", "relative", False),
        ],
    ),
    (
        # «днём ранее, в воскресенье,» steps back from the story's day together: «в тот же
        # день» after it is still the story's day
        "Министерство в понедельник разослало ноты. Посол напомнил, что днём ранее, в "
        "воскресенье, пришло письмо. В тот же день ноту осудили в Брюсселе.",
        P,
        [
            ("в понедельник", "2025-06-09", "2025-06-09", "day", "weekday-from-publication", False),
            ("днём ранее", "2025-06-08", "2025-06-08", "day", "from-stated-date", False),
            ("в воскресенье", "2025-06-08", "2025-06-08", "day", "weekday-from-publication", False),
            ("В тот же день", "2025-06-09", "2025-06-09", "day", "from-stated-date", False),
        ],
    ),
    (
        # a later period told after a background day leaves that day behind: «в тот же
        # день» goes back to the story's day
        "Москва в понедельник вышла из соглашения. Его подписали 5 мая 2023 года и продлевали "
        "в марте. В тот же день МИД разослал уведомления.",
        P,
        [
            ("в понедельник", "2025-06-09", "2025-06-09", "day", "weekday-from-publication", False),
            ("5 мая 2023 года", "2023-05-05", "2023-05-05", "day", "explicit", False),
            ("в марте", "2025-03-01", "2025-03-31", "month", "year-from-publication", False),
            ("В тот же день", "2025-06-09", "2025-06-09", "day", "from-stated-date", False),
        ],
    ),
    (
        # ... while with nothing in between it is the background day
        "Москва в понедельник вышла из соглашения. Его подписали 5 мая 2023 года. В тот же "
        "день стороны обменялись нотами.",
        P,
        [
            ("в понедельник", "2025-06-09", "2025-06-09", "day", "weekday-from-publication", False),
            ("5 мая 2023 года", "2023-05-05", "2023-05-05", "day", "explicit", False),
            ("В тот же день", "2023-05-05", "2023-05-05", "day", "from-stated-date", False),
        ],
    ),
    (
        # without a stated day, «накануне» is the day before publication
        "Накануне посол вручил верительные грамоты.",
        P,
        [("Накануне", "2025-06-09", "2025-06-09", "day", "relative", False)],
    ),
    (
        "В тот же день в МИД вызвали посла.",
        P,
        [("В тот же день", P, P, "day", "publication-date", False)],
    ),
    (
        # «на следующий день» needs an antecedent: the last stated day, however far back
        "Встреча прошла 2 июня. Стороны довольны. Обсуждали торговлю. "
        "На следующий день министр улетел домой.",
        P,
        [
            ("2 июня", "2025-06-02", "2025-06-02", "day", "year-from-publication", False),
            ("На следующий день", "2025-06-03", "2025-06-03", "day", "from-stated-date", False),
        ],
    ),
    (
        # «днём ранее» far from a stated day is the day before publication
        "Встреча прошла 2 июня. Стороны довольны. Обсуждали торговлю. "
        "Выступая днём ранее, министр говорил о визах.",
        P,
        [
            ("2 июня", "2025-06-02", "2025-06-02", "day", "year-from-publication", False),
            ("днём ранее", "2025-06-09", "2025-06-09", "day", "relative", False),
        ],
    ),
    (
        # ... and so next to a weekday, which is not a day written out
        "Министр прилетел в Рим в минувшую среду. Выступая днём ранее, он говорил о визах.",
        P,
        [
            (
                "в минувшую среду",
                "2025-06-04",
                "2025-06-04",
                "day",
                "weekday-from-publication",
                False,
            ),
            ("днём ранее", "2025-06-09", "2025-06-09", "day", "relative", False),
        ],
    ),
    (
        # without a publication date, «накануне» counts from the last day named
        "Саммит прошёл 14 октября 2022 года. Лидеры приняли заявление. Стороны довольны. "
        "Накануне в городе завершился форум.",
        None,
        [
            ("14 октября 2022 года", "2022-10-14", "2022-10-14", "day", "explicit", False),
            ("Накануне", "2022-10-13", "2022-10-13", "day", "from-stated-date", False),
        ],
    ),
    (
        # «накануне» takes over only a day of its own or the previous sentence
        "Встреча прошла 2 июня. Стороны довольны. Обсуждали торговлю. "
        "Накануне министр прилетел в город.",
        P,
        [
            ("2 июня", "2025-06-02", "2025-06-02", "day", "year-from-publication", False),
            ("Накануне", "2025-06-09", "2025-06-09", "day", "relative", False),
        ],
    ),
    (
        # a day told by a sentence going back to earlier occasions is background: «накануне»
        # after it is still the eve of publication
        "Лидеры встретились во вторник. До этого они дважды говорили по телефону, впервые — "
        "3 марта. Министр накануне вечером дал интервью.",
        P,
        [
            ("во вторник", "2025-06-10", "2025-06-10", "day", "weekday-from-publication", False),
            ("3 марта", "2025-03-03", "2025-03-03", "day", "year-from-publication", False),
            ("накануне", "2025-06-09", "2025-06-09", "day", "relative", False),
        ],
    ),
    (
        "Ранее, 3 марта, послы обменялись нотами. Накануне министр дал интервью.",
        P,
        [
            ("Ранее", None, "2025-06-10", "before", "before-publication", False),
            ("3 марта", "2025-03-03", "2025-03-03", "day", "year-from-publication", False),
            ("Накануне", "2025-06-09", "2025-06-09", "day", "relative", False),
        ],
    ),
    (
        # ... while a day the story is on lends «накануне» its eve
        "Послы обменялись нотами 3 марта. Накануне министр дал интервью.",
        P,
        [
            ("3 марта", "2025-03-03", "2025-03-03", "day", "year-from-publication", False),
            ("Накануне", "2025-03-02", "2025-03-02", "day", "from-stated-date", False),
        ],
    ),
    (
        # a weekday is a stated day too
        "В четверг в Вене завершился обмен пленными. Лидеры стран выступили с заявлениями. "
        "Президент в тот же день вечером встретил вернувшихся.",
        P,
        [
            ("В четверг", "2025-06-05", "2025-06-05", "day", "weekday-from-publication", False),
            ("в тот же день", "2025-06-05", "2025-06-05", "day", "from-stated-date", False),
        ],
    ),
    (
        # a day in a relative clause is background: «в тот же день» is the day of the talks
        "Министры провели переговоры 5 февраля. МИД выслал дипломатов, которые, по его данным, "
        "участвовали в акциях 23 января. Посол в тот же день выразил протест.",
        P,
        [
            ("5 февраля", "2025-02-05", "2025-02-05", "day", "year-from-publication", False),
            ("23 января", "2025-01-23", "2025-01-23", "day", "year-from-publication", False),
            ("в тот же день", "2025-02-05", "2025-02-05", "day", "from-stated-date", False),
        ],
    ),
    (
        # a relative clause closed before the date does not hide it
        "Министры, которые приехали утром, встретились 5 марта. В тот же день они подписали "
        "меморандум.",
        P,
        [
            ("5 марта", "2025-03-05", "2025-03-05", "day", "year-from-publication", False),
            ("В тот же день", "2025-03-05", "2025-03-05", "day", "from-stated-date", False),
        ],
    ),
    # --- articles without a publication date ------------------------------------------------
    (
        "Раунд переговоров прошёл 9 марта в Женеве.",
        None,
        [("9 марта", None, None, "unknown", "year-unknown", False)],
    ),
    (
        # a year stated only after the date is mostly background (an earlier round): not taken
        "Раунд переговоров прошёл 9 марта в Женеве, предыдущий — 3 февраля 2024 года.",
        None,
        [
            ("9 марта", None, None, "unknown", "year-unknown", False),
            ("3 февраля 2024 года", "2024-02-03", "2024-02-03", "day", "explicit", False),
        ],
    ),
    (
        "В среду, 12 марта, министры встретились. Визит планировали с 2019 года.",
        None,
        [
            ("В среду, 12 марта", None, None, "unknown", "year-unknown", False),
            ("с 2019 года", "2019-01-01", None, "after", "explicit", False),
        ],
    ),
    (
        # two different years and no full date after: the year stays unknown
        "В июле стороны встретились. Договор 2019 года истекает в 2026 году.",
        None,
        [
            ("В июле", None, None, "unknown", "year-unknown", False),
            ("2019 года", "2019-01-01", "2019-12-31", "year", "explicit", False),
            ("в 2026 году", "2026-01-01", "2026-12-31", "year", "explicit", False),
        ],
    ),
    (
        "Переговоры прошли 5 мая 2023 года, а 7 мая стороны подписали заявление.",
        None,
        [
            ("5 мая 2023 года", "2023-05-05", "2023-05-05", "day", "explicit", False),
            ("7 мая", "2023-05-07", "2023-05-07", "day", "year-from-context", False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_discourse_table(text: str, published: str | None, expected: list[Row]) -> None:
    mentions = extract_dates(text, D(published) if published else None)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert date_rows(mentions) == expected


def test_year_unknown_is_never_today() -> None:
    (m,) = extract_dates("Министры встретились 1 апреля.", None)
    assert m.value.start is None and m.value.how == "year-unknown"
