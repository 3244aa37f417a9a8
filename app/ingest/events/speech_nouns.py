"""«речь» as a speech given by someone named, not as a topic.

«Рубежом стала речь президента на конференции 10 февраля»: the noun names its speaker in the
genitive and is an argument of the clause, a statement of that speaker's. «речь идёт о
санкциях», «о визите речи не шло»: a topic named, no speaker; «впечатление от речи
президента»: a speech only recalled under another noun, the setting of what the sentence
tells. The words are data (app/data/speech.toml, [speech_noun]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, children
from app.ingest.nlp import Token


def _load() -> dict[str, list[str]]:
    with (resources.files("app") / "data" / "speech.toml").open("rb") as f:
        data: dict[str, list[str]] = tomllib.load(f)["speech_noun"]
    return data


SPEECH_NOUNS = frozenset(_load()["nouns"])
# How a speech noun stands in its clause: its subject, object or an adverbial of the verb.
_CLAUSE_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "obl"})
_IN = frozenset({"в", "во"})


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _speaker(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """A person in the bare genitive: «речь Путина», «речь вице-президента Байдена»."""
    tok = tokens[j]
    return (
        parse.rels[j] == "nmod"
        and tok.feats.get("Case") == "Gen"
        and (tok.feats.get("Animacy") == "Anim" or tok.pos == "PROPN")
        and not any(parse.rels[k] == "case" for k in children(parse, j))
    )


def not_a_speech(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is speech noun i no speech given: no speaker in the genitive, or not standing in the
    clause of a verb (a predicate noun «Рубежом стала речь» is the clause's subject)?"""
    if _lemma(tokens[i]) not in SPEECH_NOUNS:
        return False
    head = parse.heads[i]
    rel = parse.rels[i]
    in_clause = rel in _CLAUSE_RELS and (
        head < 0 or tokens[head].pos in VERBAL or rel.startswith("nsubj")
    )
    if rel == "obl":
        # «в речи президента прозвучало»: what was said in it; not «от речи», «после речи»,
        # where the speech only sets off something else
        in_clause = in_clause and any(
            parse.rels[k] == "case" and _lemma(tokens[k]) in _IN for k in children(parse, i)
        )
    return not (in_clause and any(_speaker(tokens, parse, j) for j in children(parse, i)))
