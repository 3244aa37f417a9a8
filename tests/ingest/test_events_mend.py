"""Mending stray adjective roots of the parse (mend.py), on hand-made parses."""

from __future__ import annotations

import pytest

from app.ingest.events.mend import mend
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token


def _tok(text: str, pos: str, **feats: str) -> Token:
    return Token(0, 0, text, text.lower(), pos, dict(feats))


GEN_F = {"Case": "Gen", "Gender": "Fem", "Number": "Sing"}
NOM_N = {"Case": "Nom", "Gender": "Neut", "Number": "Sing"}

# «Совещание франко-германской рабочей группы отменено», each word with its parse.
SITTING = [
    _tok("Совещание", "NOUN", **NOM_N),
    _tok("франко-германской", "ADJ", **GEN_F),
    _tok("рабочей", "ADJ", **GEN_F),
    _tok("группы", "NOUN", **GEN_F),
    _tok("отменено", "VERB", **NOM_N),
]
GEN_PL = {"Case": "Gen", "Number": "Plur"}
# «Встреча глав российско-китайских делегаций прошла»: a plural adjective has no gender.
HEADS = [
    _tok("Встреча", "NOUN", Case="Nom", Gender="Fem", Number="Sing"),
    _tok("глав", "NOUN", Case="Gen", Gender="Fem", Number="Plur"),
    _tok("российско-китайских", "ADJ", **GEN_PL),
    _tok("делегаций", "NOUN", Case="Gen", Gender="Fem", Number="Plur"),
    _tok("прошла", "VERB"),
]

CASES = [
    # A stray adjective root goes onto the noun it agrees with, across another adjective.
    (SITTING, (4, -1, 3, 0, -1), (4, 3, 3, 0, -1), "amod"),
    # Plural: gender is not compared.
    (HEADS, (4, 0, -1, 1, -1), (4, 0, 3, 1, -1), "amod"),
    # The only root is never moved.
    (SITTING, (4, 3, 3, 0, -1), (4, 3, 3, 0, -1), "amod"),
    # No agreeing noun after it (case differs): left as the parser gave it.
    (
        [SITTING[0], SITTING[1], _tok("группу", "NOUN", Case="Acc", Gender="Fem", Number="Sing"),
         SITTING[4]],
        (3, -1, 0, -1),
        (3, -1, 0, -1),
        "root",
    ),
]


@pytest.mark.parametrize(("toks", "heads", "want", "rel"), CASES)
def test_mend(toks: list[Token], heads: tuple[int, ...], want: tuple[int, ...], rel: str) -> None:
    rels = tuple("root" if h < 0 else "amod" for h in heads)
    got = mend(toks, SentenceParse(heads, rels))
    assert got.heads == want
    assert got.rels[1 if toks is SITTING or len(toks) == 4 else 2] == rel


# «Беседы рабочей группы, которые перенесли»: «которые» (plural) agrees with «беседы», not
# with the nearer «группы», so the clause goes onto «беседы»; a clause whose «который»
# agrees with its head stays.
TALKS = [
    _tok("Беседы", "NOUN", Case="Nom", Gender="Fem", Number="Plur"),
    _tok("группы", "NOUN", **GEN_F),
    _tok(",", "PUNCT"),
    Token(0, 0, "которые", "который", "PRON", {"Case": "Acc", "Number": "Plur"}),
    _tok("перенесли", "VERB", Number="Plur"),
    _tok("отменены", "VERB", Number="Plur"),
]
WHICH_F = {"Case": "Nom", "Gender": "Fem", "Number": "Sing"}
GROUP_WHICH = [*TALKS[:3], Token(0, 0, "которая", "который", "PRON", WHICH_F), *TALKS[4:]]

RELATIVE = [(TALKS, 0), (GROUP_WHICH, 1)]


@pytest.mark.parametrize(("toks", "want_head"), RELATIVE)
def test_relative_clause_on_agreeing_noun(toks: list[Token], want_head: int) -> None:
    # the parser hung the clause (4) on «группы» (1)
    heads = (5, 0, 4, 4, 1, -1)
    rels = ("nsubj", "nmod", "punct", "obj", "acl:relcl", "root")
    assert mend(toks, SentenceParse(heads, rels)).heads[4] == want_head


# «Переговоры Китая и АСЕАН»: the parser hung the second conjunct on itself.
TALKS_OF = [
    _tok("Переговоры", "NOUN", Case="Nom", Number="Plur"),
    _tok("Китая", "PROPN", Case="Gen", Gender="Masc", Number="Sing"),
    _tok("и", "CCONJ"),
    _tok("АСЕАН", "PROPN", Case="Gen", Gender="Fem", Number="Sing"),
    _tok("начались", "VERB"),
]

SELF_CASES = [
    # The self-hung conjunct goes onto the noun before it in its case.
    (TALKS_OF, (4, 0, 3, 3, -1), (4, 0, 3, 1, -1)),
    # No noun of its case before it: a root of its own, never its own head.
    ([TALKS_OF[0], TALKS_OF[2], TALKS_OF[3], TALKS_OF[4]], (3, 2, 2, -1), (3, 2, -1, -1)),
    # A well-formed parse is left alone.
    (TALKS_OF, (4, 0, 3, 1, -1), (4, 0, 3, 1, -1)),
]


@pytest.mark.parametrize(("toks", "heads", "want"), SELF_CASES)
def test_mend_self_head(toks: list[Token], heads: tuple[int, ...], want: tuple[int, ...]) -> None:
    rels = tuple("root" if h < 0 else "conj" for h in heads)
    assert mend(toks, SentenceParse(heads, rels)).heads == want


def _inverted(
    subject_number: str, verb_number: str, own_subject: bool = False
) -> tuple[list[Token], SentenceParse]:
    """«Министр Иванов посетит Казань, сообщил помощник Петров», parsed with «Министр»
    hung as a subject on «сообщил» (and, when `own_subject`, «посетит» with a subject
    «он» of its own after «Иванов»)."""
    toks = [
        _tok("Министр", "NOUN", Case="Nom", Number=subject_number),
        _tok("Иванов", "PROPN", Case="Nom", Number=subject_number),
        _tok("он", "PRON", Case="Nom", Number=subject_number),
        _tok("посетит", "VERB", VerbForm="Fin", Number=verb_number),
        _tok("Казань", "PROPN", Case="Acc"),
        _tok(",", "PUNCT"),
        _tok("сообщил", "VERB", VerbForm="Fin", Number="Sing"),
        _tok("помощник", "NOUN", Case="Nom", Number="Sing"),
        _tok("Петров", "PROPN", Case="Nom", Number="Sing"),
    ]
    heads = (6, 0, 3 if own_subject else 0, -1, 3, 6, -1, 6, 7)
    rels = (
        "nsubj",
        "appos",
        "nsubj" if own_subject else "appos",
        "root",
        "obj",
        "punct",
        "root",
        "nsubj",
        "appos",
    )
    return toks, SentenceParse(heads, rels)


@pytest.mark.parametrize(
    ("subject_number", "verb_number", "own_subject", "head"),
    [
        # the fronted subject goes back to the verb of the words it closes
        ("Sing", "Sing", False, 3),
        # not onto a verb it does not agree with in number
        ("Plur", "Sing", False, 6),
        # not onto a verb that has a subject of its own
        ("Sing", "Sing", True, 6),
    ],
)
def test_fronted_subject_of_an_inverted_verb(
    subject_number: str, verb_number: str, own_subject: bool, head: int
) -> None:
    toks, parse = _inverted(subject_number, verb_number, own_subject)
    assert mend(toks, parse).heads[0] == head


def test_fronted_subject_needs_a_subject_after_the_verb() -> None:
    # «Министр ... посетит Казань, сообщил» with no subject after «сообщил»: left alone
    toks, parse = _inverted("Sing", "Sing")
    heads = list(parse.heads)
    heads[7], heads[8] = 6, 7
    rels = list(parse.rels)
    rels[7] = "obj"
    assert mend(toks, SentenceParse(tuple(heads), tuple(rels))).heads[0] == 6


ACC_PL = {"Case": "Acc", "Number": "Plur"}
# «Посол вручал почётные грамоты министру»: the adjective after the verb root is a root of
# its own and the dative hangs on it.
HANDING = [
    _tok("Посол", "NOUN", Case="Nom", Gender="Masc", Number="Sing"),
    _tok("вручал", "VERB", VerbForm="Fin", Number="Sing"),
    _tok("почётные", "ADJ", **ACC_PL),
    _tok("грамоты", "NOUN", Case="Acc", Gender="Fem", Number="Plur"),
    _tok("министру", "NOUN", Case="Dat", Gender="Masc", Number="Sing"),
]


@pytest.mark.parametrize(
    ("heads", "rels"),
    [
        # The noun is the verb's object already; the dative hangs on the adjective.
        ((1, -1, -1, 1, 2), ("nsubj", "root", "root", "obj", "iobj")),
        # The noun hangs on the adjective, with the dative.
        ((1, -1, -1, 2, 2), ("nsubj", "root", "root", "obj", "iobj")),
    ],
)
def test_adjective_root_after_its_verb(heads: tuple[int, ...], rels: tuple[str, ...]) -> None:
    got = mend(HANDING, SentenceParse(heads, rels))
    # the group goes under the verb: the noun and the dative on it, the adjective on its noun
    assert got.heads == (1, -1, 3, 1, 1)
    assert got.rels[2] == "amod"
    assert got.rels[3] == "obj"


def test_adjective_root_after_a_non_verb_is_left() -> None:
    toks = [HANDING[0], _tok("и", "CCONJ"), *HANDING[2:]]
    heads, rels = (-1, 0, -1, 2, 2), ("root", "cc", "root", "obj", "iobj")
    assert mend(toks, SentenceParse(heads, rels)).heads == heads


def _joined_by_a(
    own_subject: bool = False, comma: bool = True
) -> tuple[list[Token], SentenceParse]:
    """«Министр Иванов встретился с Петровым, а Петров позже уехал», parsed with «Министр»
    hung as a second subject on «уехал» (and, when `own_subject`, «встретился» with a
    subject «он» of its own)."""
    toks = [
        _tok("Министр", "NOUN", Case="Nom", Number="Sing"),
        _tok("Иванов", "PROPN", Case="Nom", Number="Sing"),
        _tok("он", "PRON", Case="Nom", Number="Sing"),
        _tok("встретился", "VERB", VerbForm="Fin", Number="Sing"),
        _tok("с", "ADP"),
        _tok("Петровым", "PROPN", Case="Ins", Number="Sing"),
        _tok("," if comma else "и", "PUNCT" if comma else "CCONJ"),
        _tok("а", "CCONJ"),
        _tok("Петров", "PROPN", Case="Nom", Number="Sing"),
        _tok("позже", "ADV"),
        _tok("уехал", "VERB", VerbForm="Fin", Number="Sing"),
    ]
    heads = (10, 0, 3 if own_subject else 0, -1, 5, 3, 10, 10, 10, 10, -1)
    rels = (
        "nsubj",
        "appos",
        "nsubj" if own_subject else "appos",
        "root",
        "case",
        "obl",
        "punct" if comma else "cc",
        "cc",
        "nsubj",
        "advmod",
        "root",
    )
    return toks, SentenceParse(heads, rels)


@pytest.mark.parametrize(
    ("own_subject", "comma", "head"),
    [
        # a clause joined by «, а» keeps its own subject; the first goes to its own verb
        (False, True, 3),
        # not onto a verb that has a subject of its own
        (True, True, 10),
        # no comma between the clauses: left as parsed
        (False, False, 10),
    ],
)
def test_subject_of_the_clause_before_a_joined_clause(
    own_subject: bool, comma: bool, head: int
) -> None:
    toks, parse = _joined_by_a(own_subject, comma)
    assert mend(toks, parse).heads[0] == head
