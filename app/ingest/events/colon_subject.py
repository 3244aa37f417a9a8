"""The subject of a clause after a colon, hung by the parser across the colon.

«Работал канал министров: Лавров и Помпео говорили по телефону»: the parser hangs
«Лавров» on «канал» before the colon (as parataxis) and leaves «говорили» a root with no
subject, so the call has no parties. A colon opens a clause of its own; a nominative noun
group right after it that hangs on a word before the colon, before a subjectless finite verb
that agrees with it in number, is that verb's subject.

The noun group may open with its determiners and adjectives («…: наш премьер-министр X был
в Сочи»), and the clause may be a copular one: «был в Сочи» is parsed with the place as the
root and «был» as its copula, so the finite word that agrees is the copula, and the root is
what the subject hangs on.
"""

from __future__ import annotations

from app.ingest.nlp import Token

_SUBJECT_RELS = ("nsubj", "nsubj:pass")
# Words that open a noun group before its noun: «наш», «этот», «новый».
_OPENERS = ("DET", "ADJ")


def colon_subjects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Put the subject of a clause opened by a colon on the clause's verb (in place)."""
    for v in range(len(toks)):
        if heads[v] >= 0:
            continue
        finite = _finite_word(toks, heads, rels, v)
        if finite is None:
            continue
        if any(heads[j] == v and rels[j] in _SUBJECT_RELS for j in range(len(toks))):
            continue
        colon = next((k for k in range(finite - 1, -1, -1) if toks[k].text in (":", ",")), None)
        if colon is None or toks[colon].text != ":" or colon + 1 >= finite:
            continue
        j = colon + 1
        while j < finite and toks[j].pos in _OPENERS and colon < heads[j] < finite:
            j += 1
        if toks[j].pos not in ("NOUN", "PROPN") or toks[j].feats.get("Case") != "Nom":
            continue
        if not 0 <= heads[j] < colon or not _agrees(toks, heads, rels, j, toks[finite]):
            continue
        heads[j], rels[j] = v, "nsubj"


def _finite_word(toks: list[Token], heads: list[int], rels: list[str], v: int) -> int | None:
    """The root's finite word: the root itself when it is a finite verb, else its finite
    copula («был» of «был в Сочи»); None when it has neither."""
    if toks[v].pos == "VERB" and toks[v].feats.get("VerbForm") == "Fin":
        return v
    return next(
        (
            k
            for k in range(v)
            if heads[k] == v
            and rels[k] == "cop"
            and toks[k].pos == "AUX"
            and toks[k].feats.get("VerbForm") == "Fin"
        ),
        None,
    )


def _agrees(toks: list[Token], heads: list[int], rels: list[str], j: int, verb: Token) -> bool:
    """Does the noun group at j (with its conjuncts) agree with the verb in number?"""
    number = verb.feats.get("Number")
    conjoined = any(heads[k] == j and rels[k] == "conj" for k in range(len(toks)))
    own = "Plur" if conjoined else toks[j].feats.get("Number")
    return number is None or own == number
