"""Words that are someone's own have no second speaker in whoever answers them.

«На интервью Путина телеканалу отреагировал политолог», «заявление министра
прокомментировал посол»: a speech noun with its speaker as its own genitive («интервью
Путина») is that speaker's; the subject of the verb it hangs on reacts to it, comments on
it or quotes it, and is no speaker of it (his words are another statement). A noun
without a genitive speaker («дал интервью», «выступил с заявлением») keeps its subject.
"""

from __future__ import annotations

from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import VERBAL, span_head
from app.ingest.nlp import Token

# How the noun hangs on the verb whose subject answers it.
_UNDER = frozenset({"obj", "obl", "iobj"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_BESIDE = frozenset({"appos", "flat:name", "flat"})


def without_answerers(
    toks: list[Token], parse: SentenceParse, idx: int, actors: list[ActorSpan]
) -> list[ActorSpan]:
    """`actors` less the subject of the verb speech noun `idx` is the object of, when the
    noun names its own speaker in the genitive."""
    if toks[idx].pos not in ("NOUN", "PROPN") or parse.rels[idx] not in _UNDER:
        return actors
    verb = parse.heads[idx]
    if verb < 0 or toks[verb].pos not in VERBAL:
        return actors
    heads = {id(h): _nominal(parse, span_head(toks, parse, h.start, h.end)) for h in actors}
    owned = any(
        (j := heads[id(h)]) is not None
        and parse.heads[j] == idx
        and parse.rels[j] == "nmod"
        and _genitive(toks, parse, j)
        for h in actors
    )
    if not owned:
        return actors
    return [
        h
        for h in actors
        if not (
            (j := heads[id(h)]) is not None
            and parse.heads[j] == verb
            and parse.rels[j] in _SUBJECTS
        )
    ]


def _nominal(parse: SentenceParse, j: int | None) -> int | None:
    """The noun a name stands beside («политолог Алан Кафруни»: the title's place)."""
    while j is not None and parse.rels[j] in _BESIDE and parse.heads[j] >= 0:
        j = parse.heads[j]
    return j


def _genitive(toks: list[Token], parse: SentenceParse, j: int | None) -> bool:
    """«интервью Путина»: a bare genitive, not «пресс-конференция с Дендиасом»."""
    if j is None or toks[j].feats.get("Case") != "Gen":
        return False
    return not any(parse.heads[k] == j and parse.rels[k] == "case" for k in range(len(toks)))
