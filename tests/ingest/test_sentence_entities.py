"""An entity span natasha runs over a sentence end is cut into one part per sentence
(app/ingest/sentence_entities.py)."""

from __future__ import annotations

import pytest

from app.ingest.nlp import Span
from app.ingest.sentence_entities import cut_at_sentences


def _sentences(text: str) -> list[Span]:
    """Sentence spans of `text` split after «. » (enough for these cases)."""
    out, at = [], 0
    for part in text.split(". "):
        end = at + len(part) + (1 if at + len(part) < len(text) else 0)
        out.append(Span(at, end))
        at = end + 1
    return out


@pytest.mark.parametrize(
    ("text", "span", "normal", "parts"),
    [
        # glued initials open the next sentence: two people
        (
            "Он встретился с А.Б.Петровым. К.Л.Смирнов участия не принимал.",
            "А.Б.Петровым. К.Л.Смирнов",
            "А.Б.Петровым. К.Л.Смирнов",
            [("А.Б.Петровым", "А.Б.Петровым"), ("К.Л.Смирнов", "К.Л.Смирнов")],
        ),
        # the normal form splits the same way, its own words kept
        (
            "Переговоры вел Иван Сидоров. Р.Гарсия Лопес прибыл позже.",
            "Иван Сидоров. Р.Гарсия Лопес",
            "Иван Сидоров. Р.Гарсий Лопес",
            [("Иван Сидоров", "Иван Сидоров"), ("Р.Гарсия Лопес", "Р.Гарсий Лопес")],
        ),
        # inside one sentence: the span as it is, initials and all
        (
            "Его принял В.Н.Сидоров в Москве.",
            "В.Н.Сидоров",
            "В.Н.Сидоров",
            [("В.Н.Сидоров", "В.Н.Сидоров")],
        ),
    ],
)
def test_span_is_cut_at_the_sentence_end(
    text: str, span: str, normal: str, parts: list[tuple[str, str]]
) -> None:
    start = text.index(span)
    got = cut_at_sentences(start, start + len(span), text, normal, _sentences(text))
    assert [(words, nat) for _, _, words, nat in got] == parts
    assert all(text[s:e] == words for s, e, words, _ in got)
