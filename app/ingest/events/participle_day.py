"""A happening told by a perfective participle on a party to a dated happening took place
by that day: «провёл в четверг переговоры с президентом Ирана, прилетевшим в Москву с
однодневным визитом» — the visit is Thursday's. The participle phrase describes the party
as the main clause finds it, so with no date of its own it is dated by the main clause.

Only an active past perfective participle («прилетевшим», «прибывшего») standing as a
modifier (acl) of a noun: an imperfective one («находящегося») tells a state, not a
happening, and a passive one («подписанного ранее») names a thing done before.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.date_tree import first_day_of, topic_of_report
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors, anchor_verb
from app.ingest.nlp import Token


def _arrived(tok: Token) -> bool:
    f = tok.feats
    return (
        f.get("VerbForm") == "Part"
        and f.get("Tense") == "Past"
        and f.get("Aspect") == "Perf"
        and f.get("Voice") == "Act"
    )


def main_clause_day(
    toks: list[Token], parse: SentenceParse, mentions: Sequence[DateMention], trigger: int
) -> list[DateMention]:
    """The date of the clause whose party the trigger's participle describes, or []."""
    part = anchor_verb(toks, parse, trigger)
    if not _arrived(toks[part]) or parse.rels[part] != "acl":
        return []
    host = next((a for a in ancestors(parse, part) if toks[a].pos in VERBAL), None)
    if host is None or topic_of_report(toks, parse, trigger, host):
        return []  # «рассказала о министре, прибывшем ...»: told of, not met that day
    return first_day_of(toks, parse, mentions, host)
