"""The two of a sentence who met where or when its «где»/«когда»-clause says: «Приглашение
Путин передал Моди 13 июня в Бишкеке, где они встретились на полях саммита».

A contact told in a relative clause of place or time whose subject is «они» or a plural
party word («лидеры», «стороны», «министры») names no one of its own: the pronoun stands
for the people the main clause names around the noun the clause hangs on, its subject and
the one it acts on or for (its object or indirect object). Only people, and only two or
more of them: a contact has two sides, and «где они встретились» after one person names no
pair.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.lexicon import PARTY_WORDS
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, span_head, verb_above
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Relative adverbs of place and time that open such a clause.
_WHERE_WHEN = frozenset({"где", "когда"})
_PLURAL_PRONOUNS = frozenset({"они"})
# How the people of the main clause hang on its verb.
_MAIN_LINKS = frozenset({"nsubj", "obj", "iobj"})


def clause_pair(
    toks: list[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    idx: int,
    person: Callable[[str], bool],
) -> list[ActorSpan]:
    """The people of the main clause a plural subject of the trigger's «где»/«когда»-clause
    stands for; empty when the trigger is not in such a clause or they are fewer than two."""
    verb = anchor_verb(toks, parse, idx)
    if toks[verb].pos not in VERBAL or parse.rels[verb] not in ("acl:relcl", "advcl"):
        return []
    dependents = [j for j, h in enumerate(parse.heads) if h == verb]
    if not any(lemma_of(toks[j]) in _WHERE_WHEN for j in dependents):
        return []
    if not any(
        parse.rels[j] == "nsubj"
        and (
            lemma_of(toks[j]) in _PLURAL_PRONOUNS
            or (lemma_of(toks[j]) in PARTY_WORDS and toks[j].feats.get("Number") == "Plur")
        )
        for j in dependents
    ):
        return []
    main = verb_above(toks, parse, verb)  # «в Бишкеке, где ...»: the clause hangs on the place
    if main < 0:
        return []
    pair = [
        h
        for h in hits
        if person(h.actor_id)
        and (head := span_head(toks, parse, h.start, h.end)) is not None
        and parse.heads[head] == main
        and parse.rels[head] in _MAIN_LINKS
    ]
    return pair if len({h.actor_id for h in pair}) >= 2 else []
