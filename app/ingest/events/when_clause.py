"""The day a «когда»-clause takes from the date it follows: «в мае прошлого года, когда
Меркель приезжала в Сочи», «первым с 2018 года, когда Путин в Хельсинки провёл переговоры».

A clause «X, когда ...» says what went on at the time X names: its happening is on that
date. The parser hangs such a clause on the main verb and the date on whatever it likes;
the words in order tell it: the date, a comma, «когда», and the trigger inside that clause
with no clause boundary between.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import anchor_verb
from app.ingest.nlp import Token

_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")", ".", "!", "?", "«", "»"})
# Open bounds («до 2014 года, когда ...») name no time of the clause's happening.
_BOUNDS = frozenset({"before", "after", "unknown"})


def when_clause_day(
    toks: Sequence[Token], parse: SentenceParse, mentions: Sequence[DateMention], idx: int
) -> list[DateMention]:
    """The date right before the «, когда» opening the clause of the trigger at `idx` (its
    verb's, for a noun), as a list of at most one."""
    verb = anchor_verb(list(toks), parse, idx)
    j = min(idx, verb) - 1
    while j >= 0 and toks[j].text not in _CLAUSE_ENDS:
        if toks[j].lemma.lower() == "когда":
            break
        j -= 1
    else:
        return []
    if j < 0 or toks[j].lemma.lower() != "когда" or j < 2 or toks[j - 1].text != ",":
        return []
    before = toks[j - 2]
    return [d for d in mentions if d.end == before.end and d.value.precision not in _BOUNDS][:1]
