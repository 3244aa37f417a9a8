"""Offices named without their holders: who such a title stands for in a happening.

«встреча замминистров иностранных дел России и Турции», «постпреды стран ЕС согласовали»:
the people are not named, so the states (or the union) whose office the title is are the
parties. Two facts of grammar are read here: a genitive noun hanging on a title is the
office's portfolio («министр иностранных дел», «постпред стран»), part of the title; and a
plural title with no name under it stands for the offices of the states named after it.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Titles each state has one holder of («лидеры России и Армении», «министры»): they name
# persons, whom the article's earlier mentions resolve (coref.py), not the states.
SOLE_HOLDERS = frozenset(
    {
        "министр", "президент", "лидер", "премьер", "премьер-министр", "канцлер",
        "председатель", "глава", "госсекретарь", "король", "эмир", "спикер",
    }
)  # fmt: skip
# Links by which a name is given to a title («министр Сергей Лавров»).
_NAMING = frozenset({"appos", "flat", "flat:name", "nsubj"})


def in_portfolio(tokens: list[Token], parse: SentenceParse, i: int, titles: frozenset[str]) -> bool:
    """Is noun i a genitive that makes part of the person's title it hangs on
    («замминистр иностранных дел», «постпреды стран»)? A person under a title
    («союзники Москвы») is no portfolio."""
    head = parse.heads[i]
    return (
        head >= 0
        and parse.rels[i] == "nmod"
        and tokens[i].feats.get("Case") == "Gen"
        and tokens[i].feats.get("Animacy") == "Inan"
        and tokens[head].lemma.lower() in titles
    )


def unnamed_plural_title(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is i a plural title of several holders per state («замминистров», «постоянные
    представители»), whose holders the sentence does not name?"""
    if tokens[i].feats.get("Number") != "Plur" or tokens[i].lemma.lower() in SOLE_HOLDERS:
        return False
    return not any(
        h == i and parse.rels[j] in _NAMING and tokens[j].pos == "PROPN"
        for j, h in enumerate(parse.heads)
    )
