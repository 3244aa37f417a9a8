"""The seed articles through the reading layer: layout and raw articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.ingest.reading import (
    Layout,
    RawArticle,
    Source,
    iter_sources,
    mask_spans,
    parse_layout,
    read_source,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def covered(layout: Layout, text: str, needle: str) -> bool:
    """Is every character of ``needle`` (first occurrence) inside an excluded span?"""
    start = text.index(needle)
    end = start + len(needle)
    return any(a <= start and end <= b for a, b in layout.excluded)


def untouched(layout: Layout, text: str, needle: str) -> bool:
    """Is no character of ``needle`` excluded?"""
    start = text.index(needle)
    end = start + len(needle)
    return all(end <= a or b <= start for a, b in layout.excluded)


def test_seed_000_site_layout_with_breadcrumbs_timestamp_author_keypoints() -> None:
    text = seed_text("000")
    lay = parse_layout(text)
    assert lay.title == (
        'Москва передала США пропозиції щодо "оздоровлення відносин": обіцяє "вигідні горизонти"'
    )
    assert lay.author == "Маргарита Волошина"
    assert lay.lang == "ru"  # Russian body, Ukrainian headline
    assert lay.published is None
    assert lay.partial_date == (3, 2)
    assert lay.published_how == "inferred"
    assert lay.date_span is not None
    assert text[lay.date_span[0] : lay.date_span[1]] == "3 февраля"
    assert covered(lay, text, "Геополитика Россия")  # breadcrumbs
    assert untouched(lay, text, "Москва передала США")  # the headline is not furniture
    assert covered(lay, text, "3 февраля, 09:55")
    assert covered(lay, text, "Маргарита Волошина")
    assert covered(lay, text, "Основні тези")
    see_also = next(ln for ln in text.split("\n") if ln.startswith("Смотрите также"))
    assert covered(lay, text, see_also)
    assert untouched(lay, text, "Россия сообщила о передаче американской стороне")
    assert untouched(lay, text, "Россия передала США предложения")  # key points stay body


def test_seed_001_header_line_with_photo_caption() -> None:
    text = seed_text("001")
    lay = parse_layout(text)
    assert lay.published == date(2026, 2, 3)
    assert lay.published_how == "header"
    assert lay.partial_date is None
    assert lay.title is None  # the header's rest is a photo caption, the next line is body
    assert lay.lang == "ru"
    assert covered(lay, text, text.split("\n")[0])
    assert untouched(lay, text, "В Министерстве иностранных дел России заявили")


def test_seed_002_interfax_dateline_without_year() -> None:
    text = seed_text("002")
    lay = parse_layout(text)
    assert lay.title == (
        "МИД сообщил о почти беспрерывном диалоге между РФ и США на различных уровнях"
    )
    assert lay.outlet == "INTERFAX.RU"
    assert lay.published is None
    assert lay.partial_date == (2, 2)
    assert lay.published_how == "dateline"
    assert covered(lay, text, "Москва. 2 февраля. INTERFAX.RU - ")
    assert untouched(lay, text, "В МИД РФ заявили в понедельник")
    assert lay.lang == "ru"


def test_seed_003_no_date_and_copyright_footer() -> None:
    text = seed_text("003")
    lay = parse_layout(text)
    assert lay.published is None
    assert lay.partial_date is None
    assert lay.published_how == "unknown"  # © 2014-2024 is never a publication date
    assert lay.outlet == "antmsk.ru"
    assert lay.title is None
    footer_start = text.index("© 2014-2024")
    assert covered(lay, text, text[footer_start:].rstrip())  # © line, 18+, contacts, e-mail
    assert covered(lay, text, "+7 (495) 765-41-64, info@rim.media")
    assert untouched(lay, text, "Восстановление авиасообщения может стать")
    assert untouched(lay, text, "С февраля 2025 года")


def test_seed_004_header_line_with_site_search_and_photo_credit() -> None:
    text = seed_text("004")
    lay = parse_layout(text)
    assert lay.published == date(2025, 12, 30)
    assert lay.published_how == "header"
    assert lay.title == (
        "Лавров заявил об устойчивом характере диалога РФ и США по нормализации отношений"
    )
    assert covered(lay, text, " date 2025-12-30 Форма поиска по сайту")
    assert covered(lay, text, "Фото: depositphotos/denisismagilov")
    # the trailing related-article headline is not body
    assert covered(lay, text, "давно назрело")
    assert untouched(lay, text, "Контакты Москвы и Вашинтона")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_spans_are_sorted_disjoint_and_text_unchanged(prefix: str) -> None:
    text = seed_text(prefix)
    lay = parse_layout(text)
    prev = -1
    for a, b in lay.excluded:
        assert 0 <= a < b <= len(text)
        assert a > prev
        prev = b
    assert len(mask_spans(text, lay.excluded)) == len(text)


def test_seeds_read_as_raw_articles() -> None:
    items = list(iter_sources([str(SEEDS)]))
    assert all(isinstance(s, Source) for s in items)
    arts: list[RawArticle] = [read_source(s) for s in items if isinstance(s, Source)]
    assert [a.file for a in arts] == sorted(p.name for p in SEEDS.glob("*.txt"))
    by = {a.file[:3]: a for a in arts}
    assert by["001"].published == date(2026, 2, 3)
    assert by["004"].published == date(2025, 12, 30)
    assert (by["000"].partial_date, by["000"].published_how) == ((3, 2), "inferred")
    assert (by["002"].partial_date, by["002"].published_how) == ((2, 2), "dateline")
    assert by["003"].published_how == "unknown"
    assert all(a.encoding == "utf-8" and a.lang == "ru" for a in arts)
    assert len({a.id for a in arts}) == 5
    # every article has a title; 001 and 003 fall back to their first sentence
    assert by["001"].title is not None and by["001"].title.startswith("В Министерстве")
    assert by["003"].title is not None and by["003"].title.endswith("…")
    # the body masks furniture but keeps offsets
    assert "antmsk" not in by["003"].body and len(by["003"].body) == len(by["003"].text)
