"""Short readable event titles in the article's language: «Телефонный разговор Путина и
Трампа», «Заявление МИД России: диалог ведётся практически беспрерывно…».

Names are put in the genitive with pymorphy3 (a person by surname; an organisation's
leading adjectives and head noun, the rest as written: «Государственного департамента США»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.ingest.dates.morph import analyzer

# The inflecting helpers below are cached: the same names recur in every article.
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


@lru_cache(maxsize=4096)
def _inflect_word(word: str, case: str = "gent") -> str | None:
    """`case` of a nominative noun/adjective; None when the word is not one."""
    if not re.fullmatch(r"[А-Яа-яЁё-]+", word) or word.isupper():
        return None  # abbreviations (МИД, США) do not decline
    for p in analyzer().parse(word):
        if {"nomn"} <= set(p.tag.grammemes) and p.tag.POS in ("NOUN", "ADJF"):
            g = p.inflect({case})
            if g is None:
                return None
            return _like(word, str(g.word))
    return None


def _like(original: str, word: str) -> str:
    """`word` with the capitals of `original`, part by part («Санкт-Петербурге»);
    glued initials too («В.Н.Кузьмичёвым»), split after each stop."""
    parts, orig = re.split(r"(?<=[-.])", word), re.split(r"(?<=[-.])", original)
    if len(parts) != len(orig):
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    return "".join(
        p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, orig, strict=True)
    )


def genitive(phrase: str, person: bool = False) -> str:
    """«Сергей Лавров» -> «Лаврова»; «Белый дом» -> «Белого дома»; «МИД России» as is."""
    return inflect(phrase, "gent", person)


@lru_cache(maxsize=4096)
def inflect(phrase: str, case: str, person: bool = False) -> str:
    """A nominative name in `case` (gent, ablt, accs, loct); a person by surname."""
    words = phrase.split()
    if not words:
        return phrase
    if person:
        if len(words[-1]) <= 2:
            return phrase  # a Chinese name ends in a one-syllable given name: «Ван И»
        if re.fullmatch(r"[IVXLC]+", words[-1]):
            return phrase  # a monarch's numeral: «Мсвати III» is not declined by a rule
        female = len(words) > 1 and _is_female_name(words[0])
        if case == "gent":
            surname = _inflect_surname(words[-1], female)
        else:
            surname = _inflect_surname_in(words[-1], female, case)
        # A surname that comes first and is short stays with the given name: «Си Цзиньпина».
        return f"{words[0]} {surname}" if len(words) == 2 and len(words[0]) <= 2 else surname
    out: list[str] = []
    declining = True
    for w in words:
        if declining:
            g = _inflect_word(w, case)
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


@lru_cache(maxsize=4096)
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


@lru_cache(maxsize=4096)
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
                return _like(surname, str(g.word))
    low = surname.lower()
    for ending, gen in _SURNAME_GENITIVE:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            feminine_ending = gen.endswith("ой") and not ending.endswith("ой")
            if feminine_ending == female:
                return surname[: -len(ending)] + gen
    if not female and _declines_as_noun(low):
        # A man's surname in -а or -ь declines like a noun: «Кисида» → «Кисиды»,
        # «Боррель» → «Борреля».
        if low[-1] == "ь":
            return surname[:-1] + "я"
        return surname[:-1] + ("и" if low[-2] in "гкхжшщч" else "ы")
    if female or not low[-1:].isalpha() or low[-1] in "аеёиоуыэюяь":
        return surname
    if low[-1] == "й":
        return surname[:-1] + "я"
    return surname + "а"


def _declines_as_noun(low: str) -> bool:
    """A foreign man's surname in -а after a consonant or in -ь («Кисида», «Боррель»)."""
    return len(low) > 3 and (
        (low[-1] == "а" and low[-2] not in "аеёиоуыэюя") or (low[-1] == "ь" and low[-2] in "лнр")
    )


# Instrumental of surnames the dictionary lacks, by ending (the genitive's counterpart).
_SURNAME_INSTRUMENTAL = (
    ("ская", "ской"), ("цкая", "цкой"), ("ова", "овой"), ("ева", "евой"), ("ина", "иной"),
    ("ский", "ским"), ("цкий", "цким"), ("ов", "овым"), ("ев", "евым"), ("ин", "иным"),
)  # fmt: skip


def _inflect_surname_in(surname: str, female: bool, case: str) -> str:
    """A surname in a case other than the genitive (instrumental, mostly: «с Моди»,
    «с Трампом», «с Лавровым»); as written when it does not decline."""
    for p in analyzer().parse(surname):
        grams = set(p.tag.grammemes)
        if (
            {"Surn", "nomn", "sing"} <= grams
            and "Fixd" not in grams
            and ("femn" in grams) == female
        ):
            g = p.inflect({case})
            if g is not None:
                return _like(surname, str(g.word))
    low = surname.lower()
    if case == "ablt" and not female and _declines_as_noun(low):
        return surname[:-1] + ("ем" if low[-1] == "ь" else "ой")  # «с Кисидой», «с Боррелем»
    if case == "ablt":
        for ending, form in _SURNAME_INSTRUMENTAL:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                if form.endswith("ой") == female:
                    return surname[: -len(ending)] + form
    if female or not low[-1:].isalpha() or low[-1] in "аеёиоуыэюяь":
        return surname
    if case == "ablt":
        return surname[:-1] + "ем" if low[-1] == "й" else surname + "ом"
    return surname


@lru_cache(maxsize=4096)
def company(name: str, case: str) -> str:
    """A company or outlet in quotes: led by an adjective it declines as a phrase
    («„Первого канала“»), else by its last word («„Газпром нефти“», «„Роснефти“»)."""
    bare = name.strip('«»„“"')
    words = bare.split()
    if not words:
        return name
    first = analyzer().parse(words[0])[0].tag.POS
    if first == "ADJF":
        return f"„{inflect(bare, case)}“"
    last = _inflect_word(words[-1], case)
    if last is not None:
        words[-1] = last
    return f"„{' '.join(words)}“"


def _named(kind: str, name: str, case: str) -> str:
    if kind in ("company", "media"):
        return company(name, case)
    return inflect(name, case, kind == "person")


_VOWELS = "аеёиоуыэюя"


def _with(word: str) -> str:
    """«с» or «со» before a word starting with с, з, ш, ж, щ and a consonant («со Стармером»)."""
    low = word.lower()
    return "со" if low[:1] in "сзшжщ" and len(low) > 1 and low[1] not in _VOWELS else "с"


def _in(place: str, case: str) -> str:
    """«в Москве», «во Франции», «в Кремль»: the preposition «в» and the place in `case`."""
    words = inflect(place, case)
    low = words.lower()
    vo = low[:1] in "вф" and len(low) > 1 and low[1] not in _VOWELS
    return f"{'во' if vo else 'в'} {words}"


def join_ru(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " и " + items[-1]


def shorten(text: str, limit: int, keep_quotes: bool = False) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:—–-" if keep_quotes else ' ,.;:—–-"«»“”')
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


# Happenings named «X с Y» (one party meets another), not «X и Y».
_WITH_TYPES = frozenset({"meeting"})
# Happenings whose place goes in the accusative («визит в Москву»), not the prepositional.
_TO_TYPES = frozenset({"visit"})
_SPEECH = frozenset({"statement", "answers", "proposal", "interview", "press-conference"})


def make_title(
    type_: str,
    actors: Sequence[tuple[str, str]],
    gist: str | None = None,
    venue: tuple[str, str] | None = None,
    target: tuple[str, str] | None = None,
) -> str:
    """`actors` are (kind, Russian name) of the participants (or the speaker) in order of
    importance; at most three are named. `venue` is the place, `target` the one sanctions
    are against: «Встреча Путина с Моди в Кремле», «Визит Ван И в Москву», «Санкции Минфина
    США против „Газпром нефти“»."""
    label = TYPE_LABEL_RU.get(type_, type_)
    named = list(actors[:3])
    if type_ in _WITH_TYPES and len(named) == 2:
        (k1, n1), (k2, n2) = named
        other = _named(k2, n2, "ablt")
        head = f"{label} {_named(k1, n1, 'gent')} {_with(other)} {other}"
    else:
        names = [_named(kind, name, "gent") for kind, name in named]
        head = f"{label} {join_ru(names)}".strip()
    if type_ == "sanctions" and target is not None:
        head += f" против {_named(target[0], target[1], 'gent')}"
    if venue is not None and type_ not in _SPEECH and type_ != "sanctions":
        head += " " + _in(venue[1], "accs" if type_ in _TO_TYPES else "loct")
    if gist and type_ in ("statement", "answers", "proposal", "sanctions", "agreement"):
        room = min(MAX_GIST, MAX_TITLE - len(head) - 2)
        if room >= 20:
            return f"{head}: {shorten(gist, room)}"
    return shorten(head, MAX_TITLE, keep_quotes=True)
