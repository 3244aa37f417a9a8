"""«Пресс-конференция по итогам переговоров», «заявление по итогам встречи»: a contact named
under «по итогам» of another trigger noun is that happening's setting, told to place it
(the contact itself is told elsewhere); the other happening is the sentence's news.

Happenings told by a verb take precedence over a contact that is their setting
(attribution.setting, «по итогам переговоров приняли заявление»); this is the same for a
happening told by a noun.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.lexicon import JOINT_SPEECH, RESULT_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import NOMINAL, lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    _AFTER = tomllib.load(_f)["after"]
# «после переговоров»: prepositions of what follows; «по завершении», «после окончания»:
# nouns of a happening's end, under which it is the setting just as under «по итогам».
AFTER_WORDS = frozenset(_AFTER["prepositions"])
ENDING_NOUNS = frozenset(_AFTER["ending"])
ENDING_PREPOSITIONS = frozenset(_AFTER["ending_prepositions"])


def setting_of_other(
    toks: list[Token], parse: SentenceParse, idx: int, triggers: list[tuple[int, str]]
) -> bool:
    """Is trigger `idx` under «итогам» / «результатам» that hangs on another trigger noun
    of the sentence («на пресс-конференции по итогам переговоров»)?"""
    head = parse.heads[idx]
    if head >= 0 and toks[head].pos in VERBAL and following(toks, parse, idx, AFTER_WORDS):
        # «После переговоров министры провели совместную пресс-конференцию»: the contact
        # is only when the press conference was held.
        return _holds_joint_speech(parse, triggers, idx, head)
    if (
        head >= 0
        and lemma_of(toks[head]) in ENDING_NOUNS
        and following(toks, parse, head, ENDING_PREPOSITIONS)
    ):
        above = parse.heads[head]  # «после завершения переговоров», «по окончании встречи»
        return above >= 0 and _holds_joint_speech(parse, triggers, idx, above)
    if head < 0 or lemma_of(toks[head]) not in RESULT_NOUNS:
        return False
    above = parse.heads[head]
    # Under a verb of saying the contact is the occasion of the words, and a source of its
    # own («По итогам встречи Лавров заявил»): only a happening's noun is meant here.
    if toks[above].pos in NOMINAL:
        return any(j == above and j != idx for j, _ in triggers)
    # «По итогам встречи министры провели совместную пресс-конференцию»: the verb only
    # holds the press conference, which is the news; the meeting is its setting.
    return _holds_joint_speech(parse, triggers, idx, above)


def _holds_joint_speech(
    parse: SentenceParse, triggers: list[tuple[int, str]], idx: int, verb: int
) -> bool:
    """Is a joint speech («совместную пресс-конференцию») the object of `verb`, or `verb`
    itself («министры вышли к журналистам»)?"""
    return any(
        t in JOINT_SPEECH
        and j != idx
        and (j == verb or (parse.heads[j] == verb and parse.rels[j] == "obj"))
        for j, t in triggers
    )


def following(
    toks: list[Token], parse: SentenceParse, noun: int, prepositions: frozenset[str]
) -> bool:
    """Is `noun` under one of `prepositions` («после переговоров»)?"""
    return any(
        parse.heads[k] == noun and parse.rels[k] == "case" and lemma_of(toks[k]) in prepositions
        for k in range(len(toks))
    )
