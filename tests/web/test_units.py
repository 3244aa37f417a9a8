"""Small pure pieces of the web layer: labels, cursor, parser, marks, iCalendar."""

from __future__ import annotations

import datetime as dt

import pytest
from starlette.datastructures import QueryParams

from app.db.queries import MentionSpan, Position
from app.render import datelabel, i18n
from app.web import cursor, ics, marks
from app.web.filters import FilterError, parse_timeline

D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "precision", "ru", "en"),
    [
        (D(2025, 2, 12), D(2025, 2, 12), "day", "12 февраля 2025", "12 Feb 2025"),
        (D(2025, 3, 1), D(2025, 3, 31), "month", "март 2025", "March 2025"),
        (D(2025, 1, 1), D(2025, 12, 31), "year", "2025", "2025"),
        (D(2025, 9, 1), D(2025, 12, 31), "part", "конец 2025", "late 2025"),
        (D(2025, 1, 1), D(2025, 4, 30), "part", "начало 2025", "early 2025"),
        (D(2025, 2, 1), D(2025, 2, 10), "part", "начало февраля 2025", "early February 2025"),
        (D(2025, 2, 10), D(2025, 2, 12), "range", "10–12 февраля 2025", "10–12 Feb 2025"),
        (
            D(2025, 2, 28),
            D(2025, 3, 2),
            "range",
            "28 февраля – 2 марта 2025",
            "28 Feb – 2 Mar 2025",
        ),
        (None, D(2025, 12, 30), "before", "до 30 декабря 2025", "before 30 Dec 2025"),
        (D(2025, 12, 30), None, "after", "после 30 декабря 2025", "after 30 Dec 2025"),
        (None, None, "unknown", "дата неизвестна", "date unknown"),
    ],
)
def test_labels(
    start: dt.date | None, end: dt.date | None, precision: str, ru: str, en: str
) -> None:
    assert datelabel.label(start, end, precision, "ru") == ru
    assert datelabel.label(start, end, precision, "en") == en


def test_reason() -> None:
    text = datelabel.reason(
        date_text="12 февраля",
        how="year-from-publication",
        planned=False,
        published=D(2025, 12, 30),
        result="12 Feb 2025",
        lang="en",
    )
    assert text == (
        "«12 февраля» in an article of 30 Dec 2025 "
        "(year from the publication date, past tense) → 12 Feb 2025"
    )
    assert i18n.how("some-new-rule", "ru") == "some-new-rule"  # unknown: shown raw


def test_negotiate() -> None:
    assert i18n.negotiate(None, "ru-RU,ru;q=0.9,en;q=0.8", "en") == "ru"
    assert i18n.negotiate(None, "de,en;q=0.5,ru;q=0.4", "ru") == "en"
    assert i18n.negotiate("ru", "en", "en") == "ru"
    assert i18n.negotiate("xx", "fr", "en") == "en"
    assert i18n.negotiate(None, "garbage;;;q=abc,,", "en") == "en"


def test_cursor_roundtrip_and_rejects() -> None:
    pos = Position(D(2025, 2, 12), 0, "2025-02-12-putin-trump-phone-call")
    assert cursor.decode(cursor.encode(pos)) == pos
    for bad in ("", "garbage", "!!!", "a" * 500, cursor.encode(pos) + "A"):
        with pytest.raises(cursor.BadCursor):
            cursor.decode(bad)


def test_parser() -> None:
    tq = parse_timeline(
        QueryParams("actor=a&actor=b&actor=a&from=2025&to=2025-02&limit=7"),
        default_limit=50,
        max_limit=500,
    )
    assert tq.filter.actors == ("a", "b")
    assert tq.filter.date_from == D(2025, 1, 1) and tq.filter.date_to == D(2025, 2, 28)
    assert tq.limit == 7
    with pytest.raises(FilterError) as err:
        parse_timeline(QueryParams("to=2025-02-29"), default_limit=50, max_limit=500)
    assert err.value.status == 400 and err.value.param == "to"


def test_quote_segments() -> None:
    quote = "Путин и Трамп говорили 12 февраля."
    segs = marks.quote_segments(
        quote,
        100,
        date_span=(123, 133),
        actor_spans=[[100, 105, "p"], [108, 113, "t"], [125, 140, "overlaps-date"], "junk"],
    )
    assert "".join(s.text for s in segs) == quote
    assert [(s.text, s.kind) for s in segs if s.kind] == [
        ("Путин", "actor"),
        ("Трамп", "actor"),
        ("12 февраля", "date"),
    ]


def test_article_paragraphs() -> None:
    text = "Меню сайта\nПервое предложение. Второе предложение.\n\nТретье."
    m1 = MentionSpan(1, "e1", "E1", 11, 31, None, None, None, [])
    m2 = MentionSpan(2, "e2", "E2", 11, 31, None, None, None, [])
    paras = marks.article_paragraphs(text, [m1, m2], [[0, 10]])
    assert len(paras) == 3
    assert paras[0][0].excluded and paras[0][0].text == "Меню сайта"
    first = paras[1][0]
    assert first.mention is m1 and first.anchors == [1, 2]
    assert "".join(p.text for para in paras for p in para) == text.replace("\n", "")


def test_ics_escapes_and_folds_through_the_library() -> None:
    """icalendar writes the text: escaped TEXT values, <=75-octet lines, whole characters."""
    import datetime as dt
    from types import SimpleNamespace

    title = "Переговоры, встреча; итог\\ " * 6
    e = SimpleNamespace(
        id="x",
        title=title,
        type="talks",
        planned=False,
        status="cancelled",
        date_start=dt.date(2025, 3, 1),
        date_end=dt.date(2025, 3, 2),
    )
    text = ics.calendar([e], base_url="http://h/", describe={"x": "d"})  # type: ignore[list-item]
    parts = text.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    unfolded = text.replace("\r\n ", "")
    assert (
        "SUMMARY:" + title.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;") in unfolded
    )
    assert "STATUS:CANCELLED" in unfolded and "DTEND;VALUE=DATE:20250303" in unfolded
