"""A genitive cut out of a loop of heads goes back under the noun before its phrase
(app/ingest/loop_heads.py), on parses written out by hand for sentences of our own, and
through the parser on a sentence where it closes such a loop."""

from __future__ import annotations

import pytest

from app.ingest.loop_heads import rehang_cut_nmods
from app.ingest.nlp import Nlp, _acyclic

# (words, raw heads, labels, heads expected after the loops are cut)
CASES = [
    # «Третий раунд российско-чилийской рабочей группы открылся вчера»: «группы» and
    # «российско-чилийской» hang on each other; «группы» goes under «раунд».
    (
        "Третий раунд российско-чилийской рабочей группы открылся вчера",
        (1, 5, 4, 4, 2, -1, 5),
        ("amod", "nsubj", "amod", "amod", "nmod", "root", "advmod"),
        (1, 5, 4, 4, 1, -1, 5),
    ),
    # A cut word labelled otherwise stays a root: nothing says where it belongs.
    (
        "Делегации вчера прибыли ночью",
        (2, 3, -1, 1),
        ("nsubj", "advmod", "root", "obl"),
        (2, 3, -1, -1),
    ),
    # No loop, nothing changes.
    (
        "Заседание комиссии завершилось",
        (2, 0, -1),
        ("nsubj", "nmod", "root"),
        (2, 0, -1),
    ),
]


@pytest.mark.parametrize(("words", "raw", "rels", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rehang(
    words: str, raw: tuple[int, ...], rels: tuple[str, ...], expected: tuple[int, ...]
) -> None:
    assert rehang_cut_nmods(raw, _acyclic(raw), rels) == expected


def test_parser_loop_rehung(nlp: Nlp) -> None:
    words = "Второе заседание российско-иорданской рабочей группы завершилось в четверг .".split()
    heads, _ = nlp.parse([words])[0]
    assert heads[words.index("группы")] == words.index("заседание")
