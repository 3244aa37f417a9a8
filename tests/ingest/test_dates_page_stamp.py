"""Publication dates a page states outside the usual stamp places (issue 11): a labelled
stamp at the end, a stamp glued to the headline, the body's own place dateline; and what is
never one (a currency block's date, a copyright year, an unlabelled related item's date).
Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.article import prepare
from app.ingest.dates.page_stamp import (
    body_dateline,
    head_stamp,
    headline_stamp,
    labelled_stamp,
    own_address_date,
    page_date,
    viewing_bar,
)
from app.ingest.dates.page_year import copyright_year, year_of_yearless_stamp
from app.ingest.reading import Source, read_source

D = date.fromisoformat
TITLE = "Министры обсудили поставки удобрений"
LEAD = "Стороны договорились продолжить консультации на уровне экспертов."

LABELLED: list[tuple[str, str | None]] = [
    # at the end of a weekly review, under its permanent address
    (
        f"{TITLE}\n\n{LEAD}\nАдрес новости: example.org/news/2021/04/12/x\n"
        "Опубликовано 12 апреля 2021 в 09:40",
        "2021-04-12",
    ),
    (f"{TITLE}\n{LEAD}\nДата публикации: 03.02.2018", "2018-02-03"),
    (f"{TITLE}\nОпубликовано: 7 июля 2022, 15:05\n{LEAD}", "2022-07-07"),
    # the page repeats its stamp: the same day twice is one answer
    (f"Опубликовано 5.06.2020\n{TITLE}\n{LEAD}\nОпубликовано 5.06.2020", "2020-06-05"),
    # two labels that disagree: no answer
    (f"Опубликовано 5.06.2020\n{TITLE}\n{LEAD}\nОпубликовано 9.06.2020", None),
    # no label: an edit, a copyright range, a related item's date, a rates bar
    (f"{TITLE}\n{LEAD}\nОбновлено 12 апреля 2021 в 09:40", None),
    (f"{TITLE}\n{LEAD}\n© Вестник 2001-2021", None),
    (f"{TITLE}\n{LEAD}\nЧитайте также\n11.04.2021 Министр прибыл в столицу", None),
    (f"Курсы валют на 12.04.2021\n{TITLE}\n{LEAD}", None),
    # the label inside a sentence of the body is no stamp line
    (f"{TITLE}\nДокумент опубликован 3 мая 2019 года на сайте министерства.", None),
]


@pytest.mark.parametrize(("text", "want"), LABELLED)
def test_labelled_stamp(text: str, want: str | None) -> None:
    assert labelled_stamp(text) == (D(want) if want else None)


HEADLINE: list[tuple[str, str | None]] = [
    # a rubric and a stamp glued to the headline, which the next line repeats
    (f"Поиск\nРоссия 14/09/2020 {TITLE}\n\n{TITLE}\n\n{LEAD}", "2020-09-14"),
    (f"Экономика 02.03.2017 {TITLE}\n{TITLE}\n{LEAD}", "2017-03-02"),
    (f"Политика 21 мая 2018 {TITLE}\n{TITLE}\n{LEAD}", "2018-05-21"),
    # under a currency block: its date is the rates' day, never the article's
    (
        f"Курсы валют от 14/09/2020\n$1 – 74.12\n€1 – 88.03\n"
        f"Россия 15/09/2020 {TITLE}\n\n{TITLE}\n{LEAD}",
        "2020-09-15",
    ),
    (f"Курсы валют от 14/09/2020\n$1 – 74.12\n\n{TITLE}\n{LEAD}", None),
    # a dated line whose text is not the headline printed again: a related item
    (f"{TITLE}\n{LEAD}\nРоссия 14/09/2020 Делегация вернулась из поездки", None),
]


@pytest.mark.parametrize(("text", "want"), HEADLINE)
def test_headline_stamp(text: str, want: str | None) -> None:
    assert headline_stamp(text) == (D(want) if want else None)


DATELINES: list[tuple[str, str | None]] = [
    (f"{TITLE}\n\n(Женева, 4 ноября 2019 года)\n\n{LEAD}", "2019-11-04"),
    (f"{TITLE}\nБрюссель, 18 февраля 2021 г. — {LEAD}", "2021-02-18"),
    (f"{TITLE}\nНью-Йорк, 2 октября 2017 года. {LEAD}", "2017-10-02"),
    # a date inside the body's sentences is an event's, not a dateline
    (f"{TITLE}\n{LEAD}\nВ Женеве 4 ноября 2019 года прошла встреча.", None),
    # too deep in the body: a quoted document's heading, not the page's dateline
    (f"{TITLE}\n{LEAD}\n{LEAD}\n{LEAD}\n(Женева, 4 ноября 2019 года)", None),
    # an unclosed bracket reads as a parenthesis of a sentence
    (f"{TITLE}\n(Женева, 4 ноября 2019 года, по местному времени", None),
]


@pytest.mark.parametrize(("text", "want"), DATELINES)
def test_body_dateline(text: str, want: str | None) -> None:
    assert body_dateline(text, TITLE) == (D(want) if want else None)


def test_page_date_keeps_an_agency_day() -> None:
    """An agency dateline's day and month are the article's: a labelled stamp of another
    day (a reprint's) is not taken, and one of the same day gives the year."""
    text = f"{TITLE}\n{LEAD}\nОпубликовано 12 апреля 2021 в 09:40"
    assert page_date(text, TITLE, (13, 4), "dateline") is None
    found = page_date(text, TITLE, (12, 4), "dateline")
    assert found is not None and found.published == D("2021-04-12")
    assert page_date(f"{TITLE}\n{LEAD}", TITLE, None, "unknown") is None


@pytest.mark.parametrize(
    ("text", "want", "how"),
    [
        (
            f"Меню\n\n{TITLE}\n\nВ среду {LEAD.lower()}\n"
            "Постоянный адрес: example.org/ru/news/x\nОпубликовано 12 апреля 2021 в 09:40",
            "2021-04-12",
            "header",
        ),
        (
            f"Курсы валют от 14/09/2020\n$1 – 74.12\nПоиск\nРоссия 15/09/2020 {TITLE}\n\n"
            f"{TITLE}\n\nМосква (Вестник) -- {LEAD}",
            "2020-09-15",
            "header",
        ),
        (f"{TITLE}\n\n(Женева, 4 ноября 2019 года)\n\n{LEAD}", "2019-11-04", "dateline"),
        # nothing dated on the page: none (a currency day is not the article's)
        (f"Курсы валют от 14/09/2020\n$1 – 74.12\n\n{TITLE}\n\n{LEAD}", None, "unknown"),
    ],
)
def test_prepared_article(text: str, want: str | None, how: str) -> None:
    src = Source(path="/x/a.txt", file="a.txt", kind="txt", text=text, encoding="utf-8")
    art = prepare(read_source(src))
    assert (art.published, art.published_how) == (D(want) if want else None, how)


# --------------------------------------------------------------- a stamp without its year

BODY = "Делегации обсудили проект резолюции и договорились продолжить работу."

YEARLESS: list[tuple[str, tuple[int, int], str | None]] = [
    # the stamp's hour without a year, the copyright range ends in the page's year
    (
        f"<div>4 АПР, 11:20</div><p>{BODY}</p><footer>© Агентство 2001-2018</footer>",
        (4, 4),
        "2018-04-04",
    ),
    (f"<span>4 апреля в 11:20</span><p>{BODY}</p><p>&copy; 2018 Вестник</p>", (4, 4), "2018-04-04"),
    # a stamp with its year is not this rule's (the layout reads it)
    (
        f"<div>4 апр 2016, 11:20</div><p>{BODY}</p><footer>© Агентство 2001-2018</footer>",
        (4, 4),
        None,
    ),
    # no hour: a day and month alone are no stamp
    (f"<div>4 апреля</div><p>{BODY}</p><footer>© Агентство 2001-2018</footer>", (4, 4), None),
    # the stamp's day is not the dateline's
    (f"<div>5 АПР, 11:20</div><p>{BODY}</p><footer>© Агентство 2001-2018</footer>", (4, 4), None),
    # a copyright year alone dates nothing
    (f"<p>{BODY}</p><footer>© Агентство 2001-2018</footer>", (4, 4), None),
    # two copyright lines of different years: which year the page was made is unclear
    (
        f"<div>4 АПР, 11:20</div><p>{BODY}</p><p>© 2017 Фото</p><footer>© 2018</footer>",
        (4, 4),
        None,
    ),
]


@pytest.mark.parametrize(("page", "day_month", "want"), YEARLESS)
def test_year_of_yearless_stamp(page: str, day_month: tuple[int, int], want: str | None) -> None:
    assert year_of_yearless_stamp(page, BODY, *day_month) == (D(want) if want else None)


def test_yearless_stamp_disagreeing_with_the_text() -> None:
    """The text tells of a later past happening: the copyright year is not the stamp's."""
    page = f"<div>4 АПР, 11:20</div><p>{BODY}</p><footer>© Агентство 2001-2018</footer>"
    later = "В мае 2019 года делегации уже встречались в Вене."
    assert year_of_yearless_stamp(page, later, 4, 4) is None


def test_copyright_year() -> None:
    assert copyright_year("<footer>Copyright © 2005–2021 Вестник</footer>") == 2021
    assert copyright_year("<footer>Все права защищены</footer>") is None


def test_html_page_with_a_yearless_stamp() -> None:
    html = (
        "<html><head><title>Совбез не принял проект резолюции</title></head><body><article>"
        "<div class='date'>4 АПР, 11:20</div><h1>Совбез не принял проект резолюции</h1>"
        f"<p>ЖЕНЕВА, 4 апреля. /Агентство/. {BODY} Проект поддержали девять членов совета, "
        "но его заблокировали два постоянных члена.</p>"
        "<p>Постпред пообещал внести новый текст после консультаций с партнерами.</p>"
        "</article><footer>© Агентство 2001-2018</footer></body></html>"
    )
    src = Source(path="/x/a.html", file="a.html", kind="html", text=html, encoding="utf-8")
    raw = read_source(src)
    assert (raw.published, raw.published_how) == (D("2018-04-04"), "header")


# ------------------------------------- more labels, head stamps, own address

MORE_LABELS: list[tuple[str, str | None]] = [
    # the label of common site engines, with the hour after «в»
    (f"{TITLE}\nДобавлено: 09 июн 2017 в 13:45\n\n{LEAD}", "2017-06-09"),
    (f"{TITLE}\n\n{LEAD}\n\nРазмещено: 22.10.2016", "2016-10-22"),
    (f"{TITLE}\n\n{LEAD}\n\nДата создания: 22.10.2016 08:30", "2016-10-22"),
    # a later edit on the same line does not replace the publication's day
    (f"{TITLE}\nДата публикации: 22.10.2016 Обновлено: 24.10.2016\n{LEAD}", "2016-10-22"),
    # «Добавлено» without a date (a bookmark button) gives nothing
    (f"{TITLE}\nДобавлено в избранное\n{LEAD}", None),
]


@pytest.mark.parametrize(("text", "want"), MORE_LABELS)
def test_more_publication_labels(text: str, want: str | None) -> None:
    assert labelled_stamp(text) == (D(want) if want else None)


HEAD_STAMPS: list[tuple[str, str | None]] = [
    (f"{TITLE}\n2016-10-22 08:30 |\n{LEAD}", "2016-10-22"),
    (f"2016-3-7 18:05\n{TITLE}\n{LEAD}", "2016-03-07"),
    (f"{TITLE}\n22 октября 2016 | Политика\n{LEAD}", "2016-10-22"),
    (f"{TITLE}\n22.10.2016, 08:30 · В мире\n{LEAD}", "2016-10-22"),
    # a date with its hour alone on its line, under a weather bar
    (f"Город: +5°C, ясно\n14.03.2017 09:15\n{TITLE}\n{LEAD}", "2017-03-14"),
    (f"Город: +5°C, ясно\n14 марта 2017, 09:15\n{TITLE}\n{LEAD}", "2017-03-14"),
    # a date with no hour is no such stamp
    (f"Город: +5°C, ясно\n14.03.2017\n{TITLE}\n{LEAD}", None),
    # a date with its hour and furniture under a site's menus
    (
        f"Вестник — vestnik.ru\nМы в соцсетях:\nГлавная Новости Фото\n{TITLE}\n"
        f"14 марта 2017 09:15 Вторник\n{LEAD}",
        "2017-03-14",
    ),
    (f"Главная Новости Фото\n{TITLE}\n14.03.2017 09:15 | 512 просмотров\n{LEAD}", "2017-03-14"),
    # an edit's stamp is not the publication
    (f"{TITLE}\nОбновлено 14.03.2017 09:15 | Политика\n{LEAD}", None),
    # a year-first date inside a sentence, or a date followed by a sentence, is no stamp line
    (f"{TITLE}\nДоговор от 2016-10-22 вступил в силу.\n{LEAD}", None),
    (f"{TITLE}\n22 октября 2016 | Министр прибыл в столицу с визитом.\n{LEAD}", None),
    # below the head: a list of dated items at the end of a long page
    ("\n".join([TITLE] + [LEAD] * 16 + ["2016-10-22 08:30 |"]), None),
]


@pytest.mark.parametrize(("text", "want"), HEAD_STAMPS)
def test_head_stamp(text: str, want: str | None) -> None:
    assert head_stamp(text) == (D(want) if want else None)


OWN_ADDRESS: list[tuple[str, str | None]] = [
    (
        f"{TITLE}\n{LEAD}\nПостоянный адрес новости: example.org/ru/news/2016/10/22/talks",
        "2016-10-22",
    ),
    (
        f"{TITLE}\n{LEAD}\nСсылка на материал: https://example.org/2016-10-22/1234-talks",
        "2016-10-22",
    ),
    # a link to another page is not the page's own address
    (f"{TITLE}\n{LEAD}\nПодробнее: https://example.org/2016/10/22/talks", None),
    (f"{TITLE}\n{LEAD}\nИсточник: https://example.org/2016/10/22/talks", None),
    # an address without a day
    (f"{TITLE}\n{LEAD}\nПостоянный адрес новости: example.org/ru/news/talks-1234", None),
]


@pytest.mark.parametrize(("text", "want"), OWN_ADDRESS)
def test_own_address_date(text: str, want: str | None) -> None:
    assert own_address_date(text) == (D(want) if want else None)


YEARLESS_TXT: list[tuple[str, str | None]] = [
    # a plain-text page: the stamp's hour under the headline, the copyright in the footer
    (
        f"{TITLE}\n4 апреля, 11:20\n\n{BODY}\n{LEAD}\n\n© Вестник, 2003–2018. Все права защищены.",
        "2018-04-04",
    ),
    # an agency dateline of the same day and a stamp with its hour above it
    (
        f"{TITLE}\n4 апр, 11:20\n\nЖЕНЕВА, 4 апреля. /Агентство/. {BODY}\n{LEAD}\n\n"
        "© Агентство 2001-2018",
        "2018-04-04",
    ),
    # the same day's hour only in a related item's brackets, below the text: no stamp
    (
        f"{TITLE}\n\nЖЕНЕВА, 4 апреля. /Агентство/. {BODY}\n{LEAD}\n"
        "Делегации прибыли в Женеву (4 апреля, 08:10)\n\n© Агентство 2001-2018",
        None,
    ),
    # a dateline and a copyright, no stamp: the year stays unknown
    (f"{TITLE}\n\nЖЕНЕВА, 4 апреля. /Агентство/. {BODY}\n\n© Агентство 2001-2018", None),
]


@pytest.mark.parametrize(("text", "want"), YEARLESS_TXT)
def test_yearless_stamp_on_a_plain_page(text: str, want: str | None) -> None:
    src = Source(path="/x/a.txt", file="a.txt", kind="txt", text=text, encoding="utf-8")
    art = prepare(read_source(src))
    assert art.published == (D(want) if want else None)


def test_an_unlabelled_date_must_agree_with_the_text() -> None:
    """A feature opening with a dated scene is not dated by it when it tells of later years;
    a label is the page's word and stands."""
    scene = (
        f"{TITLE}\n\nЯлта, 4 февраля 1945 года. Три делегации собрались во дворце.\n"
        "В 2019 году историки опубликовали протоколы этой встречи."
    )
    assert body_dateline(scene, TITLE) == D("1945-02-04")
    assert page_date(scene, TITLE, None, "unknown") is None
    labelled = f"{scene}\nОпубликовано: 12.03.2020"
    found = page_date(labelled, TITLE, None, "unknown")
    assert found is not None and found.published == D("2020-03-12")


# --------------------------------------------------------------- a site's today bar

BARS: list[tuple[str, bool]] = [
    ("Вторник, 3 декабря", True),
    ("Суббота, 7 ноября 2026 г.", True),
    ("Сегодня: 7 ноября 2026", True),
    ("сегодня 7 ноября", True),
    # a stamp names its hour; a weekday in a sentence is no bar
    ("Суббота, 7 ноября 2026, 09:40", False),
    ("7 ноября 2026, 09:40", False),
    ("Во вторник, 3 декабря, министр прилетел в Рим.", False),
]


@pytest.mark.parametrize(("line", "want"), BARS)
def test_viewing_bar(line: str, want: bool) -> None:
    assert viewing_bar(line) is want


VIEWED: list[tuple[str, str | None]] = [
    # the site's today above the headline; the article's stamp with its hour under it
    (f"Суббота, 7 ноября 2026\nГлавная | Мир\n{TITLE}\n18.06.2018 14:05\n{LEAD}", "2018-06-18"),
    (f"Сегодня 7 ноября 2026 г.\n{TITLE}\n18 июня 2018, 14:05\n{LEAD}", "2018-06-18"),
    # the article's labelled stamp at the end
    (
        f"Суббота, 7 ноября 2026\n{TITLE}\n\n{LEAD}\n\nОпубликовано 18 июня 2018 в 14:05",
        "2018-06-18",
    ),
    # nothing else dated: the bar stays what the layout read (a weekday stamp with its year)
    (f"Суббота, 7 ноября 2026\n{TITLE}\n\n{LEAD}", "2026-11-07"),
    # a stamp with its hour is the article's own, never overruled
    (f"Суббота, 7 ноября 2026, 09:40\n{TITLE}\n\n{LEAD}\nОпубликовано 18 июня 2018", "2026-11-07"),
    # no stamp of its own, but a place dateline opening the body under the headline
    (f"Суббота, 7 ноября 2026\n{TITLE}\n\n(Рим, 18 июня 2018 года)\n\n{LEAD}", "2018-06-18"),
    (f"Среда, 5 марта 2025\n{TITLE}\n\n(Москва, 4 марта 2025 года)\n\n{LEAD}", "2025-03-04"),
    # a dateline the text's own dates contradict (a meeting told as past after it): a scene
    (
        f"Суббота, 7 ноября 2026\n{TITLE}\n\n(Рим, 18 июня 2018 года)\n\n"
        f"Министры встретились 3 марта 2020 года. {LEAD}",
        "2026-11-07",
    ),
]


@pytest.mark.parametrize(("text", "want"), VIEWED)
def test_article_stamp_over_a_today_bar(text: str, want: str | None) -> None:
    src = Source(path="/x/a.txt", file="a.txt", kind="txt", text=text, encoding="utf-8")
    art = prepare(read_source(src))
    assert art.published == (D(want) if want else None)


def test_html_yearless_stamp_without_a_dateline() -> None:
    """No dateline: the page's one yearless stamp above the text gives the day."""
    html = (
        "<html><head><title>Совбез не принял проект резолюции</title></head><body><article>"
        "<div class='date'>4 АПР, 11:20</div><h1>Совбез не принял проект резолюции</h1>"
        f"<p>{BODY} Проект поддержали девять членов совета, но его заблокировали.</p>"
        "<p>Постпред пообещал внести новый текст после консультаций с партнерами.</p>"
        "</article><footer>© Агентство 2001-2018</footer></body></html>"
    )
    src = Source(path="/x/a.html", file="a.html", kind="html", text=html, encoding="utf-8")
    assert read_source(src).published == D("2018-04-04")
    # the address's day comes first
    with_url = html.replace(
        "</title>", "</title><link rel='canonical' href='https://example.org/2017/04/04/un'>"
    )
    src = Source(path="/x/a.html", file="a.html", kind="html", text=with_url, encoding="utf-8")
    assert read_source(src).published == D("2017-04-04")


def test_an_edit_stamp_does_not_replace_a_today_bar() -> None:
    """An edit's stamp is not the publication's: the bar is left as the layout read it."""
    text = f"Суббота, 7 ноября 2026\n{TITLE}\nОбновлено: 9 ноября 2026, 10:30\n\n{LEAD}"
    src = Source(path="/x/a.txt", file="a.txt", kind="txt", text=text, encoding="utf-8")
    assert prepare(read_source(src)).published == D("2026-11-07")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Добавлено: 09 июн 2017 в 13:45 ,", "2017-06-09"),
        ("Опубликовано: 22.10.2016 | Просмотров: 310", "2016-10-22"),
        ("Опубликовано 22.10.2016 в рубрике «Экономика»", "2016-10-22"),
        ("Опубликовано: 13:45, 22.10.2016 · Вестник", "2016-10-22"),
        # the label without a full date
        ("Опубликовано: 22.10 в рубрике «Экономика»", None),
        ("Опубликовано в рубрике «Экономика»", None),
    ],
)
def test_labelled_stamp_with_more_on_its_line(line: str, want: str | None) -> None:
    assert labelled_stamp(f"{TITLE}\n{LEAD}\n{line}") == (D(want) if want else None)
