"""Publication stamps of saved pages: a stamp whose hour is followed by a place or a rubric
label, and a page that opens with its own address (the day read from the address)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.ingest.reading import iter_sources, parse_layout, read_source
from app.ingest.reading.stamp_line import timestamp

BODY = (
    "Министр иностранных дел провёл переговоры с коллегой. Стороны обсудили торговлю и "
    "обстановку в регионе.\n\nПо итогам встречи подписан меморандум о сотрудничестве.\n"
)


@pytest.mark.parametrize(
    ("line", "full", "partial"),
    [
        # an official transcript: the place after the hour
        ("14 марта 2021 года 12:30 Москва, Кремль", date(2021, 3, 14), None),
        ("3 июня 2022 года 17:05 Ново-Огарёво, Московская область", date(2022, 6, 3), None),
        ("9 октября 2020 года 11:00 Сочи", date(2020, 10, 9), None),
        # a rubric after the hour, with or without a separator
        ("11 апреля 2016, 20:41 • Новости дня", date(2016, 4, 11), None),
        ("8 ноября, 09:15Политика", None, (8, 11)),
        # headlines that only open with a day and an hour are not stamps
        ("15 мая в 13:00 Лавров встретится с Ваном", None, None),
        ("15 мая, 13:00 Лавров встретится с Ваном", None, None),
        ("15 мая 2021 года 13:00 министры проведут переговоры", None, None),
        ("15 мая в 13:00 министры провели переговоры.", None, None),
        ("15 мая 2021 года 13:00 Москва 2021", None, None),  # a digit in the label
    ],
)
def test_stamp_with_a_label_after_the_hour(
    line: str, full: date | None, partial: tuple[int, int] | None
) -> None:
    found = timestamp(line)
    if full is None and partial is None:
        assert found is None
    else:
        assert found is not None
        assert (found[0], found[1]) == (full, partial)


def test_transcript_stamp_with_place_under_the_headline() -> None:
    text = (
        "Президент России\nСобытия\n"
        "Переговоры с Президентом Республики Чили\n"
        "14 марта 2021 года 12:30 Москва, Кремль\n\n" + BODY
    )
    lay = parse_layout(text)
    assert lay.published == date(2021, 3, 14)
    assert lay.published_how == "header"


@pytest.mark.parametrize(
    ("address", "day"),
    [
        ("https://news.example.org/77123/2020-07-14/ministr-provel-peregovory", date(2020, 7, 14)),
        ("https://city-news.example.net/politics/2021/11/03/55120.html", date(2021, 11, 3)),
        ("http://example.com/articles/ministr-provel-peregovory", None),  # no day in it
    ],
)
def test_page_opening_with_its_address(tmp_path: Path, address: str, day: date | None) -> None:
    text = address + "\nМинистр провёл переговоры с коллегой\n\n" + BODY
    lay = parse_layout(text)
    assert lay.url == address
    assert address not in lay.title if lay.title else True
    start = text.index(address)
    assert any(a <= start and start + len(address) <= b for a, b in lay.excluded)
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    raw = read_source(next(iter(iter_sources([str(path)]))))
    assert raw.url == address
    assert raw.published == day
    assert raw.published_how == ("url" if day else "unknown")


def test_an_address_inside_the_body_is_not_the_page_address() -> None:
    text = "Министр провёл переговоры с коллегой\n\n" + BODY + "https://example.org/2020/01/02/x\n"
    assert parse_layout(text).url is None


@pytest.mark.parametrize(
    ("line", "full", "partial"),
    [
        # a portal retelling an agency: the stamp, then the source credited
        ("18 марта 2022,источник: РИА Новости", date(2022, 3, 18), None),
        ("5 октября 2021, Источник: Интерфакс", date(2021, 10, 5), None),
        ("11 июня 2020, 09:40, источник: ТАСС", date(2020, 6, 11), None),
        ("24 апреля · источник: ТАСС", None, (24, 4)),
        # a credit alone, or a credit before the date, is no stamp
        ("Источник: ТАСС", None, None),
        ("Источник: ТАСС, 18 марта 2022", None, None),
        # a sentence naming its source is no stamp line
        ("18 марта 2022 министры провели переговоры, источник: ТАСС", None, None),
        # a site engine's stamp: dashes, the hour, who posted it
        ("14-09-2016, 10:25. Разместил: Редакция", date(2016, 9, 14), None),
        ("14-09-2016, 10:25", date(2016, 9, 14), None),
        ("3-09-2016 Добавил: admin", date(2016, 9, 3), None),
        # dashes with a short year are no stamp (a score, a code)
        ("14-09-16, 10:25", None, None),
        ("Разместил: Редакция", None, None),
        ("14-09-2012", date(2012, 9, 14), None),
        ("07.03.2015 18:40 | Автор: П. Сидоров", date(2015, 3, 7), None),
        ("5 марта, 11:20. Добавила: Ольга", None, (5, 3)),
        # a range of days is no dashed stamp; nor a sentence with a date and a poster
        ("14-15 сентября", None, None),
        ("Встреча 14-09-2012 прошла в Москве. Разместил: Иван", None, None),
    ],
)
def test_stamp_followed_by_a_source_credit(
    line: str, full: date | None, partial: tuple[int, int] | None
) -> None:
    found = timestamp(line)
    if full is None and partial is None:
        assert found is None
    else:
        assert found is not None
        assert (found[0], found[1]) == (full, partial)


def test_credited_stamp_under_the_headline_dates_the_page() -> None:
    text = "Министр провёл переговоры с коллегой\n18 марта 2022,источник: ТАСС\n" + BODY
    lay = parse_layout(text)
    assert lay.published == date(2022, 3, 18)


def test_aggregator_page_stamped_with_its_poster() -> None:
    text = (
        "ПОРТАЛ > Политика > Министры встретились\n\n"
        "Министры встретились в Вене\n\n"
        "14-09-2012, 10:25. Разместил: Редакция портала\n\n" + BODY
    )
    assert parse_layout(text).published == date(2012, 9, 14)


def test_site_engine_stamp_under_the_headline_dates_the_page() -> None:
    stamp = "14-09-2016, 10:25. Разместил: Редакция"
    text = "Министр провёл переговоры с коллегой\n\n" + stamp + "\n\n" + BODY
    lay = parse_layout(text)
    assert lay.published == date(2016, 9, 14)
