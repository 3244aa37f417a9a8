"""«Документ подписали X и Y»: the document just told, signed by the people who signed it.

News tells a document concluded («Ростуризм и управление по туризму подписали меморандум о
сотрудничестве»), then who put their names to it in a sentence of its own: «Документ
подписали руководитель агентства и губернатор управления», «Соглашение с российской стороны
подписал министр». The bare document noun (no complement of its own: no «о ...», no
adjective but a pointing one, «этот», «данный») as what the verb of concluding concludes
points back at the document told before; with no date of its own, the sentence is one more
telling of that agreement, its signatories joining it, not an agreement of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import DOCUMENT_NOUNS, VERB_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Links of the document to its verb: what is signed («подписали документ»), or the subject
# of the passive («документ был подписан»).
_DOCUMENT_LINKS = frozenset({"obj", "nsubj:pass"})
# Dependents a document noun pointing back may have: a pointing word, punctuation.
_BARE = frozenset({"det", "punct"})


def bare_document(toks: Sequence[Token], parse: SentenceParse, verb: int) -> int | None:
    """The document noun the verb of concluding concludes, when it has nothing of its own
    (a plain «документ», «этот меморандум»), else None."""
    if VERB_TRIGGERS.get(lemma_of(toks[verb])) != "agreement":
        return None
    for j, h in enumerate(parse.heads):
        if h != verb or parse.rels[j] not in _DOCUMENT_LINKS:
            continue
        if lemma_of(toks[j]) not in DOCUMENT_NOUNS:
            continue
        own = [k for k, hk in enumerate(parse.heads) if hk == j]
        if all(parse.rels[k] in _BARE for k in own):
            return j
    return None


def signed_again(
    toks: Sequence[Token], parse: SentenceParse, idx: int, typ: str, own_date: bool
) -> bool:
    """Does an agreement trigger, with no date of its own, tell again the document told
    before («Документ подписали руководитель агентства и губернатор»)?"""
    if typ != "agreement" or own_date:
        return False
    return bare_document(toks, parse, idx) is not None


# Links of a clause of its own beside another, with no conjunction: «..., стороны подписали».
_OWN_CLAUSE = frozenset({"root", "parataxis"})


def signed_beside(tokens: Sequence[Token], parse: SentenceParse, verb: int, main: int) -> bool:
    """«Заседание прошло в понедельник, сопредседатели подписали итоговый протокол»: a
    signing told in a clause of its own after the sentence's happening, joined by a comma
    alone, is a second happening of that day (as «прошло ... и подписали» is), when the verb
    of concluding names what it concludes."""
    if verb <= main or tokens[verb].pos not in ("VERB", "AUX"):
        return False
    if VERB_TRIGGERS.get(lemma_of(tokens[verb])) != "agreement":
        return False
    if parse.rels[verb] not in _OWN_CLAUSE:
        return False
    if parse.rels[verb] == "parataxis" and parse.heads[verb] != main:
        return False
    if parse.rels[verb] == "root" and parse.rels[main] != "root":
        return False
    if not any(t.text == "," for t in tokens[main + 1 : verb]):
        return False
    # «подписали итоговый протокол», «подписали ряд соглашений»: what is signed is named.
    return any(
        h == verb and parse.rels[j] == "obj" and tokens[j].pos in ("NOUN", "PROPN")
        for j, h in enumerate(parse.heads)
    )
