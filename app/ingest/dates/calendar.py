"""Calendar arithmetic on inclusive intervals. Every helper returns None instead of raising
for impossible dates (31 February, month 13, year 0, overflow past 9999)."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

Interval = tuple[date, date]

# Parts of a month: thirds (1-10, 11-20, 21-end).
# Parts of a year: начало = Q1 (Jan-Mar), середина = Q2+Q3 (Apr-Sep), конец = Q4 (Oct-Dec);
# halves and quarters are what they say.
# Parts of a week: начало = Mon-Tue, середина = Wed-Thu, конец = Fri-Sun.
# Halves: of a month 1-15 and 16-end, of a week Mon-Wed and Thu-Sun.
# Seasons: весна Mar-May, лето Jun-Aug, осень Sep-Nov, зима = Dec of the previous year-Feb.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "begin": (1, 3),
    "mid": (4, 9),
    "end": (10, 12),
    "h1": (1, 6),
    "h2": (7, 12),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
}
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "begin": (1, 10),
    "mid": (11, 20),
    "end": (21, None),
    # «во второй половине октября»: halves of a month split at the 15th.
    "h1": (1, 15),
    "h2": (16, None),
}
WEEK_PARTS: dict[str, tuple[int, int]] = {
    "begin": (0, 1),
    "mid": (2, 3),
    "end": (4, 6),
    # «во второй половине следующей недели»: Monday to Wednesday, Thursday to Sunday.
    "h1": (0, 2),
    "h2": (3, 6),
}


def make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def last_day(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def month_interval(y: int, m: int) -> Interval | None:
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    return date(y, m, 1), date(y, m, last_day(y, m))


def months_interval(y1: int, m1: int, y2: int, m2: int) -> Interval | None:
    a = month_interval(y1, m1)
    b = month_interval(y2, m2)
    if a is None or b is None or a[0] > b[1]:
        return None
    return a[0], b[1]


def year_interval(y: int) -> Interval | None:
    return months_interval(y, 1, y, 12)


def year_part(y: int, part: str) -> Interval | None:
    if part == "winter":
        return months_interval(y - 1, 12, y, 2)
    m1, m2 = YEAR_PARTS[part]
    return months_interval(y, m1, y, m2)


def month_part(y: int, m: int, part: str) -> Interval | None:
    whole = month_interval(y, m)
    if whole is None:
        return None
    if part not in MONTH_PARTS:  # a year's part (a quarter, a season) said of a month
        return None
    d1, d2 = MONTH_PARTS[part]
    return date(y, m, d1), date(y, m, d2) if d2 is not None else whole[1]


def add_days(d: date, n: int) -> date | None:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None


def week_of(d: date, part: str | None = None) -> Interval | None:
    """Monday..Sunday of the week containing ``d`` (or a part of it)."""
    if part and part not in WEEK_PARTS:  # a year's part (a quarter, a season) said of a week
        return None
    lo, hi = WEEK_PARTS[part] if part else (0, 6)
    a = add_days(d, lo - d.weekday())
    b = add_days(d, hi - d.weekday())
    if a is None or b is None:
        return None
    return a, b


def shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def distance(iv: Interval, p: date) -> int:
    if iv[0] <= p <= iv[1]:
        return 0
    return min(abs((iv[0] - p).days), abs((iv[1] - p).days))
