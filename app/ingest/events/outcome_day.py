"""An outcome done at a dated happening is of that happening's day.

«По итогам саммита 16 июня президенты подписали заявление», «в ходе переговоров 3 мая
министры подписали меморандум»: the date belongs to the summit (a date inside a phrase that
places the trigger against another happening dates that happening), and what was done at
its close or in its course took place that day too, not at some time before publication.
Only the phases of the occasion itself (anaphora.SAME_OCCASION: «по итогам», «в ходе», «во
время», «по завершении»), never «после» or «перед», where other days may lie between.
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events import anaphora
from app.ingest.events.attach import date_attached
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.nlp import Token


def occasion_dates(
    toks: list[Token],
    parse: SentenceParse,
    mentions: list[DateMention],
    idx: int,
    triggers: list[tuple[int, str]],
) -> list[DateMention]:
    """The dates of the happening trigger `idx` was done at the close or in the course
    of, when that happening is a trigger noun of the same clause; else none."""
    verb = idx if toks[idx].pos in VERBAL else parse.heads[idx]
    if verb < 0 or toks[verb].pos not in VERBAL:
        return []
    for j, _ in triggers:
        if j == idx or toks[j].pos in VERBAL or not anaphora.same_occasion(toks, parse, j):
            continue
        up = parse.heads[j]
        if up != verb and (up < 0 or parse.heads[up] != verb):
            continue  # «по итогам» hangs on another clause's verb
        found = [d for d in mentions if date_attached(toks, parse, True, d, j)]
        if found:
            return found
    return []
