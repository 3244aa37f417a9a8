"""The tense of the clause around a date, from morphology.

Signals (first pymorphy3 analysis of each word):
* past: a past-tense verb (заявил, согласились), a past short participle (переданы) or a
  perfective active participle (вступивший);
* future: a perfective non-past verb (встретятся), «будет/будут» (a short participle after
  it too: «будут затронуты»), an expectation verb by
  lemma (планировать, намереваться, собираться, ожидаться, ожидать, ждать, предстоять,
  предполагаться, намечаться, рассчитывать, готовиться), «мочь» + perfective infinitive, «должен» +
  infinitive, «намерен», planned participles (запланирован, намечен, назначен) and
  «предстоящий/грядущий»;
* present: any other present-tense verb, a plan made before («был намечен на», «была
  запланирована на»: a due date, the nearest such day), an expectation verb in the past
  («планировалось провести 28 ноября»: a due date), an infinitive after a past verb of
  settling («договорились провести 10–11 мая»: plans.py), «должен был» + infinitive
  («должно было пройти 2 июня») and a planned full participle («запланированная на 20
  сентября встреча»): due dates, the nearest such day whether told before or after it.
A clause opening with «как» that the date stands outside («В среду, как вы предлагали,
мы организуем встречу», «..., как и планировалось, ...») gives no signal either: it compares
with what was said or planned. A writer's aside of the first person plural set off by a
comma («Напомним, ...», «Отметим, ...») gives no signal: it tells of the telling, not of
what is dated. A verb before a «что» clause holding the date frames what is told («стало
известно, что 22 ноября ...»): it weighs like a reporting verb.
The signal nearest to the date wins; crossing a clause boundary (comma, colon, dash,
bracket, quote) costs as much as three words, so the date's own clause is preferred (the
quotes of a name, «Известия», bound nothing). A predicative of possibility or need with no
verb («подписание возможно 12 февраля») gives no direction: the nearest such day. A due
date's mark before the date in its own clause wins outright («которое должно было пройти в
Белграде 2 июня, перенесено»: not the main verb just after the comma).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .model import Tense
from .morph import word
from .plans import (
    PLANNED_PRTS,
    is_term,
    plan_made,
    set_for,
    settled_before,
)
from .tense_signal import EXPECT, done_participle, signal

_TOKEN = re.compile(
    r"[а-яёА-ЯЁa-zA-Z]+(?:-[а-яёА-ЯЁa-zA-Z]+)*|[,;:()«»\"“”„—–]|[.!?…](?=\s*[А-ЯЁ])"
)
BOUNDARY_COST = 3
# Verbs that report what was said («..., сообщила Захарова», «заявил министр, что ...»): the
# tense of the report, not of what is reported. In another clause than the date they weigh
# as one boundary more, and a word of the date's own clause governs it however long the
# clause («Министры планируют утвердить пакет ... на заседании 16 декабря, сообщил
# источник»: ahead, not past).
_REPORTING = frozenset(
    {
        "сообщить",
        "сообщать",
        "заявить",
        "заявлять",
        "сказать",
        "говорить",
        "отметить",
        "подчеркнуть",
        "рассказать",
        "добавить",
        "уточнить",
        "пояснить",
        "объявить",
        "подтвердить",
        "передать",
        "написать",
        "указать",
    }
)


# Prepositions by which a verb of reporting names a happening («сообщил о визите»).
_ABOUT = frozenset({"о", "об", "про"})


def nxt_text(words: list[str], i: int) -> str | None:
    return words[i + 1] if i + 1 < len(words) else None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Word tokens of a sentence (start, clause index, signal) and boundary positions with
    the clause index after each."""

    starts: tuple[int, ...]
    bounds: tuple[int, ...]
    bound_clauses: tuple[int, ...]
    clauses: tuple[int, ...]
    signals: tuple[Tense | None, ...]
    reporting: tuple[bool, ...] = ()
    participles: tuple[bool, ...] = ()
    dues: tuple[bool, ...] = ()
    # words of a clause opening with «как» («..., как вы предлагали, ...»)
    comparing: tuple[bool, ...] = ()
    # words of a clause opening with «что» («стало известно, что 22 ноября ...»)
    content: tuple[bool, ...] = ()
    # a past verb of reporting followed by «о/об» («объявил о визите ...»)
    about: tuple[bool, ...] = ()
    # a plan or appointment made: «был назначен», «наметили» (not «намеченная»)
    plans_made: tuple[bool, ...] = ()
    # an infinitive after a past verb of settling («договорились провести»)
    settles: tuple[bool, ...] = ()


# A participle dates only what stands right after it in its own phrase («вступившая в
# должность 1 декабря»), not a date further on in a noun phrase it opens («поступившие к
# пресс-конференции министра по итогам работы в 2025 году»).
PARTICIPLE_REACH = 4


# A name in quotes («Известия», "Газпром", «Северный поток»): up to three words and no
# punctuation inside; its quotes do not bound a clause («Как пишет газета «Известия» 28
# июня, ...»: the date belongs to «пишет»).
_NAME_QUOTES = re.compile(r"[«\"“„]([\w-]+(?:\s+[\w-]+){0,2})[»\"”“]")


def _unquote(mt: re.Match[str]) -> str:
    return " " + mt.group(1) + " "


@lru_cache(maxsize=4096)
def analyse(sentence: str) -> Analysis:
    starts: list[int] = []
    clauses: list[int] = []
    words: list[str] = []
    asides: set[int] = set()
    after_word = False  # the last token was a word
    bounds: list[int] = []
    bound_clauses: list[int] = []
    clause = 0
    comparing: list[bool] = []
    content: list[bool] = []
    opens = True  # the next word opens a clause
    in_kak = in_chto = False
    for mt in _TOKEN.finditer(_NAME_QUOTES.sub(_unquote, sentence)):
        tok = mt.group()
        if not tok[0].isalpha():
            if tok == "," and after_word and _opens_clause(len(words) - 1, starts, bounds):
                asides.add(len(words) - 1)
            after_word = False
            opens, in_kak, in_chto = True, False, False
            # a sentence end glued inside the span («оружия.Ранее») weighs as three commas
            clause += 3 if tok in ".!?…" else 1
            bounds.append(mt.start())
            bound_clauses.append(clause)
            continue
        starts.append(mt.start())
        clauses.append(clause)
        words.append(tok.lower())
        if opens:
            in_kak, in_chto = words[-1] == "как", words[-1] == "что"
        opens = False
        comparing.append(in_kak)
        content.append(in_chto)
        after_word = True
    signals = tuple(
        None if i in asides and _first_plural(words[i]) else signal(words, i)
        for i in range(len(words))
    )
    reporting = tuple(
        t is not None and word(w).lemma in _REPORTING for w, t in zip(words, signals, strict=True)
    )
    participles = tuple(
        t == "past" and done_participle(w) for w, t in zip(words, signals, strict=True)
    )
    dues = tuple(t == "present" and _due_mark(words, i) for i, t in enumerate(signals))
    return Analysis(
        tuple(starts),
        tuple(bounds),
        tuple(bound_clauses),
        tuple(clauses),
        signals,
        reporting,
        participles,
        dues,
        tuple(comparing),
        tuple(content),
        tuple(
            t == "past" and word(w).lemma in _REPORTING and nxt_text(words, i) in _ABOUT
            for i, (w, t) in enumerate(zip(words, signals, strict=True))
        ),
        tuple(plan_made(words, i) for i in range(len(words))),
        tuple(
            t == "present" and word(w).pos == "INFN" and settled_before(words, i)
            for i, (w, t) in enumerate(zip(words, signals, strict=True))
        ),
    )


def _due_obligation(words: list[str], i: int) -> bool:
    """Word i is «должен» or the past «был» of «должен был» + infinitive."""

    def is_(j: int, test: str) -> bool:
        if not 0 <= j < len(words):
            return False
        f = word(words[j])
        if test == "должен":
            return f.pos == "ADJS" and f.lemma == "должный"
        if test == "был":
            return f.pos == "VERB" and f.lemma == "быть" and "past" in f.grammemes
        return f.pos == "INFN"

    return (is_(i, "должен") and is_(i + 1, "был") and is_(i + 2, "инф")) or (
        is_(i - 1, "должен") and is_(i, "был") and is_(i + 1, "инф")
    )


def _due_mark(words: list[str], i: int) -> bool:
    """Word i marks a due date: «планировалось», «должно было», «намеченное»."""
    if _due_obligation(words, i):
        return True
    f = word(words[i])
    if f.pos == "VERB":
        return "past" in f.grammemes and f.lemma in EXPECT
    return f.pos == "PRTF" and f.lemma in PLANNED_PRTS


def _opens_clause(i: int, starts: list[int], bounds: list[int]) -> bool:
    """Word i stands first in the sentence or right after a boundary."""
    return i == 0 or (bool(bounds) and bounds[-1] > starts[i - 1] and bounds[-1] < starts[i])


def _first_plural(w: str) -> bool:
    """«напомним», «отметим», «добавим»: a verb of the first person plural."""
    f = word(w)
    return f.pos == "VERB" and "1per" in f.grammemes and "plur" in f.grammemes


# «Новые даты — 6–7 июля», «Дата визита — 5 мая», «Сроки — 24–25 октября»: a date named
# after a dash as the date or term of a happening is the day it is set for.
_NAMED_DATE = re.compile(r"(?<![а-яё])(?:дат[аы]|срок[иа]?)\s*[—–-]\s*$", re.IGNORECASE)


def tense_at(sentence: str, start: int, end: int) -> Tense | None:
    """The tense governing the expression at ``sentence[start:end]``."""
    if _NAMED_DATE.search(sentence, 0, start):
        # the day a happening is set for, told before or after it alike (a verb of reporting
        # after it tells the telling): the nearest such day, as a planned participle's
        return "present"
    a = analyse(sentence)
    n = len(a.starts)
    lo = bisect_left(a.starts, start)  # first word at/after the expression's start
    hi = bisect_left(a.starts, end)  # first word after the expression
    i0 = bisect_left(a.bounds, start)
    i1 = bisect_left(a.bounds, end)
    base = a.bound_clauses[i0 - 1] if i0 else 0
    inner = (a.bound_clauses[i1 - 1] if i1 else 0) - base
    # the date in a «что» clause: a verb before it in another clause frames what is told
    # («стало известно, что 22 ноября министр посетит Рим»), like a reporting verb
    own = lo if lo < n and a.clauses[lo] == base else lo - 1
    told = 0 <= own < n and a.content[own] and a.clauses[own] == base
    found: list[tuple[int, Tense, bool]] = []  # cost, tense, a report in another clause
    found_at: list[int] = []  # the word of each found signal
    own_clause = False  # a word of the date's own clause gives a tense
    for i in range(n):
        t = a.signals[i]
        if t is None or lo <= i < hi:
            continue
        if a.comparing[i] and a.clauses[i] != base:
            # «В среду вечером, как вы предлагали, мы всё организуем»: a «как» clause
            # the date stands outside compares with what was said or planned; it does
            # not tell the date's own happening
            continue
        if i < lo and a.about[i]:
            # «объявил о визите Хана в Россию 23-24 февраля»: the report is past, the
            # happening it names after it is told on no terms of its own: the nearest day.
            t = "present"
        if i < lo:
            crossed = base - a.clauses[i]
        else:
            crossed = max(0, a.clauses[i] - base - inner)
        cost = (lo - i if i < lo else i - hi) + BOUNDARY_COST * crossed
        if a.participles[i] and (i > lo or crossed or cost > PARTICIPLE_REACH):
            continue
        if a.dues[i] and i < lo and not crossed:
            # the due date's own mark: a later clause's verb tells what became of it
            cost = min(cost, 0)
        report = bool(crossed) and a.reporting[i]
        if report or (crossed and told and i < lo):
            cost += BOUNDARY_COST
        own_clause = own_clause or not crossed
        found.append((cost, t, report))
        found_at.append(i)
    if not set_for(sentence, start):
        # «Антонов был назначен указом 21 августа», «встречу наметили 3 мая на июнь»: a
        # plan word dates the day it is set for only through «на»; a date without it is
        # the day the plan or appointment was made, past when its word is past
        found = [
            (cost, "past" if a.plans_made[i] and t != "past" else t, report)
            for (cost, t, report), i in zip(found, found_at, strict=True)
        ]
    if is_term(sentence, start):
        # «договорились подписать до конца февраля»: a term set by agreeing is left on the
        # agreeing's tense (plans.py)
        found = [
            (cost, "past" if a.settles[i] else t, report)
            for (cost, t, report), i in zip(found, found_at, strict=True)
        ]
    # a report in another clause tells the telling's tense: it governs the date only when
    # the date's own clause has no word of its own
    kept = [(cost, t) for cost, t, report in found if not (report and own_clause)]
    return min(kept, key=lambda c: c[0])[1] if kept else None


def tense_in(
    text: str, spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int
) -> Tense | None:
    """The tense of the clause the expression at ``start..end`` stands in, ``spans`` being
    the text's sentences and ``starts`` their starts."""
    i = bisect_right(starts, start) - 1
    s0, s1 = (spans[i][0], max(spans[i][1], end)) if i >= 0 else (start, end)
    return tense_at(text[s0:s1], start - s0, end - s0)
