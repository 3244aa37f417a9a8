"""Speech held together by the parties of a contact told before.

«По итогам встречи министры провели совместную пресс-конференцию»: the plural subject names
no one, and stands for the parties of the article's latest call, meeting or talks (of the
kind the sentence names, when it does), as «стороны подписали» does for an agreement
(parties.py). Only for speech held jointly (lexicon.JOINT_SPEECH): what «стороны заявили»
says is left unassigned, since each side speaks for itself. Answering the press together
(«министры ответили на вопросы журналистов») is joint speech too: a press appearance of both
(speech.toml [press_answers]).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

from app.ingest.events.lexicon import JOINT_SPEECH
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.parties import CONTACT, Antecedent, antecedent_for, collective_subject
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    _PRESS = tomllib.load(_f)["press_answers"]
ANSWERING = frozenset(_PRESS["verbs"])
QUESTION_NOUNS = frozenset(_PRESS["questions"])


def answering_press(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Is `verb` answering questions («ответили на вопросы журналистов»)?"""
    return lemma_of(toks[verb]) in ANSWERING and any(
        parse.heads[j] == verb
        and lemma_of(toks[j]) in QUESTION_NOUNS
        and any(
            parse.heads[k] == j and parse.rels[k] == "case" and lemma_of(toks[k]) == "на"
            for k in range(len(toks))
        )
        for j in range(len(toks))
    )


def speakers(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    typ: str,
    told_before: Sequence[Antecedent],
    triggers: Sequence[tuple[int, str]],
) -> tuple[list[ActorSpan], Antecedent | None]:
    """The parties told before, on the word that stands for them, for a joint speech
    trigger whose verb has «министры», «лидеры», «стороны» as its subject; and their
    contact."""
    if typ not in JOINT_SPEECH and not answering_press(toks, parse, idx):
        return [], None
    subject = collective_subject(toks, parse, idx)
    if subject is None:
        return [], None
    settings = {k for j, k in triggers if j != idx and k in CONTACT}
    found = antecedent_for(told_before, settings)
    if found is None:
        return [], None
    here = toks[subject]
    return [ActorSpan(here.start, here.end, a) for a in found.actors], found
