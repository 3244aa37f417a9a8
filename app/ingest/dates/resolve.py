"""Resolve a candidate expression to a :class:`DateValue`, given the publication date, the
year carried forward through the text and the tense of its clause.

Rules (see DESIGN.md "Date model"):
* A day or month without a year takes, among the publication year and its neighbours,
  the interval that fits the tense: past -> the latest starting on/before publication;
  future -> the earliest ending on/after publication; present or no verb -> the nearest.
  Without a publication date, the year stated earlier in the text (``year-from-context``),
  else the one year the era of its dated roles allows (era.py); with none of these,
  precision ``unknown`` with how ``year-unknown`` (never today's year).
* Anaphora («в тот же день», «днём ранее», «на следующий день», «накануне») count from the
  day the text has just stated (``from-stated-date``), else from publication.
* «на днях»: before publication, like «недавно» (``after`` it in the future tense);
  «в ближайшее время»: ``after`` publication, open-ended; «до конца февраля»: ``before`` the
  month's last day (a term, planned).
* A weekday with day and month selects the year whose calendar agrees.
* «с X» / «после X» / «начиная с X»: precision ``after``, start = X (after its end for
  «после»), end = publication when known and not earlier, else null.
* «до X» / «к X» / «по X» / «не позднее X»: precision ``before``, null..end of X.
* Weeks are Monday..Sunday (precision ``range``); «N дней назад» is a day, «N недель
  назад» the week, «N месяцев назад» the month, «N лет назад» the year.
Returns None when the expression is not a real date (31 февраля, month 13).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import (
    Interval,
    add_days,
    distance,
    make_date,
    month_interval,
    month_part,
    months_interval,
    shift_month,
    week_of,
    year_interval,
    year_part,
)
from .dated_week import in_week
from .era import Era
from .model import UNKNOWN, DateValue, How, Precision, Tense
from .patterns import Expr, YearRef


@dataclass(slots=True)
class Context:
    published: date | None
    year: int | None = None  # the last year the text stated explicitly
    # The day the text has just stated (same or previous sentence): anaphora count from it.
    anchor: date | None = None
    # No publication date: the spans of time the text's dated roles allow (era.py).
    era: Era | None = None
    # No publication date: the last day the text told with its weekday (dated_week.py).
    week: date | None = None
    # No publication date: the time the page says it was told at (told_time.py); the
    # speaker's «прошлого года» counts from it.
    told: Interval | None = None
    # The year of the last time the text wrote with its year: «того же года» is that year.
    last_year: int | None = None


Builder = Callable[[int], Interval | None]


def _explicit_how(e: Expr) -> How:
    return "numeric" if e.numeric else "explicit"


# Days a page's stamp may run after the text was written (an update, a reprint).
STALE_STAMP = timedelta(days=3)


def _float(build: Builder, tense: Tense | None, ctx: Context) -> tuple[Interval, How] | None:
    """Choose the year for an expression written without one."""
    p = ctx.published
    told = p is None and ctx.told is not None and (ctx.year or 0) > ctx.told[1].year
    if told and ctx.told is not None:
        # «Беседа состоялась в ноябре 2011 года ... протокол на 2012 год ... должна была
        # приехать в октябре»: a year after the time the page was told at is one the speaker
        # looks ahead to, no year his story is in; his yearless «в октябре» is counted from
        # that time, as a news text's from publication
        p = ctx.told[1]
    if p is not None:
        how: How = "year-from-context" if told else "year-from-publication"
        cands = [iv for y in (p.year - 1, p.year, p.year + 1) if (iv := build(y)) is not None]
        if not cands:
            return None
        if tense == "past":
            ok = [c for c in cands if c[0] <= p]
            return (max(ok) if ok else min(cands)), how
        if tense == "future":
            # a page stamped a day or two after it was written («встреча пройдёт 28 июня»
            # on a page of 29 June): no plan is told a year ahead by day and month alone
            ok = [c for c in cands if c[1] >= p - STALE_STAMP]
            return (min(ok) if ok else max(cands)), how
        return min(cands, key=lambda c: (distance(c, p), c)), how
    if ctx.year is not None:
        iv = build(ctx.year)
        if iv is not None and tense == "future" and ctx.anchor is not None and iv[1] < ctx.anchor:
            # «подписал 28 декабря 2012 года ... вступит в силу с 1 января»: a plan told
            # from the story's day is not before it; the next year's day
            iv = build(ctx.year + 1) or iv
        return (iv, "year-from-context") if iv is not None else None
    if ctx.era is not None:
        fits = _in_era(build, ctx.era)
        if len(fits) == 1:
            return fits[0], "year-from-context"
    return None


def _in_era(build: Builder, era: Era) -> list[Interval]:
    """The intervals ``build`` gives in the years of a closed era that lie inside it."""
    out: set[Interval] = set()
    for lo, hi in era:
        if lo is None or hi is None:
            return []  # an open term bounds nothing from above: no year is settled
        for y in range(lo.year, hi.year + 1):
            iv = build(y)
            if iv is not None and lo <= iv[0] and iv[1] <= hi:
                out.add(iv)
    return sorted(out)


def _with_year(
    ref: YearRef,
    build: Builder,
    e: Expr,
    tense: Tense | None,
    ctx: Context,
) -> tuple[Interval, How] | None | bool:
    """(interval, how); None = not a date; False = nothing to anchor on."""
    if ref.kind == "explicit":
        iv = build(ref.value)
        return (iv, _explicit_how(e)) if iv is not None else None
    if ref.kind == "relative":
        now = ctx.published or (ctx.told[1] if ctx.told is not None else None)
        if now is not None:
            iv = build(now.year + ref.value)
            return (iv, "relative") if iv is not None else None
        if ctx.told is not None or ctx.year is None:
            return False
        # «в апреле следующего года» on an undated page: from the story's year (_story_now)
        iv = build(ctx.year + ref.value)
        return (iv, "year-from-context") if iv is not None else None
    if ref.kind == "same" and ctx.last_year is not None:
        # «в сентябре того же года»: the year the text last stated, not publication's
        iv = build(ctx.last_year)
        return (iv, "year-from-context") if iv is not None else None
    r = _float(build, tense, ctx)
    if r is None:
        if ctx.published is None and ctx.year is None:
            return False if _valid_somewhere(build) else None
        return None
    return r


def _valid_somewhere(build: Builder) -> bool:
    return any(build(y) is not None for y in (2023, 2024, 2025, 2026))  # covers 29 февраля


def _day_builder(d: int, m: int) -> Builder:
    def b(y: int) -> Interval | None:
        x = make_date(y, m, d)
        return (x, x) if x is not None else None

    return b


def _range_builder(e: Expr) -> Builder:
    def b(y: int) -> Interval | None:
        y2 = y + 1 if (e.m2, e.d2) < (e.m1, e.d1) else y  # «с 28 декабря по 3 января»
        a = make_date(y, e.m1, e.d1)
        z = make_date(y2, e.m2, e.d2)
        if a is None or z is None or a >= z:
            return None
        return a, z

    return b


def _weekday_fixed(e: Expr, tense: Tense | None, ctx: Context) -> tuple[Interval, How] | None:
    """«в субботу, 15 февраля»: the year whose calendar agrees with the weekday."""
    anchor = ctx.published.year if ctx.published is not None else ctx.year
    if anchor is None:
        if ctx.era is None:
            return None
        # an undated article's era and the weekday together may settle the year
        same = [
            iv for iv in _in_era(_day_builder(e.d1, e.m1), ctx.era) if iv[0].weekday() == e.weekday
        ]
        return (same[0], "year-from-weekday") if len(same) == 1 else None
    first = _float(_day_builder(e.d1, e.m1), tense, ctx)
    if first is not None and first[0][0].weekday() == e.weekday:
        return first
    hits = [
        x
        for y in (anchor - 1, anchor, anchor + 1)
        if (x := make_date(y, e.m1, e.d1)) is not None and x.weekday() == e.weekday
    ]
    if len(hits) == 1:
        return (hits[0], hits[0]), "year-from-weekday"
    return first


def _weekday(e: Expr, tense: Tense | None, p: date) -> date | None:
    wd, q = e.weekday, e.n
    back = (p.weekday() - wd) % 7  # days back to the latest such weekday (0 = today)
    ahead = (wd - p.weekday()) % 7
    if q == -1:
        return add_days(p, -(back or 7))
    if q == 1:
        return add_days(p, ahead or 7)
    if q == 0:
        return add_days(p, wd - p.weekday())
    if e.nearest and tense not in ("past", "future"):
        return add_days(p, ahead if ahead <= back else -back)
    if tense == "future" or (e.prep == "на" and tense != "past"):
        # «Путин в четверг проведёт переговоры» in Thursday's news, «назначенная на
        # понедельник встреча не состоится» told on a Monday: that very day (agencies name
        # today by its weekday); a week ahead would be «в следующий четверг»
        return add_days(p, ahead)
    return add_days(p, -back)


def _same_weekday(e: Expr, anchor: date | None) -> date | None:
    """Without a publication date, «в воскресенье» after «в воскресенье, 18 июня» is the day
    just stated: a weekday naming the stated day's own weekday («Рано утром в воскресенье
    госсекретарь прибыл в Пекин»). Another weekday has nothing to count from."""
    if anchor is None or e.n != 9 or e.weekday2 >= 0 or e.weekday != anchor.weekday():
        return None
    return anchor


SEASONS = frozenset({"spring", "summer", "autumn", "winter"})


def _rel_season(season: str, offset: int, p: date, tense: Tense | None) -> Interval | None:
    """«прошлым летом» is the latest summer over by publication, «следующей весной» the first
    spring not yet begun, «этим летом» the one that fits the tense (past: begun by
    publication; future: not yet over; otherwise the nearest)."""
    ivs = [iv for y in range(p.year - 1, p.year + 3) if (iv := year_part(y, season)) is not None]
    if offset < 0:
        past = [iv for iv in ivs if iv[1] < p]
        return max(past) if past else None
    if offset > 0:
        ahead = [iv for iv in ivs if iv[0] > p]
        return min(ahead) if ahead else None
    if tense == "past":
        return max((iv for iv in ivs if iv[0] <= p), default=None)
    if tense == "future":
        return min((iv for iv in ivs if iv[1] >= p), default=None)
    return min(ivs, key=lambda iv: (distance(iv, p), iv)) if ivs else None


def _this_weekend(e: Expr, p: date, tense: Tense | None) -> tuple[Interval, Precision] | None:
    """«в эти выходные» / «на выходных»: in the past tense the last Saturday and Sunday begun
    by publication (Monday's news tells of the weekend just gone), else the weekend of
    publication's week (from Saturday on, the one under way). A bare «на выходных» is read
    only ahead («должен состояться на выходных»): told in the past it may be a habit."""
    if tense == "past":
        if e.prep != "эти":
            return None
        back = (p.weekday() - 5) % 7
    else:
        if e.prep != "эти" and tense != "future":
            return None
        back = -(5 - p.weekday()) if p.weekday() < 5 else p.weekday() - 5
    saturday = add_days(p, -back)
    sunday = add_days(saturday, 1) if saturday is not None else None
    return ((saturday, sunday), "range") if saturday and sunday else None


def _relunit(e: Expr, p: date) -> tuple[Interval, Precision] | None:
    if e.unit == "weekend":
        # the Saturday and Sunday before publication (a Sunday's news: the one before)
        sunday = add_days(p, -((p.weekday() + 1) % 7 or 7))
        saturday = add_days(sunday, -1) if sunday is not None else None
        return ((saturday, sunday), "range") if sunday and saturday else None
    if e.unit == "week":
        d = add_days(p, 7 * e.n)
        iv = week_of(d, e.part) if d is not None else None
        return (iv, "part" if e.part else "range") if iv is not None else None
    if e.unit == "month":
        y, m = shift_month(p.year, p.month, e.n)
        iv = month_part(y, m, e.part) if e.part else month_interval(y, m)
        return (iv, "part" if e.part else "month") if iv is not None else None
    y = p.year + e.n
    iv = year_part(y, e.part) if e.part else year_interval(y)
    return (iv, "part" if e.part else "year") if iv is not None else None


def _shift(e: Expr, p: date) -> tuple[Interval, Precision] | None:
    if e.unit == "day":
        d = add_days(p, e.n)
        return ((d, d), "day") if d is not None else None
    if e.unit == "week":
        d = add_days(p, 7 * e.n)
        iv = week_of(d) if d is not None else None
        return (iv, "range") if iv is not None else None
    if e.unit == "month":
        iv = month_interval(*shift_month(p.year, p.month, e.n))
        return (iv, "month") if iv is not None else None
    iv = year_interval(p.year + e.n)
    return (iv, "year") if iv is not None else None


def _core(
    e: Expr,
    tense: Tense | None,
    ctx: Context,
) -> tuple[Interval, Precision, How] | None | bool:
    """The interval the expression names (before since/until). None = not a date;
    False = a date with nothing to anchor on."""
    p = ctx.published
    if e.kind == "day":
        if e.weekday >= 0 and e.y1.kind == "none":
            r = _weekday_fixed(e, tense, ctx)
            if r is not None and p is None and r[0][0].weekday() != e.weekday:
                # undated: «в четверг, 11 ноября» after a background «в 2014 году» (a Tuesday
                # then): a year whose calendar denies the weekday is no year of the story
                return False
            if r is not None:
                return r[0], "day", r[1]
        r2 = _with_year(e.y1, _day_builder(e.d1, e.m1), e, tense, ctx)
        return r2 if isinstance(r2, bool) or r2 is None else (r2[0], "day", r2[1])
    if e.kind == "dayrange":
        r2 = _with_year(e.y2, _range_builder(e), e, tense, ctx)
        return r2 if isinstance(r2, bool) or r2 is None else (r2[0], "range", r2[1])
    if e.kind == "month":
        part = e.part

        def bm(y: int) -> Interval | None:
            return month_part(y, e.m1, part) if part else month_interval(y, e.m1)

        r2 = _with_year(e.y1, bm, e, tense, ctx)
        prec: Precision = "part" if part else "month"
        return r2 if isinstance(r2, bool) or r2 is None else (r2[0], prec, r2[1])
    if e.kind == "monthrange":

        def bmr(y: int) -> Interval | None:
            y1 = y - 1 if e.m2 < e.m1 else y
            if e.y1.kind == "explicit" and e.y1 != e.y2:
                y1 = e.y1.value
            return months_interval(y1, e.m1, y, e.m2)

        r2 = _with_year(e.y2, bmr, e, tense, ctx)
        return r2 if isinstance(r2, bool) or r2 is None else (r2[0], "range", r2[1])
    if e.kind == "year" and e.part in SEASONS and e.y1.kind == "relative" and p is not None:
        iv2 = _rel_season(e.part, e.y1.value, p, tense)
        return (iv2, "part", "relative") if iv2 is not None else None
    if e.kind == "year":
        part = e.part

        def by(y: int) -> Interval | None:
            return year_part(y, part) if part else year_interval(y)

        r2 = _with_year(e.y1, by, e, tense, ctx)
        prec = "part" if part else "year"
        return r2 if isinstance(r2, bool) or r2 is None else (r2[0], prec, r2[1])
    if e.kind == "yearrange":
        iv = months_interval(e.y1.value, 1, e.y2.value, 12)
        return (iv, "range", "explicit") if iv is not None and e.y1.value < e.y2.value else None
    if e.kind == "anaphor" or (e.kind == "relday" and e.n == -1 and ctx.anchor is not None):
        base = ctx.anchor if ctx.anchor is not None else p
        if base is None:
            return False
        d = add_days(base, e.n)
        if d is None:
            return None
        if ctx.anchor is not None:
            return (d, d), "day", "from-stated-date"
        return (d, d), "day", "publication-date" if e.n == 0 else "relative"
    if p is None and e.kind == "weekday" and (a := _same_weekday(e, ctx.anchor)) is not None:
        return (a, a), "day", "from-stated-date"
    if p is None and (a := in_week(e, ctx.week)) is not None:
        return (a, a), "day", "from-stated-date"
    if (
        p is None
        and ctx.told is not None
        and e.kind in ("relunit", "shift")
        and e.unit != "weekend"
    ):
        # an undated page told at a stated time («беседа состоялась в середине июля 2012
        # года»): «будущего года» counts from that time when any day of it gives the same
        count = _relunit if e.kind == "relunit" else _shift
        first, last = count(e, ctx.told[0]), count(e, ctx.told[1])
        return (first[0], first[1], "relative") if first is not None and first == last else False
    if p is None and (now := _story_now(e, ctx)) is not None:
        # an undated page whose story is in a stated year («прошли в сентябре 2015 года ...
        # следующий раунд назначен на первую половину следующего года»): a year counted
        # from now counts from the story's year, which every day of it gives alike
        count = _relunit if e.kind == "relunit" else _shift
        r4 = count(e, now)
        return (r4[0], r4[1], "year-from-context") if r4 is not None else None
    if p is None:
        return False
    if e.kind == "weekday":
        d = _weekday(e, tense, p)
        if d is None:
            return None
        if e.weekday2 >= 0 and e.weekday2 != e.weekday:
            # «в четверг и пятницу»: from the first weekday to the next such second one
            z = add_days(d, (e.weekday2 - e.weekday) % 7)
            if z is not None:
                return (d, z), "range", "weekday-from-publication"
        return (d, d), "day", "weekday-from-publication"
    if e.kind == "relday":
        d = add_days(p, e.n)
        if d is None:
            return None
        return (d, d), "day", "publication-date" if e.n == 0 else "relative"
    if e.kind == "relunit":
        weekend = e.unit == "weekend" and e.n == 0
        r3 = _this_weekend(e, p, tense) if weekend else _relunit(e, p)
        return (r3[0], r3[1], "relative") if r3 is not None else None
    if e.kind == "shift":
        r3 = _shift(e, p)
        return (r3[0], r3[1], "relative") if r3 is not None else None
    return None


def _story_now(e: Expr, ctx: Context) -> date | None:
    """Without a publication date or a time the page was told at, the «now» a year counted
    from now («в следующем году», «первой половины будущего года») counts from: a day of the
    latest year the text has stated (only a whole year: «на следующей неделе» stays
    unanchored)."""
    if ctx.told is not None or ctx.year is None or e.kind not in ("relunit", "shift"):
        return None
    return date(ctx.year, 7, 1) if e.unit == "year" else None


_CALENDAR_KINDS = frozenset({"day", "dayrange", "month", "monthrange", "year"})
YEAR_UNKNOWN = DateValue(None, None, "unknown", "year-unknown")


def resolve(e: Expr, tense: Tense | None, ctx: Context) -> DateValue | None:
    p = ctx.published
    if e.kind == "vague":
        if p is None:
            return UNKNOWN
        return DateValue(None, p, "before", "before-publication")
    if e.kind == "soon" or (e.kind == "recent" and tense == "future"):
        return DateValue(p, None, "after", "relative") if p is not None else UNKNOWN
    if e.kind == "recent":  # «на днях» in the past: a recent day before publication
        return DateValue(None, p, "before", "before-publication") if p is not None else UNKNOWN
    core = _core(e, tense, ctx)
    if core is None:
        return None
    if isinstance(core, bool):
        return YEAR_UNKNOWN if e.kind in _CALENDAR_KINDS else UNKNOWN
    (a, z), prec, how = core
    if e.mode == "since":
        start = add_days(z, 1) if e.prep == "после" else a
        if start is None:
            return None
        now = p or (ctx.told[1] if ctx.told is not None else None)
        end = now if now is not None and now >= start else None
        return DateValue(start, end, "after", how)
    if e.mode == "until":
        return DateValue(None, z, "before", how)
    return DateValue(a, z, prec, how)
