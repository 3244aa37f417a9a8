"""The two states an article is about, counted from its words.

A joint body's sitting or an old treaty told with no party named (attendance.py,
documents.py) is the two states' the article is about. They are counted by their actor hits
(a state, its bodies, its people's bodies) and by the words naming them outside any hit: an
adjective («российский», «египетский») or a capital («Москва заявила»).

A capital or state told as a place («сессия должна была пройти в Каире», «в Египте») names
where something happens, not a party, and is not counted; but a place followed by a plural
verb with no subject of its own is the indefinite-personal clause that gives the voice of that
place's government («в Вашингтоне надеются», «в Москве считают», «в Пекине заявили»), and is
counted.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import ArticleInput
from app.ingest.events.per_article import per_article
from app.ingest.nlp import Token

# Prepositions of place before a name («в Каире», «из Москвы», «под Киевом»).
PLACE_PREPOSITIONS = frozenset({"в", "во", "из", "под", "на", "до", "через", "к", "ко"})
# Words that may stand between a place and its clause's verb («в Москве же не ждут»).
_BETWEEN = frozenset({"PART", "ADV", "PUNCT"})
_REACH = 3
# An article is about a pair of states when each is named this often and the next less.
PAIR_MENTIONS = 2


def state_of(inp: ArticleInput, actor_id: str) -> str | None:
    """The state an actor is or belongs to (a body's `part_of`, a person's body's)."""
    seen: set[str] = set()
    cur: str | None = actor_id
    while cur is not None and cur not in seen:
        info = inp.actors.get(cur)
        if info is not None and info.kind == "state":
            return cur
        seen.add(cur)
        nxt = inp.parents.get(cur)
        if nxt is None:
            # A `part_of` always names a state (the gazetteer checks it), though the
            # article may not name that state itself.
            return cur if cur != actor_id else None
        cur = nxt
    return None


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def indefinite_voice(tokens: Sequence[Token], k: int) -> bool:
    """Is a plural finite verb with no subject before it next after token k, a few
    particles or adverbs apart («в Москве не ждут», «в ведомстве подчеркнули»)?"""
    for t in tokens[k + 1 : k + 1 + _REACH]:
        if t.pos in ("VERB", "AUX"):
            return t.feats.get("Number") == "Plur" and t.feats.get("VerbForm") == "Fin"
        if t.pos not in _BETWEEN or t.text in (".", "!", "?", ";"):
            return False
    return False


def place_only(tokens: Sequence[Token], k: int) -> bool:
    """Is token k a name told as a place (after a preposition of place), not as the
    voice of the government there?"""
    if k == 0 or tokens[k - 1].pos != "ADP" or _lemma(tokens[k - 1]) not in PLACE_PREPOSITIONS:
        return False
    return not indefinite_voice(tokens, k)


@per_article
def states_pair(inp: ArticleInput) -> tuple[str, str] | None:
    """The two states the article is about, counting each state's actor hits (its own and
    its bodies') and the words naming it outside any hit that are no mere place."""
    counts: dict[str, int] = {}
    spans = sorted((h.start, h.end) for h in inp.actor_hits)
    for h in inp.actor_hits:
        state = state_of(inp, h.actor_id)
        if state:
            counts[state] = counts.get(state, 0) + 1
    tokens = inp.analysis.tokens
    for k, t in enumerate(tokens):
        state = inp.state_words.get(_lemma(t))
        if not state or any(s <= t.start and t.end <= e for s, e in spans):
            continue
        if place_only(tokens, k):
            continue
        counts[state] = counts.get(state, 0) + 1
    return top_two(counts)


def top_two(counts: dict[str, int]) -> tuple[str, str] | None:
    """The two most counted, when each has at least PAIR_MENTIONS and the third fewer."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < PAIR_MENTIONS:
        return None
    if len(ranked) > 2 and ranked[2][1] >= ranked[1][1]:
        return None
    return ranked[0][0], ranked[1][0]
