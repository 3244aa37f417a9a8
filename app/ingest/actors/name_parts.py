"""Which word of a person's name a gazetteer surname may match.

A surname pattern is one word, matched by its lemma keys, so a first name that merely looks
like a known surname's lemma («Смаил», a form of the lemma behind «Смаилов») would find that
person in «Смаил Бенамара». In Russian news a full name is written first name first: a word
followed, inside one natasha PER entity, by another capitalised name word is not the
surname, and the person is somebody else (a new actor, match.py rule 7). A patronymic
further on («Лавров Сергей Викторович») means the official surname-first order: kept.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from app.ingest.actors.lemmas import is_capitalised
from app.ingest.nlp import Entity, Token

_PATRONYMIC = ("вич", "вна", "вича", "вны", "вичу", "вне", "вичем", "вной", "ична", "ичны")


def first_name_tokens(tokens: Sequence[Token], entities: Sequence[Entity]) -> set[int]:
    """Indices of tokens that begin or continue a multi-word person name and are followed in
    it by a capitalised name word: never a surname on their own."""
    out: set[int] = set()
    # The tokens of an entity are looked up among those starting inside it (the article's
    # tokens are in text order), not over the whole article for every entity.
    starts = [t.start for t in tokens]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    for e in entities:
        if e.type != "PER":
            continue
        near = (
            range(bisect_left(starts, e.start), bisect_right(starts, e.end))
            if ordered
            else range(len(tokens))
        )
        inside = [k for k in near if e.start <= tokens[k].start and tokens[k].end <= e.end]
        if len(inside) < 2:
            continue
        if any(tokens[k].text.lower().endswith(_PATRONYMIC) for k in inside):
            continue
        for k, nxt in zip(inside, inside[1:], strict=False):
            if is_capitalised(tokens[nxt].text) and tokens[nxt].text[:1].isalpha():
                out.add(k)
    return out
