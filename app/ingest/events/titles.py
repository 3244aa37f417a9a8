"""Short readable event titles in the article's language: «Телефонный разговор Путина и
Трампа», «Заявление МИД России: диалог ведётся практически беспрерывно…».

Names are put in the genitive with pymorphy3 (a person by surname; an organisation's
leading adjectives and head noun, the rest as written: «Государственного департамента США»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.dates.morph import analyzer

MAX_TITLE = 100
MAX_GIST = 70

TYPE_LABEL_RU: dict[str, str] = {
    "call": "Телефонный разговор",
    "meeting": "Встреча",
    "visit": "Визит",
    "talks": "Переговоры",
    "agreement": "Договорённость",
    "sanctions": "Санкции",
    "proposal": "Предложения",
    "interview": "Интервью",
    "press-conference": "Пресс-конференция",
    "answers": "Ответы",
    "statement": "Заявление",
    "exchange": "Обмен заключёнными",
    "appointment": "Назначение",
    "expiry": "Прекращение договора",
}

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


def _inflect_word(word: str) -> str | None:
    """Genitive of a nominative noun/adjective; None when the word is not one."""
    if not re.fullmatch(r"[А-Яа-яЁё-]+", word) or word.isupper():
        return None  # abbreviations (МИД, США) do not decline
    for p in analyzer().parse(word):
        if {"nomn"} <= set(p.tag.grammemes) and p.tag.POS in ("NOUN", "ADJF"):
            g = p.inflect({"gent"})
            if g is None:
                return None
            out = str(g.word)
            return out[:1].upper() + out[1:] if word[:1].isupper() else out
    return None


def genitive(phrase: str, person: bool = False) -> str:
    """«Сергей Лавров» -> «Лаврова»; «Белый дом» -> «Белого дома»; «МИД России» as is."""
    words = phrase.split()
    if not words:
        return phrase
    if person:
        female = len(words) > 1 and _is_female_name(words[0])
        return _inflect_surname(words[-1], female)
    out: list[str] = []
    declining = True
    for w in words:
        if declining:
            g = _inflect_word(w)
            if g is None:
                declining = False
                out.append(w)
                continue
            out.append(g)
            pos = analyzer().parse(w)[0].tag.POS
            if pos == "NOUN":
                declining = False  # the head noun: what follows is already genitive
        else:
            out.append(w)
    return " ".join(out)


# Russian surname endings and their genitive, for surnames the dictionary lacks
# («Рябков» -> «Рябкова», «Захарова» -> «Захаровой», «Шойгу» stays).
_SURNAME_GENITIVE = (
    ("ская", "ской"), ("цкая", "цкой"), ("ова", "овой"), ("ева", "евой"), ("ёва", "ёвой"),
    ("ина", "иной"), ("ына", "ыной"), ("ский", "ского"), ("цкий", "цкого"), ("ой", "ого"),
    ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"),
)  # fmt: skip


def _is_female_name(first: str) -> bool:
    """A woman's first name: the dictionary's gender where it has the name as a singular
    nominative, else the ending («Кая», «Урсула» yes; «Кир», «Эммануэль» no)."""
    genders = {
        g
        for p in analyzer().parse(first)
        if {"Name", "nomn", "sing"} <= set(p.tag.grammemes)
        for g in ("masc", "femn")
        if g in p.tag.grammemes
    }
    if "masc" in genders:
        return False
    return first[-1:].lower() in ("а", "я")


def _inflect_surname(surname: str, female: bool) -> str:
    """Genitive of a surname: the dictionary's when it knows the surname, else by ending.

    Foreign surnames decline like nouns when a man's ends in a consonant («Трампа»); those
    ending in a vowel («Рубио», «Моди») and foreign women's («Каллас») do not.
    """
    for p in analyzer().parse(surname):
        grams = set(p.tag.grammemes)
        known = {"Surn", "nomn", "sing"} <= grams and "Fixd" not in grams
        if known and ("femn" in grams) == female:
            g = p.inflect({"gent"})
            if g is not None and g.word != surname.lower():
                out = str(g.word)
                return out[:1].upper() + out[1:]
    low = surname.lower()
    for ending, gen in _SURNAME_GENITIVE:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            feminine_ending = gen.endswith("ой") and not ending.endswith("ой")
            if feminine_ending == female:
                return surname[: -len(ending)] + gen
    if female or not low[-1:].isalpha() or low[-1] in "аеёиоуыэюяь":
        return surname
    if low[-1] == "й":
        return surname[:-1] + "я"
    return surname + "а"


def join_ru(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " и " + items[-1]


def shorten(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip(' ,.;:—–-"«»“”')
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:—–-")
    return cut + "…"


def gist_of(sentence: str) -> str | None:
    """What a statement says: the quoted words or the clause after «что»/«о»."""
    q = re.search(r"[«\"“]([^»\"”]{25,})[»\"”]", sentence)
    m = re.search(r",?\s(?:что|о том, что)\s+(.{12,})", sentence)
    if m and (not q or m.start() < q.start()):
        return m.group(1)
    if q:
        return q.group(1)
    return None


def make_title(type_: str, actors: Sequence[tuple[str, str]], gist: str | None = None) -> str:
    """`actors` are (kind, Russian name) in order of importance; at most three are named."""
    label = TYPE_LABEL_RU.get(type_, type_)
    names = [genitive(name, person=(kind == "person")) for kind, name in actors[:3]]
    head = f"{label} {join_ru(names)}".strip()
    if gist and type_ in ("statement", "answers", "proposal", "sanctions", "agreement"):
        room = min(MAX_GIST, MAX_TITLE - len(head) - 2)
        if room >= 20:
            return f"{head}: {shorten(gist, room)}"
    return shorten(head, MAX_TITLE)
