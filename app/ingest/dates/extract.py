"""extract_dates: find, filter and resolve every temporal expression of a text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from .around_happening import (
    AROUND,
    EVE,
    after_saying,
    before_saying,
    eve_of,
    happening_day,
    opening_adverbial,
    sidelines_of_days,
)
from .before_this import weekday_before_story
from .clauses import after_subject, in_relative_clause, subordinate
from .dated_week import in_span, span_week, weekday_told
from .deictic import DAYS_LATER
from .done_passive import done_tense
from .due_weekday import due_weekday
from .era import Era
from .happening_family import happening_told_day
from .happening_year import happening_year
from .later_by import step_before, year_by_step
from .model import DateMention, DateValue, Tense
from .near_day_year import year_of_near_day
from .new_year import year_across_new_year
from .noise import masked_spans
from .not_dates import not_a_date
from .participle import in_participle_phrase
from .patterns import Expr, candidates
from .resolve import Context, resolve
from .scheduled_weekday import scheduled_tense
from .stated_day import (
    Anchor,
    anchor_for,
    apposed,
    leaves_day,
    looks_back,
    same_as_story,
    steps_back,
    told_by_same_word,
)
from .story_year import (
    Story,
    ahead_of_story,
    before_its_verb,
    carried_year,
    moved_on,
    opens_sentence,
    runs_on,
    since_year,
    story_of,
    years_span,
)
from .subject_first import subject_only, verb_follows
from .tense import tense_at, tense_in
from .then import Told, same_time, takes_up, then_value
from .time_of_day import TimeTold, report_day
from .told_again import year_told_later
from .told_time import told_time
from .weekday_year import year_stated_for_weekday
from .year_ahead import year_ahead

# Dates whose year later day-months without one take («в четверг, 18 сентября», the year
# the weekday settled, is as stated as «18 сентября 2014 года»)
_CARRIES_YEAR = ("explicit", "numeric", "year-from-weekday")
# a day whose year the text did not write beside it
_YEARLESS = ("year-unknown", "year-from-context", "year-from-publication")
_UNTIL_AFTER = re.compile(r"\s+до\s+\d", re.IGNORECASE)
# «ещё» right before a date: «ещё в декабре», «ещё 2 марта», «ещё в понедельник» (as far
# back as): a time already past, and a look back from the story, not the day it goes on at
_ALREADY = re.compile(r"(?<![а-яё])ещ[её]\s+(?:(?:в|во)\s+)?$", re.IGNORECASE)

def _sentences(text: str) -> list[tuple[int, int]]:
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]


def _planned(e: Expr, v: DateValue, tense: Tense | None, published: date | None) -> bool:
    if e.kind == "soon" or (e.deadline and tense != "past"):
        return True
    if v.precision in ("before", "unknown") and v.how in ("before-publication", "unanchored"):
        return False
    if tense == "future":
        return True
    if published is None:
        return False
    if v.precision == "before":
        return v.end is not None and v.end > published  # a deadline still ahead
    return v.start is not None and v.start > published


# A day written with its day and month («3 марта», «03.03.2025»)...
_EXPLICIT_DAY = frozenset(
    {"explicit", "numeric", "year-from-publication", "year-from-context", "year-from-weekday"}
)
# ... and any day the text names, a weekday or «вчера» included; a day reached by an
# anaphor is not one («10 марта ... Днём ранее ... На следующий день» is 11 March).
# expressions naming a day of their own (a sentence «После переговоров» opens may have one)
_DAYS = frozenset({"day", "dayrange", "weekday", "relday", "anaphor"})
_STATED_DAY = _EXPLICIT_DAY | {"weekday-from-publication", "publication-date", "relative"}

def nth_day(e: Expr, ranged: tuple[date, date] | None) -> DateValue | None:
    """«во второй день визита»: the day counted into the last range of days the text
    stated («визит проходит 18–19 августа»); without one, or past its end, no date."""
    if ranged is None:
        return None
    first, last = ranged
    day = last if e.n < 0 else first + timedelta(days=e.n)
    if day > last:
        return None
    return DateValue(day, day, "day", "from-stated-date")


def _day_right_after(found: Sequence[Expr], e: Expr, text: str) -> bool:
    """A day («во вторник», «5 мая») follows expression ``e`` with only spaces between."""
    return any(
        f.start >= e.end and f.kind in _DAYS and not text[e.end : f.start].strip()
        for f in found
    )


def extract_dates(
    text: str,
    published: date | None,
    sentences: Sequence[tuple[int, int]] | None = None,
    era: Era | None = None,
) -> list[DateMention]:
    """All temporal expressions of an article (or any text), in text order, resolved.
    `sentences` are (start, end) spans from the caller's segmenter; when None, split with razdel.
    Context carries forward through the text (a year stated earlier applies to later day-months;
    anaphora count from the day last stated). `era` (era.py), for an article without a
    publication date, may settle a year nothing else settles. Words placing a sentence hours
    from the happening just told («После этого», «16:50», sequel.py) take that happening's
    day (two contacts of one day so dated stay two by events/hour_steps.py)."""
    found = candidates(text)
    if not found:
        return []
    masks = masked_spans(text)
    if masks:
        found = [e for e in found if not any(a < e.end and e.start < b for a, b in masks)]
    spans = sorted(sentences) if sentences is not None else _sentences(text)
    starts = [s for s, _ in spans]
    ctx = Context(published, era=era if published is None else None)
    ctx.told = told_time(text) if published is None else None
    stated: Anchor | None = None  # the last day the text named
    stated_word: str | None = None  # the word that named it counting from publication
    # days stated as due or ahead («должен был прибыть 6 июня»): days a plan was set for,
    # not days the story was on
    due_days: set[Anchor] = set()
    explicit: Anchor | None = None  # the last day written with day and month
    step = -1  # where the last step back from the story's day ends
    told: list[Anchor] = []  # the days stated before `stated`, latest last
    ranged: tuple[date, date] | None = None  # the last range of days stated
    last_told: Told | None = None  # the last time told that «тогда» may take up
    story: Story | None = None  # a past year stated in full that the next months run on in
    times: list[TimeTold] = []  # every time told, planned or not: a time of day's neighbours
    days: list[tuple[int, int, DateValue]] = []  # the same, with where and what (AROUND)
    week: date | None = None  # undated: the last day told with its weekday (dated_week.py)
    span: tuple[date, date] | None = None  # the days told with their weekdays that set `week`
    # the story's day before a step back to an earlier day, and where that step was told
    flash: tuple[Anchor, int] | None = None
    out: list[DateMention] = []
    for e in found:
        i = bisect_right(starts, e.start) - 1
        ctx.anchor = anchor_for(e, stated, explicit, i, published)
        if flash is not None and e.kind == "anaphor" and e.antecedent and e.n == 0:
            # «В тот же день» a paragraph after the step back: the story's day again
            if "\n" in text[flash[1] : e.start]:
                ctx.anchor = flash[0][1]
        ctx.week = week
        if i >= 0 and spans[i][1] >= e.start:
            s0, s1 = spans[i][0], max(spans[i][1], e.end)
        else:
            s0, s1 = e.start, e.end
        if e.kind == "anaphor" and e.antecedent and not text[s0 : e.start].strip():
            # «Прибытие посла совпало с ... В тот же день»: the day the arrival was told on
            ctx.anchor = happening_told_day(text, days, spans, i) or ctx.anchor
        if e.unit == DAYS_LATER and ctx.anchor is None:
            continue  # «Спустя два дня» with no day told before: days after nothing known
        tense = tense_at(text[s0:s1], e.start - s0, e.end - s0)
        # «в пятницу вылетает в Пекин»: a trip on the schedule, ahead (scheduled_weekday.py)
        tense = scheduled_tense(e, tense, text[s0:s1], e.start - s0, e.end - s0, published)
        if e.prep == "от" and not _UNTIL_AFTER.match(text, e.end):
            # «указ от 12 мая»: the date of a document already issued, also when the
            # clause looks ahead («по договорённости от 31 августа 2022 года встретятся»);
            # «от 5 до 10 мая» is a span
            tense = "past"
        if e.deadline and tense != "past":
            tense = "future"  # «обещают завершить до конца января»: a term still ahead
        already = _ALREADY.search(text, max(0, e.start - 8), e.start) is not None
        tense = done_tense(tense, e, text, s0)  # «начатые в октябре дискуссии продолжатся»
        if tense != "future" and already:
            # «должна была состояться ещё в декабре», «запрос направлен ещё 2 марта»: «ещё»
            # before a date looks back to a time already past
            tense = "past"
        if tense == "past" and ctx.anchor is not None and published and ctx.anchor > published:
            # «Выступление намечено на 27 сентября. Накануне он встретился ...»: a day still
            # ahead is no day a past happening counts from; the eve is publication's
            ctx.anchor = None
        if not_a_date(text, e, tense):
            continue
        between = text[out[-1].end : e.start] if out else "x"
        if e.kind == "then" and e.n == 1 and not between.replace(",", " ").strip():
            continue  # «в среду вечером», «3 февраля, 09:55»: the time of the date just read
        if e.kind == "then" and e.n == 1 and _day_right_after(found, e, text):
            continue  # «Вечером во вторник», «утром 5 мая»: the time of the day named next
        try:
            if e.kind == "then":  # «тогда»: the time just told (then.py)
                before = text[s0 : e.start]
                if e.n == AROUND and (
                    after_saying(before)
                    or before_saying(before, text[e.end : s1])
                    or opening_adverbial(before, text[e.end : s1])
                ):
                    before = ""  # «"...", — сказал он после встречи»: as opening the sentence
                if (
                    e.n >= 2
                    and subject_only(before)
                    and (e.n == 2 or verb_follows(text[e.end : s1]))
                ):
                    before = ""  # «Лавров тем временем остался ...»: as opening (subject_first.py)
                if e.n >= 2 and before.strip() and not after_subject(e, before, tense):
                    continue  # «позже», «после переговоров» in mid-sentence: no day of the story
                if e.n == AROUND and any(e.end <= f.start < s1 and f.kind in _DAYS for f in found):
                    continue  # «Перед переговорами ... в среду провёл»: the sentence's own day
                if e.n == AROUND and e.antecedent and stated is None:
                    continue  # «После встречи с коллегой» with no day told: no happening told
                v = happening_day(text, e, days, spans, i) if e.n == AROUND else None
                if v is None and e.n == AROUND and sidelines_of_days(text, e, days, spans, i):
                    continue  # «На полях встречи» of a happening told over days: no one day
                if e.n == EVE:  # «Накануне открытия заседания»: that happening's eve alone
                    v = eve_of(text, e, days, spans, i)
                else:
                    v = v or then_value(before, last_told, i, tense, e.n > 0, e.n == AROUND)
                again = e.n == 0 and stated is not None and same_time(text[e.start : e.end])
                if v is None and (e.n in (1, 2, AROUND) or again) and not subordinate(before):
                    story_day = stated[1] if stated is not None else None
                    word_ = text[e.start : e.end]
                    at = stated[0] if stated is not None else -1
                    v = report_day(word_, before, tense, story_day, times, i, published, at)
            else:
                v = nth_day(e, ranged) if e.kind == "nthday" else resolve(e, tense, ctx)
                if (due := due_weekday(e, text[s0 : e.start], text[s0:s1], published)) is not None:
                    v = due  # «отменил запланированный на понедельник визит»: the nearest
        except (ValueError, OverflowError):
            v = None
        if v is None:
            continue
        story_day = stated[1] if stated is not None else None
        # «Весной 2002 года выяснилось ...», «Саммит 15 июня 2006 года прошёл ...»
        opening = opens_sentence(text[s0 : e.start]) or before_its_verb(text[s0 : e.start])
        if v.how == "year-from-publication" and (
            y := happening_year(e, found, text, (s0, s1), published)
        ) is not None:
            # «Весенний саммит прошлого года прошёл в мае»: the year the happening is of
            v = resolve(e, tense, Context(None, year=y)) or v
        elif (
            e.kind == "day"
            and e.y1.kind == "none"
            and v.how in _YEARLESS
            and story_day is not None
            and (later := step_before(text[s0 : e.start])) is not None
            and (y := year_by_step(story_day, later, e.m1, e.d1)) is not None
        ):
            # «13 декабря ... Шесть месяцев спустя, 13 июня»: the year the step lands in
            v = resolve(e, tense, Context(None, year=y)) or v
        elif v.how == "year-unknown" and (y := year_told_later(e, found)) is not None:
            # «13 октября ... встречи 13 октября 2009 года»: the same day told again in full
            v = resolve(e, tense, Context(None, year=y)) or v
        elif v.how == "year-unknown" and (y := year_stated_for_weekday(e, found)) is not None:
            # «во вторник, 17 июля» and «2018 года» elsewhere: the year the weekday agrees with
            w = resolve(e, tense, Context(None, year=y))
            v = replace(w, how="year-from-weekday") if w is not None else v
        elif v.how == "year-unknown" and (y := year_of_near_day(e, found)) is not None:
            # «11 ноября ... саммит пройдёт 30 ноября — 1 декабря 2018 года»: the story's days
            v = resolve(e, tense, Context(None, year=y)) or v
        elif v.how == "year-unknown" and (
            y := year_ahead(e, found, lambda f: tense_in(text, spans, starts, f.start, f.end))
        ) is not None:
            # «15 января ... станет первой поездкой в 2019 году»: the year looked ahead in
            v = resolve(e, tense, Context(None, year=y)) or v
        elif (back := weekday_before_story(e, v, text[s0 : e.start], story_day)) is not None:
            v = back  # «... побывал в Петербурге. Перед этим, во вторник, ...» (before_this.py)
        elif (
            e.kind in ("day", "dayrange")
            and e.y1.kind == "none"
            and not looks_back(text[s0 : e.start])
            and (y := year_across_new_year(v, story_day)) is not None
        ):
            # «30 декабря ... 10 января в Женеве ...»: a story told forward into the next year
            v = resolve(e, tense, Context(None, year=y)) or v
        elif (y := runs_on(story, e, i, text, tense)) is not None:
            # «В июле 2018 года ... В августе ...»: the story's year (story_year.py)
            v = resolve(e, tense, Context(None, year=y)) or v
        elif (v.start is not None or v.end is not None) and not ahead_of_story(
            v, story_day, published, tense, opening
        ):
            story = story_of(e, v, i, published)
        # undated: a term in the next year the story looks ahead to (story_year.py) moves
        # neither the story's year nor its day nor its weekday
        ahead = ahead_of_story(v, story_day, published, tense, opening)
        if e.kind == "dayrange" and v.start is not None and v.end is not None:
            ranged = (v.start, v.end)
        day = v.start if v.precision == "day" and v.how in _EXPLICIT_DAY else None
        if published is None and day is not None and not ahead:
            week = day if weekday_told(text[s0 : e.start], e, day) else None
            span = None
        elif published is None and v.how in _EXPLICIT_DAY and not ahead:
            # «в среду и четверг, 23–24 октября 2019 года»: days told with their weekdays
            week, span = span_week(text[s0 : e.start], e, v) or (week, span)
        if (
            stated not in due_days
            and same_as_story(text, e, v, stated, i)
            and not told_by_same_word(text, e, stated_word)
        ):
            # «В среду прошёл саммит (вчера). ... Днём ранее прошла встреча министров»: a
            # day before publication that is the story's own day cannot be «a day earlier»
            # than it; the writer counts from the story's day. Not when that day was one a
            # plan was due on («должен был прибыть 6 июня, но поездку отменили. Накануне ...»):
            # the story was never on it, «накануне» is the eve of publication.
            ctx.anchor = stated[1] if stated is not None else None
            v = resolve(e, tense, ctx) or v
        if e.kind != "then" and (v.start is not None or v.end is not None):
            times.append((i, (v.start, v.end)))
            days.append((i, e.start, v))
        if (
            v.how in _CARRIES_YEAR
            and v.start is not None
            and not ahead
            and not years_span(v)
            and not since_year(e)
        ):
            ctx.year = carried_year(ctx.year, (v.end or v.start).year, published)
            ctx.last_year = (v.end or v.start).year
        aside = stated is not None and in_participle_phrase(text[s0 : e.start])  # background
        # undated: a bare weekday naming one of the days told with their weekdays is the
        # story's day, as a dated article's weekday is (dated_week.py)
        weekday_of_week = published is None and in_span(e, v, span)
        if (
            v.precision == "day"
            and v.start is not None
            and (v.how in _STATED_DAY or weekday_of_week)
            and not in_relative_clause(text[s0 : e.start])
            and not (stated is not None and (steps_back(text, e) or apposed(text, e, step)))
            and not (stated is not None and already)
            and not aside
            and not ahead
        ):
            if stated is not None and stated[1] != v.start:
                told.append(stated)
            # «... в воскресенье приняли декларацию. Буш прилетел в субботу вечером ...»: a day
            # before the one the story is on is a step back into its background
            flash = (stated, e.start) if stated is not None and v.start < stated[1] else None
            stated = (i, v.start)
            stated_word = text[e.start : e.end].lower() if v.how == "relative" else None
            if tense in ("present", "future"):
                due_days.add(stated)
            if (v.how in _EXPLICIT_DAY or weekday_of_week) and not looks_back(text[s0 : e.start]):
                # a weekday the week dates is as good as written out: «накануне» after it
                # is its eve, not the eve of the day that told the week
                explicit = (i, v.start)
        elif moved_on(v, stated, published) and not ahead and not years_span(v):
            # without a publication date, a time told in full in a later year than the story's
            # day («Весной 2002 года ...» after days of 2001): the story has moved on into that
            # year; yearless days after it are of that year, not counted back from the old day
            stated, explicit, stated_word = None, None, None
            told.clear()
        elif leaves_day(v, stated) and told and stated is not None and not aside:
            # «Соглашение заключено 22 июля 2022 года ... продлено в мае. В тот же день МИД
            # уведомил ...»: a later period told after a day leaves that day behind; the
            # story goes back to the day it was on before. Not a time told inside a participle
            # phrase («по договору, истекающему в декабре 2009 года»): background of a noun.
            stated, stated_word = told.pop(), None
            explicit = None
        elif (
            e.kind == "anaphor"
            and explicit is not None
            and v.how == "from-stated-date"
            and v.start == explicit[1]
        ):
            # «В тот же день» keeps the narrative on the day written out before it: a
            # «днём ранее» after it still counts from that day.
            explicit = (i, v.start)
        if stated is not None and (steps_back(text, e) or apposed(text, e, step)):
            step = e.end
        planned = _planned(e, v, tense, published)
        if e.kind != "then" and takes_up(v, planned) and not aside and e.prep != "от":
            # «заявление от 9 ноября»: a document's date, no time the story goes on at
            last_told = (i, v)
        out.append(DateMention(e.start, e.end, text[e.start : e.end], v, planned, tense))
    return out
