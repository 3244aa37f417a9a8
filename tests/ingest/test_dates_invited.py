"""A day after a short participle of inviting («приглашён в Москву в сентябре») is the day of
the occasion invited to: after the inviting, ahead of publication or gone by it alike, so the
nearest such day, not the past one its participle's tense would give. Every sentence is
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, (start, end))
CASES: list[tuple[str, D, str, tuple[D | None, D | None]]] = [
    (
        "Премьер Индии приглашён в Сочи в октябре, сообщили в правительстве.",
        D(2017, 6, 14),
        "в октябре",
        (D(2017, 10, 1), D(2017, 10, 31)),
    ),
    (
        "Глава МИД Финляндии приглашена на форум 3 марта.",
        D(2019, 2, 11),
        "3 марта",
        (D(2019, 3, 3), D(2019, 3, 3)),
    ),
    # the occasion gone by: the nearest is still the past one
    (
        "Посол был приглашён на приём 20 января, но не пришёл.",
        D(2019, 2, 11),
        "20 января",
        (D(2019, 1, 20), D(2019, 1, 20)),
    ),
    # an invitation still to come: ahead, as before
    (
        "Министр будет приглашён на саммит 2 февраля.",
        D(2019, 2, 11),
        "2 февраля",
        (D(2020, 2, 2), D(2020, 2, 2)),
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "want"), CASES)
def test_invited_day(text: str, pub: D, expr: str, want: tuple[D | None, D | None]) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, pub)}
    assert got[expr] == want, got
