"""A bare «разговор» told as held is a call.

«Предыдущий разговор министров состоялся 18 февраля», «следующий разговор министров обороны
прошёл лишь в октябре», «накануне состоялся разговор Лаврова и Блинкена»: news on Russia–US
channels name an earlier or later call by the noun alone, the phone already said elsewhere in
the article. A «разговор» with nothing of the phone beside it was no trigger (it may be any
talk: «разговор о ценах», «разговор пошёл о Сирии»); held by a verb of taking place it is
one contact that happened, and a contact between officials told by «разговор» is a call
(a talk on the sidelines is «беседа» or «встреча»). Only the noun that is the subject of the
verb counts: in the nominative, the verb after it in its clause (a parenthesis between:
«разговор, напомнил он, состоялся ...») or right before it («состоялся разговор»). Whether
it happened, was only planned or did not take place is status.py's, as for any contact.
"""

from __future__ import annotations

from app.ingest.events.lexicon import TOOK_PLACE_LEMMAS
from app.ingest.nlp import Token

TALK = "разговор"
# Marks that end the clause the noun opens: a verb past them belongs to another clause.
_CLAUSE_ENDS = frozenset({";", ":", "—", "–", "(", ".", "?", "!"})
# Words that open another clause: «разговор, который состоялся ...» is told by a relative
# clause, read as well; «что», «когда», «после того как» open a clause of their own.
_OPENERS = frozenset({"что", "чтобы", "когда", "если", "хотя", "пока"})
# How far before the noun a verb of taking place may stand («состоялся и разговор»).
_BEFORE = 3


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def held_talk(tokens: list[Token], i: int) -> bool:
    """Is the noun at `i` a bare «разговор» that the sentence tells as held («разговор
    министров состоялся 18 февраля», «состоялся разговор президентов»)?"""
    tok = tokens[i]
    if _lemma(tok) != TALK or tok.feats.get("Case") != "Nom":
        return False
    if tok.feats.get("Number") == "Plur":
        return False  # «разговоры» are several talks (repeated.py's kind)
    for j in range(i - 1, max(-1, i - 1 - _BEFORE), -1):
        t = tokens[j]
        if t.pos in ("VERB", "AUX") and _lemma(t) in TOOK_PLACE_LEMMAS:
            return True
        if t.pos not in ("ADV", "PART", "CCONJ"):
            break
    for k in range(i + 1, len(tokens)):
        t = tokens[k]
        if t.text in _CLAUSE_ENDS or _lemma(t) in _OPENERS:
            return False
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") not in ("Part", "Conv"):
            if _lemma(t) in TOOK_PLACE_LEMMAS:
                return True
            if not _in_parenthesis(tokens, i, k):
                return False
    return False


def _in_parenthesis(tokens: list[Token], i: int, k: int) -> bool:
    """Is the verb at `k` inside commas after the noun at `i` («разговор, напомнил он,
    состоялся»): an aside of the teller's, not the noun's own predicate?"""
    before = [t.text for t in tokens[i + 1 : k]]
    return "," in before and "," in [t.text for t in tokens[k + 1 : k + 4]]
