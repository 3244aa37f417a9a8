"""Shortcuts in two scans of an article that must not change what they find: the noise
masks skipped when the text lacks a character their match must hold (dates/noise.py), and
the tokens of a person's name looked up by offset (actors/name_parts.py). Both give what
the full scans gave; these cases pin that down."""

from __future__ import annotations

import pytest

from app.ingest.actors.name_parts import first_name_tokens
from app.ingest.dates.noise import _MASKS, masked_spans
from app.ingest.nlp import Entity, Token


def _full_scan(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for rx in _MASKS for m in rx.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Пишите на press@mid.example, телефон +7 495 123-45-67 или (495) 244 12 34.",
        "© 2031–2032 Агентство. Встреча 4 мая прошла в Вене.",
        "Копия: «Вечерний сегодня» сообщил о встрече 5 мая.",
        "Никаких адресов: министры встретились 6 мая в Риге.",
        "Подробнее: https://example.org/news/2031/05/07 и www.example.org",
    ],
)
def test_masks_find_what_the_full_scan_finds(text: str) -> None:
    assert masked_spans(text)[: len(_full_scan(text))] == _full_scan(text)


def _tok(start: int, text: str) -> Token:
    return Token(start, start + len(text), text, text.lower(), "PROPN")


def _brute(tokens: list[Token], entities: list[Entity]) -> set[int]:
    out: set[int] = set()
    for e in entities:
        inside = [k for k, t in enumerate(tokens) if e.start <= t.start and t.end <= e.end]
        if e.type == "PER" and len(inside) >= 2:
            pairs = zip(inside, inside[1:], strict=False)
            out |= {k for k, n in pairs if tokens[n].text[:1].isupper()}
    return out


WORDS = ["Посол", "Иван", "Петров", "и", "Анна", "Сидорова", "прибыли", "Ли", "Мин"]


@pytest.mark.parametrize(
    ("entities", "shuffled", "expected"),
    [
        ([(6, 17, "PER")], False, {1}),  # «Иван Петров»
        ([(6, 17, "PER"), (20, 33, "PER")], False, {1, 4}),
        ([(0, 17, "LOC")], False, set()),
        ([(42, 48, "PER")], False, {7}),  # «Ли Мин», at the end
        ([(6, 17, "PER"), (20, 33, "PER")], True, None),  # tokens not in text order
    ],
)
def test_first_name_tokens_by_offset(
    entities: list[tuple[int, int, str]], shuffled: bool, expected: set[int] | None
) -> None:
    tokens, pos = [], 0
    for w in WORDS:
        tokens.append(_tok(pos, w))
        pos += len(w) + 1
    if shuffled:
        tokens[1], tokens[4] = tokens[4], tokens[1]
    ents = [Entity(a, b, t, "", "") for a, b, t in entities]  # type: ignore[arg-type]
    assert first_name_tokens(tokens, ents) == _brute(tokens, ents)
    if expected is not None:
        assert first_name_tokens(tokens, ents) == expected
