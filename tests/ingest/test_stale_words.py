"""Words reported «ранее» in articles months apart are two statements
(app/ingest/events/stale_words.py and its use in identity.same_happening), as tables of our
own readings."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.model import DateReading
from app.ingest.events.stale_words import words_far_apart

D = dt.date
AIDE = ["yury-ushakov"]
KEYS = frozenset({"подписа", "документ", "визит"})


def before(d: D) -> DateReading:
    """«как ранее сообщал» in an article published on d."""
    return DateReading(DateValue(None, d, "before", "before-publication"), text="ранее")


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


@pytest.mark.parametrize(
    ("a", "b", "far"),
    [
        # The aide's preview of a June 2023 visit and of an August 2024 one.
        (("statement", before(D(2023, 6, 13))), ("statement", before(D(2024, 8, 19))), True),
        # ... and his words dated to a day five years before the «ранее» report.
        (("statement", before(D(2023, 6, 13))), ("statement", day(D(2018, 8, 17))), True),
        # Two outlets of one week retelling the same words.
        (("statement", before(D(2023, 6, 13))), ("statement", before(D(2023, 6, 15))), False),
        # Words of the week before the report.
        (("statement", before(D(2023, 6, 13))), ("statement", day(D(2023, 6, 6))), False),
        # A happening retold «ранее» may reach back any distance: other rules decide.
        (("visit", before(D(2023, 6, 13))), ("visit", day(D(2018, 8, 17))), False),
        # Neither is dated only «before» its article.
        (("statement", day(D(2023, 6, 13))), ("statement", day(D(2018, 8, 17))), False),
    ],
)  # fmt: skip
def test_words_far_apart(
    a: tuple[str, DateReading], b: tuple[str, DateReading], far: bool
) -> None:
    assert words_far_apart(a[0], a[1], b[0], b[1]) is far
    assert words_far_apart(b[0], b[1], a[0], a[1]) is far


def test_far_apart_words_are_two_statements() -> None:
    def same(da: DateReading, db: DateReading) -> bool:
        return identity.same_happening("statement", AIDE, da, KEYS, "statement", AIDE, db, KEYS)

    assert not same(before(D(2023, 6, 13)), before(D(2024, 8, 19)))
    assert not same(before(D(2023, 6, 13)), day(D(2018, 8, 17)))
    assert same(before(D(2023, 6, 13)), before(D(2023, 6, 15)))
