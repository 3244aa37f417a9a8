"""A happening settled impersonally, by a short participle with an infinitive after it
(«решено провести», «условлено провести», «предложено перенести»): the date is the day of the
happening settled, after the deciding and ahead of publication or gone by it alike, so the
nearest such day, as with «решили провести» (plans.settled_before). Every sentence is written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, (start, end))
CASES: list[tuple[str, D | None, str, tuple[D | None, D | None]]] = [
    # the day ahead of publication: this year, not the year before
    (
        "Форум решено провести в Казани 12–13 ноября, сообщил во вторник организатор.",
        D(2016, 9, 6),
        "12–13 ноября",
        (D(2016, 11, 12), D(2016, 11, 13)),
    ),
    (
        "Условлено провести следующий раунд переговоров в Минске 3–4 июня.",
        D(2015, 4, 20),
        "3–4 июня",
        (D(2015, 6, 3), D(2015, 6, 4)),
    ),
    (
        "Было договорено встретиться снова в декабре.",
        D(2018, 10, 30),
        "в декабре",
        (D(2018, 12, 1), D(2018, 12, 31)),
    ),
    (
        "Заседание комиссии предложено перенести на 20 февраля.",
        D(2021, 2, 1),
        "на 20 февраля",
        (D(2021, 2, 20), D(2021, 2, 20)),
    ),
    # the nearest such day gone by: the happening settled has passed
    (
        "Консультации было решено провести 2 марта, однако они так и не начались.",
        D(2019, 3, 20),
        "2 марта",
        (D(2019, 3, 2), D(2019, 3, 2)),
    ),
    # a participle with no infinitive tells a done deed: past, as before
    (
        "Вопрос о визах был решён 20 апреля.",
        D(2019, 3, 20),
        "20 апреля",
        (D(2018, 4, 20), D(2018, 4, 20)),
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "want"), CASES)
def test_settled_impersonally(
    text: str, pub: D | None, expr: str, want: tuple[D | None, D | None]
) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, pub)}
    assert got[expr] == want, got
