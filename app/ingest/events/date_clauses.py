"""A date that a clause of time or an apposition hands on, past a parse that hangs it
elsewhere.

Two constructions tell a background happening's day beside another time word:

- a clause of time opened by «когда» right after a date is about that date («встречались
  в октябре 2019 года, когда премьер посетил Москву»; «в мае прошлого года, когда канцлер
  приезжала в Сочи, лидеры ...»): the clause's own happening took place then, though the
  parser hangs the date on the main verb;
- a date set off by commas after a measure of time repeats that time as a date («За
  несколько дней до этого, 24 января, президент провёл разговор»; «Спустя неделю, 9
  апреля, ...»): the parser hangs it on the noun of time («дней», «неделю»), which stands
  for the same moment and so passes it on to the verb.
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Nouns that measure time: a date in apposition to one names the same moment.
TIME_UNITS = frozenset(
    {"день", "сутки", "неделя", "месяц", "год", "час", "минута", "время", "пора"}
)

# A point or a period a happening can fill; «до ...» and «с ...» only bound it.
_POINT_PRECISIONS = frozenset({"day", "month", "year", "part", "range"})


def _tokens_of(tokens: list[Token], d: DateMention) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.start >= d.start and t.end <= d.end]


def when_clause_dated(tokens: list[Token], parse: SentenceParse, d: DateMention, verb: int) -> bool:
    """Does `verb` head a «когда» clause that stands right after the date `d`, set off by a
    comma («..., в сентябре 2023 года, когда министр приезжал ...»)?"""
    if d.value.precision not in _POINT_PRECISIONS:
        return False  # «не было с сентября, когда ...»: the clause is at the bound, not after
    span = _tokens_of(tokens, d)
    if not span:
        return False
    k = span[-1] + 1
    if k + 1 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lemma.lower() != "когда":
        return False
    when = k + 1
    return parse.heads[when] == verb and tokens[verb].pos in ("VERB", "AUX")


def apposed_time(tokens: list[Token], parse: SentenceParse, word: int, date_head: int) -> bool:
    """Is `word`, above the date headed at `date_head`, a noun of time the date is set off
    from by a comma («за несколько дней до этого, 24 января,»; «днём ранее, в воскресенье,»),
    or the «этого» of such a noun's «до этого»? Then the date names the same moment and
    passes on to the word above."""
    if word >= date_head or not any(tokens[j].text == "," for j in range(word + 1, date_head)):
        return False
    if tokens[word].pos == "PRON":
        head = parse.heads[word]
        return head >= 0 and tokens[head].lemma.lower() in TIME_UNITS
    return tokens[word].lemma.lower() in TIME_UNITS


def own_side(tokens: list[Token], parse: SentenceParse, date_head: int) -> SentenceParse:
    """`parse` with the date headed at `date_head` hung on the verb of its own part of the
    sentence, when the parse hung it on a word across a semicolon («обсуждали на
    консультациях в Берлине 17 июля; вице-президент тогда назвал ...»): a semicolon closes a
    clause, and a date does not reach over it."""
    host = parse.heads[date_head]
    if host < 0:
        return parse
    lo, hi = sorted((host, date_head))
    if not any(tokens[k].text == ";" for k in range(lo + 1, hi)):
        return parse
    start = max((k + 1 for k in range(date_head) if tokens[k].text == ";"), default=0)
    end = next((k for k in range(date_head, len(tokens)) if tokens[k].text == ";"), len(tokens))
    part = range(start, end)
    verb = next(
        (
            k
            for k in part
            if tokens[k].pos in ("VERB", "AUX") and parse.heads[k] not in part and k != date_head
        ),
        None,
    )
    if verb is None:
        return parse
    heads = list(parse.heads)
    heads[date_head] = verb
    return SentenceParse(tuple(heads), parse.rels)
