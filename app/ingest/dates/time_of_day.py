"""A bare time of day with no day told near it: the day the story is on, else the report's.

«Утром Болтон и Лавров провели встречу в здании МИД», «Вечером министров примет Путин»:
then.py gives a time of day the day told in its own or the two sentences before. Further
from any day, a time of day told as past goes on with the day the story is on (the last day
the text named; a step back to «накануне» told in between is aside from it, and so is a
plan told wholly after publication) when that day is the publication day or one of the
three before it (yesterday's summit, told by its weekday in the lead); a story of an older
day leaves it without a date; with no day told at all, an agency names the time of today's
happenings so: the publication day. A time of day told ahead is this day's, unless another
day not yet gone by is told in the last few sentences (a plan of that day) and not today
after it (the day told last is the one the time of day goes on with). «Ночью» is left
alone (a night runs over two days), and so is everything without a publication date (an
undated page has no «today»; it goes on with the story's day only: _undated_story_day).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .model import DateValue, Tense

# sentences back a day told keeps a bare time of day off the publication day (the span
# events/when.py reads a sentence going on from the story's day over)
REPORT_SPAN = 3
# sentences back an undated page's story day may be told: further on, an overview has moved
# on from it («12 февраля ... [ten sentences on other matters] Тем временем в МИД отметили»)
UNDATED_SPAN = 8
# how old the story's day may be for a time of day to go on with it
STORY_AGE = timedelta(days=3)
# the night runs over two days: which one is not said
_NIGHT = re.compile(r"ночь", re.IGNORECASE)
# a time of day proper («Вечером», «в полдень»), not a step of the story («Затем», «Позже»)
_HOUR = re.compile(r"утр|дн[её]м|вечер|полд|половин[еа]\s+дня", re.IGNORECASE)
_CONDITION = re.compile(r"(?<![а-яё])(?:если|ежели|коли)(?![а-яё])", re.IGNORECASE)

_MONTH = timedelta(days=27)  # a time this long holding the story's day names no day of its own
TimeTold = tuple[int, tuple[date | None, date | None]]  # (sentence index, (start, end))


def report_day(
    word: str,
    before: str,
    tense: Tense | None,
    story: date | None,
    told: list[TimeTold],
    sentence: int,
    published: date | None,
    story_at: int = -1,
) -> DateValue | None:
    """The day of a bare time of day in sentence `sentence` (its text up to the time of day
    is `before`) that then.py left without one, standing in no relative clause; `story_at` is
    the sentence the story's day was told in.
    `story` is the day the story is on, `told` every time told before, in text order; `word`
    is the time of day itself."""
    if _NIGHT.search(word) or _CONDITION.search(before):
        return None
    if published is None:
        if sentence - story_at > UNDATED_SPAN:
            return None
        return _undated_story_day(tense, story, told, sentence)
    today = (published, published)
    near = [t for i, t in told if 0 <= sentence - i <= REPORT_SPAN]
    if tense != "future" and story is not None:
        if not published - STORY_AGE <= story <= published:
            return None  # a story of an older time: its day is not known here
        if all(_aside(t, story) or _ahead(t, published) for t in near):
            return DateValue(story, story, "day", "from-stated-date")
        return None  # another time told just before that then.py did not take up
    ahead = tense == "future" and _HOUR.search(word) is not None
    if ahead and near and near[-1] == today:
        # «В среду пройдёт сессия. Уже сегодня запланированы контакты. Днём министр
        # встретится ...»: the day told last is today; a day ahead told before it is the plan
        # of another sentence, not the day this time of day goes on with
        return DateValue(published, published, "day", "publication-date")
    if any(t != today and not (ahead and _gone(t, published)) for t in near):
        return None
    return DateValue(published, published, "day", "publication-date")


def _gone(t: tuple[date | None, date | None], published: date) -> bool:
    """Is a time told near a time of day still ahead wholly over before publication («указ
    подписан ещё 7 января. Вечером лидеры посетят храм»)? A day gone by is background, no
    day a plan is for: the evening ahead is the publication day's."""
    _, end = t
    return end is not None and end < published


def _undated_story_day(
    tense: Tense | None, story: date | None, told: list[TimeTold], sentence: int
) -> DateValue | None:
    """An undated page has no «today», but a story it tells of a day it names has that day:
    «Переговоры прошли в Вене 23 октября ... После обеда ...» goes on with 23 October when no
    other time is told in the last sentences (a plan or a step back aside)."""
    if tense == "future" or story is None:
        return None
    near = [t for i, t in told if 0 <= sentence - i <= REPORT_SPAN]
    if all(_aside(t, story) for t in near):
        return DateValue(story, story, "day", "from-stated-date")
    return None


def _aside(t: tuple[date | None, date | None], story: date) -> bool:
    """Is a time told near a time of day the story's day itself or a step back from it
    («рассказал, что накануне провёл беседу. Днём ...»: the story is still on its day), or a
    month or a year holding it («подписания в этом году не будет»): no other day?"""
    start, end = t
    if start is not None and end is not None and start <= story <= end and end - start >= _MONTH:
        return True
    return (start, end) == (story, story) or (end is not None and end < story)


def _ahead(t: tuple[date | None, date | None], published: date) -> bool:
    """Is a time told near a past time of day wholly after publication («Трамп намерен
    встретиться с Путиным в конце июня. Вечером министры приехали ...»)? A plan told in
    between is no day the story moved to: what is told as done cannot be on it."""
    start, _ = t
    return start is not None and start > published
