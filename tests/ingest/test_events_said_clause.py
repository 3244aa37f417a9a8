"""A «что» clause the parser hangs on the occasion noun of a verb of saying is the verb's
words (said_clause.py). Parses of sentences of our own, written as the parser errs."""

from __future__ import annotations

import pytest

from app.ingest.events.said_clause import words_to_verb
from app.ingest.nlp import Token


def _toks(words: list[tuple[str, str, str]]) -> list[Token]:
    return [Token(start=i, end=i + 1, text=w, lemma=lem, pos=pos) for i, (w, lem, pos) in
            enumerate(words)]  # fmt: skip


SAID = [("Лавров", "лавров", "PROPN"), ("заявил", "заявить", "VERB"), ("на", "на", "ADP")]
CLAUSE = [(",", ",", "PUNCT"), ("что", "что", "SCONJ"), ("Китай", "китай", "PROPN"),
          ("готов", "готовый", "ADJ")]  # fmt: skip

# (words, heads, rels, the clause head's (head, rel) after mending)
CASES = [
    # «заявил на брифинге, что Китай готов»: the clause hung on «брифинге» goes to the verb.
    (
        [*SAID, ("брифинге", "брифинг", "NOUN"), *CLAUSE],
        [1, -1, 3, 1, 7, 7, 7, 3],
        ["nsubj", "root", "case", "obl", "punct", "mark", "nsubj", "acl"],
        (1, "ccomp"),
    ),
    # «сообщил о том, что ...»: the pronoun keeps its clause.
    (
        [
            ("Лавров", "лавров", "PROPN"),
            ("сообщил", "сообщить", "VERB"),
            ("о", "о", "ADP"),
            ("том", "то", "PRON"),
            *CLAUSE,
        ],  # fmt: skip
        [1, -1, 3, 1, 7, 7, 7, 3],
        ["nsubj", "root", "case", "obl", "punct", "mark", "nsubj", "acl"],
        (3, "acl"),
    ),
    # «прибыл на саммит, что ...»: no verb of saying, nothing to mend.
    (
        [
            ("Лавров", "лавров", "PROPN"),
            ("прибыл", "прибыть", "VERB"),
            ("на", "на", "ADP"),
            ("саммит", "саммит", "NOUN"),
            *CLAUSE,
        ],  # fmt: skip
        [1, -1, 3, 1, 7, 7, 7, 3],
        ["nsubj", "root", "case", "obl", "punct", "mark", "nsubj", "acl"],
        (3, "acl"),
    ),
    # «выразил уверенность, что ...»: the noun is the verb's object, its clause is its own.
    (
        [
            ("Лавров", "лавров", "PROPN"),
            ("выразил", "выразить", "VERB"),
            ("полную", "полный", "ADJ"),
            ("уверенность", "уверенность", "NOUN"),
            *CLAUSE,
        ],
        [1, -1, 3, 1, 7, 7, 7, 3],
        ["nsubj", "root", "amod", "obj", "punct", "mark", "nsubj", "acl"],
        (3, "acl"),
    ),
]


@pytest.mark.parametrize(("words", "heads", "rels", "expected"), CASES)
def test_words_to_verb(
    words: list[tuple[str, str, str]], heads: list[int], rels: list[str], expected: tuple
) -> None:
    h, r = list(heads), list(rels)
    words_to_verb(_toks(words), h, r)
    assert (h[7], r[7]) == expected
