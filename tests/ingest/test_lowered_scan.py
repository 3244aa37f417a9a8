"""The date patterns scanned over the lowercased text (dates/lowered_scan.py): the same
matches, at the same places, with the same groups, as the patterns over the text itself."""

from __future__ import annotations

import re

import pytest

from app.ingest.dates import patterns
from app.ingest.dates.expr import PATTERNS
from app.ingest.dates.lowered_scan import lower_text, lowered, matches

assert patterns  # importing it registers every pattern in PATTERNS


def _read(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]


SENTENCES = [
    "В понедельник, 3 апреля, делегации встретились в Ташкенте; следующий раунд — в мае.",
    "ЗАСЕДАНИЕ КОМИССИИ НАЗНАЧЕНО НА 14 НОЯБРЯ 2031 ГОДА, СООБЩИЛИ В ВЕДОМСТВЕ.",
    "Вчера Вечером Министры Подписали Протокол, А С 1 Января Он Вступит В Силу.",
    "Саммит пройдёт с 10 по 12 Сентября; в 18:30 по местному времени — пресс-конференция.",
    "Двумя днями позже, в начале февраля, стороны вернулись к переговорам (см. 2029–2030).",
    "Встреча 5 марта 文 中 ⚡ — и через неделю ещё одна, 12 марта, в Пекине.",
    # characters the lowered scan is not sure of: scanned as before
    "İstanbul: 7 мая министры встретились снова.",
    "Переговоры 9 ſентября и ıюня; ΣΟΦΊΑ, 2 июля.",
    "Заседание ᲀ четверг 4 октября прошло в Женеве.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_every_pattern_finds_the_same_matches(text: str) -> None:
    low = lower_text(text)
    for rx, _ in PATTERNS:
        assert _read(matches(rx, text, low)) == _read(list(rx.finditer(text))), rx.pattern


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Лавров прибыл в Анкару 3 мая.", True),
        ("МИД КНР 中国外交部 ⚡ 5 мая", True),
        ("Ñandú, São Paulo, Zürich — 6 мая", True),
        ("İzmir, 7 мая", False),  # lowercases to two characters
        ("ſеминар 8 мая", False),  # the long s matches «s» case-insensitively
        ("Bakı, 9 мая", False),  # the dotless i matches «i»
        ("ΣΟΦΊΑ, 10 мая", False),  # Greek sigma and final sigma
        ("ᲀторник 11 мая", False),  # an old Cyrillic «в»
    ],
)
def test_which_texts_are_scanned_lowercased(text: str, plain: bool) -> None:
    low = lower_text(text)
    assert (low is not None) == plain
    if low is not None:
        assert low == text.lower()


@pytest.mark.parametrize(
    ("regex", "flags", "twin"),
    [
        (r"(?<![а-яё])в\s+(?:мае|июне)", re.IGNORECASE, True),
        (r"\d{1,2}\s+марта", re.IGNORECASE, True),
        (r"в\s+мае", 0, False),  # case-sensitive already
        (r"[А-ЯЁ][а-яё]+\s+сегодня", re.IGNORECASE, False),  # an uppercase letter named
        (r"в\s+(?-i:Мае)", re.IGNORECASE, False),  # the flag changed inside
        (r"(?i)в\s+мае", 0, False),  # the flag inline
        (r"μ\s+мае", re.IGNORECASE, False),  # Greek mu also matches the micro sign
    ],
)
def test_which_patterns_have_a_lowered_twin(regex: str, flags: int, twin: bool) -> None:
    assert (lowered(re.compile(regex, flags)) is not None) == twin


def test_most_date_patterns_have_a_twin() -> None:
    assert sum(lowered(rx) is not None for rx, _ in PATTERNS) >= len(PATTERNS) - 2


# Every character of the Basic Multilingual Plane the lowered scan accepts in a text.
_ACCEPTED = "".join(
    ch
    for ch in map(chr, range(0x10000))
    if not 0xD800 <= ord(ch) <= 0xDFFF and lower_text(ch) is not None
)
_ACCEPTED_LOW = _ACCEPTED.lower()


def _alphabet() -> list[str]:
    """The lowercase letters written in the twins' patterns (group names and escapes too: a
    few more letters tried than needed)."""
    chars = {ch for rx, _ in PATTERNS if lowered(rx) is not None for ch in rx.pattern}
    return sorted(ch for ch in chars if ch.lower() == ch != ch.upper())


@pytest.mark.parametrize("item", [*_alphabet(), "[а-яё]", "[a-z]", "[^а-яё]", r"\w", r"\W"])
def test_case_insensitive_match_is_a_match_of_the_lowercase(item: str) -> None:
    """Over every accepted character: the pattern with re.IGNORECASE matches the character
    exactly where the pattern without it matches the character's lowercase."""
    rx = re.escape(item) if len(item) == 1 else item
    with_flag = [m.start() for m in re.finditer(rx, _ACCEPTED, re.IGNORECASE)]
    without = [m.start() for m in re.finditer(rx, _ACCEPTED_LOW)]
    assert with_flag == without
