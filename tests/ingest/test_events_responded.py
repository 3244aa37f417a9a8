"""A proposal answered or an agreement welcomed is the one told elsewhere (responded.py),
on sentences of our own. Each row: article text and the events as (type, status, start,
end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)
TUE = D(2024, 6, 4)


CASES: list[tuple[str, list[Ev]]] = [
    (
        "Байден в среду предложил провести встречу в Женеве. Путин это предложение принял.",
        [("proposal", "happened", WED, WED, "day", ["joe-biden"])],
    ),
    (
        "Россия в среду предложила обменяться заключенными. Вашингтон поддержал предложение.",
        [("proposal", "happened", WED, WED, "day", ["russia"])],
    ),
    (
        "Песков ответил на вопросы журналистов о реакции Вашингтона на предложения Москвы.",
        [("statement", "happened", PUB, PUB, "day", ["dmitry-peskov"])],
    ),
    # What is proposed named under the noun: the proposal stays (told only here).
    (
        "Байден в среду отклонил предложение Путина продлить договор на год.",
        [("proposal", "happened", WED, WED, "day", ["joe-biden", "vladimir-putin"])],
    ),
    # An agreement others concluded, welcomed: words on it, no agreement of the welcomer.
    (
        "Лавров и Керри в среду договорились о перемирии в Сирии. Обама приветствовал"
        " договоренность, но призвал обеспечить ее выполнение.",
        [
            ("agreement", "happened", WED, WED, "day", ["john-kerry", "sergey-lavrov"]),
            ("statement", "happened", None, PUB, "before", ["barack-obama"]),
        ],
    ),
    (
        "МИД Ирана во вторник приветствовал российско-американское соглашение по Сирии.",
        [("statement", "happened", TUE, TUE, "day", ["mid-irana"])],
    ),
    # Concluding one is the agreement itself.
    (
        "Россия и Турция во вторник заключили соглашение по Идлибу.",
        [("agreement", "happened", TUE, TUE, "day", ["russia", "turkey"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_responded_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected
