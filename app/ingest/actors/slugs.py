"""Ids of actors the gazetteer does not know: their Russian names transliterated to ASCII
slugs («Маргарита Волошина» → ``margarita-voloshina``), so a new person, organisation or
body gets a readable, stable id from its name alone (and an English name is never guessed
from it)."""

from __future__ import annotations

import re

# Russian (and Ukrainian) letters to ASCII, BGN/PCGN-like but simplified for slugs.
_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
}
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    """ASCII transliteration of Cyrillic text (Latin letters and digits pass through)."""
    out: list[str] = []
    for ch in text:
        low = ch.lower()
        tr = _TRANSLIT.get(low)
        if tr is None:
            out.append(ch)
        elif ch.isupper() and tr:
            out.append(tr[0].upper() + tr[1:])
        else:
            out.append(tr)
    return "".join(out)


def slugify(text: str) -> str:
    """«Маргарита Волошина» -> ``margarita-voloshina``."""
    return _NON_SLUG.sub("-", transliterate(text).lower()).strip("-")
