"""A title the article gives a named person is that person where the title stands alone.

News name a person once with his title («госсекретарь США Джон Керри») and then by the title
alone («переговоры между госсекретарем США и главой МИД России», «с государственным
секретарём США»). The gazetteer's holder of the title on the publication day may be somebody
else (an article of 2018 retelling 2016) or nobody it knows (a holder before its terms
begin): the article's own bearer of the title wins, the nearest one named before the bare
title, else the first one named after it. A former holder («бывший госсекретарь») and a
deputy's title («заместитель госсекретаря») are left as they are.

A title is followed by its bearer's name right after it, or with a parenthesised short name
of the state («президент ОАЭ (Объединенных Арабских Эмиратов) ...») or a rank or a courtesy
title between them («принц», «шейх», «адмирал»; app/data/actors_refs.toml [name_ranks]).
A name spelt another way than the gazetteer spells the holder's («Файсал бин Фархан»,
«Мохаммед бин Зайд аль-Нахайян») is the holder when they share a word of the name that is not
the first name (same_person).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol, TypeVar

from app.ingest.actors import shared_head
from app.ingest.actors.gazetteer import ActorRecord
from app.ingest.nlp import Token

# Particles of Arabic and other names: never the word that tells two people apart.
_PARTICLES = frozenset(
    {"бен", "бин", "ибн", "аль", "ал", "эль", "ас", "ад", "ат", "ан", "ар", "абу", "де", "фон"}
)
_MAX_ASIDE = 6  # tokens inside a parenthesis between a title and a name


class Hit(shared_head.Hit, Protocol):
    """An actor hit that also says how it was found and its gazetteer record."""

    @property
    def via(self) -> str: ...
    @property
    def record(self) -> ActorRecord | None: ...


T = TypeVar("T", bound="Hit")


@dataclass(frozen=True, slots=True)
class TitleMention:
    """A role title in the text: tokens ``i``..``j`` (exclusive), the role's id, and
    whether it may stand for the article's bearer when no name follows it."""

    i: int
    j: int
    role: str
    free: bool


@lru_cache(maxsize=1)
def name_ranks() -> frozenset[str]:
    with (resources.files("app") / "data" / "actors_refs.toml").open("rb") as f:
        return frozenset(tomllib.load(f)["name_ranks"]["words"])


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def name_start(tokens: Sequence[Token], j: int) -> int:
    """The token where a name after a title ending at token ``j`` may begin: ``j`` itself,
    or past a parenthesis and ranks («президент ОАЭ (Объединенных Арабских Эмиратов)»,
    «главой МИД принцем»)."""
    k = j
    if k < len(tokens) and tokens[k].text == "(":
        last = min(len(tokens), k + _MAX_ASIDE + 2)
        close = next((m for m in range(k + 1, last) if tokens[m].text == ")"), None)
        if close is not None:
            k = close + 1
    ranks = name_ranks()
    while k < len(tokens) and _norm(tokens[k].lemma) in ranks and not tokens[k].text[:1].isupper():
        k += 1
    return k


def _words(name: str) -> list[str]:
    """The words of a name but its particles and ranks («принц Фейсал бен Фархан»:
    фейсал, фархан)."""
    skip = _PARTICLES | name_ranks()
    return [w for w in _norm(name).replace("-", " ").split() if w not in skip]


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    # An ending left on a name the normaliser could not decline («Нахайяном»).
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 2


def same_person(name: str, record: ActorRecord) -> bool:
    """Is the written ``name`` the gazetteer's ``record`` spelt another way? They share a
    word of the name that is not its first (a surname, a father's name: «Файсал бин Фархан»
    and «Фейсал бен Фархан»), or the last word («Ли Цян»)."""
    words = _words(name)
    if not words:
        return False
    for known in (record.name_ru, *record.aliases):
        kw = _words(known)
        if len(kw) < 2 or len(words) < 2:
            continue
        if _same_word(words[-1], kw[-1]):
            return True
        if any(len(w) >= 4 and _same_word(w, k) for w in words[1:] for k in kw[1:]):
            return True
    return False


def own_bearers(
    hits: Sequence[Hit],
    tokens: Sequence[Token],
    mentions: Sequence[TitleMention],
    is_person: Callable[[Hit], bool],
) -> dict[int, Hit]:
    """Mention index -> the person hit that names the title's bearer right after it (or a
    hit taking in both, «министр иностранных дел России Сергей Лавров»)."""
    by_start = {h.start: h for h in hits if is_person(h)}
    out: dict[int, Hit] = {}
    for idx, m in enumerate(mentions):
        if not m.free:
            continue  # «заместитель госсекретаря США X», «бывший госсекретарь X»
        s, e = tokens[m.i].start, tokens[m.j - 1].end
        whole = by_start.get(s)
        if whole is not None and whole.end > e:
            out[idx] = whole
            continue
        k = name_start(tokens, m.j)
        if k < len(tokens) and (after := by_start.get(tokens[k].start)) is not None:
            out[idx] = after
    return out


def with_own_bearers(
    hits: list[T],
    tokens: Sequence[Token],
    mentions: Sequence[TitleMention],
    is_person: Callable[[Hit], bool],
    make: Callable[[int, int, Hit], T],
    could_hold: Callable[[TitleMention, str], bool],
) -> list[T]:
    """``hits`` with every free bare title standing for the article's own bearer of it:
    the hit of the title (the gazetteer's holder on the day, or none when it knows
    nobody) becomes the bearer's (``make(start, end, bearer)``). A bearer the gazetteer
    knows did not hold the office on the title's day is not it (``could_hold``): a
    background paragraph dated years back («В 2016 году госсекретарь США ...»)."""
    bearers = own_bearers(hits, tokens, mentions, is_person)
    named: dict[str, list[tuple[int, Hit]]] = {}
    for idx, person in bearers.items():
        named.setdefault(mentions[idx].role, []).append((tokens[mentions[idx].i].start, person))
    if not named:
        return hits
    out = list(hits)
    for idx, m in enumerate(mentions):
        if idx in bearers or not m.free or m.role not in named:
            continue
        s, e = tokens[m.i].start, tokens[m.j - 1].end
        if any(h.start < e and s < h.end and not (h.start == s and h.end == e) for h in out):
            continue  # inside a longer mention
        fit = [(pos, p) for pos, p in named[m.role] if could_hold(m, p.actor_id)]
        if not fit:
            continue
        before = [p for pos, p in fit if pos < s]
        after = [p for pos, p in fit if pos > s]
        bearer = before[-1] if before else after[0]
        out = [h for h in out if not (h.start == s and h.end == e)]
        out.append(make(s, e, bearer))
    out.sort(key=lambda h: (h.start, h.end))
    return out
