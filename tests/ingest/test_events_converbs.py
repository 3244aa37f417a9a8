"""A converb's doer is the subject of the verb it hangs on (converbs.py), and that verb's
date dates it: «Москва ответила, выслав дипломатов» is Moscow expelling. Sentences of our
own; each row: text, then (type, sorted actor ids, start date, precision) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2025, 3, 14)

Row = tuple[str, list[str], str | None, str]

CASES: list[tuple[str, list[Row]]] = [
    # Reacting by expelling: the subject of «ответить» expelled, in the verb's month.
    (
        "В феврале Пекин ответил симметрично, выслав трёх британских дипломатов.",
        [("sanctions", ["china"], "2025-02-01", "month")],
    ),
    # A day on the finite verb dates the converb's act too.
    (
        "Анкара 12 марта отреагировала, объявив двух российских дипломатов персонами нон грата.",
        [("sanctions", ["turkey"], "2025-03-12", "day")],
    ),
    # The verb tells a happening of its own: that one is the news, not the converb's act.
    (
        "Лавров провёл переговоры в Анкаре 10 марта, посетив перед этим Стамбул.",
        [("talks", ["sergey-lavrov"], "2025-03-10", "day")],
    ),
    # A visit opened by a converb beside the main verb's talks: the talks are the
    # sentence's own, on the main verb's day.
    (
        "Эммануэль Макрон и Джо Байден провели во вторник переговоры в Париже, открыв "
        "первый государственный визит американского президента во Францию.",
        [("talks", ["emmanuel-macron", "joe-biden"], "2025-03-11", "day")],
    ),
]



@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_converb_doer(pipeline: Pipeline, text: str, want: list[Row]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [
        (
            e.type,
            sorted(e.actors),
            e.date.value.start.isoformat() if e.date.value.start else None,
            e.date.value.precision,
        )
        for e in facts.events
    ]
    assert sorted(got) == sorted(want)


def test_no_doer_without_a_subject(pipeline: Pipeline) -> None:
    # Without a finite verb above it there is no subject to lend: nothing is read.
    facts = pipeline.process(raw_article("Выслав двух дипломатов.", PUBLISHED))
    assert [e for e in facts.events if e.type == "sanctions"] == []


# A converb of speaking under a verb of saying sets the scene of the words: the verb's
# subject speaks, and what the converb names (the place, what is commented on, who asked)
# does not. Each row: text, then the sorted speakers of every statement.
SCENE_CASES: list[tuple[str, list[list[str]]]] = [
    (
        "Выступая в Кремле, Дмитрий Песков сказал, что сроки визита пока не определены.",
        [["dmitry-peskov"]],
    ),
    (
        "Выступая в Белом доме перед сенаторами, президент США Джо Байден заявил, что "
        "санкции останутся в силе.",
        [["joe-biden"]],
    ),
    (
        "Комментируя слова Энтони Блинкена, Мария Захарова заявила, что Москва ответит "
        "зеркально.",
        [["maria-zakharova"]],
    ),
    # The converb is the only word of speaking: the verb's subject after it speaks ...
    (
        "Выступая на брифинге в Кремле, Дмитрий Песков назвал такие попытки смехотворными.",
        [["dmitry-peskov"]],
    ),
    # ... not a converb that follows the act it goes with.
    ("Президент Перу Мартин Вискарра распустил конгресс, обвинив депутатов в саботаже.", []),
    # «В Кремле заявили» has no subject: the place stands for who speaks.
    ("В Кремле заявили, что сроки визита пока не определены.", [["kremlin"]]),
    # An unnamed «он» with nobody before it: no speaker, and not the converb's place.
    ("Выступая в Белом доме, он сказал, что санкции останутся в силе.", []),
]


@pytest.mark.parametrize(("text", "want"), SCENE_CASES, ids=[c[0][:50] for c in SCENE_CASES])
def test_converb_scene_of_words(pipeline: Pipeline, text: str, want: list[list[str]]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [sorted(e.actors) for e in facts.events if e.type == "statement"]
    assert got == want
