"""A visit dated by its day of arrival whose stay the same sentence tells to last: by a count
of days or up to a day («прибыл в Манилу, где пробудет два дня», «прилетел в понедельник и
пробудет в Москве до среды», «прибыл с визитом, который продлится до субботы»).

SPEC (Dates): a stay of a few days is a `range`, from the day of arrival to its last day.
lasting.py reads a count of days on a verb of lasting whose subject is the happening's noun;
here the verb may also be the visitor's own («пробудет»), joined to the trigger verb as a
conjunct or hung by «где» on the place of arrival, and the stay may end on a day named with
«до» (the last day of the stay, not a term before it). Only a day of arrival read from the
text is widened, only forward and by at most MAX_LASTING days.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from app.ingest.dates import DateMention, DateValue
from app.ingest.dates.lexicon import WEEKDAY_GEN, weekday_number
from app.ingest.events.lasting import STAY_VERBS, days_of, lasting_verbs
from app.ingest.events.model import DateReading, SentenceParse
from app.ingest.events.syntax import VERBAL, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

MAX_LASTING = 14  # days; a longer stay is no visit's (as when.py's «N-дневный»)
# Words that tie a relative clause to the place of arrival («в Манилу, где пробудет»).
_WHERE = frozenset({"где", "куда"})
_WEEKDAY = re.compile(WEEKDAY_GEN)


def stay_reading(
    r: DateReading,
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    mentions: Sequence[DateMention],
) -> DateReading:
    """`r` widened to the stay the sentence tells for the happening of trigger `idx`."""
    v = r.value
    if not r.explicit or v.precision != "day" or v.start is None:
        return r
    for verb in stay_verbs(toks, parse, idx):
        end = _last_day(toks, parse, verb, v.start, mentions)
        if end is not None and v.start < end <= v.start + dt.timedelta(days=MAX_LASTING - 1):
            return DateReading(DateValue(v.start, end, "range", v.how), r.text, r.span)
    return r


def stay_verbs(toks: list[Token], parse: SentenceParse, idx: int) -> list[int]:
    """Verbs telling how long the happening of trigger `idx` lasts."""
    heads, rels = parse.heads, parse.rels
    out = lasting_verbs(toks, parse, idx)
    if toks[idx].pos not in VERBAL:
        return out
    for v, t in enumerate(toks):
        if v in out or t.pos not in VERBAL or lemma_of(t) not in STAY_VERBS:
            continue
        # «прилетел ... и пробудет»: the same visitor goes on staying
        joined = heads[v] == idx and rels[v] == "conj"
        # «прибыл в Манилу, где пробудет»: a clause on the place of arrival
        place = heads[v]
        where = (
            rels[v] == "acl:relcl"
            and place >= 0
            and heads[place] == idx
            and any(heads[w] == v and toks[w].text.lower() in _WHERE for w in range(len(toks)))
        )
        if joined or where:
            out.append(v)
    return out


def _last_day(
    toks: list[Token],
    parse: SentenceParse,
    verb: int,
    first: dt.date,
    mentions: Sequence[DateMention],
) -> dt.date | None:
    n = days_of(toks, parse, verb)
    if n is not None:
        return first + dt.timedelta(days=n - 1)
    for d in mentions:
        # «до среды», «до 29 апреля» under the verb: the stay's last day
        if not d.text.lower().startswith("до ") or d.value.end is None:
            continue
        head = span_head(toks, parse, d.start, d.end)
        if head is not None and parse.heads[head] == verb:
            return d.value.end
    for j, t in enumerate(toks):
        # «до среды» (no date of its own to the date reader): the first such day after
        # the arrival
        if parse.heads[j] != verb or not _WEEKDAY.fullmatch(t.text.lower()):
            continue
        if any(parse.heads[k] == j and toks[k].text.lower() == "до" for k in range(len(toks))):
            ahead = (weekday_number(t.text) - first.weekday()) % 7 or 7
            return first + dt.timedelta(days=ahead)
    return None
