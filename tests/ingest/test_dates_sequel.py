"""Words placing a sentence hours from the happening just told («После этого», «Перед
этим», «Параллельно», «Через несколько часов», «По итогам», a clock time), «в тот же
вечер», and an undated page's story day (dates/sequel.py, time_of_day.py). Every sentence
is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
DAY = dt.date(2017, 3, 14)
TALKS = "Министры Ладогии и Бореи провели переговоры 14 марта 2017 года в Вене. "

# (text, publication, the expression, the day it should give; None: not read)
CASES: list[tuple[str, D | None, str, D | None]] = [
    (TALKS + "После этого министр Бореи встретился с премьером.", None, "После этого", DAY),
    (TALKS + "Перед этим гость возложил цветы к памятнику.", None, "Перед этим", D(2017, 3, 14)),
    (TALKS + "Сразу после этого стороны подписали протокол.", None, "Сразу после этого", DAY),
    (TALKS + "Параллельно советники провели свою встречу.", None, "Параллельно", D(2017, 3, 14)),
    (TALKS + "Почти сразу премьер Бореи написал о них в соцсети.", None, "Почти сразу", DAY),
    (TALKS + "Через несколько часов пресс-служба опубликовала заявление.", None,
     "Через несколько часов", D(2017, 3, 14)),
    (TALKS + "Всего за несколько часов до этого министр выступил в парламенте.", None,
     "Всего за несколько часов до этого", D(2017, 3, 14)),
    (TALKS + "По итогам Иванов сказал журналистам о сдвигах.", None, "По итогам",
     D(2017, 3, 14)),
    (TALKS + "В 18:40 министры вышли к прессе.", None, "В 18:40", D(2017, 3, 14)),
    (TALKS + "Около восьми вечера гость покинул резиденцию.", None, "Около восьми вечера",
     D(2017, 3, 14)),
    (TALKS + "Вскоре после звонка премьер созвал совещание.", D(2017, 3, 15),
     "Вскоре после звонка", D(2017, 3, 14)),
    (TALKS + "В тот же вечер стороны распространили коммюнике.", None, "В тот же вечер",
     D(2017, 3, 14)),
    # an undated page: the story's day a few sentences back is the day of the step told
    (TALKS + "Министры говорили три часа. Обсуждались энергетика и транзит. "
     "Стороны отметили прогресс. После обеда к ним присоединились послы.", None,
     "После обеда", D(2017, 3, 14)),
    # ... but not in an overview long moved on from it
    (TALKS + "Обсуждались энергетика и транзит. Стороны отметили прогресс. Эксперты спорят. "
     "Рынки реагируют сдержанно. Аналитики ждут перемен. Банки молчат. Биржи закрыты. "
     "Фонды выжидают. Тем временем в МИД Ладогии заговорили о визах.", None,
     "Тем временем", None),
    # in mid-sentence after the subject, told as done: the same day
    (TALKS + "Премьер Бореи почти сразу написал о них в соцсети.", None, "почти сразу", DAY),
    (TALKS + "Ответ Бореи последовал через несколько часов.", None, "через несколько часов", DAY),
    # ... after a verb of reporting about something too: the hours are the telling's
    (TALKS + "Премьер Бореи рассказал о них уже через несколько часов.", None,
     "уже через несколько часов", DAY),
    # ... but not after a comma (another clause, someone's words)
    (TALKS + "Гость уехал, а через несколько часов вернулся.", None, "через несколько часов", None),
    # in mid-sentence «через несколько часов» may be a plan: not read
    (TALKS + "Министр сказал, что ответ будет дан через несколько часов.", None,
     "через несколько часов", None),
    # a clock time right after a day is that day's hour, not a date of its own
    ("Сообщение пришло 3 апреля, 11:20, от пресс-службы.", D(2017, 4, 3), "11:20", None),
    # a clock time ending the sentence
    (TALKS + "Самолёт гостя сел примерно в 09.15.", None, "примерно в 09.15", DAY),
    # a date written with dots is no clock time
    ("Договор подписан 12.05.2017 в Вене.", None, "12.05", None),
    # «После него/неё/них», «Вслед за ним»: after the happening (or the speaker) just told
    (TALKS + "Встреча в узком составе длилась час. После неё стороны подписали протокол.", None,
     "После неё", DAY),
    (TALKS + "Переговоры затянулись. После них министры вышли к прессе.", None, "После них", DAY),
    (TALKS + "Первым выступил министр Бореи. Вслед за ним слово взял его коллега.", None,
     "Вслед за ним", DAY),
    # «перед ним» is as often a place or a task set as a time: not read
    (TALKS + "Перед ним министр поставил новую задачу.", None, "Перед ним", None),
    # a plan ahead is not the day the story is on
    (TALKS + "После этого министры встретятся снова.", None, "После этого", None),
]


@pytest.mark.parametrize(("text", "published", "expr", "day"), CASES)
def test_sequel_day(text: str, published: D | None, expr: str, day: D | None) -> None:
    found = [m for m in extract_dates(text, published) if m.text == expr]
    if day is None:
        assert not found or found[0].value.start is None
        return
    assert found, f"«{expr}» not read"
    v = found[0].value
    assert (v.start, v.end, v.precision) == (day, day, "day")
