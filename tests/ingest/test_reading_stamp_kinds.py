"""Publication dates of page layouts not seen before (issue 11): which stamp of a line is the
publication (a label says so), a site's today above a ticker with a heading, a dateline
carrying its hour. Lines written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.reading import parse_layout

D = date.fromisoformat
TITLE = "Послы обсудили продление визового соглашения"
LEAD = "Стороны договорились продолжить консультации и обменялись проектами документов."

# (text, published, published_how, partial)
STAMPS: list[tuple[str, str | None, str, tuple[int, int] | None]] = [
    # a line with two labelled stamps: the publication's, not the later edit's
    (
        f"Вестник\nМир | Азия\nОпубликовано 05.03.2021 09:10 • Изменено 06.03.2021 11:00\n"
        f"{TITLE}\nИван Петров\n\n{LEAD}",
        "2021-03-05",
        "header",
        None,
    ),
    (
        f"Вестник\nUpdated 07.04.2022 18:30 | Posted 06.04.2022 08:05\n{TITLE}\n\n{LEAD}",
        "2022-04-06",
        "header",
        None,
    ),
    (
        f"Вестник\nОбновлено 09.11.2020 12:00 · Дата публикации 08.11.2020 10:00\n"
        f"{TITLE}\n\n{LEAD}",
        "2020-11-08",
        "header",
        None,
    ),
    # English CMS labels, one a line: the later edit is neither the date nor the headline
    (
        f"Вестник\nPosted 28 мая 2019, 08:59\nModified 30 марта, 15:13\n{TITLE}\n\n{LEAD}",
        "2019-05-28",
        "header",
        None,
    ),
    (
        f"Вестник\nModified 30.05.2019 10:00\nPosted 28.05.2019 08:59\n{TITLE}\n\n{LEAD}",
        "2019-05-28",
        "header",
        None,
    ),
    (
        f"Вестник\nИзменено 30.05.2019 10:00\n{TITLE}\nМосква, 28 мая 2019 — ИА Вестник. {LEAD}",
        "2019-05-28",
        "dateline",
        None,
    ),
    # one stamp only, labelled as an edit: still the page's date (the only one it gives)
    (f"{TITLE}\nОбновлено: 3 ФЕВ 2021, 15:10\n\n{LEAD}", "2021-02-03", "header", None),
    # a later edit in brackets after the stamp; a doubled comma of a CMS
    (
        f"Вестник\n14:05 06.12.2024 (обновлено: 15:10 06.12.2024)\n{TITLE}\n\n{LEAD}",
        "2024-12-06",
        "header",
        None,
    ),
    (f"Вестник\n30.05.2022 (обновлено 13:20)\n{TITLE}\n\n{LEAD}", "2022-05-30", "header", None),
    (f"{TITLE}\nPosted 28 мая 2019,, 08:59\n\n{LEAD}", "2019-05-28", "header", None),
    # a bracket that is not an edit stamp is no stamp
    (f"{TITLE}\n14:05 06.12.2024 (фото)\n\n{LEAD}", None, "unknown", None),
    # a site's clock bar (the weekday's abbreviation after the date) is neither the stamp
    # nor the headline
    (f"Вестник\n26 Янв 2026, Пн\nДата:\nПоделиться:\n{TITLE}\n\n{LEAD}", None, "unknown", None),
    (
        f"Вестник\n26 Янв 2026, Пн\n{TITLE}\nДата: 04.09.2024 10:15\n\n{LEAD}",
        "2024-09-04",
        "header",
        None,
    ),
    # a rubric and the stamp with a comma before the year, on one line
    (f"Вестник\nАзия 05 августа, 2022 / 15:23\n{TITLE}\n\n{LEAD}", "2022-08-05", "header", None),
    # a tag list printed twice above the headline is neither the headline nor a stamp
    (
        f"Иван Петров Казань Вестник политика Иван Петров Казань Вестник политика\n"
        f"{TITLE}\n\n{LEAD}\n\nDMCA",
        None,
        "unknown",
        None,
    ),
    # a site's today above its ticker, the ticker under a heading: the article's stamp wins
    (
        f"Казань\n14 мая 2022 / 10:00\nКурсы валют\nUSD 14/05 70.1234 +0.1\n"
        f"EUR 14/05 74.5678 -0.2\nМир\n{TITLE}\n3 марта 2021 / 18:20\n\n{LEAD}",
        "2021-03-03",
        "header",
        None,
    ),
    (
        f"Пятница, 14 мая 2022\nПогода\n+18 °C\n{TITLE}\n02.03.2021 12:00\n\n{LEAD}",
        "2021-03-02",
        "header",
        None,
    ),
    # ... but a date line above a heading with no ticker under it is a stamp
    (f"14 мая 2022 / 10:00\nМир\n{TITLE}\n\n{LEAD}", "2022-05-14", "header", None),
    # a release's hour alone and its code of number and date (DD-MM-YYYY)
    (f"Вестник\nНовости\n12:06\n1598-03-08-2022\n{TITLE}\n\n{LEAD}", "2022-08-03", "header", None),
    (f"Вестник\n№ 77-11-02-2021 09:30\n{TITLE}\n\n{LEAD}", "2021-02-11", "header", None),
    # without the hour a dashed number is not read; nor an hour without a code
    (f"Вестник\n1598-03-08-2022\n{TITLE}\n\n{LEAD}", None, "unknown", None),
    (f"Вестник\n12:06\n{TITLE}\n\n{LEAD}", None, "unknown", None),
    (f"Вестник\n12:06\n1598-33-08-2022\n{TITLE}\n\n{LEAD}", None, "unknown", None),
    # an agency dateline with its year and hour opening the first paragraph
    (
        f"{TITLE}\nКазань, 14 мая 2022, 09:45 — ИА Вестник. {LEAD}",
        "2022-05-14",
        "dateline",
        None,
    ),
    (f"{TITLE}\nОмск, 3 апреля, 11:20 — ИА Вестник. {LEAD}", None, "dateline", (3, 4)),
    (f"{TITLE}\nОмск. 3 апреля 2020 года, 11:20. /ТАСС/. {LEAD}", "2020-04-03", "dateline", None),
    # pictographs for labels: a calendar before the date, a clock before the hour
    (f"{TITLE}\n\U0001f4c5 12.09.2011    \U0001f550 10:05\n\n{LEAD}", "2011-09-12", "header", None),
    (
        f"Вестник\n\U0001f5d3\ufe0f 3 марта 2016, 18:40\n{TITLE}\n\n{LEAD}",
        "2016-03-03",
        "header",
        None,
    ),
    # the stamp with its hour, then the page's furniture: rubric and byline, counters,
    # reading time, the day's name
    (
        f"{TITLE}\n14 апр. 2019, 10:05 | Общество | Анна Смирнова\n\n{LEAD}",
        "2019-04-14",
        "header",
        None,
    ),
    (
        f"{TITLE}\n07.02.2018 16:45 | 2 310 просмотров | 4 комментария\n\n{LEAD}",
        "2018-02-07",
        "header",
        None,
    ),
    (
        f"{TITLE}\n11.09.2017 08:30 · Редакция · 2 мин. чтения\n\n{LEAD}",
        "2017-09-11",
        "header",
        None,
    ),
    (f"{TITLE}\n3 июня 2015 18:20 Среда\n\n{LEAD}", "2015-06-03", "header", None),
    # a newspaper's issue line, and the outlet before the date after «//»
    (f"Вестник\n№ 12 (431) от 5 апреля 2016 года\n{TITLE}\n\n{LEAD}", "2016-04-05", "header", None),
    (f"Вестник\nN°77, 19 мая 2014\n{TITLE}\n\n{LEAD}", "2014-05-19", "header", None),
    (f"Вестник // 19.05.2014\n{TITLE}\n\n{LEAD}", "2014-05-19", "header", None),
    # the issue number, a bar, the date and its weekday; a weekly's issue of a week, which
    # went out on the week's first day (within a month, or across two)
    (
        f"ВЕСТНИК\n№ 58 (812) | 14 апреля 2004 года | Среда\n{TITLE}\n\n{LEAD}",
        "2004-04-14",
        "header",
        None,
    ),
    (f"ВЕСТНИК\n№31 (640), 9–15 августа 2004\n{TITLE}\n\n{LEAD}", "2004-08-09", "header", None),
    (
        f"ВЕСТНИК\n№ 48 (702), 29 ноября – 5 декабря 2004\n{TITLE}\n\n{LEAD}",
        "2004-11-29",
        "header",
        None,
    ),
    # a bar and a date, then a place, not a weekday: no issue stamp
    (f"Вестник\n№ 5 | 12 мая 2002 | Москва\n{TITLE}\n\n{LEAD}", None, "unknown", None),
    # an hour in a line announcing a meeting is no stamp
    (f"{TITLE}\n12 мая в 13:00 | Анонс\n\n{LEAD}", None, "unknown", None),
]


@pytest.mark.parametrize(("text", "published", "how", "partial"), STAMPS)
def test_stamp_kinds(
    text: str, published: str | None, how: str, partial: tuple[int, int] | None
) -> None:
    lay = parse_layout(text)
    assert (lay.published, lay.published_how, lay.partial_date) == (
        D(published) if published else None,
        how,
        partial,
    )
    assert lay.title == TITLE
    assert LEAD in text  # the lead stays body: only the stamp or dateline is furniture
    start = text.index(LEAD)
    assert all(b <= start or a >= start + len(LEAD) for a, b in lay.excluded)


# ------------------------------------------------------------------ a weekday and the year

TODAY = D("2026-11-27")
PAST_2016 = "Последний раз министры встречались в Риме в октябре 2016 года."
PAST_2019 = "Последний раз министры встречались в Риме в сентябре 2019 года."

# (text, day, month, weekday (0 = Monday), today, expected)
WEEKDAY_YEARS: list[tuple[str, int, int, int, str, str | None]] = [
    # Friday 6 December after 2016: 2019 and 2024 both fit, nothing settled
    (PAST_2016, 6, 12, 4, "2026-11-27", None),
    # Friday 30 August after September 2019: 2024 alone up to the reading day
    (PAST_2019, 30, 8, 4, "2026-11-27", "2024-08-30"),
    # ... read in 2031, 2030 fits too
    (PAST_2019, 30, 8, 4, "2031-01-15", None),
    # Monday 6 December after 2016, read in 2022: 2021 alone
    (PAST_2016, 6, 12, 0, "2022-06-01", "2021-12-06"),
    # a bound from a future happening counts too: before a summit of March 2020 or 2025
    (PAST_2016 + " Новый саммит пройдёт в марте 2020 года.", 6, 12, 4, "2026-11-27", "2019-12-06"),
    (PAST_2016 + " Новый саммит пройдёт в марте 2025 года.", 6, 12, 4, "2026-11-27", None),
]


@pytest.mark.parametrize(("text", "day", "month", "weekday", "today", "expected"), WEEKDAY_YEARS)
def test_weekday_gives_the_year_only_when_one_fits(
    text: str, day: int, month: int, weekday: int, today: str, expected: str | None
) -> None:
    from app.ingest.dates import infer_publication_date

    got = infer_publication_date(text, day, month, weekday, D(today))
    assert got == (D(expected) if expected else None)


# An agency lead names the day of its news by a weekday; a future happening's weekday in
# the same sentence is a later day. (lead, background, expected)
LEADS: list[tuple[str, str, str | None]] = [
    (
        "Глава МИД в понедельник отправится в Рим, сообщил в пятницу его представитель.",
        PAST_2019,
        "2024-08-30",
    ),
    ("Глава МИД в пятницу провёл переговоры с коллегой в Риме.", PAST_2019, "2024-08-30"),
    # the future weekday alone names no day of the news: the year as for a dateline
    # without one (the first day-month after the latest past happening, not a Monday 2021)
    (
        "Глава МИД в понедельник отправится в Рим, сообщил его представитель.",
        PAST_2019,
        "2020-08-30",
    ),
]


@pytest.mark.parametrize(("lead", "background", "expected"), LEADS)
def test_lead_weekday_of_the_telling(lead: str, background: str, expected: str | None) -> None:
    from app.ingest.article import prepare
    from app.ingest.reading import Source, read_source

    text = f"{TITLE}\n\nМосква. 30 августа. INTERFAX.RU - {lead}\n\n{background}\n"
    raw = read_source(
        Source(path="/x/a.txt", file="a.txt", kind="txt", text=text, encoding="utf-8")
    )
    assert raw.partial_date == (30, 8)
    art = prepare(raw, today=TODAY)
    assert art.published == (D(expected) if expected else None)


def _release(stamp: str, related: str = "") -> str:
    return (
        f"<html><head><title>{TITLE} - Вестник</title></head><body>"
        "<div class='header'>Вестник | Версия для слабовидящих</div>"
        "<nav><a>Главная</a> » <a>Новости</a></nav>"
        f"<article>{stamp}<h1>{TITLE}</h1><p>{LEAD} {LEAD}</p><p>{LEAD}</p></article>"
        f"{related}<footer>© 2022 Вестник</footer></body></html>"
    )


# Other items' stamps in a related block under the article (an AMP page's «Читайте также»).
RELATED = (
    "<section><h3>Читайте также</h3><ul><li>08:40 03/08/2022 <a>Другая новость дня</a></li>"
    "<li>19:15 02/08/2022 <a>Ещё одна новость</a></li></ul></section>"
)


# (the page's stamp markup above the headline, expected)
RELEASES: list[tuple[str, str | None]] = [
    ("<div class='date'>12:06</div><div class='num'>1598-03-08-2022</div>", "2022-08-03"),
    ("<div class='num'>1598-03-08-2022</div><div class='date'>12:06</div>", "2022-08-03"),
    ("<div class='num'>1598-03-08-2022</div>", None),
    ("<div class='date'>12:06</div>", None),
]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # a stamp with its year right above the headline, other items' stamps further down
        ("<div class='date'>12:06 03/08/2022</div>", "2022-08-03"),
        ("<div class='date'>3 августа 2022, 12:06</div>", "2022-08-03"),
    ],
)
def test_html_stamp_above_the_headline(stamp: str, expected: str) -> None:
    from app.ingest.reading import Source, read_source

    # a body long enough that main-text extraction leaves the stamp's line out
    body = "".join(f"<p>{n}. {LEAD} {LEAD} {LEAD}</p>" for n in range(6))
    page = _release(stamp, RELATED).replace(f"<p>{LEAD}</p>", body)
    src = Source(path="/x/a.html", file="a.html", kind="html", text=page, encoding="utf-8")
    raw = read_source(src)
    assert raw.published == D(expected)


@pytest.mark.parametrize(("stamp", "expected"), RELEASES)
def test_html_release_code_above_the_headline(stamp: str, expected: str | None) -> None:
    from app.ingest.reading import Source, read_source

    src = Source(
        path="/x/a.html", file="a.html", kind="html", text=_release(stamp), encoding="utf-8"
    )
    raw = read_source(src)
    assert raw.published == (D(expected) if expected else None)
    assert raw.published_how == ("header" if expected else "unknown")


@pytest.mark.parametrize(
    ("line", "doubled"),
    [
        ("Лавров Мьянма Нейпьидо политика Лавров Мьянма Нейпьидо политика", True),
        ("Россия Китай визит Россия Китай визит", True),
        ("Россия Китай Россия Китай", False),  # too short to tell from a headline
        ("Лавров Мьянма Нейпьидо политика Лавров Мьянма Нейпьидо", False),
        ("Путин и Си обсудили торговлю, Путин и Си обсудили торговлю", False),
    ],
)
def test_a_line_printed_twice_is_furniture(line: str, doubled: bool) -> None:
    text = f"{line}\n{TITLE}\n\n{LEAD}\n"
    lay = parse_layout(text)
    if doubled:
        assert lay.title == TITLE
    assert any(a <= 0 and len(line) <= b for a, b in lay.excluded) is doubled


def test_a_word_and_a_day_month_alone_is_a_headline() -> None:
    """A rubric before a stamp with a space only needs the stamp's year or hour."""
    lay = parse_layout(f"Парад 9 мая\n\n{LEAD}\n")
    assert (lay.title, lay.published, lay.partial_date) == ("Парад 9 мая", None, None)


@pytest.mark.parametrize(
    "dateline",
    [
        "МОСКВА, 30 авг — РИА Новости.",
        "Москва. 30 августа. INTERFAX.RU -",
        "РИМ, 30 августа. /ТАСС/.",
    ],
)
def test_lead_weekday_after_the_agency_credit(dateline: str) -> None:
    """The lead starts after the dateline's agency credit («— РИА Новости.»): its weekday
    is read there, not in the credit taken for a sentence of its own."""
    from app.ingest.article import prepare
    from app.ingest.reading import Source, read_source

    lead = "Глава МИД в пятницу провёл переговоры с коллегой в Риме."
    text = f"{TITLE}\n\n{dateline} {lead}\n\n{PAST_2019}\n"
    raw = read_source(
        Source(path="/x/a.txt", file="a.txt", kind="txt", text=text, encoding="utf-8")
    )
    assert raw.partial_date == (30, 8)
    assert prepare(raw, today=TODAY).published == D("2024-08-30")
