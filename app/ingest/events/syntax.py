"""Walking a sentence's dependency parse: the head of a span, a token's ancestors, the verb a
trigger noun depends on, the verbs above an infinitive, a subtree. The primitives of
tree.py and of the rules built on it (no word lists here, only the parse's links).
"""

from __future__ import annotations

from app.ingest.dates.morph import plural_only
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# Reported content: what a statement is about, not who made it.
CONTENT_LINKS = frozenset({"ccomp", "parataxis", "csubj"})


def span_head(tokens: list[Token], parse: SentenceParse, start: int, end: int) -> int | None:
    """Sentence-local index of the token heading the character span [start, end)."""
    inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
    if not inside:
        inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
    if not inside:
        return None
    members = set(inside)
    for i in inside:
        h = parse.heads[i]
        if h < 0 or h not in members:
            return i
    return inside[0]


def hangs_under(heads: list[int], i: int, r: int) -> bool:
    """Whether token i hangs (at any depth) on token r in a tree being mended: attaching r
    to i would make a loop."""
    seen = 0
    while i >= 0 and seen <= len(heads):
        if i == r:
            return True
        i = heads[i]
        seen += 1
    return False


def children(parse: SentenceParse, i: int) -> list[int]:
    """The words hung directly on word `i`."""
    return [j for j, h in enumerate(parse.heads) if h == i]


def ancestors(parse: SentenceParse, i: int) -> list[int]:
    out: list[int] = []
    seen = {i}
    h = parse.heads[i]
    while h >= 0 and h not in seen:
        out.append(h)
        seen.add(h)
        h = parse.heads[h]
    return out


def governing_verbs(tokens: list[Token], parse: SentenceParse, verb: int) -> list[int]:
    """Verbs whose infinitive complement `verb` is («могут встретиться», «намерены
    провести», «решили посетить»): their subject is the subject of `verb` too."""
    out: list[int] = []
    cur = verb
    while parse.rels[cur] == "xcomp" and parse.heads[cur] >= 0:
        cur = parse.heads[cur]
        if tokens[cur].pos not in VERBAL and tokens[cur].pos != "ADJ":  # «намерены»
            break
        out.append(cur)
    return out


def shared_subject_verb(tokens: list[Token], parse: SentenceParse, verb: int) -> int | None:
    """The verb `verb` is coordinated with, when it has no subject of its own: «Лавров
    провёл переговоры и подписал соглашение» — Lavrov signed too."""
    head = parse.heads[verb]
    if (
        head < 0
        or parse.rels[verb] != "conj"
        or tokens[verb].pos not in VERBAL
        or tokens[head].pos not in VERBAL
        or any(h == verb and parse.rels[j].startswith("nsubj") for j, h in enumerate(parse.heads))
    ):
        return None
    return head


def anchor_verb(tokens: list[Token], parse: SentenceParse, trigger: int) -> int:
    """The verb a trigger noun depends on («провели переговоры»), or the trigger itself."""
    if parse.rels[trigger] == "cop" and parse.heads[trigger] >= 0:
        return parse.heads[trigger]  # «Путин был в Монголии»: the place is the predicate
    if tokens[trigger].pos in VERBAL or tokens[trigger].lemma.lower() == "слово":
        return trigger  # «по словам X» is the attribution, not part of the clause it heads
    for a in ancestors(parse, trigger):
        if tokens[a].pos in VERBAL or copular(tokens, parse, a):
            return a
    return trigger


def copular(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is token i a place that is the predicate of a clause whose verb is the copula «быть»
    («Путин был во Вьетнаме на саммите»: the parser heads the clause with the place, «был»
    hangs on it)? What hangs on such a predicate belongs to its clause as it would to a
    verb. Only a place under «в»/«на»: «был причастен к встрече» tells no presence."""
    if tokens[i].pos not in ("NOUN", "PROPN"):
        return False
    kids = [j for j, h in enumerate(parse.heads) if h == i]
    return any(
        parse.rels[j] == "cop" and tokens[j].lemma.lower() == "быть" for j in kids
    ) and any(parse.rels[j] == "case" and tokens[j].lemma.lower() in _AT for j in kids)


# Prepositions of where someone is («был в Сочи», «был на саммите»).
_AT = frozenset({"в", "во", "на"})


def verb_above(tokens: list[Token], parse: SentenceParse, i: int) -> int:
    """The nearest verb above token i, or -1."""
    for a in ancestors(parse, i):
        if tokens[a].pos in VERBAL:
            return a
    return -1


def in_reported_content(tokens: list[Token], parse: SentenceParse, i: int, top: int) -> bool:
    """True when token i sits inside a reported clause of verb `top` (ccomp/parataxis)."""
    cur = i
    while cur >= 0 and cur != top:
        if parse.rels[cur] in CONTENT_LINKS and parse.heads[cur] >= 0:
            return True
        cur = parse.heads[cur]
    return False


# Times of day that carry a date to their verb («вечером 28 ноября провёл»): the date
# hangs under them, and they say only when in the day.


def subtree(parse: SentenceParse, root: int) -> set[int]:
    out = {root}
    changed = True
    while changed:
        changed = False
        for i, h in enumerate(parse.heads):
            if h in out and i not in out:
                out.add(i)
                changed = True
    return out


def flat_parse(n: int) -> SentenceParse:
    """A parse with no structure (every token a root): used when none is available."""
    return SentenceParse(heads=tuple([-1] * n), rels=tuple(["root"] * n))


def plural(tok: Token) -> bool:
    """A plural word: as the tagger reads it, or a capitalised word the dictionary knows only
    as a plural noun («Президенты подписали …»: the tagger took it for a singular name)."""
    return tok.feats.get("Number") == "Plur" or (
        tok.text[:1].isupper() and plural_only(tok.text.lower())
    )
