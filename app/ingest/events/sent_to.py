"""Where words are sent is no party to them.

«Посольство направило в МИД страны ноту», «министерство направило ноту в посольство»: a
note (or other paper of words) sent is the sender's statement; the ministry or embassy it
goes to, named after «в»/«на» under the verb of sending, is its addressee, as a dative one
is («направило посольству ноту»: tree.ADDRESSEE_LINKS). The verbs are data
(app/data/triggers.toml, [sent]).
"""

from __future__ import annotations

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
