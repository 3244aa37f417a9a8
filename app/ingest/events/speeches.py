"""A gathering that is only where someone spoke: the speech is the news, not a meeting.

«Теббун выступил на пленарной сессии форума», «Лавров выступил на заседании Совбеза»: the
gathering noun is the place («на» + the noun) of a verb of speaking; what the sentence
tells is the speaker's words on that occasion (a statement), not a meeting of the speaker
with the gathering. Not «выступил за продление» (a stance) nor «выступил посредником на
переговорах» (a part played: the talks stay a happening).

The same holds for any verb of saying when the gathering is a sitting of a body
(«Нетаньяху заявил на заседании кабинета министров», «на заседании правительства сказал»):
the body sat, the speaker spoke, and the words are the news. A sitting named as joint (a
compound adjective of its parties, «заседание российско-турецкой комиссии», or a partner
with «с») stays a meeting beside the words, as do «встреча» and «переговоры» («На
переговорах с Путиным Эрдоган заявил»: the talks are news too).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.instrumental import instrumental, of_time
from app.ingest.events.model import SentenceParse
from app.ingest.events.sourcing import STANCE_VERBS, stance
from app.ingest.events.syntax import subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    SITTINGS = frozenset(tomllib.load(_f)["sitting"]["nouns"])

# The preposition of the occasion a speech is given at.
AT = frozenset({"на"})
WITH = frozenset({"с", "со"})


def spoken_at(toks: list[Token], parse: SentenceParse, idx: int, saying: set[int]) -> bool:
    """Is gathering noun `idx` only the occasion words were spoken at: the place of
    «выступить», or a sitting (not a joint one) where a verb of saying in `saying` was
    said?"""
    verb = parse.heads[idx]
    if verb < 0 or parse.rels[idx] != "obl" or not _case(toks, parse, idx) & AT:
        return False
    if lemma_of(toks[verb]) in STANCE_VERBS:
        return not stance(toks, parse, verb) and not any(
            parse.heads[j] == verb and _bare_instrumental(toks, parse, j) for j in range(len(toks))
        )
    return verb in saying and lemma_of(toks[idx]) in SITTINGS and not _joint(toks, parse, idx)


def _case(toks: list[Token], parse: SentenceParse, j: int) -> set[str]:
    return {
        lemma_of(toks[k]) for k, h in enumerate(parse.heads) if h == j and parse.rels[k] == "case"
    }


def _joint(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """«заседание российско-турецкой комиссии», «заседание с партнёрами»: a sitting of
    several parties."""
    return any(
        (toks[k].pos == "ADJ" and "-" in toks[k].text)
        or (parse.heads[k] == idx and _case(toks, parse, k) & WITH)
        for k in subtree(parse, idx)
        if k != idx
    )


def _bare_instrumental(toks: list[Token], parse: SentenceParse, j: int) -> bool:
    """«посредником», with no preposition of its own: the part the speaker played."""
    return instrumental(toks[j]) and not of_time(toks[j]) and not _case(toks, parse, j)
