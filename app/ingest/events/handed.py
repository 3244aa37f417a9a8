"""A document one party hands to another concludes nothing between them.

«Лавров передал американскому коллеге неофициальный меморандум с фактами вмешательства»,
«посол вручил проект соглашения»: the paper goes one way; no agreement is reached by handing
it over (exchanging instruments, «обменялись нотами», is another matter, read as the
agreement it completes). An agreement noun that a verb of handing over takes as its object
gives no event; what the handing took place in (talks, a meeting) is told on its own. The
verbs are data (app/data/triggers.toml, [handed]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.lexicon import NOUN_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    HANDING_VERBS = frozenset(tomllib.load(_f)["handed"]["verbs"])


def handed(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is agreement noun `idx` a paper the sentence has one party hand over?"""
    if toks[idx].pos != "NOUN" or NOUN_TRIGGERS.get(lemma_of(toks[idx])) != "agreement":
        return False
    head = parse.heads[idx]
    return (
        head >= 0
        and parse.rels[idx] == "obj"
        and toks[head].pos in VERBAL
        and lemma_of(toks[head]) in HANDING_VERBS
    )
