"""A contact told as held apart is not the bigger contact it was held beside.

«На полях саммита Путин провёл отдельную встречу с Ху Цзиньтао», «До общего заседания Лавров
провёл отдельные переговоры с Фахми», «Блинкен тем временем отдельно побеседовал с Цинь Ганом»:
«отдельный» / «отдельно» on the contact's own word says that this talk is not the session, summit
or talks the article is about, even though its two people took part in that one too. An event
whose trigger carries such a word has APART_MARK among its keys; within one article it is not
merged with a contact that holds a party it lacks (a person or a body: a state may stand for its
people), nor does such a contact merge into it. Two reports of the separate talk itself (the
same people, nothing more) still merge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from app.ingest.events.lexicon import APART_WORDS
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

APART_MARK = "%apart"
CONTACTS = frozenset({"call", "meeting", "talks"})


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def apart_keys(
    toks: Sequence[Token], parse: SentenceParse | None, idx: int, typ: str
) -> frozenset[str]:
    """The mark for a contact whose trigger at `idx` is told as held apart: «отдельный» /
    «отдельно» hangs on it in the parse, or stands right beside it («отдельную встречу»,
    «отдельно побеседовал», «встретился отдельно»)."""
    if typ not in CONTACTS:
        return frozenset()
    for j, tok in enumerate(toks):
        if _lemma(tok) not in APART_WORDS:
            continue
        on_trigger = parse is not None and j < len(parse.heads) and parse.heads[j] == idx
        if on_trigger or abs(j - idx) == 1:
            return frozenset({APART_MARK})
    return frozenset()


def told_apart(
    type_a: str,
    actors_a: Iterable[str],
    keys_a: Iterable[str],
    type_b: str,
    actors_b: Iterable[str],
    keys_b: Iterable[str],
    is_state: Callable[[str], bool],
    parents: Mapping[str, str],
) -> bool:
    """Is one of two contacts told as held apart, and the other one holds a party it lacks?"""
    if type_a not in CONTACTS or type_b not in CONTACTS:
        return False
    marked_a, marked_b = APART_MARK in set(keys_a), APART_MARK in set(keys_b)
    if marked_a == marked_b:
        return False
    apart, other = (actors_a, actors_b) if marked_a else (actors_b, actors_a)
    own = set(apart) | {parents.get(x, x) for x in apart}
    return any(x not in own and not is_state(x) for x in other)
