"""Declining to tell as a statement: «Песков отказался комментировать итоги переговоров».

A speaker who, asked, «отказался раскрывать содержание беседы» or «отказалась
комментировать слухи» has spoken: the refusal is words of theirs on that day, a statement,
though no verb of saying heads the sentence. The verb of declining («отказаться») is the
trigger when an infinitive of telling or disclosing follows it closely (word lists in
app/data/speech.toml, [withheld]); «отказался от визита», «отказался подписать» stay with the
readings of refusals (refusals.py, status.py).

Only a person declines so: «в МИД отказались комментировать», «ведомство отказалось
комментировать сообщения» is the outlet's note that it asked and got no answer, no words of
a speaker. The subject before the verb must be a person or a pronoun standing for one.
"""

from __future__ import annotations

from app.ingest.events.lexicon import _speech_data
from app.ingest.nlp import Token

_DATA = _speech_data()["withheld"]
_REFUSING = frozenset(_DATA["refusing"])
_TELLING = frozenset(_DATA["telling"])
# How far the infinitive may stand from the refusing verb: «отказался бы пока
# комментировать», «отказался, однако, раскрывать».
_REACH = 4


def withheld_words(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """Is token i a verb of declining whose close infinitive is one of telling
    («отказался комментировать», «отказываются раскрывать детали»)?"""
    if lemmas[i] not in _REFUSING or not _person_before(tokens, i):
        return False
    for k in range(i + 1, min(len(tokens), i + 1 + _REACH)):
        tok = tokens[k]
        if tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Inf":
            return lemmas[k] in _TELLING
        if tok.pos in ("NOUN", "PROPN") or lemmas[k] in ("от", "что"):
            return False
    return False


# How far back the subject of the refusing verb is looked for.
_SUBJECT_REACH = 8


def _person_before(tokens: list[Token], i: int) -> bool:
    """Is the nearest nominative before token i (in its clause) a person («Песков», «он»)?"""
    for k in range(i - 1, max(-1, i - 1 - _SUBJECT_REACH), -1):
        tok = tokens[k]
        if tok.text in (",", ";", ":", "—", "«", "»", "."):
            return False
        if tok.pos in ("NOUN", "PROPN", "PRON") and tok.feats.get("Case") == "Nom":
            return tok.pos == "PRON" or tok.feats.get("Animacy") == "Anim"
    return False
