"""The day a narrative is on, carried to the next past-tense happening told without a date
(events/story_day.py), on texts of our own: the lead's day goes on to the talks told after
it and to the words said on arrival by the one who arrived; background, a multi-day visit,
another's words or a step of days keep the undated reading; the day goes on to what the
ministers or leaders of the states that took part did next (story_day.goes_on_with)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

# text, publication, event type, the date expected (start, precision) of that type's event
CASES: list[tuple[str, dt.date | None, str, tuple[str | None, str]]] = [
    # the day told again by other words («в это время») is the day the leaders' talks were
    # on: the leaders who took part in them go on with the signing
    (
        "Переговоры Владимира Путина и Си Цзиньпина начались в среду утром в Кремле.\n\n"
        "Министр обороны Сергей Шойгу в это время показывал китайским гостям музей. "
        "Президенты подписали совместное заявление о партнерстве.",
        dt.date(2023, 3, 24),
        "agreement",
        ("2023-03-22", "day"),
    ),
    # the lead's day goes on to the talks told in the next paragraph by one named in it
    (
        "В понедельник в Женеву прилетел заместитель министра иностранных дел России Сергей "
        "Рябков.\n\nРябков провел переговоры с заместителем госсекретаря США Венди Шерман "
        "в постпредстве США.",
        dt.date(2022, 1, 12),
        "talks",
        ("2022-01-10", "day"),
    ),
    # words said on arrival by the one who arrived, in a text with no publication date:
    # the day of the arrival (with one, words told undated are that day's news)
    (
        "Посол России в США Анатолий Антонов 29 августа 2017 года прибыл в Вашингтон.\n\n"
        "Обращаясь к журналистам в аэропорту, Антонов сказал, что рассчитывает на диалог.",
        None,
        "statement",
        ("2017-08-29", "day"),
    ),
    # a press conference told two paragraphs after the day of the session it closed (no
    # publication date)
    (
        "12 января 2022 года в Брюсселе состоялось заседание Совета Россия – НАТО. Российскую "
        "делегацию "
        "возглавил Александр Грушко. Заседание шло четыре часа.\n\nСо стороны альянса за "
        "столом сидели постоянные представители стран НАТО.\n\nПо окончании Йенс Столтенберг "
        "выступил на пресс-конференции.",
        None,
        "press-conference",
        ("2022-01-12", "day"),
    ),
    # background: «Напомним» steps out of the story told
    (
        "Лавров и Блинкен в четверг встретились в Женеве. Напомним, Лавров и Блинкен "
        "поговорили по телефону.",
        dt.date(2022, 1, 22),
        "call",
        (None, "before"),
    ),
    # another's words told after the day: said on the day of the report
    (
        "Лавров и Блинкен в четверг встретились в Женеве. Песков заявил, что Кремль ждет "
        "письменного ответа.",
        dt.date(2022, 1, 22),
        "statement",
        ("2022-01-22", "day"),
    ),
    # a visit of two days: the talks may be on its second day
    (
        "Госсекретарь США Джон Керри прибыл в Москву 23 марта с двухдневным визитом. Он "
        "провел переговоры с Сергеем Лавровым.",
        dt.date(2016, 3, 29),
        "talks",
        (None, "before"),
    ),
    # a meeting only talked about in the call told that day is not held on it
    (
        "Путин и Трамп в понедельник поговорили по телефону. Трамп поздравил Путина с "
        "переизбранием и заговорил о встрече в будущем.",
        dt.date(2018, 3, 24),
        "meeting",
        (None, "before"),
    ),
    # a step of days from the day told
    (
        "Лавров и Блинкен 2 марта коротко побеседовали в Дели. Через несколько дней Лавров "
        "провел переговоры с Блинкеном в Вене.",
        dt.date(2023, 3, 20),
        "talks",
        (None, "before"),
    ),
    # story_day.goes_on_with: the states met, the ministers of those states signed then;
    # someone who spoke for no state named then, or no longer held the office, keeps the
    # undated reading
    # the states met on Thursday; Russia's foreign minister signed then
    (
        "В Калининграде в четверг прошли консультации России и Японии. Соглашения о "
        "рыболовстве подписали министр иностранных дел России Сергей Лавров и посол Японии.",
        dt.date(2019, 6, 15),
        "agreement",
        ("2019-06-13", "day"),
    ),
    # the head of state of one of the states that met
    (
        "Во вторник в Астане состоялся саммит России и Казахстана. Документы подписали "
        "Владимир Путин и Касым-Жомарт Токаев.",
        dt.date(2021, 9, 16),
        "agreement",
        ("2021-09-14", "day"),
    ),
    # a minister of a state that did not take part: another occasion
    (
        "В Калининграде в четверг прошли консультации России и Японии. Соглашение о "
        "торговле подписали Энтони Блинкен и посол Японии.",
        dt.date(2022, 6, 18),
        "agreement",
        (None, "before"),
    ),
    # a former minister speaks for his state no longer
    (
        "В Калининграде в четверг прошли консультации России и Японии. Соглашение о "
        "рыболовстве подписали Игорь Иванов и посол Японии.",
        dt.date(2019, 6, 15),
        "agreement",
        (None, "before"),
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "expected"), CASES)
def test_story_day(
    pipeline: Pipeline,
    text: str,
    published: dt.date | None,
    kind: str,
    expected: tuple[str | None, str],
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (str(e.date.value.start) if e.date.value.start else None, e.date.value.precision)
        for e in facts.events
        if e.type == kind
    ]
    assert expected in got, got
