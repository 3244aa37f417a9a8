"""Words by which a sentence sets a happening for a day: a plan or appointment made
(«наметили встречу на май», «был назначен на 21 февраля»), a happening settled by agreeing,
deciding, promising or inviting («договорились провести встречу 10–11 мая»), and the «на»
that introduces the day set for. tense.py weighs them; here is how each is told.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from .morph import word

PLANNED_PRTS = frozenset({"запланировать", "наметить", "назначить", "намечать"})

# Verbs of settling a happening to come («договорились провести», «решили продолжить»):
# data (app/data/dates.toml).
with (resources.files("app") / "data" / "dates.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)
_SETTLING = frozenset(_DATA["settling"])
# The same settling told by a short participle («решено провести», «условлено провести»).
_SETTLED_PRTS = frozenset(_DATA["settled_participles"])
# Nouns of a happening that may be agreed on («договорились о встрече в сентябре»): data.
_HAPPENINGS = frozenset(_DATA["weekday_happenings"])
# The preposition of the matter agreed on, and how many words after it may name the
# happening («о новой встрече», «о времени телефонного разговора»).
_ABOUT = frozenset({"о", "об"})
ABOUT_REACH = 4

INFINITIVE_REACH = 3  # words after the verb its infinitive may stand («собирается в мае посетить»)


def settled_before(words: list[str], i: int) -> bool:
    """A past verb of settling stands before the infinitive at ``i``, with up to two words
    between («договорились в мае провести», «решили ещё раз встретиться»), or its short
    participle, the settling told impersonally («решено провести», «условлено провести»),
    unless a «будет» before it puts the settling itself ahead («будет решено провести»)."""
    for j in range(i - 1, max(-1, i - INFINITIVE_REACH - 1), -1):
        f = word(words[j])
        if f.pos == "VERB":
            return f.lemma in _SETTLING and "past" in f.grammemes
        if f.pos == "PRTS" and f.lemma in _SETTLED_PRTS:
            return not be_before(words, j, "futr")
    return False


def settled_about(words: list[str], i: int) -> bool:
    """Is word `i` a past verb of settling whose matter under «о» is a happening
    («договорились о новой встрече в сентябре», «условились о визите в мае»)? The day told
    after it is the happening's, after the agreeing and ahead of publication or gone by it
    alike: the nearest such day, as with «договорились провести встречу в сентябре»."""
    f = word(words[i])
    if f.pos != "VERB" or f.lemma not in _SETTLING or "past" not in f.grammemes:
        return False
    if i + 1 >= len(words) or words[i + 1].lower() not in _ABOUT:
        return False
    return any(word(w).lemma in _HAPPENINGS for w in words[i + 2 : i + 2 + ABOUT_REACH])


# A term («до конца февраля», «вплоть до 5 мая») opening the date: a term set by an
# agreement («договорились подписать до конца февраля») is left on the agreeing verb's
# tense; read the nearest way, the deadline rule (extract.py) would turn it into a plan.
_TERM = re.compile(r"(?:вплоть\s+)?до\s", re.IGNORECASE)
_TERM_BEFORE = re.compile(r"(?:^|[^\w-])до\s*$", re.IGNORECASE)


def is_term(sentence: str, start: int) -> bool:
    """The date at ``start`` is a term: introduced by «до» (the expression may hold it)."""
    return bool(_TERM.match(sentence, start)) or bool(
        _TERM_BEFORE.search(sentence[max(0, start - 6) : start])
    )


def past_be_before(words: list[str], i: int) -> bool:
    """«был / была / было / были» right before word `i` (an adverb between allowed:
    «была изначально запланирована»)."""
    return be_before(words, i, "past")


def be_before(words: list[str], i: int, tense: str) -> bool:
    """«быть» of the tense grammeme `tense` («past», «futr») right before word `i` (an
    adverb between allowed: «будут также подписаны»)."""
    for w in reversed(words[max(0, i - 2) : i]):
        f = word(w)
        if f.pos == "VERB" and f.lemma == "быть":
            return tense in f.grammemes
        if f.pos != "ADVB":
            return False
    return False


def plan_made(words: list[str], i: int) -> bool:
    """Word i tells a plan or appointment made in the past: a past verb («наметили»,
    «назначил») or a short participle after a past «быть» («был назначен»); not a short
    participle alone («у него запланированы встречи во вторник»: a state, still ahead)."""
    f = word(words[i])
    if f.lemma not in PLANNED_PRTS:
        return False
    if f.pos == "VERB":
        return "past" in f.grammemes
    return f.pos == "PRTS" and past_be_before(words, i)


# «на» right before a date, or opening it: the day a plan is set for («назначена на 5
# мая», «перенесли на 12-е»).
_SET_FOR = re.compile(r"(?:^|[^\w-])на\s*$", re.IGNORECASE)


def set_for(sentence: str, start: int) -> bool:
    """The date at ``start`` is introduced by «на» (the expression may hold it itself)."""
    return bool(_SET_FOR.search(sentence[max(0, start - 6) : start])) or bool(
        re.match(r"на\s", sentence[start : start + 3], re.IGNORECASE)
    )
