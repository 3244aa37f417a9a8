"""When «беседа» is a meeting: a talk with an official named after «с».

«беседа» alone is as often an interview («рассказал в беседе с журналистами», «в беседе с
RT») as a meeting, so by itself it makes no event. With a holder of an office or a person's
name in the instrumental after «с» («беседа с президентом Египта», «беседа Путина с
канцлером», «беседа с Трампом») it is a contact of two: a meeting, unless by phone
(triggers.py makes that a call first); so when the partner comes between the light verb and
the noun («провёл с Керри беседу один на один»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import PERSON_TITLES, PRESS_WORDS
from app.ingest.nlp import Token

# Who may be met besides a titled official: «с коллегой», «с премьером».
PARTNER_WORDS = PERSON_TITLES | {"коллега", "визави"}
_WITH = frozenset({"с", "со"})
# Light verbs a talk is held with («провёл с Керри беседу»).
HOLD_VERBS = frozenset({"провести", "проводить"})
_OPEN_QUOTES = frozenset({"«", '"', "„", "“"})
# How far «с» may stand from the noun: «беседа Владимира Путина с ...».
_REACH = 5


def talk_with_official(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """Is the «беседа» at i held «с» a titled official or a named person, or one of two
    named persons («беседа Путина и Си Цзиньпина»)?"""
    if _two_named(tokens, lemmas, i):
        return True
    k = i + 1
    while k < len(tokens) and k <= i + _REACH and lemmas[k] not in _WITH:
        if tokens[k].feats.get("Case") != "Gen":
            return False  # only the talker's own name may stand between («беседа Путина с»)
        k += 1
    return k < len(tokens) and _partner_after(tokens, lemmas, k)


def held_with_partner(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """«Лавров провёл с Керри беседу один на один»: the partner after «с» stands between the
    light verb that holds the talk and the noun at i."""
    for v in range(i - 1, max(-1, i - _REACH - 1), -1):
        if lemmas[v] in HOLD_VERBS:
            return any(
                lemmas[k] in _WITH and _partner_after(tokens, lemmas, k) for k in range(v + 1, i)
            )
    return False


def _partner_after(tokens: Sequence[Token], lemmas: Sequence[str], k: int) -> bool:
    """Is «с» at k followed by a titled official or a named person in the instrumental?"""
    if lemmas[k] not in _WITH:
        return False
    for j in range(k + 1, min(len(tokens), k + 4)):
        if lemmas[j] in PRESS_WORDS:
            return False
        if tokens[j].pos == "ADJ":
            continue
        if tokens[j].feats.get("Case") != "Ins":
            return False
        if lemmas[j] in PARTNER_WORDS:
            return True
        # a name, not a newspaper's title in quotes («в беседе с «Известиями»»)
        return tokens[j].pos == "PROPN" and tokens[j - 1].text not in _OPEN_QUOTES
    return False


def _two_named(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """«беседа Путина и Си Цзиньпина»: names in the genitive joined by «и» right after the
    noun, two talkers (not «беседа Путина» alone, which may be his interview)."""
    k, names = i + 1, 0
    while k < len(tokens) and k <= i + 2 * _REACH:
        t = tokens[k]
        if t.pos == "PROPN" and (k == i + 1 or lemmas[k - 1] == "и"):
            # the first in the genitive; one after «и» may be a name that does not decline
            names += 1 if k > i + 1 or t.feats.get("Case") == "Gen" else 0
        elif lemmas[k] != "и":
            break
        k += 1
    return names >= 2
