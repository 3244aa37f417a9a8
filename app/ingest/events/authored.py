"""The author of a piece of words told by its noun: «на сайте Кремля опубликована статья
Путина» is Putin's statement, though he is only the genitive of the noun the verb governs.

A person hung as a genitive modifier on an authored noun (lexicon.AUTHORED_NOUNS) that is
the subject or object of the speech trigger's verb speaks; a body does not (it is where
the piece came out: «статья в журнале МИД»).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.lexicon import AUTHORED_NOUNS
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import anchor_verb, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

PIECE_LINKS = frozenset({"nsubj", "nsubj:pass", "obj"})


def authors(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    hits: Sequence[ActorSpan],
    is_person: Callable[[str], bool],
) -> list[ActorSpan]:
    """Persons named in the genitive under an authored noun of speech trigger `idx`'s verb."""
    verb = anchor_verb(toks, parse, idx)
    pieces = {
        j
        for j, h in enumerate(parse.heads)
        if (h == verb and parse.rels[j] in PIECE_LINKS or j == idx)
        and lemma_of(toks[j]) in AUTHORED_NOUNS
    }
    out: list[ActorSpan] = []
    for hit in hits:
        head = span_head(toks, parse, hit.start, hit.end)
        if (
            head is not None
            and parse.heads[head] in pieces
            and parse.rels[head] == "nmod"
            and toks[head].feats.get("Case") == "Gen"
            and is_person(hit.actor_id)
        ):
            out.append(hit)
    return out
