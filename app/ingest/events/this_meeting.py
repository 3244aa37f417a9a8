"""The party a demonstrative happening noun takes from the clause it is joined to: «9 августа
Эрдоган приехал в Петербург, и эта встреча с Путиным закрыла кризис» — «эта встреча» is
the happening the first clause told, and its subject (Erdogan) is a party to it.

Only the plain chain is read: the trigger noun with «этот», in a clause opened by «, и»,
and a person who is the subject of the clause right before that comma.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import span_head
from app.ingest.nlp import Token

_STOPS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", ".", "!", "?"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})


def joined_subjects(
    toks: Sequence[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    idx: int,
    person: Callable[[str], bool],
) -> list[ActorSpan]:
    """The people who are the subject of the clause before «, и» when the trigger noun at
    `idx` is «этот/эта ...» in the clause after it; else an empty list."""
    if toks[idx].pos != "NOUN" or not any(
        h == idx and toks[j].lemma.lower() == "этот" for j, h in enumerate(parse.heads)
    ):
        return []
    k = idx - 1
    while k >= 1 and toks[k].lemma.lower() != "и":
        if toks[k].text in _STOPS:
            return []
        k -= 1
    if k < 1 or toks[k - 1].text != ",":
        return []
    lo = k - 2
    while lo > 0 and toks[lo - 1].text not in _STOPS:
        lo -= 1
    out = []
    for h in hits:
        head = span_head(list(toks), parse, h.start, h.end)
        if head is None or not lo <= head < k - 1 or not person(h.actor_id):
            continue
        if parse.rels[head] in _SUBJECT:
            out.append(h)
    return out
