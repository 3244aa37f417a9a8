"""An organisation named by a common noun and its name in quotes is the quoted name, of the
kind its noun tells (quoted.py, orgs.py); sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.nlp import Nlp

# (sentence, (Russian name, kind) of the new organisation, or None for no new one)
CASES: list[tuple[str, tuple[str, str] | None]] = [
    ('Партия "Еш атид" потребовала отставки министра.', ("Еш атид", "organisation")),
    ('Вчера партия "Еш атид" потребовала отставки министра.', ("Еш атид", "organisation")),
    ("Концерн «Тиссенкрупп» отказался от сделки.", ("Тиссенкрупп", "company")),
    ("Контракт подписал концерн «Тиссенкрупп» в среду.", ("Тиссенкрупп", "company")),
    # No name in quotes after the noun: a common noun opening a sentence is no actor.
    ("Заседание комиссии прошло в среду.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_quoted_names(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: tuple[str, str] | None
) -> None:
    found = match_actors(nlp.analyse(text), gaz, date(2025, 6, 1))
    orgs = [(h.record.name_ru, h.record.kind) for h in found if h.via == "org" and h.record]
    assert orgs == ([expected] if expected else [])


# The hit takes in the head noun and the quotes: the parse makes the noun the subject, so
# the speaker of «Партия "Еш атид" заявила» is read after another sentence too.
SPANS = [
    ('Дебаты шли весь день. Партия "Еш атид" заявила о бойкоте.', 'Партия "Еш атид"'),
    ("В понедельник партия «Ликуд» объявила о выходе из коалиции.", "партия «Ликуд»"),
]

# A person's title before the quotes («глава», «директор»: animate) is no kind noun: the
# hit stays the quoted name alone, so the titled person's organisation is no party beside
# them (tree.py reads «Глава X Имя Фамилия» as the person).
NOT_KIND_NOUNS = [
    ("Глава «Тиссенкруппа» Мартина Мерц подписала в среду соглашение.", "Глава «"),
    ("Директор «Тиссенкруппа» Мартина Мерц приехала в Москву.", "Директор «"),
]


@pytest.mark.parametrize(("text", "prefix"), NOT_KIND_NOUNS)
def test_title_before_quotes_is_no_kind_noun(
    nlp: Nlp, gaz: Gazetteer, text: str, prefix: str
) -> None:
    found = match_actors(nlp.analyse(text), gaz, date(2025, 6, 1))
    assert not [h.text for h in found if h.text.startswith(prefix)]


@pytest.mark.parametrize(("text", "span"), SPANS)
def test_quoted_name_span(nlp: Nlp, gaz: Gazetteer, text: str, span: str) -> None:
    found = match_actors(nlp.analyse(text), gaz, date(2025, 6, 1))
    assert span in [h.text for h in found]
