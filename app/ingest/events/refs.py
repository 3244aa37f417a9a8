"""Words that refer back to a person by the kind of post he holds (app/data/actors_refs.toml).

News name a head of state or government by one title («премьер-министр Венгрии») and refer
back to him by a general word: «венгерский лидер», «глава государства», «глава украинского
государства», «глава правительства». Such a word fits a person whose titles have any head of
its class; coref.py asks `class_heads` for that class.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token


def _load() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    with (resources.files("app") / "data" / "actors_refs.toml").open("rb") as f:
        data = tomllib.load(f)
    leader = data["leader"]
    head_of = {noun: frozenset(heads) for noun, heads in data["head_of"].items()}
    return frozenset(leader["words"]), frozenset(leader["heads"]), head_of


LEADER_WORDS, LEADER_HEADS, HEAD_OF = _load()
HEAD_WORD = "глава"


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def class_heads(
    toks: list[Token], parse: SentenceParse, i: int
) -> tuple[frozenset[str], int | None] | None:
    """The title heads token i stands for, if it is a word of a class of posts, and the
    index of the body noun that names the class («государства» of «глава государства»);
    None for any other word."""
    lemma = _lemma(toks[i])
    if lemma in LEADER_WORDS:
        return LEADER_HEADS, None
    if lemma != HEAD_WORD:
        return None
    # «глава» + a genitive body noun right under it.
    for j, h in enumerate(parse.heads):
        if h == i and toks[j].pos == "NOUN" and toks[j].feats.get("Case") == "Gen":
            heads = HEAD_OF.get(_lemma(toks[j]))
            if heads is not None:
                return heads, j
    return None
