"""A past happening whose only party is a bare title or a pronoun, in a sentence that names
no one (titled.py, coref.py), on sentences of our own. Each row: text, then (type, start
date, precision, sorted actor ids) of every event of the types listed."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2025, 3, 14)

ORBAN = "Премьер-министр Венгрии Виктор Орбан прилетел в Москву 12 марта. "
LAVROV = "Министр иностранных дел России Сергей Лавров прибыл в Астану 12 марта. "
ERDOGAN = "Президент Турции Реджеп Тайип Эрдоган прибыл в Астану 12 марта. "

CASES: list[tuple[str, list[tuple[str, D | None, str, list[str]]]]] = [
    # A title with the state's adjective, the subject of a verb of coming.
    (
        ORBAN + "В прошлый раз венгерский премьер приезжал в Сочи в феврале 2022 года.",
        [
            ("visit", D(2025, 3, 12), "day", ["viktor-orban"]),
            ("visit", D(2022, 2, 1), "month", ["viktor-orban"]),
        ],
    ),
    # ... a bare title.
    (
        LAVROV + "До этого министр приезжал в Казань 13 октября 2024 года.",
        [
            ("visit", D(2025, 3, 12), "day", ["sergey-lavrov"]),
            ("visit", D(2024, 10, 13), "day", ["sergey-lavrov"]),
        ],
    ),
    # ... the object of a verb that tells the happening.
    (
        LAVROV + "В октябре 2024 года министр провёл там переговоры с коллегами.",
        [
            ("visit", D(2025, 3, 12), "day", ["sergey-lavrov"]),
            ("talks", D(2024, 10, 1), "month", ["sergey-lavrov"]),
        ],
    ),
    # ... a pronoun.
    (
        ERDOGAN + "До этого он приезжал в Астану в 2022 году.",
        [
            ("visit", D(2025, 3, 12), "day", ["recep-tayyip-erdogan"]),
            ("visit", D(2022, 1, 1), "year", ["recep-tayyip-erdogan"]),
        ],
    ),
    # A meeting noun that only sets where words were said is no happening of its own.
    (
        ERDOGAN + "Об этом он рассказал во вторник на встрече с журналистами.",
        [("visit", D(2025, 3, 12), "day", ["recep-tayyip-erdogan"])],
    ),
]



@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-50:] for c in CASES])
def test_bare_title_takes_part(
    pipeline: Pipeline, text: str, want: list[tuple[str, D | None, str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [
        (e.type, e.date.value.start, e.date.value.precision, sorted(e.actors))
        for e in facts.events
        if e.type in ("visit", "meeting", "talks", "call")
    ]
    assert got == want


HOLDERS: list[tuple[str, list[tuple[str, D | None, str, list[str]]]]] = [
    # A title with a state in the genitive and no name: the state goes for its holder.
    (
        "Премьер-министр Монголии приезжал в Казань в 2016 году.",
        [("visit", D(2016, 1, 1), "year", ["mongolia"])],
    ),
    (
        "В 2023 году Казань посещал посол Монголии в России.",
        [("visit", D(2023, 1, 1), "year", ["mongolia"])],
    ),
    # With no date of its own the retelling has nothing to place it: none.
    ("Посол Монголии посещал Казань.", []),
]


@pytest.mark.parametrize(("text", "want"), HOLDERS, ids=[c[0][:50] for c in HOLDERS])
def test_unnamed_holder_is_his_state(
    pipeline: Pipeline, text: str, want: list[tuple[str, D | None, str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [
        (e.type, e.date.value.start, e.date.value.precision, sorted(e.actors)) for e in facts.events
    ]
    assert got == want
