"""«Подписи под документом поставили X и Y»: putting one's signature under a document is
signing it, an agreement of those who sign.

Only the phrase as a whole tells it: the verb of putting with «подпись» as its object and a
document under «под» (on the signature or on the verb); not «поставили подписи под
обращением» (a petition), nor «поставил задачу».
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import (
    ADOPT_OBJECTS,
    DOCUMENT_NOUNS,
    SIGN_DOCUMENTS,
    SIGN_MARKS,
    SIGN_UNDER,
    SIGN_VERBS,
)
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import span_head
from app.ingest.nlp import Token

# What a signature may be put under: the documents concluded between parties.
_SIGNED = DOCUMENT_NOUNS | ADOPT_OBJECTS | SIGN_DOCUMENTS


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def may_sign(lemmas: Sequence[str], i: int) -> bool:
    """On tokens alone: a verb of putting in a sentence with a signature and a document."""
    present = set(lemmas)
    return lemmas[i] in SIGN_VERBS and bool(SIGN_MARKS & present) and bool(_SIGNED & present)


def signs(tokens: Sequence[Token], parse: SentenceParse, i: int) -> bool:
    """On the parse: the verb at i puts a signature (its object) under a document («под»
    on the signature or on the verb)."""
    marks = [
        j for j, h in enumerate(parse.heads)
        if h == i and parse.rels[j] == "obj" and _lemma(tokens[j]) in SIGN_MARKS
    ]  # fmt: skip
    if not marks:
        return False
    for j, h in enumerate(parse.heads):
        if (h == i or h in marks) and _lemma(tokens[j]) in _SIGNED and _under(tokens, parse, j):
            return True
    return False


def _under(tokens: Sequence[Token], parse: SentenceParse, j: int) -> bool:
    return any(
        h == j and parse.rels[k] == "case" and _lemma(tokens[k]) in SIGN_UNDER
        for k, h in enumerate(parse.heads)
    )


def signers(
    tokens: Sequence[Token], parse: SentenceParse, i: int, hits: Sequence[ActorSpan]
) -> list[ActorSpan]:
    """«Под документом поставили подписи Медведев и Элбэгдорж»: the parser may hang the
    names after the signature on it (in apposition, or conjoined to one that is); those who
    sign are the names on the signature, when the verb has no subject of its own."""
    marks = {
        j for j, h in enumerate(parse.heads)
        if h == i and parse.rels[j] == "obj" and _lemma(tokens[j]) in SIGN_MARKS
    }  # fmt: skip
    if not marks:
        return []
    out = []
    for hit in hits:
        head = span_head(list(tokens), parse, hit.start, hit.end)
        if head is None:
            continue
        while parse.rels[head] == "conj" and parse.heads[head] >= 0:
            head = parse.heads[head]  # «..., и Цахиагийн Элбэгдорж»: the first conjunct's
        if parse.heads[head] in marks and parse.rels[head] == "appos":
            out.append(hit)
    return out
