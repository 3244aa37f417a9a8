"""Taking office as a head of state or government is an inauguration, not an appointment.

«Избранный президент США, который вступит в должность 20 января», «вступил в должность
президента»: the office is one at home; the timeline's appointments are those of envoys and
of those who speak for a state abroad («Каллас, вступившая в должность 1 декабря», a new
ambassador). «вступить (в должность)» whose office — the noun under «должность», or the
one who takes it — is such a head's, or whose holder is only elected, gives no event.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)["appointment"]
HEAD_OFFICES = frozenset(_DATA["inaugurated"])
ELECTED = frozenset(_DATA["elected"])

# The one taking office: the verb's subject, or the noun a participle or relative clause
# on it describes («президент, который вступит», «Каллас, вступившая»).
_HOLDER_LINKS = frozenset({"nsubj", "nsubj:pass"})
_DESCRIBING = frozenset({"acl", "acl:relcl"})
# Words naming the holder beside the noun itself: «президент США Трамп», «Трамп, президент».
_NAMING_LINKS = frozenset({"appos", "flat:name", "amod"})


def inaugurated(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is «вступить» at `idx` a head of state or government taking office?"""
    if lemma_of(toks[idx]) != "вступить":
        return False
    kids = [j for j, h in enumerate(parse.heads) if h == idx]
    office = [j for j in kids if lemma_of(toks[j]) == "должность"]
    if not office:
        return False
    if any(
        parse.heads[j] in office and lemma_of(toks[j]) in HEAD_OFFICES for j in range(len(toks))
    ):
        return True  # «вступил в должность президента»
    holders = [j for j in kids if parse.rels[j] in _HOLDER_LINKS]
    if parse.rels[idx] in _DESCRIBING and parse.heads[idx] >= 0:
        holders.append(parse.heads[idx])
    named = set(holders)
    for j, h in enumerate(parse.heads):
        if parse.rels[j] in _NAMING_LINKS and (h in holders or j in holders and h >= 0):
            named.update((j, h))
    return any(lemma_of(toks[j]) in HEAD_OFFICES or lemma_of(toks[j]) in ELECTED for j in named)
