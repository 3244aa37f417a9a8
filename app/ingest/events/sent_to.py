"""Where words are sent is no party to them.

«Посольство направило в МИД страны ноту», «министерство направило ноту в посольство»: a
note (or other paper of words) sent is the sender's statement; the ministry or embassy it
goes to, named after «в»/«на» under the verb of sending, is its addressee, as a dative one
is («направило посольству ноту»: tree.ADDRESSEE_LINKS). The verbs are data
(app/data/triggers.toml, [sent]).

So is where a speaker named as the subject spoke («Медведев выступил в Стэнфордском
университете»): the place, not a second speaker (`spoken_in`).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.lexicon import SENDING_VERBS
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Prepositions of direction: «в МИД», «в посольство», «на имя министра».
_TOWARDS = frozenset({"в", "во", "на"})


def sent_to(tokens: list[Token], parse: SentenceParse, noun: int, verb: int) -> bool:
    """Is `noun`, hung on the verb of sending at `verb` by «в»/«на», where it is sent?"""
    if tokens[verb].lemma.lower() not in SENDING_VERBS or parse.rels[noun] != "obl":
        return False
    return any(
        h == noun and parse.rels[j] == "case" and tokens[j].lemma.lower() in _TOWARDS
        for j, h in enumerate(parse.heads)
    )



# Verbs of speaking before an audience («выступил»): the place they are said in is no
# speaker (app/data/speech.toml, [stance] speaking).
with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    _SPEAKING = frozenset(tomllib.load(_f)["stance"]["speaking"])
# Prepositions of the place words are said in: «выступил в университете», «в Госдуме».
_WHERE = frozenset({"в", "во"})


def spoken_in(tokens: list[Token], parse: SentenceParse, noun: int, verb: int) -> bool:
    """Is `noun` where a speaker of its own spoke at `verb`, «в» + the locative
    («Медведев выступил в Стэнфордском университете», «Путин выступил в Госдуме»)?"""
    if tokens[verb].lemma.lower() not in _SPEAKING or parse.rels[noun] != "obl":
        return False
    if tokens[noun].feats.get("Case") != "Loc":
        return False
    if not any(
        h == noun and parse.rels[j] == "case" and tokens[j].lemma.lower() in _WHERE
        for j, h in enumerate(parse.heads)
    ):
        return False
    return any(
        h == verb and parse.rels[j] == "nsubj" and j != noun for j, h in enumerate(parse.heads)
    )
