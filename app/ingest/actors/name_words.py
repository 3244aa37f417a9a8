"""Words natasha tags as part of a person's name that the dictionary says are none (rule 5
of names.py): a common word, a word for someone of a nation, a compound adjective, a place's
name before initials, an adverb; and the grammemes and the analyser the name rules share."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
PROPER_GRAMS = NAME_GRAMS | {"Geox", "Orgn", "Abbr", "Trad"}
CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")


def morph() -> Any:
    from app.ingest.morph_parses import analyzer  # one per process, parses kept per word

    return analyzer()


@lru_cache(maxsize=20_000)
def nationality(word: str) -> bool:
    """A common noun for someone of a nation, whose adjective the dictionary knows
    («американец», «американка»: «американский»); not a name that is also a common word."""
    if not common_word(word):
        return False
    for p in morph().parse(word):
        lemma = str(p.normal_form)
        if p.tag.POS != "NOUN" or "anim" not in p.tag.grammemes:
            continue
        for suffix in ("ец", "ка"):
            if lemma.endswith(suffix) and len(lemma) > len(suffix) + 3:
                if morph().word_is_known(lemma[: -len(suffix)] + "ский"):
                    return True
    return False


@lru_cache(maxsize=5_000)
def adjective_compound(word: str) -> bool:
    """Rule 5: a compound adjective, a stem in «-о» joined to an adjective
    («Российско-иорданская», «Северо-западный»): no name is made so («Жан-Клод»,
    «аль-Муфлех», «Кара-Мурза» are not). The last part may be a surname too («Иорданская»)."""
    first, _, last = word.rpartition("-")
    if len(first) < 4 or not first.lower().endswith("о") or not last:
        return False
    return any(p.is_known and p.tag.POS == "ADJF" for p in morph().parse(last.lower()))


@lru_cache(maxsize=20_000)
def common_word(word: str) -> bool:
    """Rule 5: the dictionary knows the word, and never as a proper name."""
    parses = morph().parse(word)
    return bool(parses) and all(
        p.is_known and not PROPER_GRAMS & set(p.tag.grammemes) for p in parses
    )


@lru_cache(maxsize=5_000)
def place_only(word: str) -> bool:
    """A word the dictionary knows only as a place's name («Мозамбик», «Боливия», «Перу»),
    never as a person's («Израиль» is a first name too): before initials, where no given
    name stands, it is the state an official's title ends with, not part of his name."""
    if not CYRILLIC_WORD.fullmatch(word):
        return False
    parses = [p for p in morph().parse(word) if p.is_known]
    return bool(parses) and any("Geox" in p.tag for p in parses) and not any(
        NAME_GRAMS & set(p.tag.grammemes) for p in parses
    )


@lru_cache(maxsize=5_000)
def adverbial(word: str) -> bool:
    """A word the dictionary knows only as an adverb («Накануне», «Затем») or a noun in the
    instrumental used as one («Утром», «Вечером»), never as a name («Чан» is a noun in the
    nominative, a syllable of a Vietnamese name too)."""
    if not CYRILLIC_WORD.fullmatch(word):
        return False
    parses = morph().parse(word)
    return bool(parses) and all(
        p.is_known
        and not PROPER_GRAMS & set(p.tag.grammemes)
        and (p.tag.POS == "ADVB" or (p.tag.POS == "NOUN" and p.tag.case == "ablt"))
        for p in parses
    )
