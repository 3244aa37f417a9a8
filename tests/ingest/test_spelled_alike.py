"""One person spelled two ways by two outlets (app/ingest/events/spelled_alike.py), and
the store step that then keeps one round of talks (sentences of our own), also under a
replaced file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.events.spelled_alike import align
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date


@pytest.mark.parametrize(
    ("a", "b", "b_after"),
    [
        # one first name spelled two ways
        (["russia", "uendi-sherman"], ["russia", "vendi-sherman"], ["russia", "uendi-sherman"]),
        (["eduard-kovalsky", "x"], ["edvard-kovalsky"], ["eduard-kovalsky"]),
        # the surname alone beside the full name
        (["pavel-kovalsky", "x"], ["kovalsky", "x"], ["pavel-kovalsky", "x"]),
        # two first names: father and son, two brothers
        (["nikolay-patrushev"], ["dmitriy-patrushev"], ["dmitriy-patrushev"]),
        (["dzhon-sallivan"], ["dzheyk-sallivan"], ["dzheyk-sallivan"]),
        # the other report names him too: nothing to rename
        (["uendi-sherman", "vendi-sherman"], ["vendi-sherman"], ["vendi-sherman"]),
        # two of that surname missing from the other: which one is unknown
        (["anna-kovalsky", "anya-kovalsky"], ["ana-kovalsky"], ["ana-kovalsky"]),
        # gazetteer actors keep their ids (a known name has its spellings as aliases)
        (["montenegro"], ["ugo-salasar-montenegro"], ["ugo-salasar-montenegro"]),
        # a short surname says too little
        (["ivan-li"], ["iван-li"], ["iван-li"]),
    ],
)
def test_align(a: list[str], b: list[str], b_after: list[str]) -> None:
    got_a, got_b = align(a, b)
    assert got_a == a
    assert got_b == b_after


FIRST = (
    "Переговоры России и США прошли 10 марта в Вене. Делегации возглавляли замминистра "
    "Сергей Рябков и замгоссекретаря Уэнди Шерман."
)
# Dated only by its publication, the same day: one round when the parties are the same.
SECOND = (
    "В Вене завершились переговоры России и США. Делегации возглавляли Сергей Рябков и "
    "Венди Шерман."
)


def test_one_round_told_with_two_spellings(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, FIRST, D(2022, 3, 10), "first.txt")
    _store(session, pipeline, SECOND, D(2022, 3, 10), "second.txt")
    rounds = _events(session, "talks", "meeting")
    assert len(rounds) == 1
    assert _files(session, rounds[0]) == {"first.txt", "second.txt"}
    # The second report is replaced by one of another deputy: two rounds.
    _store(session, pipeline, SECOND.replace("Венди Шерман", "Венди Уолтерс"), D(2022, 3, 10),
           "second.txt")  # fmt: skip
    assert len(_events(session, "talks", "meeting")) == 2
