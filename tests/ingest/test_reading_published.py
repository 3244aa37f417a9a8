"""Publication dates (issue 11): stamps in common formats, datelines after navigation lines,
relative stamps and a day-off header, the day in an address; and what is never one («дата
обращения», © ranges, dated «Читайте также» links). Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.reading import JsonlRecord, Source, parse_layout, read_source
from app.ingest.reading.urldate import date_from_url

D = date.fromisoformat
TITLE = "Главы МИД обсудили транзит зерна"
LEAD = "Министры обсудили маршруты поставок и договорились продолжить работу."

# (text, published, published_how, partial)
LAYOUTS: list[tuple[str, str | None, str, tuple[int, int] | None]] = [
    # stamps: with a year, numeric with a two-digit year, time first, without a year
    (f"{TITLE}\n7 марта 2024, 18:40\n{LEAD}", "2024-03-07", "header", None),
    (f"{TITLE}\n04.06.24, 11:05\n{LEAD}", "2024-06-04", "header", None),
    (f"{TITLE}\n17:45, 14 мая 2024\n{LEAD}", "2024-05-14", "header", None),
    (f"{TITLE}\n12 июля, 09:30\n{LEAD}", None, "inferred", (12, 7)),
    (f"{TITLE}\nОпубликовано: 3 дек. 2023 г., 08:15\n{LEAD}", "2023-12-03", "header", None),
    (f"{TITLE}\n09:12 | 21.11.2025\n{LEAD}", "2025-11-21", "header", None),
    # an outlet's name and a rubric above the stamp; a rubric before it on the same line
    (f"Вестник\nМир\n16.04.2021, 18:05\n\n{TITLE}\n{LEAD}", "2021-04-16", "header", None),
    (
        f"ИНФОРМБЮРО\nНовости\n11:32, 18 апреля 2023\n\n{TITLE}\n{LEAD}",
        "2023-04-18",
        "header",
        None,
    ),
    (f"Политика, 23 янв 2023, 14:36\nВестник\n\n{TITLE}\n{LEAD}", "2023-01-23", "header", None),
    (
        f"Вестник\nПолитика / Россия\n\n{TITLE}\n\n02.08.2024\n\n{LEAD}",
        "2024-08-02",
        "header",
        None,
    ),
    # a print issue's line gives the day the stamp leaves without a year
    (
        f"Вестник\nГазета «Вестник» №174 от 18.09.2023\n18 сен, 08:00\n\n{TITLE}\n{LEAD}",
        "2023-09-18",
        "header",
        None,
    ),
    (
        f"Газета «Вестник» №183 (7120) от 12.10.2021, стр. 6\nМировая политика\n\n{TITLE}\n{LEAD}",
        "2021-10-12",
        "header",
        None,
    ),
    # the stamp as the last segment of a header line, after a weekday
    (
        f"ВЕСТИ.ком :: В мире :: Пятница, 5 января 2024 г.\n\n{TITLE}\n{LEAD}",
        "2024-01-05",
        "header",
        None,
    ),
    (f"Вестник  Мир  04.11.2021, 14:32\n\n{TITLE}\n{LEAD}", "2021-11-04", "header", None),
    (f"Вестник — Мир — 14 мая 2024, 19:20\n{TITLE}\n\n{LEAD}", "2024-05-14", "header", None),
    (
        f"Вестник на русском | Политика | 07.03.2024\n{TITLE}\n\n{LEAD}",
        "2024-03-07",
        "header",
        None,
    ),
    # a view counter after the stamp; «Опубликован» without its ending
    (
        f"Вестник  Экономика\n13.06.2024 в 17:20, просмотров: 4210\n{TITLE}\n\n{LEAD}",
        "2024-06-13",
        "header",
        None,
    ),
    (
        f"Главная / Новости / Власть\n10.09.2024 12:40 2143\n{TITLE}\n\n{LEAD}",
        "2024-09-10",
        "header",
        None,
    ),
    (f"Политика\nОпубликован 12.06.2019 в 17:48\n{TITLE}\n\n{LEAD}", "2019-06-12", "header", None),
    # the outlet's name in brackets after the stamp
    (f"{TITLE}\n14 мая 2016, 10:20 [ «Вестник» ]\n\n{LEAD}", "2016-05-14", "header", None),
    (f"{TITLE}\n14.05.2016 10:20 (Вестник Недели)\n\n{LEAD}", "2016-05-14", "header", None),
    # a site's today next to a currency ticker is the viewing day, not a stamp
    (f"27 апреля 2024\nUSD 92.13 -0.37 EUR 98.71 -0.2\n{TITLE}\n\n{LEAD}", None, "unknown", None),
    # a stamp with its year under the text, when the top has none
    (
        f"Вестник - выпуск №157(9100)\n\n{TITLE}\n\n{LEAD}\n\n17.07.2023 18:20",
        "2023-07-17",
        "header",
        None,
    ),
    (f"{TITLE}\n17 июля, 09:30\n\n{LEAD}\n\n17.07.2023 18:20", "2023-07-17", "inferred", None),
    # ... but not a date under a list of links
    (
        f"{TITLE}\n\n{LEAD}\n\nЧитайте также:\nМинистры встретились в Баку\n12.05.2024",
        None,
        "unknown",
        None,
    ),
    # agency datelines, also after breadcrumb or menu lines
    (
        f"Главная / Политика / В мире\n{TITLE}\nМОСКВА, 3 июн — РИА Новости. {LEAD}",
        None,
        "dateline",
        (3, 6),
    ),
    (
        f"Новости | Политика | Общество\n{TITLE}\nАНКАРА, 3 июня. /ТАСС/. {LEAD}",
        None,
        "dateline",
        (3, 6),
    ),
    (
        f"Главная / Политика\n{TITLE}\nМосква. 3 июня. INTERFAX.RU - {LEAD}",
        None,
        "dateline",
        (3, 6),
    ),
    (
        f"Новости\nПолитика\nВ мире\nЭкономика\nОбщество\n{TITLE}\nБАКУ, 9 апреля. /ТАСС/. {LEAD}",
        None,
        "dateline",
        (9, 4),
    ),
    (f"{TITLE}\nАСТАНА, 2 октября 2025 — РИА Новости. {LEAD}", "2025-10-02", "dateline", None),
    # a crawler header and the article's own stamp: «Вчера»/«Сегодня» count from the header,
    # and the own stamp wins when it is a day off
    (f"date: 2024-05-14\n{TITLE}\nВчера, 14:10\n{LEAD}", "2024-05-13", "header", None),
    (f"date: 2024-05-14\n{TITLE}\nСегодня, 09:00\n{LEAD}", "2024-05-14", "header", None),
    (f"date: 2024-05-14\n{TITLE}\n22:05, позавчера\n{LEAD}", "2024-05-12", "header", None),
    (f"date: 2024-06-04\n{TITLE}\n3 июня 2024, 23:50\n{LEAD}", "2024-06-03", "header", None),
    (f"date: 2024-06-04\n{TITLE}\nАНКАРА, 3 июня. /ТАСС/. {LEAD}", "2024-06-03", "dateline", None),
    (f"date: 2025-01-01\n{TITLE}\n31 декабря, 23:40\n{LEAD}", "2024-12-31", "header", None),
    # farther apart: the header stands
    (f"date: 2024-06-04\n{TITLE}\n1 июня 2024, 10:00\n{LEAD}", "2024-06-04", "header", None),
    # never a publication date
    (f"{TITLE}\n{LEAD}\nДата обращения: 05.06.2025", None, "unknown", None),
    (f"{TITLE}\n{LEAD}\n© 2001–2025 Информационное агентство", None, "unknown", None),
    (
        f"{TITLE}\nЧитайте также: 12 мая 2025, Министры встретились в Баку\n{LEAD}",
        None,
        "unknown",
        None,
    ),
    (f"{TITLE}\nВчера\n{LEAD}", None, "unknown", None),
]


@pytest.mark.parametrize(("text", "published", "how", "partial"), LAYOUTS)
def test_layout_publication_date(
    text: str, published: str | None, how: str, partial: tuple[int, int] | None
) -> None:
    lay = parse_layout(text)
    assert (lay.published, lay.published_how, lay.partial_date) == (
        D(published) if published else None,
        how,
        partial,
    )


URLS: list[tuple[str | None, str | None]] = [
    ("https://news.example/2024/05/17/lavrov-talks", "2024-05-17"),
    ("https://news.example/world/17/05/2024/lavrov-talks.html", "2024-05-17"),
    ("https://news.example/news/2024-05-17/lavrov-talks", "2024-05-17"),
    ("https://news.example/20240517/lavrov-123456.html", "2024-05-17"),
    ("https://news.example/2024/5/7/talks", "2024-05-07"),
    ("https://news.example/news/2024/05/", None),  # an archive section, not a day
    ("https://news.example/politics/21456789", None),
    ("https://news.example/2024/02/30/talks", None),
    ("https://news.example/talks?date=2024-05-17", None),  # the query is not read
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url) == (D(expected) if expected else None)


def _jsonl(text: str, published: date | None = None, url: str | None = None) -> Source:
    rec = JsonlRecord(line=1, text=text, published=published, url=url)
    return Source(
        path="/x/a.jsonl", file="a.jsonl#L1", kind="jsonl", text=text, encoding="utf-8", record=rec
    )


RECORDS: list[tuple[str, str | None, str | None, str | None, str]] = [
    # (text, record published, url, expected published, expected how)
    (f"{TITLE}\n{LEAD}", None, "https://n.example/2024/05/17/a", "2024-05-17", "url"),
    (f"{TITLE}\n{LEAD}", "2024-05-18", "https://n.example/2024/05/17/a", "2024-05-18", "header"),
    (f"{TITLE}\nВчера, 14:10\n{LEAD}", "2024-05-18", None, "2024-05-17", "header"),
    (f"{TITLE}\n17 мая 2024, 23:55\n{LEAD}", "2024-05-18", None, "2024-05-17", "header"),
    (
        f"{TITLE}\nМОСКВА, 17 мая — РИА Новости. {LEAD}",
        "2024-05-18",
        None,
        "2024-05-17",
        "dateline",
    ),
    (f"{TITLE}\n10 мая 2024, 10:00\n{LEAD}", "2024-05-18", None, "2024-05-18", "header"),
    (
        f"МОСКВА, 17 мая — РИА Новости. {LEAD}",
        None,
        "https://n.example/20240517/a.html",
        "2024-05-17",
        "dateline",
    ),
    (f"{TITLE}\n{LEAD}", None, None, None, "unknown"),
]


@pytest.mark.parametrize(("text", "published", "url", "expected", "how"), RECORDS)
def test_record_and_own_stamp(
    text: str, published: str | None, url: str | None, expected: str | None, how: str
) -> None:
    raw = read_source(_jsonl(text, D(published) if published else None, url))
    assert (raw.published, raw.published_how) == (D(expected) if expected else None, how)


_BODY = "<p>" + f"{LEAD} " * 4 + "</p>"


def _page(head: str) -> str:
    return (
        f"<html><head><title>{TITLE}</title>{head}</head>"
        f"<body><article><h1>{TITLE}</h1>{_BODY}</article></body></html>"
    )


PAGES: list[tuple[str, str | None, str]] = [
    (
        '<meta property="article:published_time" content="2024-05-17T10:00:00+03:00">',
        "2024-05-17",
        "header",
    ),
    (
        '<link rel="canonical" href="https://news.example/2024/05/17/grain-talks">',
        "2024-05-17",
        "header",
    ),
    (
        '<meta property="og:url" content="https://news.example/world/20240517/grain.html">',
        "2024-05-17",
        "url",
    ),
    ("", None, "unknown"),
]


@pytest.mark.parametrize(("head", "expected", "how"), PAGES)
def test_html_meta_and_address(head: str, expected: str | None, how: str) -> None:
    src = Source(path="/x/a.html", file="a.html", kind="html", text=_page(head), encoding="utf-8")
    raw = read_source(src)
    assert (raw.published, raw.published_how) == (D(expected) if expected else None, how)


def test_html_stamp_under_the_headline() -> None:
    """Main-text extraction leaves the stamp out; it is read from the page under the title."""
    html = (
        f"<html><head><title>{TITLE}</title></head><body>"
        "<nav>Главная | Политика | Поиск</nav>"
        f"<article><h1>{TITLE}</h1><div class='time'>25 октября 2024, 16:45</div>"
        f"<div class='author'>Иван Петров</div>{_BODY}"
        "<div class='related'><a>Министры встретились в Баку</a> 12.05.2024</div>"
        "</article></body></html>"
    )
    src = Source(path="/x/a.html", file="a.html", kind="html", text=html, encoding="utf-8")
    raw = read_source(src)
    assert (raw.published, raw.published_how) == (D("2024-10-25"), "header")


# A yearless dateline takes its year from the page's own «Читайте также» list only when a
# link there is stamped 0-3 days before the dateline's day and month, in one year.
LINKED_YEAR: list[tuple[str, str | None]] = [
    ("Читайте также\n21:05 08.10.2023 Послы обсудили визовый режим", "2023-10-09"),
    ("Читайте также: 09.10.2023 Послы обсудили визовый режим", "2023-10-09"),
    # a link a month older says nothing about the year
    ("Читайте также\n21:05 08.09.2023 Послы обсудили визовый режим", None),
    # links of two years that both fit: nothing settled
    ("Читайте также\n08.10.2023 Послы встретились\n07.10.2022 Послы поспорили", None),
    # a date outside a link list is not read, nor a linked stamp after the dateline
    ("Дата просмотра страницы: 09.10.2023", None),
    ("Читайте также\n10.10.2023 Послы обсудили визовый режим", None),
]


@pytest.mark.parametrize(("tail", "expected"), LINKED_YEAR)
def test_yearless_dateline_year_from_links(tail: str, expected: str | None) -> None:
    from dataclasses import replace

    from app.ingest.article import prepare
    from tests.ingest.helpers import raw_article

    text = f"СОФИЯ, 9 окт — Вестник. {LEAD}\n\n{tail}"
    furniture = ((len(text) - len(tail), len(text)),)  # as the reader marks a link list
    raw = replace(
        raw_article(text, excluded=furniture),
        published_how="dateline",
        partial_date=(9, 10),
        date_span=(7, 12),
    )
    art = prepare(raw)
    assert art.published == (D(expected) if expected else None)


def _txt(text: str) -> Source:
    return Source(path="/x/a.txt", file="a.txt", kind="txt", text=text, encoding="utf-8")


MENU = "Политика | Экономика | В мире | Спорт"
ADDRESS = "https://news.example/2013/06/26/visit.html"
ADDRESS_LINES: list[tuple[str, str | None, str]] = [
    # (text, expected published, expected how): the page's own address opening the page,
    # after the site's name and its menu, or after a crawler header that has a date anyway
    (f"{ADDRESS}\n\n{TITLE}\n{LEAD}", "2013-06-26", "url"),
    (f"Новостной вестник\n{MENU}\n{ADDRESS}\n\n{TITLE}\n{LEAD}", "2013-06-26", "url"),
    (f" date 2013-06-27 Вестник\n{MENU}\n{ADDRESS}\n\n{TITLE}\n{LEAD}", "2013-06-27", "header"),
    # an address after the text has begun is a link the text cites, not the page's own
    (f"{TITLE}\n{LEAD}\n{ADDRESS}\n{LEAD}", None, "unknown"),
    # too far down the page's top to be its own
    (f"Вестник\n{MENU}\n{MENU}\n{MENU}\n{ADDRESS}\n\n{TITLE}\n{LEAD}", None, "unknown"),
]


@pytest.mark.parametrize(("text", "expected", "how"), ADDRESS_LINES)
def test_own_address_among_the_pages_top_lines(text: str, expected: str | None, how: str) -> None:
    raw = read_source(_txt(text))
    assert (raw.published, raw.published_how) == (D(expected) if expected else None, how)
