"""The subject of a clause after a colon, hung by the parser across the colon.

«Работал канал министров: Лавров и Помпео говорили по телефону»: the parser hangs
«Лавров» on «канал» before the colon (as parataxis) and leaves «говорили» a root with no
subject, so the call has no parties. A colon opens a clause of its own; a nominative noun
group right after it that hangs on a word before the colon, before a subjectless finite verb
that agrees with it in number, is that verb's subject.
"""

from __future__ import annotations

from app.ingest.nlp import Token

_SUBJECT_RELS = ("nsubj", "nsubj:pass")


def colon_subjects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Put the subject of a clause opened by a colon on the clause's verb (in place)."""
    for v, tok in enumerate(toks):
        if heads[v] >= 0 or tok.pos != "VERB" or tok.feats.get("VerbForm") != "Fin":
            continue
        if any(heads[j] == v and rels[j] in _SUBJECT_RELS for j in range(len(toks))):
            continue
        colon = next((k for k in range(v - 1, -1, -1) if toks[k].text in (":", ",")), None)
        if colon is None or toks[colon].text != ":" or colon + 1 >= v:
            continue
        j = colon + 1
        if toks[j].pos not in ("NOUN", "PROPN") or toks[j].feats.get("Case") != "Nom":
            continue
        if not 0 <= heads[j] < colon or not _agrees(toks, heads, rels, j, tok):
            continue
        heads[j], rels[j] = v, "nsubj"


def _agrees(toks: list[Token], heads: list[int], rels: list[str], j: int, verb: Token) -> bool:
    """Does the noun group at j (with its conjuncts) agree with the verb in number?"""
    number = verb.feats.get("Number")
    conjoined = any(heads[k] == j and rels[k] == "conj" for k in range(len(toks)))
    own = "Plur" if conjoined else toks[j].feats.get("Number")
    return number is None or own == number
