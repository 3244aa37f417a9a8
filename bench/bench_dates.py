"""Speed of the date resolver against natasha's own NER pass on the same text.

    .venv/bin/python bench/bench_dates.py [repeats]

Target (issue 3): resolver time <= 0.5 x natasha Segmenter+NewsNERTagger time.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import yargy  # noqa: F401  - import before natasha (its pymorphy2 breaks on 3.11 otherwise)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter  # noqa: E402

from app.ingest.dates import extract_dates  # noqa: E402

SYNTHETIC = [
    "В ходе телефонного разговора 12 февраля президенты согласились продолжить контакты.",
    "Лидеры встретятся в четверг, 23 октября, в Будапеште.",
    "На прошлой неделе делегации встретились в Женеве, а в сентябре прошлого года — в Стамбуле.",
    "В конце 2025 года Москва заявила, что отношения разрушены.",
    "Форум пройдёт с 10 по 12 февраля, ранее его проводили 15-16 августа.",
    "Бюджет составит 5 млрд рублей, в акции участвовали 2025 человек.",
    "Стороны намерены согласовать текст до конца февраля, сообщили в МИД.",
]


def _texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return seeds + [" ".join(SYNTHETIC)]


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    texts = _texts()
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    published = date(2026, 2, 3)

    # warm-up: model loading and pymorphy3 construction are one-off costs, not per text
    for t in texts:
        extract_dates(t, published)
        d = Doc(t)
        d.segment(segmenter)
        d.tag_ner(tagger)

    from app.ingest.dates import morph, tense

    t0 = time.perf_counter()
    for _ in range(repeats):
        tense.analyse.cache_clear()  # no cache wins across repeats: sentences
        morph.word.cache_clear()  # ... nor words
        for t in texts:
            extract_dates(t, published)
    ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in range(repeats):
        for t in texts:
            d = Doc(t)
            d.segment(segmenter)
            d.tag_ner(tagger)
    ner = time.perf_counter() - t0

    chars = sum(len(t) for t in texts) * repeats
    print(f"texts: {len(texts)} x {repeats} repeats, {chars} chars")
    print(f"extract_dates:          {ours:8.3f} s")
    print(f"natasha segment+NER:    {ner:8.3f} s")
    print(f"ratio resolver/NER:     {ours / ner:8.3f}  (target <= 0.5)")


if __name__ == "__main__":
    main()
