"""«Путин и Моди обсудили ...»: two people named together as the subject of discussing.

«Обсудили ситуацию» alone is a topic, not a happening (triggers.py); but two named people
who discussed something together held talks, whatever the object, just as «обсудил с
коллегой» does. Read on the tokens before the verb: within its clause, a name (no
governed case, no preposition before it), «и», another name in the nominative, and a verb
in the plural.
"""

from __future__ import annotations

from collections.abc import Collection

from app.ingest.nlp import Token

# Tokens looked back over from the verb to the second name («Путин и Моди 9 июля в
# Кремле обсудили»: a date and a place may come between).
_REACH = 8
# Where a clause starts: the subject is not looked for beyond it.
_CLAUSE_START = frozenset({",", ";", ":", "—", "–", "что", "чтобы", "как", "когда", "где"})


def _named_person(tok: Token) -> bool:
    return (
        tok.pos == "PROPN" and tok.feats.get("Animacy") == "Anim" and tok.feats.get("Case") == "Nom"
    )


def pair_discussed(
    tokens: list[Token], lemmas: list[str], i: int, occasions: Collection[str] = ()
) -> bool:
    """The verb at `i` is plural and its clause opens with «<name> и <name>» before it;
    not when a contact noun stands between («Путин и Трамп в ходе телефонного разговора
    обсудили ...»: what they discussed was the call's, told by its noun)."""
    if tokens[i].feats.get("Number") != "Plur":
        return False
    lo = max(0, i - _REACH)
    j = i - 1
    # Back over what may stand between the subject and the verb: the second name's words.
    while j >= lo and not _named_person(tokens[j]):
        if lemmas[j] in _CLAUSE_START or lemmas[j] == "и" or lemmas[j] in occasions:
            return False
        j -= 1
    if j < lo:
        return False
    # Back over the second name (first name, surname) to «и».
    while j >= lo and _named_person(tokens[j]):
        j -= 1
    if j >= lo and lemmas[j] != "и":
        j = _title_before(tokens, j)  # «и премьер-министр Узбекистана Абдулла Арипов»
    if j < lo or lemmas[j] != "и" or tokens[j].pos != "CCONJ":
        return False
    return j > 0 and _first_name(tokens, j - 1)


# Words a title's noun group may hold after its noun («министр энергетики Саудовской
# Аравии»): at most this many.
_TITLE_WORDS = 5


def _title_before(tokens: list[Token], j: int) -> int:
    """Back from `j` over a title's noun group before a name (its genitive words, its noun
    in the nominative, adjectives before that): the index before the group, or `j` when
    none stands there. A title stands for the person named after it."""
    k = j
    while k >= 0 and j - k < _TITLE_WORDS and _genitive_word(tokens[k]):
        k -= 1
    tok = tokens[k] if k >= 0 else None
    if tok is None or not (
        tok.pos == "NOUN" and tok.feats.get("Case") == "Nom" and tok.feats.get("Animacy") == "Anim"
    ):
        return j
    k -= 1
    while k >= 0 and tokens[k].pos == "ADJ" and tokens[k].feats.get("Case") == "Nom":
        k -= 1
    if k >= 0 and tokens[k].lemma.lower() in _POSSESSIVE:
        k -= 1  # «и его венгерский коллега Петер Сийярто»
    return k


# Possessives before a title («его коллега», «свой коллега»): tagged as pronouns.
_POSSESSIVE = frozenset({"он", "она", "они", "его", "ее", "её", "их", "свой"})


def _genitive_word(tok: Token) -> bool:
    return tok.pos in ("NOUN", "PROPN", "ADJ") and tok.feats.get("Case") == "Gen"


# Cases a name governed by a preposition or a verb takes («с Путиным», «у Моди», «к Си»):
# such a name is no subject. The tagger may misread a subject's case after a place («в
# Улан-Баторе Путин»), so the nominative is not required of the first name.
_GOVERNED = frozenset({"Ins", "Gen", "Dat", "Acc"})


def _first_name(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    if tok.pos != "PROPN" or tok.feats.get("Animacy") != "Anim":
        return False
    if tok.feats.get("Case") in _GOVERNED:
        return False
    # Back over the first name's own words to what precedes it: not a preposition.
    while k > 0 and tokens[k - 1].pos == "PROPN" and tokens[k - 1].feats.get("Animacy") == "Anim":
        k -= 1
    return k == 0 or tokens[k - 1].pos != "ADP"
