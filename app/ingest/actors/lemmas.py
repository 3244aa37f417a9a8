"""Lemma keys shared by the gazetteer (aliases) and the matcher (text tokens).

An alias word is stored as one key set: its pymorphy3 normal form (for a capitalised word a
proper-name reading is preferred: «Лавров» -> «лавров», not «лавр») plus, for capitalised
words, a crude stem («~рябков») so foreign and rare surnames that pymorphy3 mis-analyses
(«Рябков» -> «рябок», «Вэнсом» -> «вэнсом») still meet their inflected forms.
A text token's key set holds every normal form pymorphy3 offers, natasha's lemma, the word
itself and (capitalised words only) the same stem. A token matches an alias word when the two
sets share a key. Everything is lowercased with ё -> е.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from razdel import tokenize

# Nominal endings stripped to make a stem; longest first. A stem keeps at least 3 letters.
_ENDINGS = tuple(
    sorted(
        {
            "ого",
            "его",
            "ому",
            "ему",
            "ыми",
            "ими",
            "ами",
            "ями",
            "ой",
            "ей",
            "ом",
            "ем",
            "ым",
            "им",
            "ую",
            "юю",
            "ая",
            "яя",
            "ий",
            "ый",
            "ов",
            "ев",
            "ах",
            "ях",
            "ам",
            "ям",
            "а",
            "я",
            "у",
            "ю",
            "е",
            "ы",
            "и",
        },
        key=len,
        reverse=True,
    )
)
# «ов»/«ев» are surname suffixes, not endings: never strip them (Лавров -> лавров).
_KEEP = ("ов", "ев", "ин")
_PROPER_GRAMS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Abbr", "Trad"})
_CONTENT_POS = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "PRTS", "NUMR"})
_EX_PREFIX = "экс-"
_MIN_STEM = 3


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def stem(word: str) -> str | None:
    """Crude stem of a normalised word, prefixed with ``~`` (never equal to a lemma)."""
    if len(word) < _MIN_STEM or not word.isalpha():
        return None
    if word.endswith("ий") and len(word) - 2 < _MIN_STEM:
        # A short name in «-ий» keeps its «и» as its other forms do: «Абий», «Абия»,
        # «Абием» -> «~аби».
        return "~" + word[:-1]
    for ending in _ENDINGS:
        if ending in _KEEP:
            continue
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return "~" + word[: -len(ending)]
    return "~" + word


def split_words(phrase: str) -> list[str]:
    """Tokenise an alias the way natasha tokenises text (razdel), dropping punctuation."""
    return [t.text for t in tokenize(phrase) if any(ch.isalnum() for ch in t.text)]


class Lemmatizer:
    """pymorphy3-backed lemma keys, cached per word."""

    def __init__(self) -> None:
        from app.ingest.morph_parses import analyzer  # one per process, parses kept per word

        self._morph: Any = analyzer()
        self.alias_keys = lru_cache(maxsize=50_000)(self._alias_keys)
        self.token_keys = lru_cache(maxsize=200_000)(self._token_keys)
        # Cached because the era step lemmatises every word of every article.
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)

    def _parses(self, word: str) -> list[Any]:
        parses: list[Any] = self._morph.parse(word)
        return parses

    def _lemma(self, word: str) -> str:
        """The one normal form that represents ``word`` in an alias."""
        parses = self._parses(word)
        if not parses:
            return norm(word)
        if is_capitalised(word):
            for p in parses:
                if _PROPER_GRAMS & set(p.tag.grammemes):
                    return norm(p.normal_form)
        for p in parses:
            if p.tag.POS in _CONTENT_POS:
                return norm(p.normal_form)
        return norm(parses[0].normal_form)

    def _alias_keys(self, word: str) -> frozenset[str]:
        keys = {self.lemma(word)}
        if is_capitalised(word):
            s = stem(norm(word))
            if s:
                keys.add(s)
        return frozenset(keys)

    def _token_keys(self, word: str, lemma: str) -> tuple[frozenset[str], bool]:
        """Keys of a text token and whether it carries the «экс-» prefix."""
        n = norm(word)
        if n.startswith(_EX_PREFIX) and len(n) > len(_EX_PREFIX) + 1:
            rest_word = word[len(_EX_PREFIX) :]
            rest, _ = self._token_keys(rest_word, rest_word)
            return rest | {n, norm(lemma)}, True
        keys = {n, norm(lemma)}
        keys.update(norm(p.normal_form) for p in self._parses(word))
        if is_capitalised(word):
            s = stem(n)
            if s:
                keys.add(s)
        return frozenset(keys), False

    def phrase_key(self, phrase: str) -> str:
        """The lemmatised form of a phrase: «Сергея Лаврова» -> «сергей лавров»."""
        return " ".join(self.lemma(w) for w in split_words(phrase))
