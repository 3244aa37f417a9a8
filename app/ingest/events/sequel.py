"""A round of a series told with no party: the parties of the contact the article tells.

«Предыдущая встреча в этом формате прошла в Москве в сентябре 2023 года», «Прошлый раунд
консультаций состоялся в Женеве в марте», «Очередное заседание пройдёт в Пекине осенью».
A meeting or talks qualified as one of a series (previous, next, regular: the adjectives of
[sequel] in app/data/triggers.toml) is another sitting of the same parties as the contact the
article has just told, so they take part in it. Only with a date of its own: an undated
«следующая встреча» is no happening placed in time, and the contact's day is not its day.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.lexicon import SEQUEL_ADJECTIVES
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.parties import Antecedent
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The happenings that come in series of sittings.
SERIAL = frozenset({"meeting", "talks"})


def in_series(toks: Sequence[Token], parse: SentenceParse, idx: int) -> bool:
    """Is the trigger noun qualified as one of a series («предыдущая встреча»)?"""
    return toks[idx].pos not in VERBAL and any(
        h == idx and r == "amod" and lemma_of(toks[j]) in SEQUEL_ADJECTIVES
        for j, (h, r) in enumerate(zip(parse.heads, parse.rels, strict=True))
    )


def parties(
    toks: Sequence[Token],
    parse: SentenceParse,
    idx: int,
    type_: str,
    told_before: Sequence[Antecedent],
    attached: Sequence[DateMention],
) -> list[ActorSpan]:
    """The latest contact's parties for a dated sitting of a series with no party of its
    own, as spans on the trigger noun (an empty list otherwise)."""
    if type_ not in SERIAL or not told_before or not in_series(toks, parse, idx):
        return []
    if not any(d.value.precision != "unknown" for d in attached):
        return []
    here = toks[idx]
    return [ActorSpan(here.start, here.end, a) for a in told_before[-1].actors]


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could a sentence with no actor tell a sitting of a series (worth a parse)?"""
    return any(t in SERIAL for _, t in triggers) and any(
        lemma_of(t) in SEQUEL_ADJECTIVES for t in toks
    )
