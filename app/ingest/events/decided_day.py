"""Sanctions told as decided on a day: «Совет ЕС 2 сентября решил продлить на полгода
действие санкций», «комитет в среду постановил ввести ограничения». The date hangs on the
verb of deciding, above the infinitive that governs the trigger; deciding on sanctions is
imposing or extending them, so that day dates the act. A contact decided on («решили
провести переговоры») is still to come, and is not read here (sanctions only)."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.date_tree import first_day_of
from app.ingest.events.lexicon import SANCTION_DECIDING
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import anchor_verb
from app.ingest.nlp import Token


def decision_day(
    toks: list[Token],
    parse: SentenceParse,
    mentions: Sequence[DateMention],
    trigger: int,
    typ: str,
) -> list[DateMention]:
    """The past date of the verb of deciding whose infinitive governs a sanctions trigger,
    or []."""
    if typ != "sanctions":
        return []
    inf = anchor_verb(toks, parse, trigger)
    decide = parse.heads[inf]
    if (
        decide < 0
        or toks[inf].feats.get("VerbForm") != "Inf"
        or parse.rels[inf] != "xcomp"
        or toks[decide].lemma.lower() not in SANCTION_DECIDING
        or toks[decide].feats.get("Tense") != "Past"
    ):
        return []
    return first_day_of(toks, parse, mentions, decide)
