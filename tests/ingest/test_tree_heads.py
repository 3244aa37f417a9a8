"""A word the parser hangs on itself takes its next-best head (app/ingest/tree_heads.py)."""

from __future__ import annotations

import numpy as np
import pytest

from app.ingest.nlp import Nlp
from app.ingest.tree_heads import tree_heads

# (scores per word: [root, word 1, word 2, ...], parser's heads, heads after the step)
ROWS = [
    # word 2 on itself; its next best is word 3
    ([[5, 0, 1, 2], [0, 3, 9, 4], [8, 1, 2, 0]], [0, 2, 0], [0, 3, 0]),
    # word 2 on itself; its next best is the root
    ([[5, 0, 1, 2], [6, 3, 9, 4], [8, 1, 2, 0]], [0, 2, 0], [0, 0, 0]),
    # word 1 on itself holds word 2: word 2 is below it, so word 1 goes to word 3
    ([[0, 9, 7, 6], [1, 8, 0, 2], [9, 1, 2, 0]], [1, 1, 0], [3, 1, 0]),
    # no word on itself: untouched, a loop of two included (nlp._acyclic cuts it)
    ([[5, 0, 9, 2], [0, 9, 3, 4], [8, 1, 2, 0]], [2, 1, 0], [2, 1, 0]),
]


@pytest.mark.parametrize(("scores", "heads", "want"), ROWS)
def test_tree_heads(scores: list[list[int]], heads: list[int], want: list[int]) -> None:
    assert tree_heads(np.array(scores, dtype=float), heads) == want


# (sentence, word, its head after the parse): the parser hangs the word on itself
PARSES = [
    (
        "Первое заседание российско-перуанской межправительственной рабочей группы по "
        "торговым связям , которое предполагалось провести в Лиме 3-4 марта , отменено .",
        "группы",
        "заседание",
    ),
]


@pytest.mark.parametrize(("sentence", "word", "head"), PARSES)
def test_parse_has_one_root(nlp: Nlp, sentence: str, word: str, head: str) -> None:
    words = sentence.split()
    heads, _ = nlp.parse([words])[0]
    assert words[heads[words.index(word)]] == head
    assert sum(1 for h in heads if h < 0) == 1
