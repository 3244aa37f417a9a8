"""«В июле 2018 года Афины выслали двух дипломатов. В августе Москва ответила тем же»: a month
told without a year right after a month of a past year stated in full goes on with that
story, in that year, not in the year of publication.

A day or month with no year otherwise takes the publication year or a neighbour (resolve.py).
In background told as a story («Отношения пережили кризис. В июле 2018 года ... В августе
...»), the writer states the year once and lets the next months run on from it. The next
month is read in the stated year when it comes within STORY_SPAN sentences of it in the same
paragraph, does not go back before the stated month (a story told forward), and nothing
dated in between took the text elsewhere.

Without a publication date the text's own years are all there is (issue 11: never today's
year). A yearless date then takes the latest year the text has stated so far
(`carried_year`): a news text is told from its latest year and steps back into earlier ones
as background («закрыто в 2016 году»), so an earlier year stated after a later one does not
carry; the story rule above still gives the stated year to the months that run on from it.
Nor does a later year stated for a time well ahead of the day the story is on («встретились
в пятницу, 28 июня 2019 года ... пригласил на празднование 9 мая 2020 года»): an invitation
or a plan looks ahead of the story, and «В мае» told after it is still the story's year.
Nor does a day of the next year that a clause in the present or future tense sets ahead of
the story's day, however near («подписал закон 28 декабря 2012 года ... закон вступает в
силу 1 января 2013 года»): a term the story looks ahead to, not a day it has moved on to
(extract.py keeps the story's day and weekday for the anaphora after it, too).
A time put before every verb of its clause («Юбилейный саммит 15 июня 2006 года прошёл ...»,
«Наконец, 16 августа 2007 года главы подписали ...») sets when the clause's happening was, as
one opening the sentence does (`before_its_verb`): told in the past, the story has moved on to
it; a plan's day stands after the verb that sets it («пригласил на парад 9 мая 2020 года»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .model import DateValue, Tense
from .morph import word
from .patterns import Expr

STORY_SPAN = 2  # sentences after the stated one that a story's year runs on into
# how far after the story's day a stated time is a look ahead, not the story going on
AHEAD = timedelta(days=90)
# how far a plan or an invitation looks ahead at most: a time told some years after the story's
# day («договор подписали 26 мая 1972 года ... перелом наметился 16 июня 2001 года») is the
# story moving on through its background into its own time
PLAN_REACH = timedelta(days=3 * 365)
_STATED_KINDS = frozenset({"day", "dayrange", "month", "monthrange"})
_CARRIED_KINDS = frozenset({"day", "month"})
_AHEAD_TENSES = frozenset({"present", "future"})  # a clause that tells a time not yet come
# what may stand before a date that opens its sentence: a conjunction, a bracket, a quote
_OPENING = re.compile(r"[\s«\"(—–-]*(?:(?:а|но|и|однако|затем|потом)[\s,]+)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Story:
    sentence: int  # where the year was stated
    end: int  # the end of the stating expression
    year: int
    month: int


def story_of(e: Expr, v: DateValue, i: int, published: date | None) -> Story | None:
    """A month or day of a past year written out in full («в июле 2018 года»); without a
    publication date, of any year written out in full."""
    last = v.end or v.start
    if last is None or e.kind not in _STATED_KINDS or "explicit" not in (e.y1.kind, e.y2.kind):
        return None
    if published is not None and last.year >= published.year:
        return None
    return Story(i, e.end, last.year, last.month)


def carried_year(carried: int | None, stated: int, published: date | None) -> int:
    """The year yearless dates take after the text stated `stated` in full: with a
    publication date, the last one stated (used only without one); without it, the latest
    stated so far (an earlier year told after it is background, not the story's time)."""
    if published is not None or carried is None:
        return stated
    return max(carried, stated)


def moved_on(v: DateValue, stated: tuple[int, date] | None, published: date | None) -> bool:
    """Without a publication date: is `v`, a time written out with its year («весной 2002
    года»), in a later year than the day the story was on?"""
    return (
        published is None
        and stated is not None
        and v.how in ("explicit", "numeric")
        and v.start is not None
        and v.start.year > stated[1].year
    )


def years_span(v: DateValue) -> bool:
    """A span of whole years («заметки об оттепели 2001–2002 годов», «в 2014–2016 годах»):
    the period a text covers, not the year it tells from; yearless dates after it keep the
    year a day or month stated in full gives them, or stay without one."""
    return (
        v.start is not None
        and v.end is not None
        and v.start.year < v.end.year
        and (v.start.month, v.start.day) == (1, 1)
        and (v.end.month, v.end.day) == (12, 31)
    )


def since_year(e: Expr) -> bool:
    """«Консультации шли с 2000 года»: a year a span starts in and runs on from up to the
    time of telling. It says the text is told later than that year, not in it: yearless dates
    after it do not take it (an undated page's «в июле» is not July 2000), nor does the
    page's yearless dateline (publication.py)."""
    return e.kind == "year" and e.mode == "since"


def opens_sentence(before: str) -> bool:
    """Does a date whose sentence reads `before` up to it open that sentence («Весной 2002
    года выяснилось ...», «А 13 декабря ...»)? A time put first sets when what follows is."""
    # a heading the segmenter ran into the sentence («Весна торговых споров\n\nВесной ...»)
    return _OPENING.fullmatch(before.rsplit("\n", 1)[-1]) is not None


_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s")
_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
# every verb form: a finite verb, an infinitive, a gerund or a participle sets the time after it
_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})


def before_its_verb(before: str) -> bool:
    """Does a date whose sentence reads `before` up to it stand before every verb of its
    clause (the words since the last comma, dash, colon or bracket)? «Саммит в Братиславе
    24 февраля 2005 года показал ...»: the time of the subject's happening, set first; not
    «Хозяин пригласил гостя на парад 9 мая 2020 года», where a verb sets the day after it."""
    clause = _CLAUSE_BREAK.split(before.rsplit("\n", 1)[-1])[-1]
    return not any(word(w.lower()).pos in _VERB_POS for w in _WORD.findall(clause))


def ahead_of_story(
    v: DateValue,
    story_day: date | None,
    published: date | None,
    tense: Tense | None = None,
    opening: bool = False,
) -> bool:
    """Without a publication date: is `v`, stated with its year, in a later year than the
    day the story is on and well after it (a plan, an invitation), or after it at all in a
    clause told as not yet done (a term: «вступает в силу 1 января»)? Not when it opens a
    sentence told in the past («Весной 2002 года выяснилось ...»): the story has moved on."""
    if published is not None or story_day is None or v.start is None:
        return False
    if opening and tense == "past":
        return False
    if v.start.year <= story_day.year or v.start - story_day > PLAN_REACH:
        return False
    return v.start - story_day > AHEAD or tense in _AHEAD_TENSES


def runs_on(story: Story | None, e: Expr, i: int, text: str, tense: Tense | None) -> int | None:
    """The story's year when `e`, a day or month with no year in sentence `i`, goes on with
    it; else None."""
    if story is None or e.kind not in _CARRIED_KINDS or e.y1.kind != "none" or tense == "future":
        return None
    if not 0 <= i - story.sentence <= STORY_SPAN or "\n" in text[story.end : e.start]:
        return None  # too far on, or a new paragraph
    return story.year if e.m1 >= story.month else None
