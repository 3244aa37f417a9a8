"""Offices named without their holders (offices.py), on hand-made parses."""

from __future__ import annotations

import pytest

from app.ingest.events.model import SentenceParse
from app.ingest.events.offices import in_portfolio, unnamed_plural_title
from app.ingest.nlp import Token

TITLES = frozenset({"постпред", "замминистр", "глава"})


def _tok(lemma: str, pos: str = "NOUN", **feats: str) -> Token:
    return Token(0, 0, lemma, lemma, pos, dict(feats))


GEN_INAN = {"Case": "Gen", "Animacy": "Inan", "Number": "Plur"}
GEN_ANIM = {"Case": "Gen", "Animacy": "Anim", "Number": "Plur"}
PLUR = {"Case": "Nom", "Number": "Plur"}
SING = {"Case": "Nom", "Number": "Sing"}

PORTFOLIO = [
    # «постпреды стран»: an inanimate genitive on a title is part of it.
    ([_tok("постпред", **PLUR), _tok("страна", **GEN_INAN)], (-1, 0), ("root", "nmod"), True),
    # «союзники»: a person under a title is no portfolio.
    ([_tok("глава", **PLUR), _tok("союзник", **GEN_ANIM)], (-1, 0), ("root", "nmod"), False),
    # Not on a title at all.
    ([_tok("доклад", **PLUR), _tok("страна", **GEN_INAN)], (-1, 0), ("root", "nmod"), False),
    # Not a genitive modifier.
    ([_tok("постпред", **PLUR), _tok("страна", **GEN_INAN)], (-1, 0), ("root", "conj"), False),
]


@pytest.mark.parametrize(("toks", "heads", "rels", "want"), PORTFOLIO)
def test_in_portfolio(toks: list[Token], heads: tuple, rels: tuple, want: bool) -> None:
    assert in_portfolio(toks, SentenceParse(heads, rels), 1, TITLES) is want


UNNAMED = [
    ([_tok("замминистр", **PLUR)], (-1,), ("root",), True),
    # Singular, or a sole holder per state, or named: not the states.
    ([_tok("замминистр", **SING)], (-1,), ("root",), False),
    ([_tok("министр", **PLUR)], (-1,), ("root",), False),
    (
        [_tok("замминистр", **PLUR), _tok("Иванов", "PROPN"), _tok("Петров", "PROPN")],
        (-1, 0, 1),
        ("root", "appos", "conj"),
        False,
    ),
]


@pytest.mark.parametrize(("toks", "heads", "rels", "want"), UNNAMED)
def test_unnamed_plural_title(toks: list[Token], heads: tuple, rels: tuple, want: bool) -> None:
    assert unnamed_plural_title(toks, SentenceParse(heads, rels), 0) is want
