"""«Шаг согласован с Москвой»: a step cleared with one party is no agreement concluded.

The passive «согласован(ы) с X» with a step, a decision or earlier deals as its subject
(«решение согласовано с Москвой», «все шаги согласованы с Дамаском», «договоренности
согласованы с Дамаском») tells that X was consulted on what someone else does, not a document
X and another party concluded: the news is the step itself, or the words telling it. A text
or draft agreed with the other side («текст соглашения согласован с американской стороной»)
is the document itself and stays an agreement; so does the active «стороны согласовали».
The texts are data (app/data/triggers.toml, [documents] cleared_texts).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import CLEARED_TEXTS, DOCUMENT_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

_VERB = "согласовать"
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def _with_party(toks: Sequence[Token], parse: SentenceParse, verb: int) -> bool:
    """Has `verb` an «с» + instrumental complement (the one consulted)?"""
    for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True)):
        if h != verb or rel != "obl" or toks[j].feats.get("Case") != "Ins":
            continue
        if any(
            parse.heads[k] == j and parse.rels[k] == "case" and lemma_of(toks[k]) == "с"
            for k in range(len(toks))
        ):
            return True
    return False


def cleared_with(toks: Sequence[Token], parse: SentenceParse, idx: int, kind: str) -> bool:
    """Is the agreement trigger at `idx` a passive «согласован с X» of a step, not a text,
    or the noun of earlier deals that such a verb has as its subject («договорённости
    согласованы с Дамаском»)?"""
    if kind != "agreement":
        return False
    verb = idx
    if toks[idx].pos in ("NOUN", "PROPN") and parse.rels[idx] in _SUBJECTS:
        verb = parse.heads[idx]
    if verb < 0 or not _cleared_verb(toks, parse, verb):
        return False
    texts = DOCUMENT_NOUNS | CLEARED_TEXTS
    return not any(
        h == verb and rel in _SUBJECTS and lemma_of(toks[j]) in texts
        for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True))
    )


def _cleared_verb(toks: Sequence[Token], parse: SentenceParse, verb: int) -> bool:
    """Is `verb` a passive «согласован» with an «с» + instrumental complement?"""
    t = toks[verb]
    return (
        lemma_of(t) == _VERB and t.feats.get("Voice") == "Pass" and _with_party(toks, parse, verb)
    )
