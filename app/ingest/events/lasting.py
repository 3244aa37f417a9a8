"""How many days a happening lasts, told by a verb of lasting: «прилетел с визитом, который
продлится три дня», «визит продлится два дня», «переговоры длились два дня».

The verb of lasting stands on the happening (its subject is the trigger noun, or a relative
clause hangs on the trigger noun), and its complement is a count of days («три дня», «2
дня»). Hours («несколько часов») or an uncounted «несколько дней» give no days. The verbs
are data (app/data/triggers.toml, [lasting]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import find_triggers, lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _LASTING = tomllib.load(_f)["lasting"]
LASTING_VERBS = frozenset(_LASTING["verbs"])
# The visitor's own verbs of staying («пробудет»), or any verb of lasting (stay.py).
STAY_VERBS = frozenset(_LASTING["stay"]) | LASTING_VERBS

# Cardinal numerals a count of days is written in; digits are read as they stand.
_NUMBERS = {
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10,
}  # fmt: skip
_DAY_NOUNS = frozenset({"день", "сутки"})


def lasting_days(toks: list[Token], parse: SentenceParse, idx: int) -> int | None:
    """The count of days a verb of lasting gives the happening of trigger `idx`, if any."""
    for v in lasting_verbs(toks, parse, idx):
        n = days_of(toks, parse, v)
        if n is not None:
            return n
    return None


def lasting_verbs(toks: list[Token], parse: SentenceParse, idx: int) -> list[int]:
    heads, rels = parse.heads, parse.rels
    # The happening's nouns: the trigger noun, or, for a trigger verb, a noun of the same
    # happening under it («прилетел ... с визитом»).
    nouns = {idx} if toks[idx].pos not in VERBAL else _same_nouns(toks, parse, idx)
    out: list[int] = []
    for v, t in enumerate(toks):
        if t.pos not in VERBAL or lemma_of(t) not in LASTING_VERBS:
            continue
        # «визит продлится»: a noun of the happening is the verb's subject
        subject = any(heads[n] == v and rels[n].startswith("nsubj") for n in nouns)
        # «с визитом, который продлится»: a relative clause on the noun of the happening
        relative = heads[v] in nouns and rels[v] == "acl:relcl"
        # «прибыл в Москву, визит продлится»: the verb goes on from the trigger verb, its
        # subject a noun of the same happening
        joined = (
            toks[idx].pos in VERBAL
            and heads[v] == idx
            and any(
                heads[s] == v and rels[s].startswith("nsubj") and s in _kin(toks, idx)
                for s in range(len(toks))
            )
        )
        if subject or relative or joined:
            out.append(v)
    return out


def _kin(toks: list[Token], idx: int) -> set[int]:
    """Nouns of the sentence telling a happening of the same kind as trigger `idx`."""
    kinds = dict(find_triggers(toks))
    kind = kinds.get(idx)
    return {j for j, k in kinds.items() if k == kind and j != idx and toks[j].pos == "NOUN"}


def _same_nouns(toks: list[Token], parse: SentenceParse, idx: int) -> set[int]:
    return {j for j in _kin(toks, idx) if parse.heads[j] == idx}


def days_of(toks: list[Token], parse: SentenceParse, v: int) -> int | None:
    """«три дня», «2 дня» under the verb: the count of days."""
    for j, h in enumerate(parse.heads):
        if h != v or toks[j].pos != "NOUN" or lemma_of(toks[j]) not in _DAY_NOUNS:
            continue
        for k, hk in enumerate(parse.heads):
            if hk != j or not parse.rels[k].startswith("nummod"):
                continue
            word = toks[k].text.lower()
            n = int(word) if word.isdigit() else _NUMBERS.get(lemma_of(toks[k]))
            if n is not None:
                return n
    return None
