"""Arriving with someone else's trip: a part of that visit, not a visit of its own.

«Вместе с премьером в Москву прилетел министр иностранных дел», «В составе делегации в
Пекин прибыли представители МИД»: the sentence adds who came along on a trip the article
tells already (the premier's, the delegation's); the traveller's arrival is no happening of
its own. The comitative counts only when it opens the clause before the verb: put after it
(«прибыл в Москву вместе с супругой») it names company on the subject's own trip, which
stays that subject's visit, and so it does after the subject («Лавров вместе с делегацией
прибыл»). «В составе делегации», «в сопровождении» tell membership of the
party wherever it stands; «в сопровождении министров прибыл президент» is the other way
round (the subject is the one accompanied) and stays the subject's visit.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

TOGETHER = frozenset({"вместе"})
WITH = frozenset({"с", "со"})
# «в составе делегации»: a member of another's party.
PARTY = frozenset({"состав"})
IN = frozenset({"в", "во"})


def _preps(parse: SentenceParse, toks: list[Token], j: int) -> set[str]:
    return {
        lemma_of(toks[k]) for k, h in enumerate(parse.heads) if h == j and parse.rels[k] == "case"
    }


def _subject_before(parse: SentenceParse, kids: list[int], j: int) -> bool:
    """«Лавров вместе с делегацией прибыл»: the subject named before the comitative is the
    one travelling, with his company, as after the verb."""
    return any(parse.rels[k].startswith("nsubj") and k < j for k in kids)


def accompanies(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Does arrival verb `verb` tell someone coming along on another's trip?"""
    kids = [j for j, h in enumerate(parse.heads) if h == verb]
    for j in kids:
        if lemma_of(toks[j]) in PARTY and _preps(parse, toks, j) & IN:
            return True  # «в составе делегации прибыли»
        if lemma_of(toks[j]) in TOGETHER and j < verb and not _subject_before(parse, kids, j):
            # «Вместе с премьером прилетел»: the companion hangs on «вместе» or on the verb
            if any(
                parse.heads[k] in (j, verb)
                and j < k < verb
                and toks[k].feats.get("Case") == "Ins"
                and _preps(parse, toks, k) & WITH
                for k in range(len(toks))
            ):
                return True
    return False
