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
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .model import Tense
from .morph import word
from .plans import (
    INFINITIVE_REACH,
    PLANNED_PRTS,
    is_term,
    past_be_before,
    plan_made,
    set_for,
    settled_about,
    settled_before,
)

_TOKEN = re.compile(
    r"[а-яёА-ЯЁa-zA-Z]+(?:-[а-яёА-ЯЁa-zA-Z]+)*|[,;:()«»\"“”„—–]|[.!?…](?=\s*[А-ЯЁ])"
)
_EXPECT = frozenset(
    {
        "планировать",
        "планироваться",
        "намереваться",
        "собираться",
        "ожидаться",
        "ожидать",  # «в среду его ожидают в Минске»: awaited, still ahead
        "ждать",  # «в четверг его ждут в Белграде»
        "предстоять",
        "предполагаться",
        "намечаться",
        "рассчитывать",
        "готовиться",
    }
)
# Verbs of calling off or putting off («переговоры 12 марта отменили», «визит 15 марта
# отложен»): the day named is when the happening was due, told before or after that day
# alike, so neither direction: the nearest such day. The lemmas are data
# (app/data/triggers.toml, [status]).
with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _STATUS = tomllib.load(_f)["status"]
_CALLED_OFF = frozenset(_STATUS["postponed"]) | frozenset(_STATUS["cancelled"])
_AHEAD_ADJ = frozenset({"предстоящий", "грядущий"})
# Short participles of inviting («приглашён», «приглашена»): the day after them is the
# occasion's invited to.
_INVITED = frozenset({"пригласить"})
_INTENT = frozenset({"намерен", "намерена", "намерено", "намерены"})
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


# «на должность», «на пост»: the office a person is appointed to
_OFFICE_NOUNS = frozenset({"должность", "пост"})


def _appointed_as(words: list[str], i: int) -> bool:
    """«назначен» followed by the office: a role noun of a person in the instrumental
    («послом», «новым послом») or «на должность/пост»."""
    j = i + 1
    if j < len(words) and word(words[j]).pos == "ADJF":
        j += 1  # «новым послом», «постоянным представителем» (the noun's case decides)
    if j >= len(words):
        return False
    nxt = word(words[j])
    if nxt.pos == "NOUN" and {"ablt", "anim"} <= nxt.grammemes:
        return True
    return nxt.lemma == "на" and j + 1 < len(words) and word(words[j + 1]).lemma in _OFFICE_NOUNS


def _signal(words: list[str], i: int) -> Tense | None:
    w = words[i]
    if w in _INTENT:
        return "future"
    f = word(w)
    nxt = word(words[i + 1]) if i + 1 < len(words) else None
    if f.pos == "VERB" and f.lemma in _GATHER and not _infinitive_after(words, i):
        # «лидеры собирались в Берлине в 2016 году»: they gathered, nothing expected
        return "past" if "past" in f.grammemes else "present"
    if f.pos == "VERB":
        if "past" in f.grammemes and f.lemma == "быть" and _due_before(words, i):
            # «должно было пройти 2 июня»: an obligation in the past is a due date, like
            # «планировалось провести»: the nearest such day.
            return "present"
        if "past" in f.grammemes:
            # «встречу, которую планировалось провести 28 ноября»: the day it was due,
            # told before or after it alike, so neither direction: the nearest; so is the
            # day of a happening called off («переговоры 12 марта отменили»).
            # «наметили встречу на май»: a plan made, its day ahead or gone: the nearest.
            nearest = f.lemma in _EXPECT or f.lemma in _CALLED_OFF or f.lemma in PLANNED_PRTS
            # «договорились о встрече в сентябре»: the day of the happening agreed on
            nearest = nearest or settled_about(words, i)
            return "present" if nearest else "past"
        if "futr" in f.grammemes or f.lemma in _EXPECT:
            return "future"
        if f.lemma == "мочь" and nxt is not None and nxt.pos == "INFN" and "perf" in nxt.grammemes:
            return "future"
        return "present"
    if f.pos == "INFN" and i > 0:
        prev = word(words[i - 1])
        if prev.pos == "VERB" and (
            prev.lemma in _EXPECT or (prev.lemma == "быть" and _due_before(words, i - 1))
        ):
            # «планировалось провести в конце июня», «должно было пройти 2 июня»: the
            # infinitive is what was expected, on the expectation's terms (a due date),
            # nearer the date than its verb.
            return _signal(words, i - 1)
        if settled_before(words, i):
            # «договорились провести встречу 10–11 мая», «решили продолжить консультации в
            # сентябре»: the day of the happening agreed on, after the agreeing and ahead
            # of publication or gone by it alike: the nearest such day
            return "present"
    if f.pos == "PRTS":
        if f.lemma == "назначить" and _appointed_as(words, i):
            # «назначен послом», «назначена на должность»: a person put in office, told
            # as done (unless «будет назначен»), not a happening set for a day
            return "future" if _be_ahead_before(words, i) else "past"
        if f.lemma in PLANNED_PRTS:
            # «был намечен на 21 февраля», «была запланирована на воскресенье»: a plan
            # made before, its day told before or after it alike: the nearest, like
            # «должно было пройти»; «намечен на 21 февраля» alone is still ahead
            return "present" if past_be_before(words, i) else "future"
        if f.lemma in _CALLED_OFF:
            return "present"  # «саммит 12 марта отменён»: the day it was due, the nearest
        if f.lemma in _INVITED and not _be_ahead_before(words, i):
            # «Обама приглашён в Москву в сентябре»: the day of the visit invited to, after
            # the inviting, ahead of publication or gone by it alike: the nearest such day,
            # as with «пригласил посетить» (plans.settled_before)
            return "present"
        if _be_ahead_before(words, i):
            # «будет принято до 28 июня», «может быть подписано в июле», «темы будут
            # затронуты во вторник»: a state still to come, whatever the participle's tense
            return "future"
        return "past" if "past" in f.grammemes else "present"
    if f.pos == "ADJS" and f.lemma == "должный" and nxt is not None and nxt.pos == "INFN":
        return "future"
    if w in _MODAL or (f.pos == "ADJS" and f.lemma in _MODAL_ADJ):
        # «подписание возможно 12 февраля», «встреча возможна 5 мая»: a possibility
        # or a need, with no verb of its own: neither direction, the nearest such day
        return "present"
    if f.pos in ("ADJF", "PRTF") and f.lemma in _AHEAD_ADJ:
        return "future"
    if f.pos == "PRTF" and f.lemma in PLANNED_PRTS:
        # «запланированное на 20 сентября заседание»: a due date, told before or after the
        # day alike («... отменено», «... состоялось»), so neither direction: the nearest.
        return "present"
    if f.pos == "NOUN" and f.lemma in _CALLED_OFF:
        # «о переносе визита с 12 на 18 марта», «отмена встречи 5 мая»: the day it was
        # due or is moved to, told before or after it alike: the nearest, like «отложен»
        return "present"
    if _done_participle(w):
        # «Каллас, вступившая в должность 1 декабря, проведёт ...»: a perfective active
        # participle tells what its noun had done, whatever the tense of the main verb.
        return "past"
    return None


# Predicatives of possibility and need («возможно», «возможна», «необходима»):
# the clause's own word, where a reporting verb in another clause would otherwise decide.
_MODAL = frozenset({"возможно", "вероятно"})
_MODAL_ADJ = frozenset({"возможный", "вероятный", "необходимый", "нужный"})

# «собираться» expects only what its infinitive says («собирались подписать»); without
# one it is gathering («собрались в Минске») or setting off («собирается в Пекин»).
_GATHER = frozenset({"собираться"})


def _infinitive_after(words: list[str], i: int) -> bool:
    return any(word(w).pos == "INFN" for w in words[i + 1 : i + 1 + INFINITIVE_REACH])


def _be_ahead_before(words: list[str], i: int) -> bool:
    """«будет / будут» or the infinitive «быть» right before word `i` (an adverb between
    allowed: «будет окончательно утверждено»); not after a past modal («могло быть»)."""
    for j in range(i - 1, max(-1, i - 3), -1):
        f = word(words[j])
        if f.pos == "VERB" and f.lemma == "быть":
            return "futr" in f.grammemes
        if f.pos == "INFN" and f.lemma == "быть":
            before = word(words[j - 1]) if j > 0 else None
            return before is None or "past" not in before.grammemes
        if f.pos != "ADVB":
            return False
    return False


def _due_before(words: list[str], i: int) -> bool:
    """«должен / должна / должно / должны» right before word `i`."""
    if i == 0:
        return False
    prev = word(words[i - 1])
    return prev.pos == "ADJS" and prev.lemma == "должный"


def _done_participle(w: str) -> bool:
    f = word(w)
    return f.pos == "PRTF" and {"past", "perf", "actv"} <= f.grammemes


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
        None if i in asides and _first_plural(words[i]) else _signal(words, i)
        for i in range(len(words))
    )
    reporting = tuple(
        t is not None and word(w).lemma in _REPORTING for w, t in zip(words, signals, strict=True)
    )
    participles = tuple(
        t == "past" and _done_participle(w) for w, t in zip(words, signals, strict=True)
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
        return "past" in f.grammemes and f.lemma in _EXPECT
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
