"""«После переговоров», «Перед началом саммита», «По итогам встречи», «По окончании
встречи»: a sentence that opens by placing itself against a happening the text has just
told is on that happening's day.

«Лавров и Ван И провели переговоры во вторник. После переговоров Лавров заявил ...»: the
statement is on Tuesday: the day of the same happening told a few sentences back
(happening_day), else, read as a time of day is (then.py, time_of_day.py), the day told in
the two sentences before, else the day the story is on when it is recent; only
opening a sentence («министр произнёс эти слова после подписания» mid-sentence may be any
signing) or timing a saying («"...", — сказал Лавров после переговоров», «Приходько
уточнил после встречи, что ...», «сообщил журналистам после встречи», «— сказал он,
выступая после встречи»: the words were said after the talks the text tells), or closing
the adverbial a sentence opens with («Выступая перед журналистами после переговоров, ...»,
«На пресс-конференции по итогам встречи ...»), and only as a day («после переговоров
5 мая» names its own day: no anchor); «Накануне открытия заседания» is the day before that
happening's day (`eve_of`); a happening with a party of its own («После встречи с
Кулебой») is a new one, not one told. The happenings and the verbs of saying are data
(app/data/date_anchors.toml).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from datetime import timedelta
from importlib import resources

from .expr import Expr, pattern
from .happening_edge import edge_day, kin, range_edge
from .model import DateValue
from .morph import word

with (resources.files("app") / "data" / "date_anchors.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)
_HAPPENINGS: list[str] = _DATA["happenings"]
_SAID: frozenset[str] = frozenset(_DATA["said"])

_NOUNS = "|".join(re.escape(w) for w in sorted(_HAPPENINGS, key=len, reverse=True))
_PARTIES = "|".join(re.escape(w) for w in sorted(_DATA["told_parties"], key=len, reverse=True))
# «с президентом», «с российским коллегой», «с ним»: a party the text has told, so the
# happening is the one told (data: told_parties), when no name or complement follows (`_bare`)
_TOLD_PARTY = r"(?:[а-яё]+(?:им|ым|ой|ей)\s+)?(?:" + _PARTIES + r")(?![а-яё\-])"
_WITH_PARTY = re.compile(
    r"\s+со?\s+" + _TOLD_PARTY + r"(?P<rest>\s*[,.;:—–]|\s+(?P<next>[а-яё\-]+))?", re.IGNORECASE
)
# what may follow a bare title: the sentence's subject or verb, not the title's own name or
# complement («с президентом Путиным», «с министром иностранных дел»)
_GOES_ON = frozenset({"nomn"})
_GOES_ON_POS = frozenset({"VERB", "ADVB", "PRTS", "CONJ", "PRCL", "PREP"})


def _bare(text: str, end: int) -> bool:
    """Does «с <title>» right after `end` name a party by its title alone («После беседы с
    президентом Лавров провёл ...»: the next word is the subject, a nominative, or a verb)?"""
    m = _WITH_PARTY.match(text, end)
    if m is None:
        return False
    nxt = m["next"]
    if nxt is None:
        return m["rest"] is not None  # a comma or the sentence's end after the title
    w = word(nxt.lower())
    return bool(w.grammemes & _GOES_ON) or w.pos in _GOES_ON_POS


# `n` = 3: opening a sentence only, a day only, the story's day when none is told near
AROUND = 3


@pattern(
    r"(?<![а-яё\-])(?:(?:сразу|вскоре|незадолго)\s+)?"
    r"(?:по\s+(?:их|его|е[её])\s+итогам"
    # «по окончании/по завершении встречи»: «по» with a noun of ending, the same as «после»
    r"|(?:после|перед|по\s+итогам|по\s+итогу|по\s+(?:окончании|завершении|завершению)"
    r"|в\s+ходе|во\s+время|в\s+начале|в\s+конце|в\s+завершение"
    # «На полях саммита»: beside the happening, on its day as «в ходе» is
    r"|на\s+полях)\s+"
    r"(?:(?:началом|начала|завершения|окончания|самого|самой|самих)\s+)?"
    r"(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+){0,2}(?:" + _NOUNS + r"))(?![а-яё\-])"
    r"(?!\s+(?:\d|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|вчера|сегодня|накануне|со?\s(?!\s*" + _TOLD_PARTY + r")))"
)
def _around(mt: re.Match[str]) -> Expr | None:
    told_party = re.match(r"\s+со?\s", mt.string[mt.end() :]) is not None
    if told_party and not _bare(mt.string, mt.end()):
        return None  # «После встречи с Кулебой»: a new happening with a party of its own
    # «После беседы с президентом»: a party told before, so only after a day told (extract.py)
    return Expr("then", mt.start(), mt.end(), n=AROUND, antecedent=told_party)


_SIDELINES = re.compile(r"на\s+полях", re.IGNORECASE)


def sidelines_of_days(
    text: str,
    e: Expr,
    told: Sequence[tuple[int, int, DateValue]],
    spans: Sequence[tuple[int, int]],
    sentence: int,
) -> bool:
    """«На полях встречи» after the text told that happening over several days («Встреча
    министров прошла 21–22 февраля»): beside it all through, so on no one day of it; the
    story's day told since («днём ранее») is no day of the talks on its margins."""
    if _SIDELINES.match(text, e.start, e.end) is None:
        return False
    lemma = word(_WORD.findall(text[e.start : e.end])[-1].lower()).lemma
    for j, _, v in reversed(told):
        if sentence - j > LOOKBACK:
            break
        if v.start is None or v.end is None or v.start == v.end:
            continue
        s0, s1 = spans[j]
        if any(kin(lemma, word(w.lower()).lemma) for w in _WORD.findall(text[s0:s1])):
            return True
    return False


# `n` = 4: «Накануне открытия заседания»: the eve of a happening the text told with its day
EVE = 4


@pattern(
    r"(?<![а-яё\-])накануне\s+"
    r"(?:(?:открытия|закрытия|начала|завершения|окончания)\s+)?"
    r"(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+){0,2}(?:" + _NOUNS + r")(?![а-яё\-])"
    r"(?!\s+(?:\d|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|вчера|сегодня|со?\s))"
)
def _eve(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=EVE)


_OPENING_WORDS = re.compile(r"\s(?:открытия|начала)\s", re.IGNORECASE)


def eve_of(
    text: str,
    e: Expr,
    told: Sequence[tuple[int, int, DateValue]],
    spans: Sequence[tuple[int, int]],
    sentence: int,
) -> DateValue | None:
    """«Накануне открытия заседания»: the day before the day the happening was told on, the
    first of its days for its opening («открытия», «начала»: «открылось во вторник ...
    завершилось в среду»), else the last told (`happening_day`); nothing when the text did
    not tell that day (never the eve of publication: the eve is the happening's)."""
    if _OPENING_WORDS.search(text, e.start, e.end) is not None:
        days = [d.start for d in _days_of(text, e, told, spans, sentence) if d.start]
        first = min(days) if days else None
    else:
        day = happening_day(text, e, told, spans, sentence)
        first = day.start if day is not None else None
    if first is None:
        return None
    eve = first - timedelta(days=1)
    return DateValue(eve, eve, "day", "from-stated-date")


# sentences back the happening may have been told with its day
LOOKBACK = 6
_WORD = re.compile(r"[а-яё\-]+", re.IGNORECASE)


def happening_day(
    text: str,
    e: Expr,
    told: Sequence[tuple[int, int, DateValue]],
    spans: Sequence[tuple[int, int]],
    sentence: int,
) -> DateValue | None:
    """The day of the happening «После переговоров» names: the day told last in a sentence
    that names the same happening («Путин и Моди во вторник провели переговоры. Вечером
    8 июля ... По итогам официальных переговоров ...»: Tuesday, not 8 July), within a few
    sentences back. `told` holds each earlier day as (sentence index, start, value)."""
    for v in _days_of(text, e, told, spans, sentence):
        return DateValue(v.start, v.end, "day", "from-stated-date")
    # «24–25 октября обсуждали ... Консультации прошли ... По итогам встречи ...»: the last
    # time told, a few sentences back, is a happening of a few days, and nothing dated has
    # been told since: the story is still on it; the phrase says which day (happening_edge.py)
    edge = range_edge(text[e.start : e.end])
    if told and edge is not None and sentence - told[-1][0] <= LOOKBACK:
        v = told[-1][2]
        if v.start != v.end and (day := edge_day(v, edge)) is not None:
            return DateValue(day.start, day.end, "day", "from-stated-date")
    return None


def _days_of(
    text: str,
    e: Expr,
    told: Sequence[tuple[int, int, DateValue]],
    spans: Sequence[tuple[int, int]],
    sentence: int,
) -> Iterator[DateValue]:
    """The days told in the sentences (latest first, a few back) that name the happening
    whose noun ends the expression `e`."""
    noun = _WORD.findall(text[e.start : e.end])[-1].lower()
    if noun == "итогам":
        return  # «По их итогам»: the happening is only a pronoun, told just before
    lemma = word(noun).lemma
    edge = range_edge(text[e.start : e.end])
    for j, _, v in reversed(told):
        if sentence - j > LOOKBACK:
            break
        if (day := v if edge is None else edge_day(v, edge)) is None:
            continue
        if day.precision != "day" or day.start is None or day.start != day.end:
            continue
        s0, s1 = spans[j]
        if any(kin(lemma, word(w.lower()).lemma) for w in _WORD.findall(text[s0:s1])):
            yield day


# «"...", — сказал журналистам Лавров после переговоров»: the attribution after a quote,
# with no clause of its own in between
_ATTRIBUTION = re.compile(r"[»\"“]\s*,?\s*[—–-]\s*[^,;:—–«»\"“”()]{1,80}$")


_MAIN_CLAUSE = re.compile(r"[^,;:—–«»\"“”()]{1,80}$")
_FIRST_WORD = re.compile(r"\s*([а-яё]+)", re.IGNORECASE)


def before_saying(before: str, after: str) -> bool:
    """«Лавров после переговоров заявил ...»: «после переговоров» between the subject and a
    verb of saying of the main clause (``before`` and ``after`` are its sentence on either
    side) times the saying as opening the sentence does."""
    nxt = _FIRST_WORD.match(after)
    if nxt is None or _MAIN_CLAUSE.fullmatch(before.strip() or "x") is None:
        return False
    w = word(nxt[1].lower())
    return w.pos == "VERB" and "past" in w.grammemes and w.lemma in _SAID


def after_saying(before: str) -> bool:
    """Does «после переговоров» time a saying (``before`` is its sentence up to it): closing
    a quote's attribution («"...", — сказал Лавров после переговоров»), or right after a verb
    of saying in the main clause («Приходько уточнил после встречи, что ...»)? Then it times
    the words by a happening the text has told, as opening a sentence does."""
    if _ATTRIBUTION.search(before) is not None:
        return True
    if _trailing_converb(before):
        return True
    words = _WORD.findall(before)[-2:]
    if not words or _MAIN_CLAUSE.fullmatch(before.strip()) is None:
        return False
    if _saying(words[-1]):
        return True
    # «Рябков сообщил журналистам после встречи»: the verb's addressee between them
    addressee = word(words[-1].lower())
    return (
        len(words) == 2
        and addressee.pos == "NOUN"
        and "datv" in addressee.grammemes
        and _saying(words[0])
    )


# «..., выступая перед журналистами»: the last clause of the sentence so far, after a comma
_LAST_CLAUSE = re.compile(r"^(.*),\s*([а-яё]+)[^,;:—–«»\"“”()]{0,80}$", re.IGNORECASE | re.DOTALL)


def _trailing_converb(before: str) -> bool:
    """«"...", — сказал Путин, выступая перед прессой после саммита», «Лавров заявил,
    выступая на брифинге по окончании переговоров, что ...»: a converb clause that follows
    the saying (a quote's attribution or a main clause with a verb of saying) and holds the
    phrase tells when the words were said, as the saying's own «после встречи» does."""
    m = _LAST_CLAUSE.match(before)
    if m is None or "GRND" not in word(m[2].lower()).grammemes:
        return False
    head = m[1]
    if _ATTRIBUTION.search(head) is not None:
        return True
    clause = _MAIN_CLAUSE.fullmatch(head.strip() or ",")
    return clause is not None and any(_saying(w) for w in _WORD.findall(head))


def _saying(w: str) -> bool:
    """A past verb of saying («заявил», «уточнила»)."""
    p = word(w.lower())
    return p.pos == "VERB" and "past" in p.grammemes and p.lemma in _SAID


# «Выступая перед журналистами после переговоров, министр ...»: a converb opening the
# sentence and the words of its own clause, up to the phrase
_OPENING_CONVERB = re.compile(r"\s*([а-яё]+)[^,;:—–«»\"“”()]{0,60}$", re.IGNORECASE)
# «На пресс-конференции по итогам встречи министр ...»: the occasion of words the sentence
# opens with, held after the happening
_OCCASION = re.compile(
    r"\s*(?:на|в\s+ходе|во\s+время)\s+(?:[а-яё]+(?:ой|ей|ом)\s+)?"
    r"(?:пресс-конференции|брифинге|брифинга|пресс-подходе|пресс-подхода)\s*$",
    re.IGNORECASE,
)


def opening_adverbial(before: str, after: str) -> bool:
    """Does «после переговоров» close the adverbial a sentence opens with (``before`` and
    ``after`` are its sentence on either side): a converb clause ending at a comma
    («Выступая перед журналистами после переговоров, министр заявил ...») or the occasion
    of words the sentence opens with («На пресс-конференции по итогам встречи ...»)? It
    times what the sentence tells as opening the sentence does."""
    if _OCCASION.fullmatch(before) is not None:
        return True
    m = _OPENING_CONVERB.fullmatch(before)
    if m is None or not after.lstrip().startswith(","):
        return False
    return "GRND" in word(m[1].lower()).grammemes
