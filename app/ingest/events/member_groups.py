"""A group of member states acting through its members (app/data/unions.toml, [members]).

«Лидеры ШОС подписали декларацию», «главы государств — членов СНГ договорились», «страны
ОПЕК+ договорились о сокращении добычи»: under a plural noun of the members (or of their
office-holders) a group of states is no qualifier of a title, as a state is under one
(«президент США»: whose president); the members act together, so the group is the party.
A singular title keeps the group its qualifier («генсек НАТО заявил»: a person's office).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# How the group and its members' nouns hang on each other: «лидеры стран ШОС», «главы
# государств — членов ШОС» (a dashed apposition).
_LINKS = frozenset({"nmod", "appos"})


@cache
def _members() -> tuple[frozenset[str], frozenset[str]]:
    with (resources.files("app") / "data" / "unions.toml").open("rb") as f:
        data = tomllib.load(f).get("members", {})
    return frozenset(data.get("groups", [])), frozenset(data.get("nouns", []))


def is_group(actor_id: str) -> bool:
    """Is the actor a group of member states («ШОС», «АСЕАН», «ОПЕК+»)?"""
    return actor_id in _members()[0]


def members_noun(tok: Token) -> bool:
    """Is `tok` a plural noun of a group's members or their office-holders («лидеры»,
    «главы», «министры», «страны», «государства», «члены»), under which the group acts?"""
    return (
        tok.pos == "NOUN"
        and tok.feats.get("Number") == "Plur"
        and tok.lemma.lower().replace("ё", "е") in _members()[1]
    )


def members_of(
    tokens: list[Token],
    parse: SentenceParse,
    group: int,
    group_tokens: set[int],
    noun: int,
    targets: set[int],
) -> bool:
    """Does the members' noun `noun` stand for the group headed at `group` in the
    happening? The group hangs under it by a chain of plural nouns of members or their
    office-holders («лидеры ШОС», «главы государств — членов ШОС», «лидеры стран-членов»),
    not through a state beside it («главы государств России и НАТО»: Russia's head of
    state is a person); and the phrase is itself a party: it hangs on the trigger or its
    verb, not under another noun («представители центральных банков стран БРИКС»: the
    banks' people, not the group)."""
    cur = group
    for _ in range(len(tokens)):
        up = parse.heads[cur]
        if up < 0:
            return False
        if up in group_tokens:
            cur = up
            continue
        if parse.rels[cur] not in _LINKS or not members_noun(tokens[up]):
            return False
        cur = up
        if cur == noun:
            break
    else:
        return False
    for _ in range(len(tokens)):
        up = parse.heads[cur]
        if up < 0 or up in targets or tokens[up].pos not in ("NOUN", "PROPN"):
            return True
        if parse.rels[cur] not in _LINKS or not members_noun(tokens[up]):
            return False  # «представители банков стран БРИКС»: under another noun
        cur = up
    return False
