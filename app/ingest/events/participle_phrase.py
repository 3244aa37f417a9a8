"""A trigger noun inside a participial phrase set off by commas belongs to that phrase.

«Позиция, изложенная во вторник в заявлении МИД, остаётся в силе»: the statement is the one
the position was set out in, on Tuesday. The parser often hangs the noun's prepositional
phrase («в заявлении») on the main verb beyond the closing comma («остаётся»), so the
statement took the main clause's dates (none: the publication day) and not the
participle's («во вторник»). Russian punctuation closes a participial phrase after the head
noun with a comma: what lies between the participle and that comma is the phrase's, and the
participle is the verb whose dates date the noun.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.nlp import Token

# How a participle hangs on the noun it follows, and its commas on it.
_PARTICIPLE_LINK = "acl"
_COMMA = ","


def phrase_participle(
    tokens: list[Token], parse: SentenceParse, trigger: int, anchor: int
) -> int | None:
    """The participle whose comma-bounded phrase holds the trigger noun, when the parse hung
    the noun outside it (its anchor verb lies beyond the phrase, or there is none: a short
    adjective heads the main clause); else None."""
    if tokens[trigger].pos in VERBAL:
        return None  # a verb is its own anchor
    for p in range(trigger - 1, 0, -1):
        t = tokens[p]
        if t.text == _COMMA:
            return None  # a comma between: another phrase or clause
        if t.feats.get("VerbForm") != "Part" or t.feats.get("Variant") == "Short":
            continue
        if parse.rels[p] != _PARTICIPLE_LINK or tokens[p - 1].text != _COMMA:
            return None  # not a phrase set off after its noun
        close = next((j for j in range(trigger + 1, len(tokens)) if tokens[j].text == _COMMA), None)
        if close is None or parse.heads[close] != p:
            return None  # the phrase does not close on the participle's own comma
        if (anchor != trigger and p < anchor < close) or p in ancestors(parse, trigger):
            return None  # the parse keeps the noun inside already
        return p
    return None
