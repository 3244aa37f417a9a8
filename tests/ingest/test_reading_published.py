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
