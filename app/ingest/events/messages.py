"""A message handed over to someone named («Лавров передал президенту Конго послание
Путина», «вручил премьеру письмо президента»): a meeting of the one who hands it and the
one given it.

Whose message it is («от Зеленского», «послание Путина») is no party: the sender was not
there. A message sent or addressed («направил послание парламенту») is no meeting, nor one
handed with no recipient named («передал письмо в МИД»). trigger_parse.confirmed asks `handed`;
trigger_actors.py drops the `senders`.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import MESSAGE_OBJECTS, MESSAGE_VERBS
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import children, span_head
from app.ingest.nlp import Token

FROM = frozenset({"от"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _someone(tok: Token) -> bool:
    return tok.pos == "PROPN" or (tok.pos in _NOMINAL and tok.feats.get("Animacy") == "Anim")


def handed(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Does the verb at `i` hand a message (its object) to someone in the dative?"""
    kids = children(parse, i)
    message = any(
        parse.rels[j] in ("obj", "nsubj:pass") and _lemma(tokens[j]) in MESSAGE_OBJECTS
        for j in kids
    )
    given = any(
        parse.rels[j] in ("iobj", "obl", "obj")
        and tokens[j].feats.get("Case") == "Dat"
        and _someone(tokens[j])
        and not any(parse.rels[k] == "case" for k in children(parse, j))
        for j in kids
    )
    return message and given


def senders(
    tokens: list[Token], parse: SentenceParse, actors: Sequence[ActorSpan], trigger: int
) -> list[ActorSpan]:
    """The actors whose message the one at `trigger` hands over: «от» + them on the verb or
    on the message, or the message's genitive («послание Путина»)."""
    if _lemma(tokens[trigger]) not in MESSAGE_VERBS:
        return []
    messages = [j for j in children(parse, trigger) if _lemma(tokens[j]) in MESSAGE_OBJECTS]
    out = []
    for h in actors:
        head = span_head(tokens, parse, h.start, h.end)
        if head is None:
            continue
        up = parse.heads[head]
        cases = {_lemma(tokens[k]) for k in children(parse, head) if parse.rels[k] == "case"}
        if (up == trigger or up in messages) and cases & FROM:
            out.append(h)
        elif up in messages and not cases and tokens[head].feats.get("Case") == "Gen":
            out.append(h)
    return out
