"""A contact someone joins is told elsewhere; the joining is no contact of its own.

«Утром к переговорам присоединился спецпредставитель ООН», «позже к беседе подключился
министр»: the talks or the conversation are under way and are told by their own sentences;
the joiner only adds a party. A bare trigger noun (no party of its own: no agent in the
genitive, no «с» counterpart) that a verb of joining governs through «к» gives no event.
What the joiner then does with the others («с ним провели трёхстороннюю встречу») is read
from its own words. Joining a document or a body («присоединился к соглашению», «к
санкциям») is another matter, left to the other readings: only contacts are joined here.
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
    JOINING_VERBS = frozenset(tomllib.load(_f)["joined"]["verbs"])

CONTACTS = frozenset({"call", "meeting", "talks"})
# A party of the noun's own: «переговорам Лаврова и Керри», «встрече с министром».
_OWN_PARTY_LINKS = frozenset({"nmod", "nmod:poss", "amod", "det"})


def joined(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is contact noun `idx` what a verb of joining governs through «к», with no party of
    its own («к переговорам присоединился ...»)?"""
    if toks[idx].pos in VERBAL or NOUN_TRIGGERS.get(lemma_of(toks[idx])) not in CONTACTS:
        return False
    head = parse.heads[idx]
    if head < 0 or lemma_of(toks[head]) not in JOINING_VERBS:
        return False
    kids = [j for j, h in enumerate(parse.heads) if h == idx]
    if not any(parse.rels[j] == "case" and lemma_of(toks[j]) == "к" for j in kids):
        return False
    return not any(
        parse.rels[j] in _OWN_PARTY_LINKS and toks[j].pos in ("NOUN", "PROPN", "PRON", "ADJ")
        for j in kids
    )
