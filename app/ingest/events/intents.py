"""A happening meant as a plan, said in the present, is planned.

«Фидан намерен посетить Москву 26–27 мая», «Шольц собирается провести переговоры в июне»,
«российская сторона намерена дать ответ до конца апреля»: like «планирует посетить», the
happening the infinitive tells is still to come. Promises, wishes and calls («обещал
посетить», «хочет встретиться», «призвал провести») stay only meant (ongoing.py), and so does a
plan told in the past («собирался приехать», «был намерен встретиться»), whose fate the verb
does not tell. The verbs are data (app/data/triggers.toml, [status] meant).
"""

from __future__ import annotations

from app.ingest.events.lexicon import MEANT_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How a noun trigger hangs on the infinitive that tells it («дать ответ», «провести
# переговоры»), and how the infinitive hangs on the verb of meaning.
_OBJECT_LINKS = frozenset({"obj", "obl"})
_INFINITIVE_LINKS = frozenset({"xcomp", "csubj"})


def told_in_past(tokens: list[Token], parse: SentenceParse, word: int) -> bool:
    """Told in the past: the word itself or its auxiliary («собирался», «был намерен»)."""
    return any(
        tokens[j].feats.get("Tense") == "Past"
        for j in [word, *(k for k, h in enumerate(parse.heads) if h == word)]
        if j == word or parse.rels[j] in ("aux", "cop", "aux:pass")
    )


def meant_ahead(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Is the trigger (a verb, or a noun the object of one) an infinitive that a verb of
    meaning governs in the present or future?"""
    verb = trigger
    if tokens[trigger].pos not in VERBAL:
        verb = parse.heads[trigger]
        if verb < 0 or tokens[verb].pos not in VERBAL or parse.rels[trigger] not in _OBJECT_LINKS:
            return False
    cur = verb
    for above in ancestors(parse, verb):
        if parse.rels[cur] not in _INFINITIVE_LINKS or tokens[cur].feats.get("VerbForm") != "Inf":
            return False
        if lemma_of(tokens[above]) in MEANT_LEMMAS:
            return not told_in_past(tokens, parse, above)
        cur = above
    return False
