"""Candidate temporal expressions: compiled regexes over the raw text.

Each pattern yields an :class:`Expr` (what was written, not yet resolved). Overlaps are
settled by keeping, left to right, the longest expression; a heading preposition
(в, на, с, до, к, после, начиная с, не позднее ...) is taken into the span and sets the
mode: ``at``, ``since`` or ``until``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from . import around_happening as around_happening  # importing it registers its patterns
from . import weekends as weekends  # importing it registers its patterns
from .earlier_on import fold_earlier_on
from .expr import NB as _NB
from .expr import NO_YEAR, Expr, Kind, Mode, YearRef
from .expr import PATTERNS as _PATTERNS
from .expr import pattern as _pattern
from .expr import year_after as _yafter
from .expr import year_ref as _year
from .lexicon import (
    ANAPHOR,
    MONTH,
    MONTH_OR_ABBR,
    NUMBER,
    NUMBER_WORDS,
    PART,
    REL,
    RELDAY_OFFSET,
    SEASON,
    SINCE_PREPS,
    UNIT,
    UNTIL_PREPS,
    WEEKDAY_ACC,
    WEEKDAY_ANY,
    WEEKDAY_GEN,
    YEAR_WORD,
    YEAR_WORD_OPT,
    anaphor_needs_antecedent,
    anaphor_offset,
    is_singular_unit,
    month_number,
    part_name,
    rel_offset,
    season_name,
    unit_name,
    weekday_number,
)
from .pairs import MOVED_TO, apart

__all__ = ["NO_YEAR", "Expr", "Kind", "Mode", "YearRef", "candidates", "iter_patterns"]

_F = re.IGNORECASE


@_pattern(r"(?<![\w.\-/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w\-]|\.\d)")
def _iso(mt: re.Match[str]) -> Expr | None:
    return Expr(
        "day",
        mt.start(),
        mt.end(),
        d1=int(mt["d"]),
        m1=int(mt["m"]),
        y1=YearRef("explicit", int(mt["y"])),
        numeric=True,
    )


@_pattern(r"(?<![\w.\-/,])(?P<d>\d{1,2})\.(?P<m>\d{2})\.(?P<y>\d{4}|\d{2})(?![\w\-]|[.,]\d)")
def _dmy(mt: re.Match[str]) -> Expr | None:
    y = int(mt["y"])
    if len(mt["y"]) == 2:
        y += 2000  # two-digit years in news are this century
    return Expr(
        "day",
        mt.start(),
        mt.end(),
        d1=int(mt["d"]),
        m1=int(mt["m"]),
        y1=YearRef("explicit", y),
        numeric=True,
    )


@_pattern(
    r"(?:(?P<w>"
    + WEEKDAY_ANY
    + r")\s*,?\s*)?"
    + _NB
    + r"(?P<d1>\d{1,2})(?:(?:\s*[-–—]\s*|\s+и\s+)(?P<d2>\d{1,2}))?"
    r"\s+(?P<m>" + MONTH_OR_ABBR + r")" + _yafter("y", "r")
)
def _day(mt: re.Match[str]) -> Expr | None:
    y = _year(mt["y"], mt["r"])
    wd = weekday_number(mt["w"]) if mt["w"] else -1
    m = month_number(mt["m"])
    d1 = int(mt["d1"])
    if mt["d2"]:
        d2 = int(mt["d2"])
        if not apart(mt, d1, d2):
            return Expr("dayrange", mt.start(), mt.end(), d1=d1, m1=m, y1=y, d2=d2, m2=m, y2=y)
        # «3 и 7 марта»: two days apart, not a span; this is the second («_first_of_two»
        # reads the first)
        return Expr("day", mt.start("d2"), mt.end(), d1=d2, m1=m, y1=y)
    return Expr("day", mt.start(), mt.end(), d1=d1, m1=m, y1=y, weekday=wd)


@_pattern(
    r"(?<![а-яё])с\s+(?P<d1>\d{1,2})\s+(?:по|до)\s+(?P<d2>\d{1,2})\s+(?P<m>"
    + MONTH_OR_ABBR
    + r")"
    + _yafter("y", "r")
)
def _dayrange_same_month(mt: re.Match[str]) -> Expr | None:
    y = _year(mt["y"], mt["r"])
    m = month_number(mt["m"])
    return Expr(
        "dayrange", mt.start(), mt.end(), d1=int(mt["d1"]), m1=m, y1=y, d2=int(mt["d2"]), m2=m, y2=y
    )


@_pattern(
    r"(?:(?<![а-яё])с\s+)?" + _NB + r"(?P<d1>\d{1,2})\s+(?P<m1>" + MONTH_OR_ABBR + r")"
    r"(?:\s+(?P<y1>\d{4})(?!\d)" + YEAR_WORD_OPT + r")?\s*(?:\s(?:по|до)\s|[-–—])\s*"
    r"(?P<d2>\d{1,2})\s+(?P<m2>" + MONTH_OR_ABBR + r")" + _yafter("y2", "r2")
)
def _dayrange(mt: re.Match[str]) -> Expr | None:
    y2 = _year(mt["y2"], mt["r2"])
    y1 = _year(mt["y1"], None) if mt["y1"] else y2
    return Expr(
        "dayrange",
        mt.start(),
        mt.end(),
        d1=int(mt["d1"]),
        m1=month_number(mt["m1"]),
        y1=y1,
        d2=int(mt["d2"]),
        m2=month_number(mt["m2"]),
        y2=y2,
    )


@_pattern(r"(?:(?P<p>" + PART + r")\s+)?(?P<m>" + MONTH + r")" + _yafter("y", "r"))
def _month(mt: re.Match[str]) -> Expr | None:
    return Expr(
        "month",
        mt.start(),
        mt.end(),
        m1=month_number(mt["m"]),
        y1=_year(mt["y"], mt["r"]),
        part=part_name(mt["p"]) if mt["p"] else None,
    )


@_pattern(
    r"(?:(?<![а-яё])с\s+)?(?P<m1>" + MONTH + r")(?:\s+(?P<y1>\d{4})(?!\d)" + YEAR_WORD_OPT + r")?"
    r"\s*(?:\s(?:по|до)\s|[-–—])\s*(?P<m2>" + MONTH + r")" + _yafter("y2", "r2")
)
def _monthrange(mt: re.Match[str]) -> Expr | None:
    y2 = _year(mt["y2"], mt["r2"])
    y1 = _year(mt["y1"], None) if mt["y1"] else y2
    return Expr(
        "monthrange",
        mt.start(),
        mt.end(),
        m1=month_number(mt["m1"]),
        y1=y1,
        m2=month_number(mt["m2"]),
        y2=y2,
    )


@_pattern(
    r"(?:(?P<p>"
    + PART
    + r")\s+|(?P<s>"
    + SEASON
    + r")\s+)?"
    + _NB
    + r"(?P<y>\d{4})(?!\d)"
    + YEAR_WORD
)
def _year_explicit(mt: re.Match[str]) -> Expr | None:
    part = part_name(mt["p"]) if mt["p"] else season_name(mt["s"]) if mt["s"] else None
    return Expr("year", mt.start(), mt.end(), y1=YearRef("explicit", int(mt["y"])), part=part)


@_pattern(
    r"(?:(?<![а-яё])с\s+)?" + _NB + r"(?P<y1>\d{4})\s*(?:\s(?:по|до)\s|[-–—])\s*(?P<y2>\d{4})(?!\d)"
    r"(?:\s*-?х)?\s*(?:год(?:а|ы|ах|ов)?(?![а-яё])|гг\.)"
)
def _yearrange(mt: re.Match[str]) -> Expr | None:
    return Expr(
        "yearrange",
        mt.start(),
        mt.end(),
        y1=YearRef("explicit", int(mt["y1"])),
        y2=YearRef("explicit", int(mt["y2"])),
    )


@_pattern(_NB + r"(?P<y>\d{3}0)-?(?:х|е|ых)\s+(?:год(?:ы|ах|ов)(?![а-яё])|гг\.)")
def _decade(mt: re.Match[str]) -> Expr | None:
    y = int(mt["y"])
    return Expr(
        "yearrange", mt.start(), mt.end(), y1=YearRef("explicit", y), y2=YearRef("explicit", y + 9)
    )


@_pattern(
    r"(?:(?P<p>" + PART + r")\s+|(?P<s>" + SEASON + r")\s+)?(?<![а-яё])(?P<r>" + REL + r")\s+"
    r"(?P<u>недел[еияю]|месяц(?:е|а|у)?|год(?:у|а)?)(?![а-яё])"
)
def _relunit(mt: re.Match[str]) -> Expr | None:
    if mt["r"].lower().endswith(("ие", "ые", "их", "ых")):
        return None  # «в ближайшие недели», «в прошлые годы»: plural, not one unit
    unit = unit_name(mt["u"])
    if mt["s"]:
        if unit != "year":
            return None
        part: str | None = season_name(mt["s"])
    else:
        part = part_name(mt["p"]) if mt["p"] else None
    return Expr("relunit", mt.start(), mt.end(), unit=unit, n=rel_offset(mt["r"]), part=part)


# «до конца года», «до конца месяца»: a term with no word for which year or month is the
# one the news is told in (a term set ahead); read only after «до»: «в конце года» alone may
# be the end of any year the text is about.
@_pattern(r"(?<=до\s)(?P<p>конц[аеу])\s+(?P<u>недели|месяца|года)(?![а-яё])")
def _bare_term(mt: re.Match[str]) -> Expr | None:
    if mt.start() >= 4 and mt.string[mt.start() - 4].isalpha():
        return None  # «вплоть до» is fine; «подо», «надо» are not «до»
    return Expr("relunit", mt.start(), mt.end(), unit=unit_name(mt["u"]), n=0, part="end")


@_pattern(r"(?<![а-яё])(?P<r>" + REL + r")\s+(?P<s>" + SEASON + r")")
def _rel_season(mt: re.Match[str]) -> Expr | None:
    return Expr(
        "year",
        mt.start(),
        mt.end(),
        y1=YearRef("relative", rel_offset(mt["r"])),
        part=season_name(mt["s"]),
    )


# «в четверг»; «на четверг», the day a happening is set for («назначена на четверг»,
# «перенесли на понедельник»; «в ночь на среду» is the night before that day)
@_pattern(
    r"(?<![а-яё])(?P<p>в|во|на)\s+(?:(?P<q>" + REL + r")\s+)?(?P<w>" + WEEKDAY_ACC + r")"
    r"(?:\s+и\s+(?:(?:в|во|на)\s+)?(?P<w2>" + WEEKDAY_ACC + r"))?"
)
def _weekday(mt: re.Match[str]) -> Expr | None:
    q = rel_offset(mt["q"]) if mt["q"] else 9
    w2 = weekday_number(mt["w2"]) if mt["w2"] else -1
    prep = "на" if mt["p"].lower() == "на" else ""
    return Expr(
        "weekday",
        mt.start(),
        mt.end(),
        prep=prep,
        weekday=weekday_number(mt["w"]),
        n=q,
        weekday2=w2,
    )


# «с четверга по субботу», «со вторника до четверга»: a range of weekdays, read as «в
# четверг и субботу» is (the first weekday, then the next such second one).
@_pattern(
    r"(?<![а-яё])(?:с|со)\s+(?P<w>" + WEEKDAY_GEN + r")\s+(?:по\s+(?P<a>" + WEEKDAY_ACC
    + r")|до\s+(?P<g>" + WEEKDAY_GEN + r"))"
)
def _weekday_range(mt: re.Match[str]) -> Expr | None:
    return Expr(
        "weekday",
        mt.start(),
        mt.end(),
        weekday=weekday_number(mt["w"]),
        n=9,
        weekday2=weekday_number(mt["a"] or mt["g"]),
    )


@_pattern(r"(?<![а-яё])(?P<w>позавчера|вчера|сегодня|послезавтра|завтра|накануне)(?![а-яё])")
def _relday(mt: re.Match[str]) -> Expr | None:
    return Expr("relday", mt.start(), mt.end(), n=RELDAY_OFFSET[mt["w"].lower()])


# «в ходе сегодняшнего визита», «на вчерашней встрече», «завтрашние переговоры»: the day
# the adverb names, told as an adjective
@_pattern(r"(?<![а-яё])(?P<w>позавчера|вчера|сегодня|послезавтра|завтра)шн(?:[иеяю][а-яё]{0,3})")
def _relday_adj(mt: re.Match[str]) -> Expr | None:
    return Expr("relday", mt.start(), mt.end(), n=RELDAY_OFFSET[mt["w"].lower()])


@_pattern(r"(?<![а-яё])(?:(?P<n>" + NUMBER + r")\s+)?(?P<u>" + UNIT + r")\s+назад(?![а-яё])")
def _ago(mt: re.Match[str]) -> Expr | None:
    return _shift(mt, -1)


# «через месяц после их встречи»: counted from the happening named after «после», not from
# publication; no date of its own (the happening it counts from carries its date).
@_pattern(
    r"(?<![а-яё])через\s+(?:(?P<n>" + NUMBER + r")\s+)?(?P<u>" + UNIT + r")"
    r"(?!\s+(?:после|с\s+момента)(?![а-яё]))"
)
def _after(mt: re.Match[str]) -> Expr | None:
    return _shift(mt, 1)


def _shift(mt: re.Match[str], sign: int) -> Expr | None:
    if mt["n"] is None:
        if not is_singular_unit(mt["u"]):
            return None  # «несколько дней назад»: no count
        n = 1
    else:
        w = mt["n"].lower()
        n = int(w) if w.isdigit() else NUMBER_WORDS[w]
    return Expr("shift", mt.start(), mt.end(), unit=unit_name(mt["u"]), n=sign * n)


# «тогда», «тогда же»: at the time the text has just stated, with that time's precision
# («24 июля прошлого года ...; тогда министра принял президент»). Resolved against the last
# date told (extract.py); «тогда как» (whereas) and «тогда-то» are no time.
# «там же» («Меркель там же назвала ...»): at the same occasion, told just before, so at its
# time too.
@_pattern(r"(?<![а-яё\-])(?P<w>тогда(?:\s+же)?|там\s+же)(?![а-яё\-])(?!\s+как(?![а-яё]))")
def _then(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end())


# «в это время», «в то же самое время»: at the time just told, as «тогда же» (a bare «в то же
# время» is as often «however» and is left alone). «Утром», «днём», «вечером», «во второй
# половине дня» standing alone: on the day just told (`n` = 1: a day only, not a month).
@_pattern(
    r"(?<![а-яё\-])(?P<w>в\s+(?:это(?:\s+(?:же|самое))?|то\s+же\s+самое)\s+время)(?![а-яё\-])"
)
def _same_time(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end())


@_pattern(
    r"(?<![а-яё\-])(?P<w>(?:(?:поздно|рано|поздним|ранним)\s+)?(?:утром|дн[её]м|вечером|ночью)"
    r"|в(?:о)?\s+(?:первой|второй)\s+половине\s+дня)(?![а-яё\-])"
    r"(?!\s+(?:\d|ранее|раньше|позже|позднее|того|этого|накануне|в\s+(?:понедельник|вторник"
    r"|среду|четверг|пятницу|субботу|воскресенье)))"
)
def _time_of_day(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=1)


# «Позже», «Позднее» opening a sentence: later on the day just told (`n` = 2: a day only,
# and only opening the sentence; «позднее 1 марта» is a term, «позже он стал министром» in
# mid-sentence may be years on).
@_pattern(r"(?<![а-яё\-])(?P<w>поздн?ее|позже)(?![а-яё\-])(?!\s*(?:\d|чем|на\s|,))")
def _later_that_day(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=2)


@_pattern(r"(?<![а-яё])(?P<w>" + ANAPHOR + r")(?![а-яё])")
def _anaphor(mt: re.Match[str]) -> Expr | None:
    w = mt["w"]
    return Expr(
        "anaphor",
        mt.start(),
        mt.end(),
        n=anaphor_offset(w),
        antecedent=anaphor_needs_antecedent(w),
    )


# «во второй день визита»: a day counted into a happening of several days; `n` is the offset
# from its first day, -1 its last day. Resolved against the range the text stated (extract.py).
_NTH_DAY = {"первый": 0, "второй": 1, "третий": 2, "четвертый": 3, "пятый": 4}
_LAST_DAY = ("последний", "заключительный")


@_pattern(
    r"(?<![а-яё])(?:в|во|на)\s+(?P<o>первый|второй|третий|четв[её]ртый|пятый|последний"
    r"|заключительный)\s+день\s+(?:визита|саммита|форума|поездки|турне|переговоров"
    r"|заседания|сессии|конференции|совещания|пребывания)(?![а-яё])"
)
def _nth_day(mt: re.Match[str]) -> Expr | None:
    o = mt["o"].lower().replace("ё", "е")
    return Expr("nthday", mt.start(), mt.end(), n=-1 if o in _LAST_DAY else _NTH_DAY[o])


@_pattern(r"(?<![а-яё])на\s+днях(?![а-яё])")
def _recent(mt: re.Match[str]) -> Expr | None:
    return Expr("recent", mt.start(), mt.end())


@_pattern(
    r"(?<![а-яё])(?:в\s+ближайшее\s+время|в\s+скором\s+времени"
    r"|в\s+ближайшие\s+(?:(?:пару|несколько|два|три)\s+)?(?:дни|дней)"
    r"|в\s+самое\s+ближайшее\s+время)(?![а-яё])"
)
def _soon(mt: re.Match[str]) -> Expr | None:
    return Expr("soon", mt.start(), mt.end())


@_pattern(r"(?<![а-яё])(?P<w>ранее|недавно|прежде)(?![а-яё])")
def _vague(mt: re.Match[str]) -> Expr | None:
    return Expr("vague", mt.start(), mt.end())


_PREP = re.compile(
    r"(?<![а-яё])(начиная\s+со?|вплоть\s+до|не\s+позднее|не\s+ранее|после|во|в|на|со|с|до|ко|к|по|от)"
    r"\s+$",
    _F,
)
_OWN_SINCE = re.compile(r"с\s", _F)


def _with_prep(text: str, e: Expr) -> Expr:
    if e.kind == "day" and MOVED_TO.match(text, e.end):
        return e  # «с 12 на 18 марта»: a day moved from, not «since» it
    if e.kind in ("relday", "shift", "vague", "weekday", "anaphor", "recent", "soon", "nthday"):
        return e
    if _OWN_SINCE.match(text, e.start):
        if e.kind in ("day", "month", "year"):
            return replace(e, mode="since", prep="с")
        return e  # «с 10 по 12 февраля»: the «с» belongs to the range
    mt = _PREP.search(text, max(0, e.start - 16), e.start)
    if mt is None:
        return e
    prep = re.sub(r"\s+", " ", mt[1].lower())
    mode: Mode = "since" if prep in SINCE_PREPS else "until" if prep in UNTIL_PREPS else "at"
    if e.kind in ("dayrange", "monthrange", "yearrange"):
        mode = "at"
    if prep in ("до", "вплоть до") and e.part == "end" and e.kind in ("month", "relunit", "year"):
        # «до конца февраля»: a term for something to be done, due by the month's (or year's)
        # last day: ``before`` it, like «до 5 февраля», not the whole month
        return replace(e, start=mt.start(), mode="until", prep=prep, part=None, deadline=True)
    return replace(e, start=mt.start(), mode=mode, prep=prep)


def candidates(text: str) -> list[Expr]:
    """All candidate expressions, non-overlapping, in text order."""
    return list(_candidates(text))


# The same article is read several times (its publication date, its lead, its body): the
# patterns run once per text.
@lru_cache(maxsize=16)
def _candidates(text: str) -> tuple[Expr, ...]:
    found: list[Expr] = []
    for rx, fn in _PATTERNS:
        for mt in rx.finditer(text):
            e = fn(mt)
            if e is None:
                continue
            e = _with_prep(text, e)
            if e.kind == "month" and not e.prep and e.part is None and e.y1.kind == "none":
                continue  # a bare month name («Марта Кос») is a date only after a preposition
            found.append(e)
    found.sort(key=lambda e: (e.start, -e.end))
    out: list[Expr] = []
    last_end = -1
    for e in found:
        if e.start >= last_end:
            out.append(e)
            last_end = e.end
    return tuple(fold_earlier_on(text, out))


def iter_patterns() -> Iterator[re.Pattern[str]]:
    for rx, _ in _PATTERNS:
        yield rx
