"""Happenings whose parties the sentence names only as «министры», «участники», «лидеры»:
the parties of the contact the article told before (parties.py, joint.py), on sentences of
our own. Each row: article text, publication date, and the events as (type, status, start,
end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
LAVROV_FIDAN = ["hakan-fidan", "sergey-lavrov"]
TALKS = ("talks", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", LAVROV_FIDAN)
MACRON_BIDEN = ["emmanuel-macron", "joe-biden"]
PRESS = ("press-conference", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", LAVROV_FIDAN)

CASES: list[tuple[str, D, list[Ev]]] = [
    # A joint press conference of «министры»: the parties of the talks, on their day.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "Затем министры провели совместную пресс-конференцию.",
        D(2025, 3, 6),
        [TALKS, PRESS],
    ),
    # «По итогам встречи» is the setting of the press conference, not a happening of its own.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "По итогам встречи министры провели совместную пресс-конференцию.",
        D(2025, 3, 6),
        [TALKS, PRESS],
    ),
    # «Участники» adopting a document: the parties of the talks.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "Участники приняли совместное заявление о торговле.",
        D(2025, 3, 6),
        [TALKS, ("agreement", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", LAVROV_FIDAN)],
    ),
    # What «стороны заявили» says is each side's own: no joint speaker.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. Стороны заявили о росте торговли.",
        D(2025, 3, 6),
        [TALKS],
    ),
    # «Президенты», «премьеры»: those of the contact's parties who hold the title.
    (
        "Эммануэль Макрон и Джо Байден провели переговоры в Париже 4 марта. "
        "Вечером президенты провели совместную пресс-конференцию.",
        D(2025, 3, 6),
        [
            ("talks", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", MACRON_BIDEN),
            ("press-conference", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", MACRON_BIDEN),
        ],
    ),
    # A plural title opening the sentence (the tagger may read it as one name) is plural.
    (
        "Эммануэль Макрон и Джо Байден провели переговоры в Париже 4 марта. "
        "Президенты подписали совместную декларацию о сотрудничестве.",
        D(2025, 3, 6),
        [
            ("talks", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", MACRON_BIDEN),
            ("agreement", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", MACRON_BIDEN),
        ],
    ),
    # A title the parties do not hold stands for none of them.
    (
        "Лавров провёл переговоры с Фиданом 4 марта. "
        "Вечером президенты провели совместную пресс-конференцию.",
        D(2025, 3, 6),
        [TALKS],
    ),
    # With no contact told before, «министры» stand for no one.
    (
        "Министры провели совместную пресс-конференцию.",
        D(2025, 3, 6),
        [],
    ),
]



@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_collective_parties(
    pipeline: Pipeline, text: str, published: D, expected: list[Ev]
) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected
