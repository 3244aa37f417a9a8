"""The ordinal in a report's noun phrase, kept among its word keys for the merge.

«14-й пакет санкций» and «15-й пакет санкций», «второй раунд консультаций» and «третий
раунд»: the same body, the same kind of happening, often the same weekday, yet two
happenings, and the ordinal is what tells them apart. A numbered noun is kept as
ORDINAL_MARK + the noun's root + «=» + the number («#пакет=14»), so that it travels with the
other keys (an event's signature); two reports that number the same noun differently are two
happenings (`apart`). Ordinals of different nouns say nothing about each other («первый
визит» and «второй день визита»).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from app.ingest.events.key_memo import keyed
from app.ingest.nlp import Token

ORDINAL_MARK = "#"
# «14-й», «15-го», «20-я», «21-м»: digits with a case ending.
_DIGITS = re.compile(r"(\d{1,4})-[а-яё]{1,3}")
_WORDS = {
    "первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4, "пятый": 5,
    "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10,
    "одиннадцатый": 11, "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14,
    "пятнадцатый": 15, "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18,
    "девятнадцатый": 19, "двадцатый": 20, "тридцатый": 30, "сороковой": 40,
    "пятидесятый": 50,
}  # fmt: skip
# The ordinal words by lemma («третий», «четвертый»), for a sitting told by its number.
ORDINAL_WORDS = frozenset(_WORDS)
# «14-й пакет», «15-й пакет антироссийских санкций», «20-я встреча»: the noun follows,
# an adjective may come between («второй очный раунд»).
_LOOKAHEAD = 2


def number(tok: Token) -> int | None:
    """The number an ordinal token says, else None."""
    m = _DIGITS.fullmatch(tok.text.lower())
    if m:
        return int(m.group(1))
    return _WORDS.get(tok.lemma.lower().replace("ё", "е")) or _WORDS.get(tok.lemma.lower())


def ordinal_keys(
    toks: Sequence[Token], root: Callable[[Token], str], skip: Callable[[Token], bool]
) -> set[str]:
    """The marked «noun=number» keys of the sentence's numbered nouns."""
    out: set[str] = set()
    for i, t in enumerate(toks):
        if skip(t) or t.pos not in ("ADJ", "NUM"):
            continue
        n = number(t)
        if n is None:
            continue
        # «двадцать первый»: a compound ordinal, read whole or not at all.
        if i > 0 and toks[i - 1].pos == "NUM":
            continue
        for nxt in toks[i + 1 : i + 1 + _LOOKAHEAD]:
            if nxt.pos == "NOUN":
                out.add(f"{ORDINAL_MARK}{root(nxt)}={n}")
                break
            if nxt.pos != "ADJ":
                break
    return out


@keyed
def numbered(keys: Iterable[str]) -> dict[str, set[int]]:
    """Each numbered noun's numbers among the keys (shared for a frozenset: read it only)."""
    out: dict[str, set[int]] = {}
    for k in keys:
        if not k.startswith(ORDINAL_MARK):
            continue
        noun, _, n = k[1:].rpartition("=")
        if noun and n.isdigit():
            out.setdefault(noun, set()).add(int(n))
    return out


def apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """The two reports number one noun differently («14-й пакет», «15-й пакет»): two
    happenings, however alike the rest."""
    na, nb = numbered(a), numbered(b)
    return any(not na[noun] & nb[noun] for noun in na.keys() & nb.keys())


@keyed
def plain(keys: Iterable[str]) -> frozenset[str]:
    """The keys without the numbered nouns (wording is compared on the rest)."""
    return frozenset(k for k in keys if not k.startswith(ORDINAL_MARK))
