"""The states a plural subject names no one of: «министры обороны США и России провели
переговоры», «дипломаты РФ и США проведут консультации», «встреча глав МИД Индии и Китая».

A plural title or noun for a state's people with two or more states in the genitive under it
tells a contact between those states. Titles each state has one holder of («министры»,
«президенты») name persons, whom the article's mentions resolve (title_pairs.py, coref.py);
when they resolve to no one (the article names neither holder, or the gazetteer lists no
holder on that day), the contact would be lost with no party at all. The states then stand
for their people, as they do for offices of several holders (offices.py): a fallback, read
only when nobody else takes part.

The plural noun is the subject of the happening's verb, or its agent (a genitive with no
preposition: «переговоры министров»); the states hang on it in the genitive, directly or
through the portfolio that is part of the title («министры иностранных дел России и Китая»)
and through coordination. A single state («министры России провели ...») is no contact
between states, and a noun with a name of its own («министры Лавров и Ван И») is read as
those people.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.lexicon import PERSON_TITLES
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, governing_verbs, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

KINDS = frozenset({"call", "meeting", "talks", "agreement", "exchange"})
# People who act for their state without a title of one holder («дипломаты», «переговорщики»).
PEOPLE = frozenset({"дипломат", "переговорщик", "эксперт", "делегат", "военный"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# Links by which a name is given to a noun («министры Лавров и Ван И»).
_NAMING = frozenset({"appos", "flat", "flat:name"})


def states_of_unnamed(
    toks: list[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    idx: int,
    typ: str,
    is_side: Callable[[str], bool],
) -> list[ActorSpan]:
    """The states or bodies (`is_side`; two or more) under the unnamed plural subject or
    agent of contact trigger `idx`; [] when there is none."""
    if typ not in KINDS:
        return []
    people = _plural_people(toks, parse, idx)
    if not people:
        return []
    out: list[ActorSpan] = []
    for h in hits:
        if not is_side(h.actor_id) or any(h.actor_id == o.actor_id for o in out):
            continue
        k = span_head(toks, parse, h.start, h.end)
        if k is not None and _under_people(toks, parse, k, people):
            out.append(h)
    return out if len(out) >= 2 else []


def _plural_people(toks: list[Token], parse: SentenceParse, idx: int) -> set[int]:
    """Plural nouns for a state's people, with no name under them, that are the subject of
    the trigger's verb or the trigger noun's genitive agent."""
    verb = anchor_verb(toks, parse, idx)
    verbs = {verb, *governing_verbs(toks, parse, verb)} if toks[verb].pos in VERBAL else set()
    # «провели переговоры и подписали меморандум»: a joined verb shares the first's subject
    verbs |= {parse.heads[v] for v in verbs if parse.rels[v] == "conj" and parse.heads[v] >= 0}
    found: set[int] = set()
    for j, tok in enumerate(toks):
        if tok.pos != "NOUN" or tok.feats.get("Number") != "Plur":
            continue
        if lemma_of(tok) not in PERSON_TITLES | PEOPLE:
            continue
        head, rel = parse.heads[j], parse.rels[j]
        subject = head in verbs and rel in _SUBJECTS
        agent = (
            head == idx
            and rel == "nmod"
            and tok.feats.get("Case") == "Gen"
            and not any(h == j and parse.rels[k] == "case" for k, h in enumerate(parse.heads))
        )
        named = any(
            h == j and parse.rels[k] in _NAMING and toks[k].pos == "PROPN"
            for k, h in enumerate(parse.heads)
        )
        if (subject or agent) and not named:
            found.add(j)
    return found


def _under_people(toks: list[Token], parse: SentenceParse, k: int, people: set[int]) -> bool:
    """Does the state's word at `k` hang on one of `people` in the genitive: directly, via
    a conjunct, or via inanimate genitives of the portfolio («обороны», «иностранных дел»)?"""
    cur = k
    for _ in range(len(toks)):
        head, rel = parse.heads[cur], parse.rels[cur]
        if head < 0:
            return False
        if rel == "conj":
            cur = head
            continue
        if rel != "nmod" or toks[cur].feats.get("Case") not in ("Gen", None):
            return False
        if head in people:
            return True
        portfolio = (
            toks[head].pos in ("NOUN", "ADJ")
            and toks[head].feats.get("Case") == "Gen"
            and toks[head].feats.get("Animacy", "Inan") == "Inan"
        )
        if not portfolio:
            return False
        cur = head
    return False
