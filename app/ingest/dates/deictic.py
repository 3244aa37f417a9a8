"""Time words that name no calendar date: counted from the text's own «now» («в прошлом
году», «вчера», «три дня назад», «в четверг») or from the happening just told («тогда»,
«в тот же день», «во второй день визита», «накануне»), and the vague ones («недавно»).

Importing the module registers its patterns (expr.PATTERNS), after written.py's.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from .expr import Expr, YearRef
from .expr import pattern as _pattern
from .lexicon import (
    ANAPHOR,
    MONTH_OR_ABBR,
    NUMBER,
    PART,
    REL,
    RELDAY_OFFSET,
    SEASON,
    UNIT,
    WEEKDAY_ACC,
    WEEKDAY_GEN,
    anaphor_needs_antecedent,
    anaphor_offset,
    is_singular_unit,
    number_value,
    part_name,
    rel_offset,
    season_name,
    unit_name,
    weekday_number,
)
from .morph import word


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


# «Накануне, в пятницу,», «вчера, 12 мая,»: a day set beside the word names that day
# itself, counted from the text's «now», not from a story day the reader may have missed:
# the word gives way to it
_APPOSED_DAY = (
    r"(?!\s*,?\s*(?:(?:в|во)\s+" + WEEKDAY_ACC + r"|\d{1,2}(?:-?го)?\s+" + MONTH_OR_ABBR + r"))"
)


@_pattern(
    r"(?<![а-яё])(?P<w>позавчера|вчера|сегодня|послезавтра|завтра|накануне)(?![а-яё])"
    + _APPOSED_DAY
)
def _relday(mt: re.Match[str]) -> Expr | None:
    return Expr("relday", mt.start(), mt.end(), n=RELDAY_OFFSET[mt["w"].lower()])


# «в ходе сегодняшнего визита», «на вчерашней встрече», «завтрашние переговоры»: the day
# the adverb names, told as an adjective
@_pattern(r"(?<![а-яё])(?P<w>позавчера|вчера|сегодня|послезавтра|завтра)шн(?:[иеяю][а-яё]{0,3})")
def _relday_adj(mt: re.Match[str]) -> Expr | None:
    return Expr("relday", mt.start(), mt.end(), n=RELDAY_OFFSET[mt["w"].lower()])


# «пятничная встреча», «о субботних переговорах»: the weekday told as an adjective, on a
# happening (data: app/data/dates.toml); read as «в пятницу» is, in the clause's tense, and
# in the present («пятничная встреча остаётся в силе») the nearest Friday: a happening the
# reader knows of, gone or ahead.
with (resources.files("app") / "data" / "dates.toml").open("rb") as _f:
    _WEEKDAY_HAPPENINGS = frozenset(tomllib.load(_f)["weekday_happenings"])


@_pattern(
    r"(?<![а-яё])(?P<w>понедельничн|вторничн|четвергов|пятничн|субботн|воскресн)[а-яё]{2,3}"
    r"(?=\s+(?P<noun>[а-яё-]+))"
)
def _weekday_adj(mt: re.Match[str]) -> Expr | None:
    if word(mt["noun"].lower()).lemma not in _WEEKDAY_HAPPENINGS:
        return None
    return Expr(
        "weekday", mt.start(), mt.end(), weekday=weekday_number(mt["w"]), n=9, nearest=True
    )


# «майский визит», «на ноябрьском заседании»: the month told as an adjective, on a happening
# (the same nouns as a weekday's): read as «в мае» is, its year as the text gives one.
_MONTH_ADJ = {
    "январск": 1, "февральск": 2, "мартовск": 3, "апрельск": 4, "майск": 5, "июньск": 6,
    "июльск": 7, "августовск": 8, "сентябрьск": 9, "октябрьск": 10, "ноябрьск": 11,
    "декабрьск": 12,
}  # fmt: skip


@_pattern(
    r"(?<![а-яё])(?P<w>" + "|".join(_MONTH_ADJ) + r")(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)"
    r"(?=\s+(?P<noun>[а-яё-]+))"
)
def _month_adj(mt: re.Match[str]) -> Expr | None:
    if word(mt["noun"].lower()).lemma not in _WEEKDAY_HAPPENINGS:
        return None
    return Expr("month", mt.start(), mt.end(), m1=_MONTH_ADJ[mt["w"].lower()], prep="в")


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
        n = number_value(mt["n"])
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
# половине дня», «в полдень» standing alone: on the day just told (`n` = 1: a day only, not
# a month).
@_pattern(
    r"(?<![а-яё\-])(?P<w>в\s+(?:это(?:\s+(?:же|самое))?|то\s+же\s+самое)\s+время)(?![а-яё\-])"
)
def _same_time(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end())


@_pattern(
    r"(?<![а-яё\-])(?P<w>(?:(?:поздно|рано|поздним|ранним)\s+)?(?:утром|дн[её]м|вечером|ночью)"
    r"|в(?:о)?\s+(?:первой|второй)\s+половине\s+дня|в\s+полдень|около\s+полудня)(?![а-яё\-])"
    r"(?!\s+(?:\d|ранее|раньше|позже|позднее|того|этого|накануне|в\s+(?:понедельник|вторник"
    r"|среду|четверг|пятницу|субботу|воскресенье)))"
)
def _time_of_day(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=1)


# A time of day told with a preposition: «с утра», «ближе к вечеру», «к вечеру», «под вечер»,
# «к полудню», as «вечером». Followed by a day of its own («к вечеру пятницы», «с утра 5 мая»,
# «к вечеру того же дня») it is that day's, and left to the day's reading.
@_pattern(
    r"(?<![а-яё\-])(?P<w>с\s+(?:самого\s+)?утра|(?:ближе\s+)?к\s+(?:вечеру|полудню)|под\s+вечер)"
    r"(?![а-яё\-])"
    r"(?!\s+(?:\d|ранее|раньше|позже|позднее|того|этого|накануне|в\s+(?:понедельник|вторник"
    r"|среду|четверг|пятницу|субботу|воскресенье)|(?:понедельника|вторника|среды|четверга"
    r"|пятницы|субботы|воскресенья|дня|следующего|вчерашнего|сегодняшнего)(?![а-яё])))"
)
def _time_of_day_told_with_preposition(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=1)


# «Позже», «Позднее» opening a sentence: later on the day just told (`n` = 2: a day only,
# and only opening the sentence; «позднее 1 марта» is a term, «позже он стал министром» in
# mid-sentence may be years on).
# «позже на два часа» is a shift, «позднее на пресс-конференции» an occasion later that day
@_pattern(
    r"(?<![а-яё\-])(?P<w>поздн?ее|позже)(?![а-яё\-])(?!\s*(?:\d|чем|,))"
    r"(?!\s+на\s+(?:\d|несколько|пару|полчаса|полтора|час|сутки|день|неделю|месяц|год"
    r"|минуту|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)(?![а-яё]))"
)
def _later_that_day(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=2)


# «Затем», «Тем временем», «(Почти) одновременно» opening a sentence: the next step of
# the day just told, or beside it (`n` = 2, as «Позже»: a day only, opening the sentence
# only); «одновременно с визитом» names a happening of its own.
@_pattern(
    r"(?<![а-яё\-])(?P<w>затем|тем\s+временем|(?:почти\s+|практически\s+)?одновременно)"
    r"(?![а-яё\-])(?!\s+со?\s)"
)
def _next_step(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=2)


# «Пока они разговаривали, премьеры провели ...» opening a sentence: while the happening
# just told went on, on its day (`n` = 2, as «Тем временем»). Only with a past verb in
# the clause before its comma («Пока лидеры говорили с глазу на глаз,»): «пока не ясно»,
# «пока что», «пока рано» are no time told.
@_pattern(
    r"(?<![а-яё\-])(?P<w>пока)(?!\s+(?:не|что|еще|ещё|рано|нет|никто|ничего)(?![а-яё]))"
    r"(?=\s[^,.;:!?]{0,60}?[а-яё]л(?:и|ись|ась|ся|о|а)?(?![а-яё])[^,.;:!?]{0,40},)"
)
def _while(mt: re.Match[str]) -> Expr | None:
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


DAYS_LATER = "days-later"  # Expr.unit of «N дней спустя»: nothing without a day told before


# «Четыре дня спустя», «спустя два дня»: days on from the day the story was on, never from
# the publication (unlike «через два дня», a plan's). Weeks and months on name no day; a day
# written beside the step («Три недели спустя, 6 июля») is the date itself (later_by.py).
@_pattern(
    r"(?<![а-яё])(?:(?P<n>" + NUMBER + r")\s+(?P<u>дн(?:я|ей))\s+спустя"
    r"|спустя\s+(?P<n2>" + NUMBER + r")\s+(?P<u2>дн(?:я|ей)))(?![а-яё])(?!\s*,\s*\d)"
)
def _days_later(mt: re.Match[str]) -> Expr | None:
    n = number_value(mt["n"] or mt["n2"])
    if not 0 < n <= 31:
        return None
    return Expr("anaphor", mt.start(), mt.end(), n=n, antecedent=True, unit=DAYS_LATER)


# «во второй день визита»: a day counted into a happening of several days; `n` is the offset
# from its first day, -1 its last day. Resolved against the range the text stated (extract.py).
_NTH_DAY = {"первый": 0, "второй": 1, "третий": 2, "четвертый": 3, "пятый": 4}
_LAST_DAY = ("последний", "заключительный")


@_pattern(
    r"(?<![а-яё])(?:в|во|на)\s+(?P<o>первый|второй|третий|четв[её]ртый|пятый|последний"
    r"|заключительный)\s+день\s+(?:визита|саммита|форума|поездки|турне|переговоров"
    r"|заседания|сессии|конференции|совещания|пребывания|встречи|консультаций|работы)(?![а-яё])"
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
