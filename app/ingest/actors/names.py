"""Names of people natasha finds, in the nominative, one name per person of an article.

natasha's normaliser leaves many foreign names as written when its tagger misreads their
case («с Хаканом Фиданом», «с Кисидой»), and an actor called «Хаканом Фиданом» is a second,
wrong actor. Rules, word by word:

1. A word pymorphy3's dictionary knows as a first name, surname or patronymic is put in the
   nominative by the dictionary, keeping its gender («Мухаммеда» → «Мухаммед», «Захаровой» →
   «Захарова»); one it knows in the nominative stays, unless another word of the name showed
   a man's oblique case («Алексея Климова» → «Алексей Климов»).
2. A word natasha's normaliser changed is taken as natasha gives it. So is a word the
   dictionary also reads as a nominative when natasha's form is the nominative of its
   man's oblique reading («Вадима Красикова» → «Вадим Красиков», not a woman «Вадима»).
3. A word nobody knows loses an ending only a declined name has: the instrumental «-ом»
   («Фиданом»), «-ым»/«-им» after a surname suffix («Кенбеиловым»), «-ем» («Фоанем» →
   «Фоань», «Абием» → «Абий»; not on a first word when no other word shows a case: «Казем
   Джалали»), «-ой»/«-ою» («Кисидой» → «Кисида»), «-ьей»/«-ией» («Кинтанильей» →
   «Кинтанилья»). When another word of the same name showed the case (a known first name in
   the genitive), the masculine genitive/dative ending goes too («Мухаммеда бен Заида» →
   «Мухаммед бен Заид»). natasha's normaliser shows the case too when it took a man's ending
   off one word and left the next as written («Абдельмаджида Сенгора» normalised
   «Абдельмаджид Сенгора»: the genitive). A name that shows no case of its own («Гари
   Корена»: an indeclinable first name, an unknown surname) takes the case of the title
   heading it («принял посла Израиля»; apposed_case.py). A vocative reading is never taken
   («Аль» is no «Аля»).
4. Within one article, a surname alone is the person whose full name the article gives with
   the same surname («Фумио Кисида» ... «Кисидой»), and forms of one full name agree. A
   lone first word several full names begin is the one of them named before it, if only one
   was («Шейх Мухаммед» after «Мухаммед бен Заид», before «Мухаммед бен Сальман»).
5. A single word the dictionary knows only as a common word is no name («Сегодня»,
   «Выступающие»), nor is a compound adjective («Российско-иорданская»): natasha's tag
   is wrong. A word for a nationality before a name
   («Американец Джон Доу» at a headline's start) is no part of it; a rank is kept
   («Генерал Смит»): a name may be a word the dictionary knows as a noun («Хакан»).
6. A name never runs over a line break: natasha joins a byline or a menu item to the next
   line («Иван Петров\nПерейти», «Политика\nПетров»); the line that has a name word is it.
7. A man's name (a word the dictionary knows only as a man's first name, «Саид») reads its
   other words only as a man's: an indeclinable foreign surname that looks like a woman's
   first name in an oblique case («Саид Джалили», «с Саидом Джалили»: no «Джалиля») stays
   as written.
8. A word read as a first name in an oblique case only («Апаса»: the genitive of «Апас»)
   that natasha's tagger reads as a nominative in its sentence («Посол Марио Кинтерос Апаса
   ответил») is written as it is: a foreign surname the dictionary does not know.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from app.ingest.actors.apposed_case import apposed_case
from app.ingest.actors.glued import glue_back, split_glued
from app.ingest.actors.name_endings import disagrees, strip_ending
from app.ingest.actors.name_words import (
    CYRILLIC_WORD,
    NAME_GRAMS,
    adjective_compound,
    adverbial,
    common_word,
    morph,
    nationality,
    place_only,
)
from app.ingest.actors.patronymics import addressed
from app.ingest.nlp import Entity, Token

# The case a known name word shows, as the ending rules of rule 3 use it.
_OBLIQUE = ("gent", "datv", "accs", "ablt", "loct")


def _like(original: str, word: str) -> str:
    """`word` with the capitals of `original`, part by part («Ким Чен Ын», «Абу-Даби»);
    glued initials too («В.Н.Кузьмичёвым»), split after each stop."""
    parts, orig = re.split(r"(?<=[-.])", word), re.split(r"(?<=[-.])", original)
    if len(parts) != len(orig):
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    return "".join(
        p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, orig, strict=True)
    )


@lru_cache(maxsize=20_000)
def _known(word: str, man: bool = False) -> tuple[str | None, str | None]:
    """(nominative, case shown) of a word the dictionary knows as a name, else (None, None).
    A word that may be a nominative name stays as written (case None). In a `man`'s name
    (rule 7) only a man's readings count."""
    # A vocative («Аль» of «Аля», «Маш») is no case a news text names anyone in: the
    # article «Аль» of an Arab name is no woman's name.
    parses = [
        p
        for p in morph().parse(word)
        if p.is_known
        and NAME_GRAMS & set(p.tag.grammemes)
        and "sing" in p.tag.grammemes
        and "voct" not in p.tag.grammemes
        and (not man or "masc" in p.tag.grammemes)
    ]
    if not parses:
        return None, None
    if any("nomn" in p.tag.grammemes for p in parses):
        return word, None
    best = parses[0]
    nom = best.inflect({"nomn"})
    if nom is None:
        return None, None
    case = next((c for c in _OBLIQUE if c in best.tag.grammemes), None)
    masc = "masc" in best.tag.grammemes
    return _like(word, str(nom.word)), (case if masc else None)


@lru_cache(maxsize=20_000)
def _womans(word: str) -> bool:
    """A word the dictionary knows only as a woman's name («Мария», «Анна»)."""
    genders = {
        g
        for p in morph().parse(word)
        if p.is_known and NAME_GRAMS & set(p.tag.grammemes)
        for g in ("masc", "femn")
        if g in p.tag.grammemes
    }
    return genders == {"femn"}


@lru_cache(maxsize=20_000)
def _mans_first_name(word: str) -> bool:
    """Rule 7: a word the dictionary knows as a first name, in the singular only as a
    man's («Саид», «Ивана»; not «Саша», nor an indeclinable «Али» that tells nothing)."""
    parses = [
        p
        for p in morph().parse(word)
        if p.is_known and NAME_GRAMS & set(p.tag.grammemes) and "sing" in p.tag.grammemes
    ]
    return any("Name" in p.tag.grammemes for p in parses) and all(
        "masc" in p.tag.grammemes and "Fixd" not in p.tag.grammemes for p in parses
    )


@lru_cache(maxsize=20_000)
def _first_name_only(word: str) -> bool:
    """Rule 8: the dictionary knows the word as a first name, never as a surname or a
    patronymic («Апаса»; not «Путина»)."""
    grams = [set(p.tag.grammemes) for p in morph().parse(word) if p.is_known]
    return any("Name" in g for g in grams) and not any({"Surn", "Patr"} & g for g in grams)


@lru_cache(maxsize=20_000)
def _oblique_of(word: str, nominative_form: str) -> bool:
    """Rule 2: is `nominative_form` the nominative of a man's oblique reading of `word`?"""
    want = nominative_form.lower().replace("ё", "е")
    for p in morph().parse(word):
        grams = set(p.tag.grammemes)
        if not (p.is_known and NAME_GRAMS & grams and {"masc", "sing"} <= grams):
            continue
        if "nomn" in grams:
            continue
        nom = p.inflect({"nomn"})
        if nom is not None and str(nom.word).replace("ё", "е") == want:
            return True
    return False


@lru_cache(maxsize=20_000)
def _in_case(word: str, case: str) -> str | None:
    """The nominative of a word the dictionary knows as a man's name in `case`, the case
    another word of the name showed («Алексея Климова»: Климов, not Климова)."""
    for p in morph().parse(word):
        grams = set(p.tag.grammemes)
        if p.is_known and NAME_GRAMS & grams and {"masc", "sing", case} <= grams:
            nom = p.inflect({"nomn"})
            if nom is not None:
                return _like(word, str(nom.word))
    return None


# A man's ending natasha's normaliser took off a word (the word minus its normal form), and
# the case it shows (rule 3).
_DROPPED_ENDINGS = {"а": "gent", "я": "gent", "у": "datv", "ю": "datv", "ом": "ablt", "ем": "ablt"}


def _case_from_normal(words: Sequence[str], normal: Sequence[str]) -> str | None:
    """The oblique case natasha's normaliser saw on one word of a name it normalised only in
    part: a word it changed by dropping a man's ending, next to a word it left as written
    («Абдельмаджида Сенгора» → «Абдельмаджид Сенгора»)."""
    if all(n.lower() != w.lower() for w, n in zip(words, normal, strict=True)):
        return None  # every word normalised: nothing left for the case to mend
    for w, n in zip(words, normal, strict=True):
        low, nat = w.lower(), n.lower()
        if low == nat or not low.startswith(nat) or len(nat) < 3:
            continue
        case = _DROPPED_ENDINGS.get(low[len(nat) :])
        if case is not None:
            return case
    return None


@lru_cache(maxsize=20_000)
def _declines_as_is(word: str) -> bool:
    """A word the dictionary knows as a declinable name in the nominative («Анджей»): the
    name shows its own case, whatever the title before it says («министра Анджей Дуда»)."""
    return any(
        p.is_known
        and NAME_GRAMS & set(p.tag.grammemes)
        and "nomn" in p.tag.grammemes
        and "Fixd" not in p.tag.grammemes
        for p in morph().parse(word)
    )


def one_line(text: str, normal: str = "") -> tuple[str, str]:
    """Rule 6: the line of an entity's text (and of its normal form) that holds the name:
    the longest line with a word that is not a common word, else the first line."""
    lines = [line.split() for line in text.splitlines() if line.split()]
    if len(lines) < 2:
        return " ".join(text.split()), " ".join(normal.split())
    norm_words = normal.split()
    aligned = len(norm_words) == sum(len(line) for line in lines)
    best, best_at, at = -1, (0, len(lines[0])), 0
    for line in lines:
        named = any(
            not (CYRILLIC_WORD.fullmatch(w) and common_word(w)) for w in line if w[:1].isupper()
        )
        if named and len(line) > best:
            best, best_at = len(line), (at, at + len(line))
        at += len(line)
    words = [w for line in lines for w in line][best_at[0] : best_at[1]]
    nat = norm_words[best_at[0] : best_at[1]] if aligned else []
    return " ".join(words), " ".join(nat)


def nominative(
    text: str,
    natasha_normal: str = "",
    title_case: str | None = None,
    tagged_nominative: frozenset[str] = frozenset(),
) -> str | None:
    """The nominative of one person's name as written in a text (None: no name at all).
    `title_case`: the oblique case of the title the name stands beside (apposed_case.py),
    taken when no word of the name shows a case of its own. `tagged_nominative`: the words
    of the name natasha's tagger reads in the nominative in their sentence (rule 8)."""
    # «А.В.Ладыгина»: the surname is read without its glued initials (glued.py).
    words, glued = split_glued(text.split())
    if not words or not any(CYRILLIC_WORD.fullmatch(w) for w in words):
        return " ".join(glue_back(words, glued)) or None
    if len(words) == 1 and not glued and CYRILLIC_WORD.fullmatch(words[0]):
        if common_word(words[0]) or adjective_compound(words[0]):
            return None
    normal = split_glued(natasha_normal.split())[0]
    if len(normal) != len(words):
        normal = words
    if len(words) > 1 and CYRILLIC_WORD.fullmatch(words[0]) and nationality(words[0]):
        words, normal = words[1:], normal[1:]  # «Американец Джон Доу»: the name follows
    woman = any(CYRILLIC_WORD.fullmatch(w) and _womans(w) for w in words)
    man = not woman and any(CYRILLIC_WORD.fullmatch(w) and _mans_first_name(w) for w in words)
    known = [_known(w, man) if CYRILLIC_WORD.fullmatch(w) else (None, None) for w in words]
    # Rule 8: a foreign surname that looks like an oblique case of a first name («Апаса»
    # of «Апас») is written as it is where the sentence has it in the nominative.
    # name_endings.py: a word known only in cases its title's case rules out is as written.
    known = [
        (w, None)
        if c and w in tagged_nominative and _first_name_only(w) or disagrees(w, title_case)
        else (nom, c)
        for w, (nom, c) in zip(words, known, strict=True)
    ]
    case = next((c for _, c in known if c), None)
    if case is None and not woman:
        case = _case_from_normal(words, normal)  # a man's ending: no woman's name
    oblique_title = title_case if title_case != "nomn" else None  # a nominative says no case
    if case is None and not woman and oblique_title and not any(map(_declines_as_is, words)):
        case = oblique_title
    out: list[str] = []
    for k, (w, nat, (nom, _)) in enumerate(zip(words, normal, known, strict=True)):
        if not CYRILLIC_WORD.fullmatch(w) or w.islower() or disagrees(w, title_case):
            out.append(w)  # particles of a name («бен», «да», «фон») and Latin names
        elif not woman and nat.lower() != w.lower() and _oblique_of(w, nat):
            out.append(_like(w, nat))
        elif case is not None and (agreed := _in_case(w, case)) is not None:
            out.append(agreed)
        elif nom is not None:
            out.append(nom)
        elif nat != w and nat.lower() != w.lower():
            out.append(_like(w, nat))
        elif case is None and k < len(words) - 1 and w.lower().endswith("ем"):
            # «Казем Джалали»: a first name in «-ем» is no instrumental unless another word
            # of the name shows an oblique case («Абием Ахмедом»); a surname alone may.
            out.append(w)
        else:
            out.append(strip_ending(w, case))
    return " ".join(glue_back(out, glued))


# Case endings a name word may carry; stripped to compare forms of one name.
# «и» too: the genitive and dative of names in «-ия» («Арахамии» of «Арахамия»).
_CASE_ENDINGS = (
    "ой", "ей", "ом", "ем", "ым", "им", "ою", "а", "я", "у", "ю", "е", "ы", "и", "ь", "й",
)  # fmt: skip


def _surname_key(name: str) -> str:
    last = name.split()[-1].lower().replace("ё", "е")
    for ending in _CASE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            return last[: -len(ending)]
    return last


def name_key(name: str) -> str:
    """The stems of a name's words: its case forms share it («Джайшанкара», «Джайшанкар»)."""
    return " ".join(_surname_key(w) for w in name.split())


# Parts of speech no name is: natasha's NER at times takes the preposition opening a line for
# a person («По словам Пескова» after a heading: «По»).
_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART"})


def _function_word(tokens: Sequence[Token], starts: list[int], e: Entity) -> bool:
    """Is the entity one word the tagger reads as a preposition, conjunction or particle?"""
    if " " in e.text.strip():
        return False
    k = bisect.bisect_left(starts, e.start)
    return k < len(tokens) and tokens[k].start == e.start and tokens[k].pos in _FUNCTION_POS


def article_names(
    entities: Sequence[Entity], tokens: Sequence[Token] = ()
) -> dict[tuple[int, int], str]:
    """Rule 4: the name of each PER entity of one article, one name per person; `tokens`
    (the article's) give the case of a title a name stands beside (apposed_case.py)."""
    names: dict[tuple[int, int], str] = {}
    lone: list[Entity] = []
    starts = [t.start for t in tokens]
    for e in entities:
        if e.type != "PER" or _function_word(tokens, starts, e):
            continue
        line, normal = _without_lead_words(*one_line(e.text, e.normal or ""))
        k = bisect.bisect_left(starts, e.start)
        inside = [t for t in tokens[k : k + 8] if t.start < e.end]
        tagged = frozenset(t.text for t in inside if t.feats.get("Case") == "Nom")
        name = nominative(line, normal, apposed_case(tokens, starts, e.start), tagged)
        if name:
            names[(e.start, e.end)] = name
        elif len(e.text.split()) == 1:
            lone.append(e)
    # A lone word the dictionary knows as a common word («Токаев»: a form of «токай») is
    # still the surname of a full name the same article gives.
    surnames = {_surname_key(n): n for n in names.values() if len(n.split()) > 1}
    for e in lone:
        given = surnames.get(_surname_key(e.text))
        if given is not None:
            names[(e.start, e.end)] = given
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for name in names.values():
        groups[_surname_key(name)][name] += 1
    canonical: dict[str, str] = {}
    resolved_by_last: dict[tuple[int, int], str] = {}
    for forms in groups.values():
        full = [f for f in forms if len(f.split()) > 1]
        by_first: dict[str, list[str]] = defaultdict(list)
        for f in full:
            by_first[_surname_key(f.split()[0])].append(f)
        for variants in by_first.values():
            # Case forms of one full name: the most frequent, then the shortest.
            best = min(variants, key=lambda f: (-forms[f], len(f)))
            canonical.update(dict.fromkeys(variants, best))
        bests = {canonical[f] for f in full}
        singles = [f for f in forms if len(f.split()) == 1]
        if len(bests) == 1:
            canonical.update({s: next(iter(bests)) for s in singles})
        elif len(bests) > 1:
            # «Игорь Иванов ... Сергей Иванов ... Иванов»: two people of one surname; the
            # surname alone is the one named last before it (none before: left alone).
            resolved_by_last.update(_last_named(names, canonical, set(full), set(singles)))
        elif not bests and singles:
            best = min(singles, key=lambda f: (-forms[f], len(f)))
            canonical.update(dict.fromkeys(singles, best))
    # «Махатхир Мохамад» ... «Махатхир»: many Asian and Arab names put the name a person
    # goes by first. A lone word that no full name ends with and exactly one full name of
    # the article begins with is that person.
    by_first_word: dict[str, set[str]] = defaultdict(set)
    for name in names.values():
        words = name.split()
        if len(words) > 1:
            by_first_word[_surname_key(words[0])].add(canonical.get(name, name))
    resolved: dict[tuple[int, int], str] = {}
    for key, forms in groups.items():
        if any(len(f.split()) > 1 for f in forms):
            continue
        begun = by_first_word.get(key, set())
        if len(begun) == 1:
            canonical.update(dict.fromkeys(forms, next(iter(begun))))
        elif begun:
            resolved.update(_named_before(names, canonical, forms, begun))
    # «Олег Николаевич» of the interview is the article's «Олег Ветлугин» (patronymics.py).
    canonical.update(addressed(names.values(), canonical, _surname_key, morph))
    resolved.update(resolved_by_last)
    return {span: resolved.get(span, canonical.get(name, name)) for span, name in names.items()}


def _without_lead_words(line: str, normal: str) -> tuple[str, str]:
    """A name without the common words the tagger ran into it at the start of a sentence
    («Утром Пауэлл», «Вечером Лавров»: an adverb, then the name), nor the state an
    official text names just before a person written with initials («министром ...
    Республики Мозамбик Ж.Пашеку», «Государства Боливия Р.Гуарачи Мамани»)."""
    words, norm_words = line.split(), normal.split()
    cut = 0
    while len(words) - cut > 1 and adverbial(words[cut]):
        cut += 1
    while len(words) - cut > 1 and _INITIALS.match(words[cut + 1]) and place_only(words[cut]):
        cut += 1
    if not cut:
        return line, normal
    kept = norm_words[cut:] if len(norm_words) == len(words) else []
    return " ".join(words[cut:]), " ".join(kept)


# A word opening with a person's initials: «Ж.Пашеку», «Р.», «А.Ю.Руденко».
_INITIALS = re.compile(r"[А-ЯЁA-Z]\.")


def _last_named(
    names: dict[tuple[int, int], str],
    canonical: dict[str, str],
    full: set[str],
    singles: set[str],
) -> dict[tuple[int, int], str]:
    """Each span of a lone surname (`singles`) as the full name of `full` written last before
    it."""
    out: dict[tuple[int, int], str] = {}
    last: str | None = None
    for span in sorted(names):
        name = names[span]
        if name in full:
            last = canonical.get(name, name)
        elif name in singles and last is not None:
            out[span] = last
    return out


def _named_before(
    names: dict[tuple[int, int], str],
    canonical: dict[str, str],
    forms: Counter[str],
    begun: set[str],
) -> dict[tuple[int, int], str]:
    """A lone word several full names begin («Мухаммед»: «Мухаммед бен Заид», «Мухаммед бен
    Сальман») is the one of them the article named before it, when only one was: a short
    name takes up a person already introduced, never one introduced later."""
    out: dict[tuple[int, int], str] = {}
    for span, name in names.items():
        if name not in forms:
            continue
        before = {
            canonical.get(n, n)
            for s, n in names.items()
            if s[0] < span[0] and canonical.get(n, n) in begun
        }
        if len(before) == 1:
            out[span] = next(iter(before))
    return out
