"""What a happening is about is not a party to it: «встреча по Сирии», «консультации по
Афганистану», «контакты по Ирану».

«по» with the dative under a happening names its subject. Before every state was in the
gazetteer few such topics were actors; now «Сирия» in «встреча по Сирии» would make Syria the
party of a meeting held about it. Who takes part is named otherwise («делегации России, Ирана
и Сирии»). «по словам X», «по приглашению X» are unaffected: the actor there is under the noun,
it does not carry the «по» itself. Nor is one named in «о» with the prepositional:
«собеседники говорили о Сирии», «рассказал о Турции» — Syria is what was spoken of, no
speaker of the words (nor a party of the talks); nor one a happening is devoted to
(«беседа, посвящённая Сирии»). Who is met is named in «с», who is told in the dative.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Verbs whose direct object is what is talked about («обсудили Украину»: Ukraine is the
# topic of the talks, not a party to them).
TOPIC_VERBS = frozenset({"обсуждать", "обсудить", "затронуть", "затрагивать"})
# Words whose dative is what something is devoted to («беседа, посвящённая Сирии»).
_DEVOTED = frozenset({"посвятить", "посвящать", "посвященный"})
# «о Сирии», «об Иране», «обо всём»: the prepositions of what is spoken of.
_ABOUT = frozenset({"о", "об", "обо"})


def is_topic(tokens: list[Token], parse: SentenceParse, actor_head: int) -> bool:
    """Is the actor headed at `actor_head` named as what something is about («по Сирии»,
    the object of «обсудили Сирию»)?"""
    # «обсуждали Украину, Венесуэлу, Иран»: every conjunct of the object is a topic too
    first = actor_head
    while parse.rels[first] == "conj" and 0 <= parse.heads[first] < first:
        first = parse.heads[first]
    head = parse.heads[first]
    topic_verb = head >= 0 and tokens[head].lemma.lower() in TOPIC_VERBS
    if topic_verb and parse.rels[first] == "obj":
        return True
    # «обсудил с Ван И Мьянму и Афганистан»: the parser hangs the accusatives on the partner
    # as its conjuncts; a conjunct in another case than the partner's is the verb's object
    case = tokens[actor_head].feats.get("Case")
    if topic_verb and first != actor_head and case == "Acc":
        if tokens[first].feats.get("Case") not in (None, "Acc"):
            return True
    if _devoted_to(tokens, parse, actor_head) or _devoted_to(tokens, parse, first):
        # «беседа, посвящённая в основном Сирии»: Syria is its subject; so is every conjunct
        # («посвящённую Ближнему Востоку и Ирану»)
        return True
    preps = _ABOUT if case == "Loc" else {"по"} if case == "Dat" else set()
    return any(
        h == actor_head and parse.rels[j] == "case" and tokens[j].text.lower() in preps
        for j, h in enumerate(parse.heads)
    )


def _devoted_to(tokens: list[Token], parse: SentenceParse, actor_head: int) -> bool:
    """«посвящённая Сирии»: the actor hangs with no preposition right under a word of being
    devoted (the dative, which the tagger may read as a genitive: «Сирии»)."""
    head = parse.heads[actor_head]
    if head < 0 or tokens[head].lemma.lower().replace("ё", "е") not in _DEVOTED:
        return False
    if tokens[actor_head].feats.get("Case") not in ("Dat", "Gen"):
        return False
    return not any(
        h == actor_head and parse.rels[j] == "case" for j, h in enumerate(parse.heads)
    )
