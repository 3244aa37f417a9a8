"""Language of a text from letter statistics (no models)."""

from __future__ import annotations

import re

__all__ = ["guess_lang"]

_SAMPLE = 200_000  # characters looked at; plenty for a language guess
_CYR = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_UK = re.compile(r"[іїєґ]")
_RU = re.compile(r"[ыэъё]")
_EN_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|that|for|with|on|was|said)\b")


def guess_lang(text: str) -> str:
    """``"ru"``, ``"uk"``, ``"be"``, ``"en"`` or ``"und"`` (undetermined).

    Cyrillic text: letters only Ukrainian has (і ї є ґ) against letters only Russian has
    (ы э ъ ё); Belarusian has ў and (almost) no и. Latin text is ``"en"`` when English
    function words are common. A Russian article with a Ukrainian headline is ``"ru"``.
    """
    low = text[:_SAMPLE].lower()
    cyr = len(_CYR.findall(low))
    latin = len(_LATIN.findall(low))
    if cyr and cyr >= latin:
        if "ў" in low and low.count("и") * 50 < cyr:
            return "be"
        return "uk" if len(_UK.findall(low)) > len(_RU.findall(low)) else "ru"
    if latin:
        words = max(len(low.split()), 1)
        if len(_EN_WORDS.findall(low)) * 12 >= words:
            return "en"
    return "und"
