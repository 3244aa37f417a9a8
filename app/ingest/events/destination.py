"""Where a happening goes is its place, not a party: «визит в Монголию», «прибыл во
Вьетнам», «посетит Монголию».

The locative («в Монголии») already names the venue (occasion.is_place). With every state in the
gazetteer the direction says it as often: a state or city in the accusative under «в»/«во»,
or the direct object of «посетить», is where the visitor goes; so is a genitive under «до»
on a verb of getting somewhere («добрался до Кремля», «доехал до Москвы»). The host takes
part through its people («встретился с президентом Монголии»), not through the name of the
country visited.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# «на» is left out: «давление на Россию», «ответ на ...» name a target, not a direction.
DIRECTION_PREPOSITIONS = frozenset({"в", "во"})
VISIT_VERBS = frozenset({"посетить", "посещать"})
# Verbs of getting as far as a place: their «до» + genitive is where one got to. Other «до»
# (a limit, «до конца года»; «довести до сведения Москвы») names no place reached.
REACH_VERBS = frozenset({"добраться", "доехать", "долететь", "дойти", "доплыть", "добираться"})


def is_destination(tokens: list[Token], parse: SentenceParse, actor_head: int) -> bool:
    """Is the actor headed at `actor_head` named as where somebody goes?"""
    if _reached(tokens, parse, actor_head):
        return True
    if tokens[actor_head].feats.get("Case") != "Acc":
        return False
    preps = {
        tokens[j].lemma.lower()
        for j, h in enumerate(parse.heads)
        if h == actor_head and parse.rels[j] == "case"
    }
    if preps:
        return bool(preps & DIRECTION_PREPOSITIONS)
    head = parse.heads[actor_head]
    return (
        head >= 0
        and parse.rels[actor_head] == "obj"
        and tokens[head].lemma.lower().replace("ё", "е") in VISIT_VERBS
    )


def _reached(tokens: list[Token], parse: SentenceParse, actor_head: int) -> bool:
    """«добрался до Кремля»: the genitive under «до» on a verb of getting there."""
    head = parse.heads[actor_head]
    return (
        head >= 0
        and tokens[head].lemma.lower() in REACH_VERBS
        and any(
            h == actor_head and parse.rels[j] == "case" and tokens[j].lemma.lower() == "до"
            for j, h in enumerate(parse.heads)
        )
    )
