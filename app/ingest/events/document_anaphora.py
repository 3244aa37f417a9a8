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
