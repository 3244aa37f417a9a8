"""A happening told in an active participle phrase on the one who speaks («Министр,
посетивший Пекин 12 мая, заявил, что ...») is an event beside the words when it carries a
date of its own (participles.py); undated, it only describes the speaker. Each row: article
text, publication date, and the events as (type, status, start, end, precision, sorted actor
ids). Sentences of our own, paraphrasing the construction as news agencies use it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2025, 6, 13)  # a Friday
JAISHANKAR = ["subrahmanyam-jaishankar"]
FIDAN = ["hakan-fidan"]


def _said(who: list[str]) -> Ev:
    return ("statement", "happened", PUB, PUB, "day", who)


CASES: list[tuple[str, list[Ev]]] = [
    # A dated visit told on the speaker: the visit beside the words, on its own day.
    (
        "Министр иностранных дел Индии Субраманьям Джайшанкар, посетивший Пекин 12 мая, "
        "заявил, что отношения двух стран улучшаются.",
        [
            _said(JAISHANKAR),
            ("visit", "happened", D(2025, 5, 12), D(2025, 5, 12), "day", JAISHANKAR),
        ],
    ),
    # Talks held by the speaker, with the other party named in the phrase.
    (
        "Сергей Лавров, проведший в среду переговоры с Хаканом Фиданом, заявил журналистам, "
        "что стороны обсудили Сирию.",
        [
            _said(["sergey-lavrov"]),
            (
                "talks",
                "happened",
                D(2025, 6, 11),
                D(2025, 6, 11),
                "day",
                ["hakan-fidan", "sergey-lavrov"],
            ),
        ],
    ),
    # Undated, the phrase describes the speaker: only the words.
    (
        "Хакан Фидан, посетивший Москву, заявил, что Анкара ждет роста торговли.",
        [_said(FIDAN)],
    ),
    # An arrival on a party of an undated clause tells nothing of its own.
    (
        "Сергей Лавров провел переговоры с Хаканом Фиданом, прилетевшим в Москву.",
        [("talks", "happened", None, PUB, "before", ["hakan-fidan", "sergey-lavrov"])],
    ),
    # The phrase inside the words is what is said, not told beside them.
    (
        "Песков заявил, что Хакан Фидан, посетивший Москву 3 марта, вернется в июне.",
        [_said(["dmitry-peskov"])],
    ),
]


# A participle phrase after its noun runs from its comma to the next mark: «с визитом» in
# it is the participle's, not the talks' (participles.close_phrases), so the talks keep
# both parties and their own day; the arrival of the party is a happening of that day
# (participles.arrived_for), not a description of them.
PHRASE_CASES: list[tuple[str, list[Ev]]] = [
    (
        "Сергей Лавров в пятницу провел переговоры с министром иностранных дел Турции "
        "Хаканом Фиданом, прилетевшим в Москву с официальным визитом.",
        [
            ("talks", "happened", PUB, PUB, "day", ["hakan-fidan", "sergey-lavrov"]),
            ("visit", "happened", PUB, PUB, "day", FIDAN),
        ],
    ),
    (
        "Владимир Путин в четверг провел в Кремле переговоры с Реджепом Тайипом Эрдоганом, "
        "прибывшим в Россию с рабочим визитом.",
        [
            (
                "talks",
                "happened",
                D(2025, 6, 12),
                D(2025, 6, 12),
                "day",
                ["recep-tayyip-erdogan", "vladimir-putin"],
            ),
            ("visit", "happened", D(2025, 6, 12), D(2025, 6, 12), "day", ["recep-tayyip-erdogan"]),
        ],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_participle_beside_words(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected


@pytest.mark.parametrize(("text", "expected"), PHRASE_CASES)
def test_participle_phrase_closed(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected


# Whom an active participle on someone else than the trigger meets is a party of that
# participle's happening, never of the sentence's act: each row is text, the act's type
# and its sorted actors.
OWN_CASES: list[tuple[str, str, list[str]]] = [
    (
        "Министр иностранных дел России Сергей Лавров, встречавшийся накануне с Энтони "
        "Блинкеном, в четверг предложил возобновить работу рабочих групп.",
        "proposal",
        ["sergey-lavrov"],
    ),
    (
        "Глава МИД Турции Хакан Фидан, побеседовавший утром с Сергеем Лавровым, в пятницу "
        "предложил провести переговоры в Стамбуле.",
        "proposal",
        FIDAN,
    ),
    # A participle on the trigger itself still tells of it.
    (
        "Переговоры Лаврова и Фидана, продлившиеся три часа, прошли в Анкаре.",
        "talks",
        ["hakan-fidan", "sergey-lavrov"],
    ),
]


@pytest.mark.parametrize(("text", "typ", "want"), OWN_CASES, ids=[c[0][:50] for c in OWN_CASES])
def test_participle_partner_is_no_party_of_the_act(
    pipeline: Pipeline, text: str, typ: str, want: list[str]
) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert [sorted(e.actors) for e in facts.events if e.type == typ] == [want]
