"""The noun a state's adjective qualifies, past other adjectives that agree with both.

«российская делегация» names Russia (match.py, rule 10); news as often put a second
adjective between the state's and the noun: «словацкой правительственной делегации»,
«российская парламентская делегация», «японская береговая охрана». An adjective qualifies
the noun it agrees with in case and number (and gender in the singular); the words between
must agree the same way and be no state's adjective themselves («российско-китайская
межправительственная комиссия» is read by rule 9, «российская и американская стороны» by
rule 12).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.ingest.actors.lemmas import norm
from app.ingest.nlp import Token

# At most this many adjectives between the state's and its noun: «словацкой
# правительственной делегации», «российской межведомственной правительственной делегации».
MAX_BETWEEN = 2
_AGREE = ("Case", "Number")


def _agrees(a: Token, b: Token) -> bool:
    """Do `a` and `b` share case and number (and gender when both are singular)?"""
    if any(a.feats.get(f) != b.feats.get(f) or a.feats.get(f) is None for f in _AGREE):
        return False
    if a.feats.get("Number") == "Sing":
        ga, gb = a.feats.get("Gender"), b.feats.get("Gender")
        return ga is None or gb is None or ga == gb
    return True


def qualified_noun(tokens: list[Token], k: int, states: Mapping[str, str], text: str) -> int | None:
    """Index of the noun the adjective at `k` qualifies across agreeing adjectives (at most
    MAX_BETWEEN of them, none a state's, nothing but spaces between the words); None when
    the words after it are no such phrase."""
    if k + 1 < len(tokens) and tokens[k + 1].pos == "NOUN":
        # Right before its noun the adjective is read as it always was: «российская и
        # украинская делегации» shares a plural noun between singular adjectives (rule 12).
        return k + 1
    adj = tokens[k]
    for j in range(k + 1, min(k + 2 + MAX_BETWEEN, len(tokens))):
        tok = tokens[j]
        if text[tokens[j - 1].end : tok.start].strip():
            return None  # a comma, a dash or a quote breaks the phrase
        if tok.pos == "NOUN":
            return j if _agrees(adj, tok) else None
        if tok.pos != "ADJ" or not _agrees(adj, tok) or norm(tok.lemma) in states:
            return None
    return None
