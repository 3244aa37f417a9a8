"""A short sub-heading line inside the body is a sentence of its own."""

from __future__ import annotations

import pytest

from app.ingest.heading_lines import heading_cuts


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # a heading between two paragraphs joined by one line break
        ("Делегация прилетела утром.\nБеседа в саду\nМинистры обсудили торговлю.", "Беседа в саду"),
        # a heading with a colon, after a blank line
        ("Итоги дня.\n\nГлавное: газ и нефть\nСтороны подписали план.", "Главное: газ и нефть"),
        # the text's first line
        ("Новый порт на юге\nПравительство утвердило проект.", "Новый порт на юге"),
    ],
)
def test_heading_line_is_cut(text: str, heading: str) -> None:
    cuts = heading_cuts(text, 0, len(text))
    end = text.index(heading) + len(heading)
    assert (end, end + 1) in cuts


@pytest.mark.parametrize(
    "text",
    [
        # a hard-wrapped sentence: the line before the break goes on mid-sentence
        "Он добавил, что\nМосква ответит позже.",
        "Вчера.\nСостоялась встреча министров обороны двух стран и их\nЗаместителей.",
        # a long line is body text, not a heading
        "Вчера.\nВ столице прошла долгая встреча министров обороны двух соседних стран\nМосква.",
        # the next line opens in lower case: the sentence goes on
        "Встреча прошла.\nПереговоры в саду\nпродолжились вечером.",
        # the line already ends a sentence
        "Встреча прошла.\nПереговоры завершены.\nМинистры уехали.",
    ],
)
def test_no_cut(text: str) -> None:
    assert heading_cuts(text, 0, len(text)) == []
