"""Ongoing or intended activity is no past happening.

«Белград продолжает переговоры о вступлении» tells an activity that goes on, not a
happening of a day; «премьер обещал продолжить переговоры», «депутаты призывали отказаться
от поездки» tell what someone means or wants done. Neither is an event: the news, if any, is
the words. Nor is a happening stayed away from («делегации бойкотировали заседание»): those
who boycott it take no part. The verbs are data (app/data/triggers.toml, [ongoing];
app/data/speech.toml, [stayed_away]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.accepted import accepted
from app.ingest.events.intents import meant_ahead
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token


def _load() -> dict[str, list[str]]:
    with (resources.files("app") / "data" / "triggers.toml").open("rb") as f:
        data: dict[str, list[str]] = tomllib.load(f)["ongoing"]
    return data


_DATA = _load()
with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    STAYED_AWAY = frozenset(tomllib.load(_f)["stayed_away"]["verbs"])
CONTINUING = frozenset(_DATA["continuing"])
INTENT = frozenset(_DATA["intent"])
AWAITED = frozenset(_DATA["awaited"])
PROPOSED = frozenset(_DATA["proposed"])
# How a happening hangs under the noun that proposes it: through nouns («о проведении
# встречи», «проведения саммита») or an infinitive («провести видеоконференцию»).
PROPOSED_LINKS = frozenset({"nmod", "acl", "obj"})
# How a happening hangs under the verb that carries it on or means it: its object
# («продолжает переговоры») or, for an intent, the infinitive («обещал провести»).
OBJECT_LINKS = frozenset({"obj", "obl", "nsubj:pass"})
INFINITIVE_LINKS = frozenset({"xcomp", "csubj"})


def _verb_above(toks: list[Token], parse: SentenceParse, idx: int) -> int | None:
    """The verb governing trigger `idx` as its object, or the trigger itself if a verb.

    A noun trigger may hang on the verb through a noun that holds it («сесть за стол
    переговоров», «вернуться к столу переговоров»): the verb is that noun's."""
    if toks[idx].pos in VERBAL:
        return idx
    head = parse.heads[idx]
    if (
        head >= 0
        and parse.rels[idx] == "nmod"
        and toks[head].pos == "NOUN"
        and parse.rels[head] in OBJECT_LINKS
    ):
        idx, head = head, parse.heads[head]
    if head >= 0 and toks[head].pos in VERBAL and parse.rels[idx] in OBJECT_LINKS:
        return head
    return None


def _proposed(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` what a noun of proposing puts forward («поддержал предложение
    провести видеоконференцию», «выступил с инициативой проведения саммита»)?"""
    cur = idx
    for above in ancestors(parse, idx):
        if parse.rels[cur] not in PROPOSED_LINKS:
            return False
        if toks[above].pos == "NOUN" and lemma_of(toks[above]) in PROPOSED:
            return True
        cur = above
    return False


def not_done(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` only carried on in the present, only meant, proposed or awaited
    («продолжает переговоры», «обещал провести переговоры», «поездку ждали»)?"""
    if _proposed(toks, parse, idx) and not accepted(toks, parse, idx):
        return True  # (a proposal accepted plans what it proposes: accepted.py)
    verb = _verb_above(toks, parse, idx)
    if verb is None:
        return False
    tok = toks[verb]
    if (
        lemma_of(tok) in CONTINUING
        and tok.feats.get("Tense") == "Pres"
        and tok.feats.get("VerbForm") == "Fin"
    ):
        return True
    if verb != idx and lemma_of(tok) in STAYED_AWAY and parse.rels[idx] == "obj":
        return True  # «бойкотировали заседание»: no part taken in it
    if (
        verb != idx
        and lemma_of(tok) in AWAITED
        and parse.rels[idx] in ("obj", "obl")
        and tok.feats.get("Voice") != "Pass"
    ):
        return True  # «поездку ждала»: looked forward to («ожидается в пятницу» is planned)
    cur = verb
    for above in ancestors(parse, verb):
        if parse.rels[cur] not in INFINITIVE_LINKS or toks[cur].feats.get("VerbForm") != "Inf":
            return False
        if lemma_of(toks[above]) in INTENT:
            return not meant_ahead(toks, parse, idx)  # «намерен посетить»: planned (intents.py)
        cur = above
    return False
