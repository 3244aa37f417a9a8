"""Which date a happening takes: its own date expression, the date heading its chronicle
entry or the day its sentence goes on from, else publication or «before publication»; and
how long it lasts when the text says so («с двухдневным визитом»)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from app.ingest.dates import DateMention, DateValue
from app.ingest.dates.clauses import in_relative_clause
from app.ingest.events import identity, merged_date
from app.ingest.events.lasting import lasting_days
from app.ingest.events.model import ArticleInput, DateReading, SentenceParse, in_excluded
from app.ingest.events.syntax import anchor_verb
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Happenings done by saying, though not statements: like a statement, told undated in the
# news they were said on the day of publication («Аксаков предложил рассмотреть ...»).
SAID_ACTS = frozenset({"proposal"})


def reading_of(
    inp: ArticleInput,
    attached: list[DateMention],
    speech: bool,
    future: bool = False,
    entry: DateMention | None = None,
) -> tuple[DateReading | None, bool]:
    """The date of a happening: its own date expression; else `entry`, the date heading its
    entry in a chronicle or the day of the happening its sentence goes on from; else
    publication (a statement) or «before publication»."""
    p = inp.published
    usable = [d for d in attached if d.value.precision != "unknown" and not stale_for_present(d, p)]
    usable = [in_entry_year(d, entry) for d in usable]
    if not usable and entry is not None and all(d.value.how == "year-unknown" for d in attached):
        usable = [entry]
    if usable:
        best = min(usable, key=lambda d: merged_date.reading_rank(as_reading(d)))
        r = as_reading(best)
        planned = best.planned
        p = inp.published
        after_publication = p is not None and r.value.start is not None and r.value.start > p
        if planned or not after_publication:
            return r, planned
        # A past happening dated after its own article: the reading is wrong, not the text.
    if future or any(d.planned for d in attached):
        return None, True  # «встретятся» with no usable date: nothing to place
    unanchored = [d for d in attached if d.value.precision == "unknown"]
    if unanchored:
        # «Ранее» with no publication date to count from: unknown, but the text's own
        # word (another occasion than the one reported), not a fallback.
        best = unanchored[0]
        return DateReading(best.value, text=best.text, span=(best.start, best.end)), False
    p = inp.published
    if p is None:
        return DateReading(DateValue(None, None, "unknown", "unanchored"), explicit=False), False
    if speech:
        return DateReading(DateValue(p, p, "day", "publication-date"), explicit=False), False
    return DateReading(DateValue(None, p, "before", "before-publication"), explicit=False), False


# A line that starts with a date, then a dash or nothing else: the date heads an entry of a
# chronicle («26 июл. — Министр ...», a «18 сен. 2024» heading over a paragraph).
_DASHES = "—–-"
ENTRY_HEADINGS = 2  # fewer date headings: a dateline or a stamp, not a chronicle


def entry_dates(inp: ArticleInput) -> dict[int, DateMention]:
    """Sentence index -> the date heading the chronicle entry it belongs to.

    A chronicle lists happenings under their dates; the sentences of an entry carry no date
    of their own. An entry runs from its heading to the next heading (a blank line ends a
    dash entry). One such line alone is a dateline, and dates nothing."""
    text = inp.text
    heads: list[tuple[DateMention, bool]] = []
    for d in inp.dates:
        if d.value.precision != "day" or in_excluded(d.start, d.end, inp.excluded):
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        if text[line_start : d.start].strip():
            continue
        line_end = text.find("\n", d.end)
        rest = text[d.end : line_end if line_end >= 0 else len(text)].strip(" \t.,:")
        if not rest or rest[0] in _DASHES:
            heads.append((d, bool(rest)))
    if len(heads) < ENTRY_HEADINGS:
        return {}
    out: dict[int, DateMention] = {}
    sentences = inp.analysis.sentences
    ends = [s.end for s in sentences]
    for k, (d, dash) in enumerate(heads):
        stop = heads[k + 1][0].start if k + 1 < len(heads) else len(text)
        if dash:
            blank = text.find("\n\n", d.end, stop)
            stop = blank if blank >= 0 else stop
        si = bisect.bisect_right(ends, d.start)
        while si < len(sentences) and sentences[si].start < stop:
            out[si] = d
            si += 1
    return out


# A sentence opening with a connective of sequence or of setting goes on with the
# happening just told («Затем он встретился ...», «По итогам беседы ...», «Во второй
# половине дня ...»): its undated happening is on the day that one was on. «На полях
# встречи», «в ходе визита» are not among them: they name a setting that may last days.
# A bare time of day opening the sentence («Вечером президент встретился ...», «Днём он
# провёл ...») is a time of the day being told, as «утром 3 марта» is of the day named;
# «после общего заседания»: an adjective may stand before the noun of the occasion.
# «На итоговой (заключительной, совместной) пресс-конференции ...»: the close of the
# happening told, on its day.
_GOES_ON = re.compile(
    r"(?:затем|потом|там|позже|позднее|вскоре|после\s+этого|вслед\s+за\s+этим|следом"
    r"|сначала|вначале|первым\s+(?:делом|пунктом)"
    r"|(?:(?:поздно|рано|поздним|ранним)\s+)?(?:утром|дн[её]м|вечером|ночью)(?!\s+\d)"
    r"|после\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+)?"
    r"(?:переговоров|встречи|беседы|консультаций|церемонии|заседания)"
    r"|по\s+(?:итогам|окончании|завершении)"
    r"|в(?:о)?\s+(?:первой|второй)\s+половине\s+дня|на\s+(?:совместной|итоговой|заключительной))(?![а-яё])",
    re.IGNORECASE,
)
NARRATIVE_SPAN = 3  # sentences back the day told may lie


def day_gone_on(inp: ArticleInput, si: int, also: bool = False) -> DateMention | None:
    """The day the text last told, when sentence `si` opens by going on from it (or, with
    `also`, adds one more happening to it: «Председатель также провёл встречу»). With no
    day told in the last sentences, the day a sentence among them went on from, in turn."""
    sentences = inp.analysis.sentences
    sent = sentences[si]
    if _GOES_ON.match(inp.text, sent.start, sent.end) is None and not (
        also and _ALSO.search(inp.text, sent.start, sent.end)
    ):
        return None
    first = _span_start(inp, si)
    since = sentences[first].start
    told = [
        d
        for d in inp.dates
        if since <= d.start and d.end <= sent.start and d.value.precision == "day"
    ]
    told = [d for d in told if not _background(inp, d)]
    if told:
        return told[-1] if not told[-1].planned else None
    before = [
        k
        for k in range(si - 1, first - 1, -1)
        if not any(
            sentences[k].start <= d.start < sentences[k].end
            and not _background(inp, d)
            and not _aside_of_story(d)
            for d in inp.dates
        )
    ]
    if len(before) < si - first:
        return None  # a date not a day (a month, a plan) was told in between
    return next((d for k in before if (d := day_gone_on(inp, k)) is not None), None)


# «также» before a past verb: one more happening of the occasion just told; so is one told
# apart from it, «отдельно» («Минфин отдельно запретил ...») or «отдельный» on the past
# verb's subject or object («Отдельное соглашение подписали ...»).
# The past verb may come first, as when it opens the sentence («Состоялись также
# переговоры ...», «Прошла также встреча ...»).
_ALSO = re.compile(
    r"(?<![а-яё])(?:(?:также|отдельно|отдельн(?:ое|ый|ая|ые|ую|ой)\s+[а-яё]+)"
    r"\s+[а-яё]+л(?:а|о|и)?(?:сь|ся)?"
    r"|[а-яё]+л(?:а|о|и)?(?:сь|ся)?\s+также)(?![а-яё])",
    re.IGNORECASE,
)


def _aside_of_story(d: DateMention) -> bool:
    """A date that does not move the story's time: a plan («договорились, что до конца года
    ...», «встреча пройдёт через четыре месяца») or an open bound of a topic («обсуждали
    транзит газа после 1 января»)."""
    return d.planned or (
        d.value.precision in ("after", "before") and d.value.how not in _STORY_BOUNDS
    )


# Open bounds that do tell the story's time: «ранее», «на днях» (before publication).
_STORY_BOUNDS = frozenset({"before-publication", "publication-date"})


def _background(inp: ArticleInput, d: DateMention) -> bool:
    """A day told aside from the story: inside a relative clause («..., который начался
    накануне вечером»), or the eve told inside someone's words («Теббун рассказал, что
    накануне провёл беседу ... Днём он встретился ...»), a step back from the story's day."""
    start = _sentence_start(inp, d)
    return in_relative_clause(inp.text[start : d.start]) or _eve_in_words(inp.text[start : d.end])


# «По его словам, ...» goes on with the words of the sentence before: it tells nothing of
# its own, so it does not count among the sentences back the day told may lie.
_WORDS_GO_ON = re.compile(r"по\s+(?:его|её|ее|их|словам)(?:\s+словам)?(?![а-яё])", re.IGNORECASE)


def _span_start(inp: ArticleInput, si: int) -> int:
    """The first of the NARRATIVE_SPAN sentences before `si`, not counting those that only
    go on with someone's words."""
    sentences = inp.analysis.sentences
    k, counted = si, 0
    while k > 0 and counted < NARRATIVE_SPAN:
        k -= 1
        if _WORDS_GO_ON.match(inp.text, sentences[k].start, sentences[k].end) is None:
            counted += 1
    return k


_EVE_IN_WORDS = re.compile(
    r",\s*что\s+(?:[а-яё]+\s+){0,3}(?:накануне|дн[её]м\s+ранее|за\s+день\s+до\s+этого)$",
    re.IGNORECASE,
)


def _eve_in_words(upto: str) -> bool:
    """Is the date ending `upto` (its sentence up to the date's end) a step back to the eve,
    told in a clause of what someone said («рассказал, что накануне провёл ...»)?"""
    return _EVE_IN_WORDS.search(upto) is not None


def _sentence_start(inp: ArticleInput, d: DateMention) -> int:
    sentences = inp.analysis.sentences
    k = bisect.bisect_right([s.start for s in sentences], d.start) - 1
    return sentences[k].start if k >= 0 else 0


# «Об этом в среду сообщили в МИД»: a sentence attributing the one before it to a source,
# on the day named.
_ATTRIBUTING = re.compile(r"(?:об|о)\s+(?:этом|том)(?![а-яё])", re.IGNORECASE)


def day_reported(inp: ArticleInput, si: int, toks: Sequence[Token]) -> DateMention | None:
    """The day the next sentence says sentence `si`'s news was made known («... обменялись
    заключёнными. Об этом в среду сообщили в МИД»): news told on the day it happened. Not a
    sentence told only in the imperfective past («Путин разговаривал по телефону с ...
    Об этом в понедельник рассказал Песков»): it tells that a talk took place at some time,
    which the telling's day does not date."""
    sentences = inp.analysis.sentences
    if si + 1 >= len(sentences) or _only_imperfective_past(toks):
        return None
    nxt = sentences[si + 1]
    if _ATTRIBUTING.match(inp.text, nxt.start, nxt.end) is None:
        return None
    told = [
        d
        for d in inp.dates
        if nxt.start <= d.start < nxt.end and d.value.precision == "day" and not d.planned
    ]
    return told[0] if len(told) == 1 else None


def _only_imperfective_past(toks: Sequence[Token]) -> bool:
    """Are the sentence's finite past verbs all imperfective (and there is one)?"""
    past = [
        t
        for t in toks
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" and t.feats.get("Tense") == "Past"
    ]
    return bool(past) and all(t.feats.get("Aspect") == "Imp" for t in past)


# An agency dateline opening the lead («ЭР-РИЯД, 9 сен — РИА Новости. Министр провёл ...»):
# furniture cut from the text, the day of the publication, on the lead's own line.
_DAY_DIGITS = re.compile(r"\d")


def dateline_lead(inp: ArticleInput) -> tuple[int, DateMention] | None:
    """The lead sentence of a dateline article and the dateline's day: an agency reports
    the day's news, so the lead's undated happening is on it, not just before it."""
    p = inp.published
    if p is None:
        return None
    text = inp.text
    for s, e in inp.excluded:
        if text.rfind("\n", 0, s) + 1 != s and text[:s].strip():
            continue  # not at the start of a line
        if _DAY_DIGITS.search(text, s, e) is None or "\n" in text[s:e].strip():
            continue
        lead = next(
            (
                si
                for si, sent in enumerate(inp.analysis.sentences)
                if sent.end > e and not in_excluded(sent.start, sent.end, inp.excluded)
            ),
            None,
        )
        if lead is None or "\n" in text[e : inp.analysis.sentences[lead].start]:
            continue  # a stamp on a line of its own, a footer: no dateline
        value = DateValue(p, p, "day", "publication-date")
        return lead, DateMention(s, e, text[s:e].strip(), value, planned=False, tense=None)
    return None


# «с двухдневным визитом», «трёхдневные переговоры»: how many days the happening lasts.
_LASTING = re.compile(r"^(одно|двух|трех|трёх|четырех|четырёх|пяти|\d+-?)дневн", re.IGNORECASE)
_DAYS = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5}


def over_days(r: DateReading, toks: list[Token], parse: SentenceParse, idx: int) -> DateReading:
    """A happening dated by its first day and said to last N days («прибыл с двухдневным
    визитом в понедельник») runs over those N days."""
    v = r.value
    if not r.explicit or v.precision != "day" or v.start is None:
        return r
    for j, t in enumerate(toks):
        m = _LASTING.match(t.text)
        head = parse.heads[j]
        if m is None or head < 0:
            continue
        # on the trigger noun, or on the noun of its verb («прибыл с двухдневным визитом»)
        if head != idx and not (toks[head].pos == "NOUN" and parse.heads[head] == idx):
            continue
        word = m.group(1).lower().rstrip("-")
        n = int(word) if word.isdigit() else _DAYS[word]
        if not 1 < n <= MAX_LASTING:
            continue
        span = dt.timedelta(days=n - 1)
        if lemma_of(toks[anchor_verb(toks, parse, idx)]) in ENDING_VERBS:
            # «двухдневный визит завершился 19 октября»: the day named is the last one
            return DateReading(DateValue(v.start - span, v.start, "range", v.how), r.text, r.span)
        return DateReading(DateValue(v.start, v.start + span, "range", v.how), r.text, r.span)
    days = lasting_days(toks, parse, idx)  # «с визитом, который продлится три дня»
    if days is not None and 1 < days <= MAX_LASTING:
        end = v.start + dt.timedelta(days=days - 1)
        return DateReading(DateValue(v.start, end, "range", v.how), r.text, r.span)
    return r


def in_entry_year(d: DateMention, entry: DateMention | None) -> DateMention:
    """A day without a year, read from publication, in a sentence dated by an entry of a
    chronicle or a day its story is on («12 янв. 2024 ... Заседание, намеченное на 25
    января, перенесено» in a September article): its year is read from that day instead, by
    the same tense (past: the last such day by then; future: the next; a due date: the
    nearest)."""
    v, day = d.value, entry.value.start if entry is not None else None
    if (
        day is None
        or entry is None
        or entry.value.how not in ("explicit", "numeric")
        or v.how != "year-from-publication"
        or v.start is None
        or v.end is None
    ):
        return d
    options: list[DateValue] = []
    for year in (day.year - 1, day.year, day.year + 1):
        shift = year - v.start.year
        try:
            options.append(
                DateValue(
                    v.start.replace(year=year),
                    v.end.replace(year=v.end.year + shift),
                    v.precision,
                    v.how,
                )
            )
        except ValueError:
            continue  # 29 February
    if d.tense == "past":
        fits = [o for o in options if o.start is not None and o.start <= day]
        best = max(fits, key=lambda o: o.start or day) if fits else None
    elif d.tense == "future":
        fits = [o for o in options if o.end is not None and o.end >= day]
        best = min(fits, key=lambda o: o.start or day) if fits else None
    else:
        best = min(options, key=lambda o: abs(((o.start or day) - day).days), default=None)
    if best is None or best == v:
        return d
    return DateMention(d.start, d.end, d.text, best, d.planned, d.tense)


MAX_LASTING = 14  # days; a longer «N-дневный» is no visit's length
ENDING_VERBS = frozenset({"завершиться", "закончиться", "окончиться", "завершить", "закончить"})


def stale_for_present(d: DateMention, published: dt.date | None) -> bool:
    """A present-tense report («говорится в ответах ... по итогам 2025 года») happens now:
    a period that ended well before publication describes its subject, not its date."""
    end = d.value.end
    return (
        d.tense == "present"
        and d.value.precision != "day"  # a day is no period («планировалось 12 марта»)
        # nor are a few days: a plan's term («намеченное на 14–15 ноября»)
        and not _few_days(d)
        and published is not None
        and end is not None
        and end < published - identity.REPORTING_LAG
    )


FEW_DAYS = dt.timedelta(days=6)  # the longest range that dates a happening, not a period


def _few_days(d: DateMention) -> bool:
    v = d.value
    return (
        v.precision == "range"
        and v.start is not None
        and v.end is not None
        and v.end - v.start <= FEW_DAYS
    )


def as_reading(d: DateMention) -> DateReading:
    return DateReading(value=d.value, text=d.text, span=(d.start, d.end), explicit=True)


# «На полях встречи», «В кулуарах форума», «В ходе визита», «В рамках саммита» opening a
# sentence: the happening took place during an occasion just told, which may last days.
_SETTING = re.compile(
    r"(?:на\s+полях|в\s+кулуарах|в\s+ходе|в\s+рамках)(?![а-яё])",
    re.IGNORECASE,
)


SETTING_SPAN = 6  # sentences back the occasion named as a setting may be told


def setting_days(inp: ArticleInput, si: int) -> DateMention | None:
    """The days of the occasion sentence `si` opens by naming as its setting: the range of
    days told last in the sentences before («Встреча министров прошла 21–22 февраля. ... На
    полях встречи министр провёл переговоры»), which the happening lies within, when the
    days told after it lie within it too. A single day may be one step of the occasion, so
    only a range is taken."""
    sentences = inp.analysis.sentences
    sent = sentences[si]
    if _SETTING.match(inp.text, sent.start, sent.end) is None:
        return None
    # The occasion may have been told a paragraph back: the days told since must lie
    # within it, which keeps a far-off range from being taken.
    since = sentences[max(0, si - SETTING_SPAN)].start
    told = [
        d
        for d in inp.dates
        if since <= d.start
        and d.end <= sent.start
        and d.value.precision in ("day", "range")
        # a relative clause may tell the occasion's own days («вылетел в Пномпень, где в
        # четверг и пятницу участвовал в мероприятиях»): not background here
        and not _eve_in_words(inp.text[_sentence_start(inp, d) : d.end])
    ]
    ranges = [k for k, d in enumerate(told) if d.value.precision == "range"]
    if not ranges or told[ranges[-1]].planned:
        return None
    last = told[ranges[-1]]
    lo, hi = last.value.start, last.value.end
    if lo is None or hi is None:
        return None
    # the days told after it must lie within it: the story has stayed inside the occasion
    later = told[ranges[-1] + 1 :]
    if any(d.value.start is None or not lo <= d.value.start <= hi for d in later):
        return None
    return last
