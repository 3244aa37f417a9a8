"""A «что» clause the parser hangs on the occasion noun of a verb of saying is the verb's
words (said_clause.py). Parses of sentences of our own, written as the parser errs."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.said_clause import (
    subject_to_verb,
    words_to_closing_verb,
    words_to_verb,
)
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article


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


def _tok(text: str, lemma: str, pos: str, **feats: str) -> Token:
    return Token(start=0, end=len(text), text=text, lemma=lemma, pos=pos, feats=dict(feats))


PAST_FEM = {"VerbForm": "Fin", "Tense": "Past", "Number": "Sing", "Gender": "Fem"}
PRES_SG = {"VerbForm": "Fin", "Tense": "Pres", "Number": "Sing"}

# (subject's features, verb of saying's features, does the subject move to the verb)
SUBJECTS = [
    # «группа объявила, что «дочка» прекращает»: hung on «прекращает» past «объявила».
    ({"Number": "Sing", "Gender": "Fem"}, PAST_FEM, True),
    # No agreement («министерство объявила»): the parse is left alone.
    ({"Number": "Sing", "Gender": "Neut"}, PAST_FEM, False),
    ({"Number": "Plur"}, PAST_FEM, False),
]


@pytest.mark.parametrize(("noun_feats", "verb_feats", "moved"), SUBJECTS)
def test_subject_to_verb(noun_feats: dict, verb_feats: dict, moved: bool) -> None:
    toks = [
        _tok("группа", "группа", "NOUN", **noun_feats),
        _tok("объявила", "объявить", "VERB", **verb_feats),
        _tok(",", ",", "PUNCT"),
        _tok("что", "что", "SCONJ"),
        _tok("прекращает", "прекращать", "VERB", **PRES_SG),
    ]
    heads, rels = [4, -1, 4, 4, 1], ["nsubj", "root", "punct", "mark", "ccomp"]
    subject_to_verb(toks, heads, rels)
    assert heads[0] == (1 if moved else 4)


def test_verb_with_its_own_subject_keeps_it() -> None:
    """«Группа заявила, что банк прекращает»: a verb of saying with a subject of its own
    takes no second one."""
    toks = [
        _tok("Песков", "песков", "PROPN", Number="Sing", Gender="Masc"),
        _tok("банк", "банк", "NOUN", Number="Sing", Gender="Masc"),
        _tok("сообщил", "сообщить", "VERB", **{**PAST_FEM, "Gender": "Masc"}),
        _tok("прекращает", "прекращать", "VERB", **PRES_SG),
    ]
    heads, rels = [2, 3, -1, 2], ["nsubj", "nsubj", "root", "ccomp"]
    subject_to_verb(toks, heads, rels)
    assert heads[1] == 3


def test_company_announcing(pipeline: Pipeline) -> None:
    """The parser hangs «группа» on the verb of the words; mended, the group speaks."""
    text = (
        "Финская строительная группа YIT во вторник объявила, что ее российское "
        "подразделение прекращает работу на рынке."
    )
    events = pipeline.process(raw_article(text, dt.date(2025, 3, 14))).events
    assert [(e.type, sorted(e.actors)) for e in events] == [("statement", ["yit"])]


def test_coordinated_subject_moves() -> None:
    """«Лавров и Керри объявили, что ... постараются»: the first of two joined subjects,
    singular itself, agrees with the plural verb of saying it is moved to."""
    sing = {"Number": "Sing", "Gender": "Masc"}
    plur = {"VerbForm": "Fin", "Tense": "Past", "Number": "Plur"}
    toks = [
        _tok("Лавров", "лавров", "PROPN", **sing),
        _tok("и", "и", "CCONJ"),
        _tok("Керри", "керри", "PROPN", **sing),
        _tok("объявили", "объявить", "VERB", **plur),
        _tok(",", ",", "PUNCT"),
        _tok("что", "что", "SCONJ"),
        _tok("постараются", "постараться", "VERB", VerbForm="Fin", Number="Plur"),
    ]
    heads, rels = [6, 2, 0, -1, 6, 6, 3], ["nsubj", "cc", "conj", "root", "punct", "mark", "ccomp"]
    subject_to_verb(toks, heads, rels)
    assert heads[0] == 3


def test_two_ministers_announcing(pipeline: Pipeline) -> None:
    """Mended, both ministers speak (the parser hung them on the verb of the words)."""
    text = (
        "Во вторник Сергей Лавров и Джон Керри объявили, что Россия и США постараются "
        "созвать конференцию."
    )
    events = pipeline.process(raw_article(text, dt.date(2013, 5, 8))).events
    assert [(e.type, sorted(e.actors)) for e in events] == [
        ("statement", ["john-kerry", "sergey-lavrov"])
    ]


FIN_FUT = {"VerbForm": "Fin", "Tense": "Fut", "Number": "Sing"}
FIN_PAST = {"VerbForm": "Fin", "Tense": "Past", "Number": "Sing", "Gender": "Masc"}


def _closing(mark: str, lemma: str) -> tuple[list[Token], list[int], list[str]]:
    """«Министр прилетит в Каир <mark> сообщил представитель» parsed as two roots."""
    toks = [
        _tok("Министр", "министр", "NOUN", Number="Sing"),
        _tok("прилетит", "прилететь", "VERB", **FIN_FUT),
        _tok("в", "в", "ADP"),
        _tok("Каир", "каир", "PROPN"),
        _tok(mark, mark, "PUNCT"),
        _tok("сообщил", lemma, "VERB", **FIN_PAST),
        _tok("представитель", "представитель", "NOUN", Number="Sing"),
    ]
    heads = [1, -1, 3, 1, 5, -1, 5]
    rels = ["nsubj", "root", "case", "obl", "punct", "root", "nsubj"]
    return toks, heads, rels


# (mark before the second root, its lemma, is the first root put under it)
CLOSING = [
    (",", "сообщить", True),
    ("—", "заявить", True),
    # Not a verb of saying: two clauses, not words and their attribution.
    (",", "улететь", False),
    # No comma or dash: not a closing attribution.
    ("и", "сообщить", False),
]


@pytest.mark.parametrize(("mark", "lemma", "moved"), CLOSING)
def test_words_to_closing_verb(mark: str, lemma: str, moved: bool) -> None:
    toks, heads, rels = _closing(mark, lemma)
    words_to_closing_verb(toks, heads, rels)
    assert (heads[1], rels[1]) == ((5, "ccomp") if moved else (-1, "root"))
