"""Where a report places its happening, kept among its word keys for the merge.

Outlets retell one happening in their own words, but they name its place alike («в Ханое»,
«переговоры прошли в Ханое»): the place is strong evidence that two reports with the same
principal and nearby dates are one happening. A place is a proper noun governed by «в/во»
(«в Анталье», «в Нижнем Новгороде»), kept as its root with PLACE_MARK in front, so that it
travels with the other keys (an event's signature) and is told apart from plain words.

A place one sets off for or goes back to is not where the happening was: «проведя переговоры
в Белграде, министр вылетел в Москву» happened in Belgrade, and Moscow (the trip home, or the
next stop) would weld the visitor's trips to other places by his own capital (capitals.py).
A place one returns to is never kept; one left for is kept only when the sentence names no
other place, for the setting off is then the happening told («министр вылетит в Париж»).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from app.ingest.events.key_memo import keyed
from app.ingest.events.lexicon import LEAVING_VERBS, PLACE_NOUNS, RETURNING_VERBS
from app.ingest.nlp import Token

PLACE_MARK = "@"
_IN = frozenset({"в", "во"})
# «в Нижнем Новгороде», «в Северной Корее»: an adjective may come between; «в исландской
# столице Рейкьявике»: an adjective and a noun for the kind of place.
_LOOKAHEAD = 3
# «вылетел из Белграда в Москву», «вернулся вечером в Москву»: how far back, within the
# clause, the verb of motion may stand before «в».
_LOOKBACK = 4
_BACK = frozenset({"обратно", "назад"})


def _motion(toks: Sequence[Token], i: int) -> str | None:
    """"leave" or "return" when «в» at i follows a verb of setting off or going back in
    its clause, else None."""
    back = False  # «отправилась обратно в Москву»: setting off back is going back
    for j in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
        t = toks[j]
        if t.pos == "PUNCT" or t.pos == "CCONJ":
            return None
        back = back or t.text.lower() in _BACK
        if t.pos == "VERB":
            lemma = t.lemma.lower()
            if lemma in RETURNING_VERBS:
                return "return"
            if lemma in LEAVING_VERBS:
                return "return" if back else "leave"
            return None
    return None


def place_keys(toks: Sequence[Token], root: Callable[[Token], str]) -> set[str]:
    """The marked roots of the proper nouns the sentence puts its happening in: «в Ханое»,
    and after a noun for the kind of place, its name («в городе Сочи») and the state it
    names first («в столице Исландии Рейкьявике»: both)."""
    out: set[str] = set()
    left_for: set[str] = set()  # places set off for, kept if no other place is named
    for i, t in enumerate(toks):
        if t.text.lower() not in _IN:
            continue
        motion = _motion(toks, i)
        if motion is not None:
            nxt = _name_after(toks, i)
            if nxt is not None and nxt.feats.get("Case") == "Acc":
                if motion == "leave":
                    left_for.add(PLACE_MARK + root(nxt))
                continue
        kind = False  # a place noun («столице») came: its names follow
        for j in range(i + 1, min(len(toks), i + 1 + _LOOKAHEAD)):
            nxt = toks[j]
            if nxt.pos == "PROPN":
                out.add(PLACE_MARK + root(nxt))
                if not kind:
                    break
                if j + 1 < len(toks) and toks[j + 1].pos == "PROPN":
                    out.add(PLACE_MARK + root(toks[j + 1]))
                break
            if nxt.pos == "NOUN" and nxt.lemma in PLACE_NOUNS and not kind:
                kind = True
                continue
            if nxt.pos != "ADJ":
                break
    return out or left_for


def _name_after(toks: Sequence[Token], i: int) -> Token | None:
    """The proper noun «в» at i governs, past adjectives («в Нижний Новгород»)."""
    for j in range(i + 1, min(len(toks), i + 1 + _LOOKAHEAD)):
        if toks[j].pos == "PROPN":
            return toks[j]
        if toks[j].pos != "ADJ":
            return None
    return None


@keyed
def places(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith(PLACE_MARK))


@keyed
def words(keys: Iterable[str]) -> frozenset[str]:
    """The keys that are plain words (wording is compared on these)."""
    return frozenset(k for k in keys if not k.startswith(PLACE_MARK))
