"""An apposition after a dash, hung by the parser on the wrong noun of a noun group.

«Документ подписали сопредседатели комиссии — заместитель губернатора Энмынкау и
Апангалук»: the words after the dash name the co-chairs, but the parser hangs them on
«комиссии», the genitive noun the dash follows. An apposition agrees in case with the noun
it names; one in the nominative under a noun in another case, whose own head is a nominative
noun, names that head. When that head is the subject of a verb, the people named after the
dash do what it does, and are put beside it as a subject of the same verb; else they are put
under it, as an apposition.
"""

from __future__ import annotations

from app.ingest.nlp import Token

_DASHES = frozenset({"—", "–"})
_LINKS = frozenset({"appos", "parataxis"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def dashed_apposition(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang a nominative apposition after a dash on the nominative noun it names: beside
    it as a subject of the same verb when that noun is a subject, else under it (in
    place)."""
    for r in range(1, len(toks)):
        h = heads[r]
        if toks[r - 1].text not in _DASHES or h < 0 or rels[r] not in _LINKS:
            continue
        if toks[r].pos not in _NOUNS or toks[r].feats.get("Case") != "Nom":
            continue
        named = _named(toks, heads, rels, r, h)
        if named is None:
            continue
        if rels[named] in _SUBJECTS and heads[named] >= 0:
            # the people after the dash do what the subject does: a subject beside it (the
            # subject's noun may be no title, «сопредседатели», and would hide them)
            heads[r], rels[r] = heads[named], rels[named]
        else:
            heads[r], rels[r] = named, "appos"


def _named(toks: list[Token], heads: list[int], rels: list[str], r: int, h: int) -> int | None:
    """The nominative noun the words after the dash at `r` - 1 name: their head, or the
    head of the oblique noun right before the dash they were hung on."""
    if h == r - 2 and rels[h] == "nmod" and toks[h].feats.get("Case") not in (None, "Nom"):
        h = heads[h]  # «сопредседатели комиссии — ...»
    if h < 0 or h >= r or toks[h].pos not in _NOUNS or toks[h].feats.get("Case") != "Nom":
        return None
    # the dash must close the noun's own group: not a gap («российскую возглавил X,
    # чилийскую — Y»), where the word before the dash belongs to another clause
    return h if r - 2 == h or heads[r - 2] == h else None
