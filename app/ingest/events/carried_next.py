"""A contact held and agreed to be carried on at a time of its own: the next one to come.

«Дипломаты провели консультации в Москве и договорились продолжить их в Никосии в первой
половине следующего года»: agreeing only to go on with what is under way is no happening
(status.carried_on), but going on with the contact just held at a time the sentence names
is its next round, planned, between the same parties. The verb of carrying on is the
infinitive of a verb of agreeing joined to the contact's own verb, its object the contact
noun or a pronoun for it, and the date hangs on it (not on the contact held). The round to
come is told apart from the one held (grouping.next_beside_held) by the word of order it is
given, as if the text said «следующий раунд».
"""

from __future__ import annotations

from dataclasses import replace

from app.ingest.dates import DateMention
from app.ingest.events.attach import date_attached
from app.ingest.events.keys import root
from app.ingest.events.lexicon import AGREED_TO_LEMMAS, CARRY_ON_LEMMAS
from app.ingest.events.model import ArticleInput, DateReading, EventCandidate, SentenceParse
from app.ingest.events.syntax import anchor_verb
from app.ingest.events.triggers import lemma_of
from app.ingest.events.when import reading_of
from app.ingest.nlp import Token

CONTACT = frozenset({"call", "meeting", "talks"})
NEXT = "следующий"


def next_of_carried(
    inp: ArticleInput,
    toks: list[Token],
    parse: SentenceParse,
    mentions: list[DateMention],
    idx: int,
    cand: EventCandidate,
) -> list[EventCandidate]:
    """The planned next round of held contact `cand` (trigger `idx`) that the sentence
    agrees to carry on at a date of its own; [] when it does not."""
    if cand.type not in CONTACT or cand.status != "happened" or not cand.actors:
        return []
    verb = anchor_verb(toks, parse, idx)
    for carry in _carrying_on(toks, parse, verb, idx):
        # A date of its own (with no publication day read, one left unanchored: «в первой
        # половине следующего года» of an undated page still says it is to come).
        dated = [d for d in mentions if date_attached(toks, parse, True, d, carry)]
        if not dated:
            continue
        reading, _ = reading_of(inp, dated, False, future=True)
        if reading is None:
            reading = DateReading(dated[0].value, dated[0].text, (dated[0].start, dated[0].end))
        return [
            replace(
                cand,
                planned=True,
                status="planned",
                date=reading,
                sentences=list(cand.sentences),
                sentence_dates=[reading],
                actors=list(cand.actors),
                actor_spans=list(cand.actor_spans),
                roles=dict(cand.roles),
                keys=cand.keys | {root(NEXT)},
                venue=None,
            )
        ]
    return []


def _carrying_on(toks: list[Token], parse: SentenceParse, verb: int, idx: int) -> list[int]:
    """Infinitives of carrying on under a verb of agreeing joined to `verb`, whose object
    is the contact noun `idx` or a pronoun."""
    out: list[int] = []
    n = len(toks)
    for agree in range(n):
        if parse.heads[agree] != verb or parse.rels[agree] != "conj":
            continue
        if lemma_of(toks[agree]) not in AGREED_TO_LEMMAS:
            continue
        for carry in range(n):
            if parse.heads[carry] != agree or parse.rels[carry] != "xcomp":
                continue
            if lemma_of(toks[carry]) not in CARRY_ON_LEMMAS:
                continue
            if any(
                parse.heads[o] == carry
                and parse.rels[o] == "obj"
                and (o == idx or toks[o].pos == "PRON")
                for o in range(n)
            ):
                out.append(carry)
    return out
