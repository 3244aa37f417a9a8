"""Leaving a treaty: an expiry of the leaver's part in it.

«2 августа США вышли из Договора о РСМД»: a party leaving a document (the verb, finite, with
«из» and a document after it) ends its part in it, on the day told. The noun «выход» names
the leaving as often as a plan or a topic («объявил о выходе», «обсудили выход США из
сделки»), so it counts only when its own clause says the leaving takes effect: «выход США из
Договора по открытому небу вступил в силу 22 ноября», «завершается процесс выхода из
договора». Not the infinitive («решение выйти из договора» is a plan; ongoing.py and
intents.py read those), nor «вышли к журналистам», «вышли из кризиса».
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import WITHDRAWAL
from app.ingest.nlp import Token

# How far the document may stand after «из» («из Договора», «из ядерной сделки», «из
# двустороннего российско-американского договора»).
_REACH = 4


def _from_document(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """«из» right after the word at i (a name of the leaver between: «выход США из»), then
    a document noun past its adjectives."""
    k = i + 1
    while k < len(tokens) and k <= i + _REACH and lemmas[k] not in WITHDRAWAL.from_:
        if tokens[k].pos not in ("PROPN", "NOUN", "ADV"):
            return False
        k += 1
    return k < len(tokens) and _document_after(tokens, lemmas, k)


def _document_before(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """«из договора вышли США»: «из» and its document right before the verb at i."""
    return any(
        lemmas[k] in WITHDRAWAL.from_ and _document_after(tokens, lemmas, k)
        for k in range(max(0, i - _REACH), i)
    )


def _document_after(tokens: Sequence[Token], lemmas: Sequence[str], k: int) -> bool:
    """Is «из» at k followed by a document noun past its adjectives?"""
    if lemmas[k] not in WITHDRAWAL.from_:
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + _REACH)):
        if lemmas[j] in WITHDRAWAL.documents:
            return True
        if tokens[j].pos != "ADJ":
            return False
    return False


def _takes_effect(lemmas: Sequence[str], i: int) -> bool:
    """«выход ... вступил в силу», «завершается процесс выхода»."""
    if WITHDRAWAL.effect_verbs & set(lemmas[i + 1 :]) and WITHDRAWAL.force in lemmas[i + 1 :]:
        return True
    return (
        i > 0
        and lemmas[i - 1] in WITHDRAWAL.process
        and bool(WITHDRAWAL.completed & set(lemmas[:i]))
    )


def withdrawal(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """Does the word at i tell a party leaving a document, as a happening of its own?"""
    tok = tokens[i]
    if lemmas[i] in WITHDRAWAL.verbs:
        return tok.feats.get("VerbForm") == "Fin" and (
            _from_document(tokens, lemmas, i) or _document_before(tokens, lemmas, i)
        )
    if lemmas[i] in WITHDRAWAL.nouns and tok.pos == "NOUN":
        return _from_document(tokens, lemmas, i) and _takes_effect(lemmas, i)
    return False
