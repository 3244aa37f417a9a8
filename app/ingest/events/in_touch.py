"""Agreeing only to stay in touch concludes no agreement.

Readouts of a call or talks end on what the sides agreed to go on doing: «Стороны условились
поддерживать контакты», «договорились, что будем оставаться на связи», «лидеры условились
плотно взаимодействовать по Сирии», «условились, что ситуацию на рынке обсудят министры
энергетики». Nothing is concluded between the parties; the contact the words come from is
the news (an analyst lists no agreement for them). An agreeing verb whose infinitive or «что»
clause is an act of being in touch, or an act whose matter is a noun of contact («осуществят
контакты», «поддерживать диалог») or a contact to hold («договорились провести следующую
встречу»: that meeting is read as planned), with no date of its own, gives no event; with
one («накануне договорились поддерживать контакты») it tells the contact of that day.
Agreeing on a deed («договорились создать рабочую группу», «о прекращении огня») stays an
agreement. The words are data (app/data/triggers.toml, [status] touch_verbs, touch_nouns).
"""

from __future__ import annotations

from app.ingest.events.arranged import CONTACTS
from app.ingest.events.lexicon import AGREED_TO_LEMMAS, NOUN_TRIGGERS, TOUCH_NOUNS, TOUCH_VERBS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How what is agreed on hangs on the agreeing verb: «условились поддерживать» (xcomp),
# «условились, что ... обсудят» (ccomp).
_AGREED_ACTS = frozenset({"xcomp", "ccomp"})
# How the matter hangs on that act: «поддерживать контакты», «оставаться на связи».
_MATTER = frozenset({"obj", "obl", "conj"})


def kept_in_touch(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Is `trigger` a verb of agreeing whose agreed act is only staying in touch?"""
    if tokens[trigger].pos not in VERBAL or lemma_of(tokens[trigger]) not in AGREED_TO_LEMMAS:
        return False
    for act in _agreed_acts(tokens, parse, trigger):
        if lemma_of(tokens[act]) in TOUCH_VERBS:
            return True
        if any(
            parse.heads[k] == act
            and parse.rels[k] in _MATTER
            and (
                lemma_of(tokens[k]) in TOUCH_NOUNS
                # «договорились провести следующую встречу»: a contact arranged, read
                # on its own as planned (arranged.py does so for «о встрече»)
                or (parse.rels[k] == "obj" and NOUN_TRIGGERS.get(lemma_of(tokens[k])) in CONTACTS)
            )
            for k in range(len(tokens))
        ):
            return True
    return False


def _agreed_acts(tokens: list[Token], parse: SentenceParse, trigger: int) -> list[int]:
    """The verbs that say what was agreed: those under the agreeing verb, and the verb of a
    «, что» clause right after it, which the parser at times leaves a root of its own
    («условились, что ... осуществят контакты», — сказал Песков)."""
    acts = [
        j
        for j, h in enumerate(parse.heads)
        if h == trigger and parse.rels[j] in _AGREED_ACTS and tokens[j].pos in VERBAL
    ]
    mark = trigger + 2
    if mark < len(tokens) and tokens[trigger + 1].text == "," and tokens[mark].text == "что":
        verb = parse.heads[mark]
        if verb > mark and tokens[verb].pos in VERBAL and parse.rels[verb] == "root":
            acts.append(verb)
    return acts
