"""A stand set out to the other side of a contact is what the contact was about.

«МИД изложил свою версию беседы», «итоги огласил Козак», «озвучил позицию Москвы»: a verb of
setting out with no addressee, or to the press, makes the words public, a statement of the
speaker's. Said to
someone («Лавров изложил собеседнику российские подходы», «изложил Вашингтону условия
прекращения огня») or inside a conversation («позицию Москвы изложил в телефонном разговоре
с госсекретарем»), the same words are the content of that contact, told by whoever reports
it; no statement of their own. The verbs and nouns are data (app/data/speech.toml,
[setting_out]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.lexicon import PRESS_WORDS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import NOMINAL, children
from app.ingest.nlp import Token


def _load() -> dict[str, list[str]]:
    with (resources.files("app") / "data" / "speech.toml").open("rb") as f:
        data: dict[str, list[str]] = tomllib.load(f)["setting_out"]
    return data


_DATA = _load()
SETTING_OUT = frozenset(_DATA["verbs"])
_CONTACTS = frozenset(_DATA["contacts"])
_COURSE = frozenset(_DATA["course"])


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _bare(parse: SentenceParse, j: int) -> bool:
    """No preposition of its own («собеседнику», not «по словам», «к партнёрам»)."""
    return not any(parse.rels[k] == "case" for k in children(parse, j))


def _addressee(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """A bare dative under the verb: whom the words were said to. The press is no partner
    («изложил журналистам позицию Москвы» is words made public)."""
    return (
        parse.rels[j] in ("iobj", "obl")
        and tokens[j].pos in NOMINAL
        and tokens[j].feats.get("Case") == "Dat"
        and _lemma(tokens[j]) not in PRESS_WORDS
        and _bare(parse, j)
    )


def _in_contact(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """A conversation the words were said in: «в разговоре», «в ходе переговоров», «в
    одном из разговоров»."""
    if parse.rels[j] != "obl" or _bare(parse, j):
        return False
    if _lemma(tokens[j]) in _CONTACTS:
        return True
    # «в ходе беседы», «в одном из разговоров»: the conversation hangs one step down
    return any(
        parse.rels[k].startswith("nmod") and _lemma(tokens[k]) in _CONTACTS
        for k in children(parse, j)
        if _lemma(tokens[j]) in _COURSE or tokens[j].pos not in ("NOUN", "PROPN")
    )


def set_out_to_partner(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is verb i one of setting out a stand, said to an addressee or in a conversation?"""
    if _lemma(tokens[i]) not in SETTING_OUT:
        return False
    return any(
        _addressee(tokens, parse, j) or _in_contact(tokens, parse, j) for j in children(parse, i)
    )
