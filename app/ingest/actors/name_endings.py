"""Case endings of foreign names: which ending a declined name carries, and when a name
that looks declined is not.

Rule 3 of names.py: a word no dictionary knows loses an ending only a declined name has
(`strip_ending`). Russian declines a foreign name by its ending as it does a noun:

- a name in a vowel + «я» or «йя» («Туомиоя», «Лайя», «Гойя») has the instrumental «-ей»
  right after the vowel or «й» («с Эркки Туомиоей», «с Аранчей Гонсалес Лайей»); no
  nominative of a name ends so (Russian «Алексей», «Сергей» are in the dictionary);
- a name in a hissing consonant + «а» («Аранча», «Моника Гаруча») has «-ей» after it
  («с Аранчей»), as «Саша» has «Сашей».

A name the dictionary knows only in oblique cases none of which is the case of the title it
stands beside (`disagrees`) is a foreign name that does not decline, written as it is:
«с королевой Маргрете II» («Маргрете»: the dative of «Маргрета», but the title is in the
instrumental), «с президентом Жоау Лоуренсу» (no dative «Лоуренсу» of «Лоуренс»). The
genitive and accusative of a man share forms, as the dative and prepositional of a name in
«-а» do: within such a pair the cases agree.
"""

from __future__ import annotations

from functools import lru_cache

from app.ingest.actors.name_words import NAME_GRAMS, morph

VOWELS = "аеёиоуыэюя"
_HISSING = "жчшщц"
_OBLIQUE = ("gent", "accs", "datv", "ablt", "loct")
# Cases one form of a name may stand for: a title's case agrees with any of its group.
_AGREEING = {
    # A title in the nominative: a name known only in oblique cases does not decline.
    "nomn": {"nomn"},
    "gent": {"gent", "accs"},
    "accs": {"gent", "accs"},
    "datv": {"datv", "loct"},
    "loct": {"datv", "loct"},
    "ablt": {"ablt"},
}


def _like(original: str, word: str) -> str:
    return word.upper() if original.isupper() else word


def strip_ending(word: str, case: str | None) -> str:
    """Rule 3: a word no dictionary knows, without an ending only a declined name has.
    `case`: the oblique case another word of the name (or its title) shows, if any."""
    low = word.lower()
    n = len(low)
    if n <= 4 or not low.isalpha():
        return word
    if low.endswith(("ским", "цким")):
        return word[:-2] + "ий"
    if low.endswith("ом"):
        return word[:-2]
    if low.endswith(("ым", "им")) and low[-4:-2] in ("ов", "ев", "ин", "ын"):
        return word[:-2]
    if low.endswith("ием"):
        return word[:-2] + "й"  # «Абием» → «Абий»
    if low.endswith("ем") and low[-3] not in "иы":
        return word[:-2] + ("й" if low[-3] in VOWELS else "ь")
    if low.endswith(("ьей", "ией")):
        # The instrumental of a name in «-ья»/«-ия» («Кинтанильей», «Арахамией»): no name
        # is written so in the nominative.
        return word[:-2] + _like(word[-1], "я")
    if low.endswith("ей") and case in (None, "ablt") and low[-3] in VOWELS + "й" + _HISSING:
        # «Туомиоей», «Лайей» of «-оя», «-йя»; «Аранчей» of «-ча».
        return word[:-2] + _like(word[-1], "а" if low[-3] in _HISSING else "я")
    if low.endswith(("ской", "цкой")):
        return word[:-2] + "ая"
    if low.endswith(("ой", "ою")) and low[-3] not in VOWELS:
        return word[:-2] + "а"
    if case in ("gent", "accs") and low[-1] == "а" and low[-2] not in VOWELS:
        return word[:-1]
    if case == "datv" and low[-1] == "у" and low[-2] not in VOWELS:
        return word[:-1]
    # A man's surname in «-а» declines as a noun in «-а» does: «Мартину Вискарре», «о
    # Сириле Рамафосе», «Мартина Вискарры» are «Вискарра», «Рамафоса».
    if case in ("datv", "loct") and low[-1] == "е" and low[-2] not in VOWELS + "ь":
        return word[:-1] + _like(word[-1], "а")
    if case == "gent" and low[-1] == "ы" and low[-2] not in VOWELS:
        return word[:-1] + _like(word[-1], "а")
    return word


@lru_cache(maxsize=20_000)
def disagrees(word: str, title_case: str | None) -> bool:
    """A word the dictionary knows as a name only in oblique cases, none of which agrees
    with the case of the title before it: a foreign name that does not decline."""
    if title_case not in _AGREEING:
        return False
    cases = {
        c
        for p in morph().parse(word)
        if p.is_known and NAME_GRAMS & set(p.tag.grammemes)
        for c in ("nomn", *_OBLIQUE)
        if c in p.tag.grammemes
    }
    agreeing = _AGREEING[title_case]
    if title_case == "accs" and word[-1:] in ("у", "ю"):
        # «посла Акиру Ито»: the accusative of a name in «-а» is the dative of one in a
        # consonant, which is all the dictionary may know.
        agreeing = agreeing | {"datv"}
    return bool(cases) and "nomn" not in cases and not cases & agreeing
