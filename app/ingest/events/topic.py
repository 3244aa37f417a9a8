"""What a happening is about is not a party to it: «встреча по Сирии», «консультации по
Афганистану», «контакты по Ирану».

«по» with the dative under a happening names its subject. Before every state was in the
gazetteer few such topics were actors; now «Сирия» in «встреча по Сирии» would make Syria the
party of a meeting held about it. Who takes part is named otherwise («делегации России, Ирана
и Сирии»). «по словам X», «по приглашению X» are unaffected: the actor there is under the noun,
it does not carry the «по» itself.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Verbs whose direct object is what is talked about («обсудили Украину»: Ukraine is the
# topic of the talks, not a party to them).
TOPIC_VERBS = frozenset({"обсуждать", "обсудить"})


def is_topic(tokens: list[Token], parse: SentenceParse, actor_head: int) -> bool:
    """Is the actor headed at `actor_head` named as what something is about («по Сирии»,
    the object of «обсудили Сирию»)?"""
    head = parse.heads[actor_head]
    if head >= 0 and parse.rels[actor_head] == "obj" and tokens[head].lemma.lower() in TOPIC_VERBS:
        return True
    if tokens[actor_head].feats.get("Case") != "Dat":
        return False
    return any(
        h == actor_head and parse.rels[j] == "case" and tokens[j].text.lower() == "по"
        for j, h in enumerate(parse.heads)
    )
