"""A proposal told as instructed: «Трамп в четверг поручил Болтону пригласить Путина в
Вашингтон», «президент распорядился направить приглашение премьеру». The infinitive that
proposes hangs under a past verb of instructing; whoever is told to deliver the invitation,
the proposal is the instructor's, made known on the day of the instruction (the date hangs
on the verb of instructing, above the infinitive). As words reported («Сандерс сообщила,
что Трамп поручил ... пригласить ...») it is asserted as done, like «Трамп пригласил».
The verbs are data (app/data/triggers.toml, [instructing]).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.date_tree import first_day_of
from app.ingest.events.lexicon import INSTRUCTING
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, span_head, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

PROPOSAL = "proposal"
# How the infinitive hangs on the verb of instructing («поручил пригласить»).
_INFINITIVE_LINKS = frozenset({"xcomp", "ccomp", "obj", "advcl"})


def instructing_verb(toks: list[Token], parse: SentenceParse, trigger: int, typ: str) -> int | None:
    """The past verb of instructing whose infinitive tells the proposal, or None."""
    if typ != PROPOSAL:
        return None
    inf = anchor_verb(toks, parse, trigger)
    head = parse.heads[inf]
    if (
        head < 0
        or toks[inf].feats.get("VerbForm") != "Inf"
        or parse.rels[inf] not in _INFINITIVE_LINKS
        or toks[head].pos not in VERBAL
        or lemma_of(toks[head]) not in INSTRUCTING
        or toks[head].feats.get("Tense") != "Past"
    ):
        return None
    return head


def instruction_day(
    toks: list[Token],
    parse: SentenceParse,
    mentions: Sequence[DateMention],
    trigger: int,
    typ: str,
) -> list[DateMention]:
    """The date of the verb of instructing above a proposal's infinitive, or []."""
    verb = instructing_verb(toks, parse, trigger, typ)
    return [] if verb is None else first_day_of(toks, parse, mentions, verb)


def outside_instruction(
    toks: list[Token], parse: SentenceParse, hit: ActorSpan, trigger: int, typ: str
) -> bool:
    """An actor named outside the clause of the instruction («Сандерс сообщила, что Трамп
    поручил ... пригласить»: Sanders tells of the proposal, she did not make it)."""
    verb = instructing_verb(toks, parse, trigger, typ)
    if verb is None:
        return False
    head = span_head(toks, parse, hit.start, hit.end)
    return head is not None and head not in subtree(parse, verb)
