"""An object put before the verb, which the parser reads as a second subject.

Russian fronts what a sentence is about, object included: «Следующий раунд стороны
договорились провести в Пекине», «Очередной саммит стороны наметили на весну». A masculine
inanimate or a neuter noun looks the same in the nominative and the accusative, so the
parser may hang it on the finite verb as a subject beside the real one. A finite verb agrees
in number with its subject: of two nominative-looking subjects of a plural verb, a plural
one that agrees and a singular inanimate one before it that cannot, the singular one is an
object — of the infinitive the verb governs («договорились провести»), else of the verb.
"""

from __future__ import annotations

from app.ingest.nlp import Token

_SUBJECT = "nsubj"
_NOUNS = frozenset({"NOUN", "PROPN"})


def fronted_objects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Put a fronted singular inanimate «subject» of a plural verb that has a plural subject
    of its own on the verb's infinitive (or the verb) as its object (in place)."""
    for v, verb in enumerate(toks):
        if verb.pos != "VERB" or verb.feats.get("Number") != "Plur":
            continue
        if verb.feats.get("VerbForm") not in (None, "Fin"):
            continue
        subjects = [j for j, h in enumerate(heads) if h == v and rels[j] == _SUBJECT]
        if len(subjects) < 2 or not any(_plural(toks[j]) for j in subjects):
            continue
        for j in subjects:
            if j < v and _fronted(toks[j]) and not _conjoined(heads, rels, j):
                infinitive = next(
                    (
                        k
                        for k, h in enumerate(heads)
                        if h == v and rels[k] == "xcomp" and toks[k].feats.get("VerbForm") == "Inf"
                    ),
                    None,
                )
                heads[j] = v if infinitive is None else infinitive
                rels[j] = "obj"


def _plural(tok: Token) -> bool:
    return tok.pos in _NOUNS | {"PRON"} and tok.feats.get("Number") == "Plur"


def _fronted(tok: Token) -> bool:
    """A singular noun whose nominative is its accusative: inanimate, masculine or neuter."""
    f = tok.feats
    return (
        tok.pos == "NOUN"
        and f.get("Number") == "Sing"
        and f.get("Animacy") == "Inan"
        and f.get("Gender") in ("Masc", "Neut")
    )


def _conjoined(heads: list[int], rels: list[str], j: int) -> bool:
    """Has the noun conjuncts of its own («визит и саммит»): then it is plural together."""
    return any(h == j and r == "conj" for h, r in zip(heads, rels, strict=True))
