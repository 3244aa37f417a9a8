"""Who tells of his own contact with someone takes part in it.

«Трамп рассказал о телефонном разговоре с Путиным», «Эрдоган напомнил о договорённости с
Путиным», «Лавров сообщил о договорённости с Рубио»: a contact or agreement that is what
the words are about (their object, or their «о» phrase) and names only its counterpart
(«с X») leaves one party out, and the one who speaks of it is that party. Not when the
noun names a party of its own («о встрече Путина с Трампом»), nor for a spokesman or an
aide, who speaks of his principal's contacts («Песков рассказал о разговоре с Трампом»:
Putin's call; see tellers.py for who tells and takes no part).

So too a contact that is the occasion («в ходе», «во время») of a clause in the words that
has no one doing it: «Сийярто уточнил, что договорённость была достигнута в ходе разговора
с Минфином США», «рассказал, что вопрос обсуждался во время беседы с Рубио». The passive
names no other side, and the one who tells of the talk with X is the one who had it. A
clause with a subject of its own («сообщил, что в ходе разговора с Трампом Путин
предложил») tells that subject's contact.
"""

from __future__ import annotations

from app.ingest.events import attribution as words
from app.ingest.events.anaphora import same_occasion
from app.ingest.events.antecedents import COMITATIVE, has_case
from app.ingest.events.attach import MUTUAL
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.person_profiles import profiles_of
from app.ingest.events.syntax import in_reported_content, span_head, subtree, verb_above
from app.ingest.nlp import Token

# Titles of those who speak of a principal's contacts, not of their own.
FOR_OTHERS = words.SPOKESMEN | {"помощник", "советник", "официальный"}


def _counterparts(toks: list[Token], parse: SentenceParse, idx: int) -> set[int]:
    """Tokens of the «с X» phrases under noun `idx`."""
    out: set[int] = set()
    for j, h in enumerate(parse.heads):
        if h == idx and has_case(toks, parse, j, COMITATIVE):
            out |= subtree(parse, j)
    return out


# Who does what a clause tells; a passive's subject («договорённость была достигнута») is
# what is done, and names no doer.
_DOER = "nsubj"


def _occasion_in_words(toks: list[Token], parse: SentenceParse, idx: int, verb: int) -> bool:
    """Is contact noun `idx` the occasion of a clause with no doer («договорённость была
    достигнута в ходе разговора», «вопрос обсуждался во время беседы») inside the words of
    verb of saying `verb`?"""
    if not same_occasion(toks, parse, idx):
        return False
    clause = verb_above(toks, parse, idx)
    if clause < 0 or clause == verb or not in_reported_content(toks, parse, clause, verb):
        return False
    return not any(h == clause and parse.rels[j] == _DOER for j, h in enumerate(parse.heads))


def teller(
    inp: ArticleInput,
    toks: list[Token],
    parse: SentenceParse,
    hits: list[ActorSpan],
    actors: list[ActorSpan],
    idx: int,
    typ: str,
    statements: set[int],
) -> list[ActorSpan]:
    """The speaker of the words whose topic is contact `idx`, named only by its «с X»."""
    if typ not in MUTUAL or toks[idx].pos not in ("NOUN", "PROPN") or not actors:
        return []
    verbs = [
        v
        for v in statements
        if v != idx
        and (words.topic_of(toks, parse, idx, v) or _occasion_in_words(toks, parse, idx, v))
    ]
    if len(verbs) != 1:
        return []
    with_whom = _counterparts(toks, parse, idx)
    heads = [span_head(toks, parse, h.start, h.end) for h in actors]
    if not with_whom or any(h is None or h not in with_whom for h in heads):
        return []  # a party of its own named, or nothing named by «с»
    verb = verbs[0]
    out = []
    for h in hits:
        head = span_head(toks, parse, h.start, h.end)
        info = inp.actors.get(h.actor_id)
        if (
            head is None
            or parse.heads[head] != verb
            or not parse.rels[head].startswith("nsubj")
            or info is None
            or info.kind != "person"
            or h.actor_id in {a.actor_id for a in actors}
        ):
            continue
        out.append(h)
    if out:  # (the profiles read the whole article: only when someone is left to check)
        profiles = profiles_of(inp)
        out = [
            h
            for h in out
            if not (h.actor_id in profiles and profiles[h.actor_id].heads & FOR_OTHERS)
        ]
    return out
