"""A happening told aside, in a participle phrase or relative clause describing someone of
the sentence, with a date of its own, is an event beside the sentence's own (aside.py); the
sentence's own event is read first. Each row: article text, publication date, and the
events as (type, status, start, end, precision, sorted actor ids). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
FIDAN_LAVROV = ["hakan-fidan", "sergey-lavrov"]

CASES: list[tuple[str, D, list[Ev]]] = [
    # A dated participle phrase: its happening beside the main one, its doer the noun it
    # describes (not the state under his title), its date in the past whatever the tense of
    # the main verb.
    (
        "Министр иностранных дел Турции Хакан Фидан, прибывший в Москву 3 марта, проведет "
        "в пятницу переговоры с Сергеем Лавровым.",
        D(2025, 3, 4),
        [
            ("talks", "planned", D(2025, 3, 7), D(2025, 3, 7), "day", FIDAN_LAVROV),
            ("visit", "happened", D(2025, 3, 3), D(2025, 3, 3), "day", ["hakan-fidan"]),
        ],
    ),
    (
        "Сергей Лавров, посетивший Пекин 9 апреля, в среду встретился с Александром Лукашенко.",
        D(2025, 4, 18),
        [
            (
                "meeting",
                "happened",
                D(2025, 4, 16),
                D(2025, 4, 16),
                "day",
                ["alexander-lukashenko", "sergey-lavrov"],
            ),
            ("visit", "happened", D(2025, 4, 9), D(2025, 4, 9), "day", ["sergey-lavrov"]),
        ],
    ),
    # Undated, the phrase only describes: no event of its own.
    (
        "Вступивший в должность министр Хакан Фидан провел переговоры с Сергеем Лавровым 5 марта.",
        D(2025, 3, 6),
        [("talks", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", FIDAN_LAVROV)],
    ),
    # A date the parse hangs on the phrase from the main clause after it is not the phrase's:
    # past the main verb it is the talks' (relatives.py), and the arrival for them is a
    # visit of that day (participles.arrived_for).
    (
        "Хакан Фидан, прибывший в Москву, провел переговоры с Сергеем Лавровым 5 марта.",
        D(2025, 3, 6),
        [
            ("talks", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", FIDAN_LAVROV),
            ("visit", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", ["hakan-fidan"]),
        ],
    ),
    # A coordinated clause of another kind, sharing the subject: a second happening, on
    # the first one's day when it has none of its own; only the subject takes part in it.
    (
        "Лавров встретился с Ван И 5 марта и подписал соглашение о визах.",
        D(2025, 3, 6),
        [
            (
                "meeting",
                "happened",
                D(2025, 3, 5),
                D(2025, 3, 5),
                "day",
                ["sergey-lavrov", "wang-yi"],
            ),
            ("agreement", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", ["sergey-lavrov"]),
        ],
    ),
    # Two contacts told in one sentence are one contact: the talks, which name both sides,
    # on the visit's day (counterparts.py).
    (
        "Хакан Фидан посетил Москву 5 марта и провел переговоры с Сергеем Лавровым.",
        D(2025, 3, 6),
        [
            (
                "talks",
                "happened",
                D(2025, 3, 5),
                D(2025, 3, 5),
                "day",
                ["hakan-fidan", "sergey-lavrov"],
            )
        ],
    ),
    # A clause describing the happening itself tells of it, not of another.
    (
        "Встреча Путина и Эрдогана, на которой подписали соглашение, прошла 5 марта.",
        D(2025, 3, 6),
        [
            (
                "meeting",
                "happened",
                D(2025, 3, 5),
                D(2025, 3, 5),
                "day",
                ["recep-tayyip-erdogan", "vladimir-putin"],
            )
        ],
    ),
    # A document signed in a clause coordinated with undated talks: a happening of its own,
    # dated like the talks (before publication); a second contact is not.
    (
        "Хакан Фидан и Сергей Лавров провели переговоры в Анкаре и подписали меморандум.",
        D(2025, 3, 6),
        [
            ("talks", "happened", None, D(2025, 3, 6), "before", FIDAN_LAVROV),
            ("agreement", "happened", None, D(2025, 3, 6), "before", FIDAN_LAVROV),
        ],
    ),
    (
        "Хакан Фидан и Сергей Лавров провели переговоры и обсудили итоги встречи.",
        D(2025, 3, 6),
        [("talks", "happened", None, D(2025, 3, 6), "before", FIDAN_LAVROV)],
    ),
    # Two clauses joined by «а», each with its own subject and date (a parser may give the
    # second a root of its own): two happenings, each of its own doer.
    (
        "В марте Анкару посетил Сергей Лавров, а в мае Хакан Фидан побывал в Москве.",
        D(2025, 6, 2),
        [
            ("visit", "happened", D(2025, 3, 1), D(2025, 3, 31), "month", ["sergey-lavrov"]),
            ("visit", "happened", D(2025, 5, 1), D(2025, 5, 31), "month", ["hakan-fidan"]),
        ],
    ),
    (
        "В апреле 2017 года Москву посетил госсекретарь США Рекс Тиллерсон, а в мае Сергей "
        "Лавров побывал в Вашингтоне.",
        D(2018, 3, 8),
        [
            ("visit", "happened", D(2017, 4, 1), D(2017, 4, 30), "month", ["rex-tillerson"]),
            ("visit", "happened", D(2017, 5, 1), D(2017, 5, 31), "month", ["sergey-lavrov"]),
        ],
    ),
]



@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_asides(pipeline: Pipeline, text: str, published: D, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected
