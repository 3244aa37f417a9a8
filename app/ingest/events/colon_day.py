"""A clause after a colon spells out the clause before it, and happens on its day.

«Основная часть визита пришлась на вторник: министры провели переговоры и подписали
меморандум»; «В четверг день был насыщенным: президент встретился с ...». The clause
before the colon names the day and says something took place on it; the clause after the
colon, undated, tells what took place. The parse makes them two roots (or a parataxis),
so the date is not on the happening's branch of the tree; the colon is what joins them.

Not spelled out: words quoted after a verb of saying («заявил в среду: "Мы провели ..."»),
which tell of their own time, and a clause after the colon with a date of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.date_tree import date_belongs
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, span_head
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Token

_QUOTES = "«\"„“'"


def spelled_out_day(
    toks: list[Token], parse: SentenceParse, mentions: Sequence[DateMention], trigger: int
) -> list[DateMention]:
    """The date of the clause before the colon that the trigger's clause spells out, or []."""
    colons = [j for j, t in enumerate(toks) if t.text == ":" and j < trigger]
    if not colons:
        return []
    colon = colons[-1]
    if anchor_verb(toks, parse, trigger) < colon:
        return []  # the happening's own verb stands before the colon
    after = toks[colon + 1] if colon + 1 < len(toks) else None
    if after is None or after.text[:1] in _QUOTES:
        return []  # quoted words after the colon
    if any(d.start >= toks[colon].end for d in mentions):
        return []  # the spelled-out clause has a date of its own
    before = toks[:colon]
    if any(kind in SPEECH_TYPES for _, kind in find_triggers(before)):
        return []  # «заявил в среду: ...»: words, dated by their own telling
    verbs = [
        j
        for j in range(colon)
        if toks[j].pos in VERBAL and toks[j].feats.get("VerbForm") == "Fin"
    ]
    out: list[DateMention] = []
    for d in mentions:
        if d.end > toks[colon].start or d.planned or d.value.precision != "day":
            continue
        head = span_head(toks, parse, d.start, d.end)
        if head is not None and any(date_belongs(toks, parse, head, v) for v in verbs):
            out.append(d)
    return out[-1:]
