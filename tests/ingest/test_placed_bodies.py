"""One body the reader named itself, told with and without the place it works in («группа по
охране лосося на Кольском полуострове» and «группа по охране лосося»), is one actor when two
reports are compared (placed_bodies.py, spelled_alike.align). Ids of our own invention."""

from __future__ import annotations

import pytest

from app.ingest.events.spelled_alike import align

_BARE = "rabochaya-gruppa-po-okhrane-lososya"
_PLACED = "rabochaya-gruppa-po-okhrane-lososya-na-kolskom-poluostrove"


@pytest.mark.parametrize(
    ("a", "b", "aligned"),
    [
        ([_PLACED], [_BARE], [_PLACED]),  # one body: b's id renamed to a's
        ([_BARE, "ivan-petrov"], [_PLACED], [_BARE]),
        (["komissiya-po-rybolovstvu-v-tomske"], ["komissiya-po-rybolovstvu-v-omske"], None),
        (["komissiya-po-rybolovstvu"], ["komitet-po-rybolovstvu"], None),  # two heads
        (["gruppa-v-karelii"], ["gruppa"], None),  # no business of its own: no such name
    ],
)
def test_body_with_and_without_place(a: list[str], b: list[str], aligned: list[str] | None) -> None:
    assert align(a, b)[1] == (aligned if aligned is not None else b)
