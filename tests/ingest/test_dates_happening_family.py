"""«В тот же день» after a sentence opened by a happening noun whose day the text told with
its verb (happening_family.py). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2019, 6, 20)

# (text, the day «В тот же день» stands for)
CASES: list[tuple[str, D]] = [
    # the arrival told with its verb, a decree's day named since
    (
        "Посол прибыл в Москву во вторник, 11 июня. Указ о его назначении подписан 3 июня. "
        "Прибытие дипломата совпало с новым обострением. В тот же день МИД вызвал посла.",
        D(2019, 6, 11),
    ),
    # a visit told as «посетил»
    (
        "Министр посетил Пекин 5 июня. Соглашение вступило в силу 1 июня. "
        "Визит министра пришёлся на трудное время. В тот же день стороны подписали протокол.",
        D(2019, 6, 5),
    ),
    # a meeting told as «встретились»
    (
        "Лидеры встретились 7 июня в Вене. Предыдущий саммит прошёл 2 июня. "
        "Встреча лидеров длилась три часа. В тот же день министры провели консультации.",
        D(2019, 6, 7),
    ),
    # the sentence before names its own day: that day
    (
        "Посол прибыл в Москву 11 июня. Прибытие посла 14 июня отметили приёмом. "
        "В тот же день МИД вызвал посла.",
        D(2019, 6, 14),
    ),
    # the sentence before opens with no happening: the last day named
    (
        "Посол прибыл в Москву 11 июня. Указ подписан 3 июня. "
        "Москва не скрывала недовольства. В тот же день МИД вызвал посла.",
        D(2019, 6, 3),
    ),
    # the happening was never told with its verb or noun: the last day named
    (
        "Министр выступил 5 июня. Указ подписан 3 июня. "
        "Визит министра пришёлся на трудное время. В тот же день стороны подписали протокол.",
        D(2019, 6, 3),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_same_day_as_happening(text: str, want: D) -> None:
    same = [m for m in extract_dates(text, PUB) if m.text == "В тот же день"]
    assert same and same[0].value.start == want and same[0].value.precision == "day"
