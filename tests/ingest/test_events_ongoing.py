"""Ongoing or intended activity is no past happening (ongoing.py), on sentences of our
own. Each row: article text and the events as (type, status, start, end, precision, sorted
actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 5)
PAIR = ["dmytro-kuleba", "sergey-lavrov"]

CASES: list[tuple[str, list[Ev]]] = [
    # Carried on in the present: an activity, no happening of a day.
    ("Белград при этом продолжает переговоры с Брюсселем о вступлении в Евросоюз.", []),
    ("Токио продолжает консультации с Вашингтоном по этому вопросу.", []),
    # Only meant: promised, intended (the promise is the premier's earlier words; the
    # talks are no event).
    (
        "Японский премьер ранее обещал продолжить переговоры с Москвой.",
        [("statement", "happened", None, PUB, "before", ["fumio-kishida"])],
    ),
    (
        "Японский премьер ранее обещал провести переговоры с Москвой.",
        [("statement", "happened", None, PUB, "before", ["fumio-kishida"])],
    ),
    ("Кулеба намерен продолжить переговоры с Лавровым.", []),
    # Called for through the noun that holds the talks («сесть за стол переговоров»):
    # an appeal (the caller's words), no talks held; the same words told as done are talks.
    (
        "Кулеба призвал Москву сесть за стол переговоров.",
        [("statement", "happened", PUB, PUB, "day", ["dmytro-kuleba"])],
    ),
    ("Депутаты призвали Лаврова убедить Киев вернуться к столу переговоров.", []),
    (
        "Лавров и Кулеба в среду сели за стол переговоров.",
        [("talks", "happened", PUB, PUB, "day", PAIR)],
    ),
    # Only proposed: a happening under a noun of proposing is put forward, not held (the
    # proposal is the news).
    (
        "Кулеба поддержал предложение Лаврова о проведении встречи с Фиданом.",
        [("proposal", "happened", PUB, PUB, "day", PAIR)],
    ),
    (
        "Лавров выступил с инициативой проведения переговоров с Кулебой.",
        [("statement", "happened", PUB, PUB, "day", ["sergey-lavrov"])],
    ),
    # Only awaited: looked forward to, not told as held ...
    ("Венгерская сторона визит Лаврова ждала с нетерпением.", []),
    # ... but «ожидается в пятницу» puts it on a schedule.
    (
        "Следующий визит Лаврова в Анкару ожидается в пятницу.",
        [("visit", "planned", D(2024, 6, 7), D(2024, 6, 7), "day", ["sergey-lavrov"])],
    ),
    # Stayed away from: those who boycott or skip a happening take no part in it ...
    ("Делегации Украины и Польши бойкотировали заседание.", []),
    ("Сергей Лавров пропустил саммит в Нью-Дели.", []),
    # ... those who attend do.
    (
        "Делегации Украины и Польши в среду приняли участие в заседании.",
        [("meeting", "happened", PUB, PUB, "day", ["poland", "ukraine"])],
    ),
    # Carried on in the past or the future: a happening of its day.
    (
        "Лавров и Кулеба продолжили переговоры в среду.",
        [("talks", "happened", PUB, PUB, "day", PAIR)],
    ),
    (
        # (PUB is a Wednesday: «в среду» in the future tense would be that very day)
        "Лавров и Кулеба продолжат переговоры в пятницу.",
        [("talks", "planned", D(2024, 6, 7), D(2024, 6, 7), "day", PAIR)],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ongoing_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected


def test_accepted_proposal_is_not_dropped(pipeline: Pipeline) -> None:
    """A proposal accepted plans what it proposes (accepted.py): the noun of proposing does
    not drop it as only proposed."""
    facts = pipeline.process(
        raw_article("Кулеба принял предложение Лаврова провести переговоры в пятницу.", PUB)
    )
    assert [e.type for e in facts.events] == ["talks"]
