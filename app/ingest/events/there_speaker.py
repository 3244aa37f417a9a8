"""«В Пентагоне подтвердили факт разговора. Там уточнили, что ...»: the body «там» stands for.

A body is often named as the place its people speak from («В Пентагоне подтвердили»,
«Российский МИД изложил свою версию»), and the next sentence goes on with «Там уточнили»,
«Там указали», a plural verb of saying with no subject. «Там» is that body: the words are
its statement, not that of a person named inside them («Там уточнили, что Остин
подчеркнул ...» is the Pentagon's). Only a body named in the sentence just before, and only
one.
"""

from __future__ import annotations

from collections.abc import Callable

from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.syntax import anchor_verb
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token


def there_speaker(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    body: Callable[[str], bool],
) -> list[ActorSpan]:
    """The body of the sentence before that «там» stands for, as the speaker of a plural
    verb of saying with no subject; empty otherwise."""
    verb = anchor_verb(toks, parse, trigger)
    if toks[verb].feats.get("Number") != "Plur" or si == 0:
        return []
    deps = [j for j, h in enumerate(parse.heads) if h == verb]
    there = next((j for j in deps if lemma_of(toks[j]) == "там"), None)
    if there is None or any(parse.rels[j].startswith("nsubj") for j in deps):
        return []
    prev = inp.analysis.sentences[si - 1]
    bodies = list(
        dict.fromkeys(
            h.actor_id
            for h in inp.actor_hits
            if prev.start <= h.start < prev.end and body(h.actor_id)
        )
    )
    if len(bodies) != 1:
        return []
    return [ActorSpan(toks[there].start, toks[there].end, bodies[0])]
