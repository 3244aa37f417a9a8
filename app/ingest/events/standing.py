"""A happening named only as a standing thing is no happening of a day.

«Москва использует переговоры с США, чтобы выиграть время», «санкции остаются главным
инструментом давления», «на кону переговоров стоит Россия», «в переговорах всё чаще
говорят об условиях»: a trigger noun whose clause is in the present and says what the
happening is, means or serves tells no happening with a day, and gives no event (the
publication day it would fall back on is not its day). Only a noun with no date of its
own, under a finite verb in the present that is not itself a happening: one that holds,
opens, joins or carries it («в Женеве проходят переговоры», «министр участвует в
саммите», «делегации ведут переговоры»: live reports of the day; app/data/triggers.toml,
[standing]), a document by a verb of what it says («меморандум предусматривает обмен»:
one concluded), a trigger of the sentence («Песков называет переговоры полезными»: the words
are the news and the talks were held) or negated (left to the other readings); nor one
under a noun of its outcome («итоги визита обсуждают»: the visit is over).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _ALL = tomllib.load(_f)
_DATA, _STATUS = _ALL["standing"], _ALL["status"]
# The verbs of [standing] and those that tell a happening's fate or schedule in the present
# («визит откладывается», «встреча отменяется», «на май намечаются консультации»).
HELD_BY = frozenset(_DATA["held_by"]) | frozenset(
    w for key in ("postponed", "cancelled", "scheduled", "took_place") for w in _STATUS[key]
)
OVER = frozenset(_DATA["over"])

CONTENT = frozenset(_DATA["content"])

# How the noun hangs in its clause, up to the verb: as its subject, object or oblique, or
# inside a noun phrase that does («на кону переговоров стоит»).
_CLAUSE_LINKS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "iobj", "nmod"})


def standing(
    toks: list[Token], parse: SentenceParse, idx: int, triggers: set[int], document: bool
) -> bool:
    """Is noun trigger `idx` named only as a standing thing by a present-tense clause?
    `document`: the trigger is a document (an agreement), which a verb of what it says
    tells as concluded."""
    if toks[idx].pos not in ("NOUN", "PROPN"):  # a capital first word may read as PROPN
        return False
    cur = idx
    for above in ancestors(parse, idx):
        if parse.rels[cur] not in _CLAUSE_LINKS:
            return False
        if lemma_of(toks[above]) in OVER:
            return False  # «итоги визита обсуждают»: the visit is over
        if lemma_of(toks[above]) in HELD_BY:
            return False  # «причины отмены визита не называются»: its fate is told
        if toks[above].pos in VERBAL:
            verb = toks[above]
            return (
                verb.pos == "VERB"
                and verb.feats.get("VerbForm") == "Fin"
                and verb.feats.get("Tense") == "Pres"
                and above not in triggers
                and lemma_of(verb) not in HELD_BY
                and not (document and lemma_of(verb) in CONTENT)
            )
        cur = above
    return False
