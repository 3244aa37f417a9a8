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
        surname = words[-1]
        return _inflect_surname(surname)
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


def _inflect_surname(surname: str) -> str:
    for p in analyzer().parse(surname):
        grams = set(p.tag.grammemes)
        if "Surn" in grams or "Name" in grams or "nomn" in grams:
            g = p.inflect({"gent"})
            if g is not None and "nomn" in grams and p.tag.POS == "NOUN":
                out = str(g.word)
                return out[:1].upper() + out[1:]
    return surname


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
