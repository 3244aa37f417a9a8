"""A plan a participle tells on the happening, given way to the day its clause tells.

«Заседание комиссии, намеченное на 11 мая, пройдет 18 мая», «встреча, запланированная на
3 июня, состоится 10 июня»: the participle («намеченное», «запланированная»; triggers.toml,
[status] `scheduled`) dates only the plan first made; the verb of taking place the noun is
the subject of («пройдет», «состоится»: `took_place`) dates the happening itself. Both
dates hang on the trigger's tree, so without this the first one told won. When the clause's
verb has a date of its own, the participle's dates are dropped; alone they stay (a plan
still in force: «намеченная на май встреча»).
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events.lexicon import PLAN_VERBS, SCHEDULED_LEMMAS, TOOK_PLACE_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import span_head, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

_SUBJECT = frozenset({"nsubj", "nsubj:pass"})


def later_dates(
    toks: list[Token], parse: SentenceParse, trigger: int, attached: list[DateMention]
) -> list[DateMention]:
    """`attached` without the dates of a plan participle on the trigger, when the verb of
    taking place the trigger is the subject of has a date among them too."""
    verb = parse.heads[trigger]
    if (
        verb < 0
        or parse.rels[trigger] not in _SUBJECT
        or lemma_of(toks[verb]) not in TOOK_PLACE_LEMMAS
    ):
        return attached
    plans = [
        p
        for p, h in enumerate(parse.heads)
        if h == trigger
        and parse.rels[p] == "acl"
        and lemma_of(toks[p]) in SCHEDULED_LEMMAS | PLAN_VERBS
    ]
    if not plans:
        return attached
    inside = set().union(*(subtree(parse, p) for p in plans))
    kept = [d for d in attached if span_head(toks, parse, d.start, d.end) not in inside]
    return kept if kept and len(kept) < len(attached) else attached
