"""An adverbial the parser hangs past the verb that governs its head goes on that verb
(projective.py, called by mend.py), on hand-made parses."""

from __future__ import annotations

import pytest

from app.ingest.events.mend import mend
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token


def _tok(text: str, pos: str) -> Token:
    return Token(0, 0, text, text.lower(), pos, {})


# «Посол по итогам беседы сообщил , что стороны продолжат работу»
SAID = [
    _tok("Посол", "NOUN"),  # 0
    _tok("по", "ADP"),  # 1
    _tok("итогам", "NOUN"),  # 2
    _tok("беседы", "NOUN"),  # 3
    _tok("сообщил", "VERB"),  # 4
    _tok(",", "PUNCT"),  # 5
    _tok("что", "SCONJ"),  # 6
    _tok("стороны", "NOUN"),  # 7
    _tok("продолжат", "VERB"),  # 8
    _tok("работу", "NOUN"),  # 9
]
RELS = ("nsubj", "case", "obl", "nmod", "root", "punct", "mark", "nsubj", "ccomp", "obj")

CASES = [
    # «по итогам» hung on «продолжат», past «сообщил» above it: put on «сообщил».
    ((4, 2, 8, 2, -1, 8, 8, 8, 4, 8), 4),
    # Already on the verb of saying: left.
    ((4, 2, 4, 2, -1, 8, 8, 8, 4, 8), 4),
]


@pytest.mark.parametrize(("heads", "want"), CASES)
def test_adverbial_over_its_governor(heads: tuple[int, ...], want: int) -> None:
    assert mend(SAID, SentenceParse(heads, RELS)).heads[2] == want


def test_argument_not_moved() -> None:
    # Only adverbials move: a subject hung across (whatever the parser meant) stays.
    heads = (8, 2, 4, 2, -1, 8, 8, 8, 4, 8)
    rels = ("nsubj", *RELS[1:])
    assert mend(SAID, SentenceParse(heads, rels)).heads[0] == 8


def test_adverbial_after_the_verb_stays() -> None:
    # «сообщил , что стороны по итогам продолжат»: within the clause, no verb passed over.
    toks = [SAID[0], SAID[4], SAID[5], SAID[6], SAID[7], SAID[1], SAID[2], SAID[8]]
    heads = (1, -1, 7, 7, 7, 6, 7, 1)
    rels = ("nsubj", "root", "punct", "mark", "nsubj", "case", "obl", "ccomp")
    assert mend(toks, SentenceParse(heads, rels)).heads[6] == 7
