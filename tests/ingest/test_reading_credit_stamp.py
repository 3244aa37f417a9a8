"""A reprint's closing stamp after its source credit (credit_stamp.py): «(По материалам
агентства ...) 21/06/2004» as the last line, or the credit on a line of its own above the
stamp, dates the page; a slash stamp reads like a dotted one. The texts are our own."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.reading import parse_layout
from app.ingest.reading.credit_stamp import credit_line, stamp_after_credit

BODY = (
    "Делегация прибыла в Пекин для участия в консультациях.\n"
    "Переговоры пройдут в государственной резиденции, сообщили организаторы.\n"
)


@pytest.mark.parametrize(
    ("tail", "day"),
    [
        ("(Информационный центр. По материалам агентства Новости) 14/05/2006", date(2006, 5, 14)),
        ("(По материалам агентства Новости) 14.05.2006", date(2006, 5, 14)),
        ("(Информационный центр)\n14/05/2006", date(2006, 5, 14)),
        ("14/05/2006", date(2006, 5, 14)),
        # a bracketed remark with no stamp after it dates nothing
        ("(По материалам агентства Новости)", None),
        # nor a stamp under a list of links
        ("Читайте также\nМинистры обсудили торговлю\n14/05/2006", None),
    ],
)
def test_closing_stamp_after_a_credit(tail: str, day: date | None) -> None:
    text = "Делегация прибыла в Пекин\n" + BODY + tail + "\n"
    lay = parse_layout(text)
    assert lay.published == day
    if day is not None:
        stamp_at = text.rindex(tail.split("\n")[-1])
        assert any(a <= stamp_at < b for a, b in lay.excluded)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("(Агентство Новости) 03/02/2010", date(2010, 2, 3)),
        ("03/02/2010", date(2010, 2, 3)),
        ("03/02.2010", None),  # separators must agree
        ("(Агентство Новости)", None),
        ("Встреча пройдёт 03/02/2010 (по данным агентства)", None),
    ],
)
def test_stamp_after_credit(line: str, found: date | None) -> None:
    got = stamp_after_credit(line)
    assert (got[0] if got is not None else None) == found


def test_credit_line() -> None:
    assert credit_line("(По материалам агентства Новости)")
    assert not credit_line("(По материалам агентства Новости) 03/02/2010")
    assert not credit_line("Министр провёл переговоры.")
