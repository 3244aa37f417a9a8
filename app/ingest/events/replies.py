"""A party's reply inside a contact the article tells: words said at that contact.

«Путин и Эрдоган провели в среду переговоры. Турецкий лидер заявил, что ... Путин в ответ
отметил, что ...»: the answer («в ответ», «в свою очередь», «со своей стороны») of one of
the parties of the talks, meeting or call just told is what was said across the table. It
is still the speaker's statement (news lists it as his words, as it does any other), and it
was made at that contact: with no date of its own, it takes the contact's day, not the
publication day it would fall back to. A speaker who was no party to the contact («Минфин,
в свою очередь, опроверг сообщения») makes a statement of his own day. A reply right after
the other party's words («Накануне канцлер заявила ... Путин, в свою очередь, призвал ...»)
answers those words: it takes their day when they have one of their own, and stays on its
own reading when they have none.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ArticleInput, DateReading, EventCandidate, SentenceParse
from app.ingest.events.parties import Antecedent
from app.ingest.events.sourcing import PROCLAIMING, REPLY_PHRASES
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

_PUNCT = "PUNCT"


def replying(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Does a reply phrase hang on verb of saying `verb`, with no words of its own beyond
    the phrase («в ответ», not «в ответ на вопрос»)?"""
    for j in range(len(toks)):
        if parse.heads[j] != verb:
            continue
        children = [
            lemma_of(toks[k])
            for k in range(len(toks))
            if parse.heads[k] == j and toks[k].pos != _PUNCT
        ]
        for phrase in REPLY_PHRASES:
            if lemma_of(toks[j]) == phrase[-1] and sorted(children) == sorted(phrase[:-1]):
                return True
    return False


def exchange_day(
    toks: list[Token],
    parse: SentenceParse,
    verb: int,
    speakers: Sequence[str],
    contacts: Sequence[Antecedent],
    own: DateReading,
    answer: EventCandidate | None,
) -> DateReading | None:
    """The day of the exchange that statement verb `verb` replies inside: its `speakers`
    were parties of a contact told before («Путин в ответ отметил» after «Путин и Эрдоган в
    среду провели переговоры»). The day of the other party's words it answers (`answer`,
    the sentence right before) when they have one of their own, else the held contact's
    day; None when the words carry a date of their own (`own` explicit), the verb makes
    news to all («в свою очередь объявила»), or there is no such day."""
    if own.explicit or not speakers or lemma_of(toks[verb]) in PROCLAIMING:
        return None
    if not replying(toks, parse, verb):
        return None
    contact = next((c for c in reversed(contacts) if set(speakers) <= set(c.actors)), None)
    if contact is None:
        return None
    if answer is not None:
        said = answer.date
        return said if said.explicit and said.value.precision == "day" else None
    v = contact.date.value
    if contact.status == "happened" and v.precision == "day" and v.start is not None:
        return contact.date
    return None


def answered(
    inp: ArticleInput,
    si: int,
    groups: Sequence[EventCandidate],
    speakers: Sequence[str],
    contacts: Sequence[Antecedent],
) -> EventCandidate | None:
    """The words of the other party of a contact told in the sentence right before `si`,
    which the reply of `speakers` in `si` answers; None when that sentence tells none."""
    if si == 0 or not speakers:
        return None
    prev = inp.analysis.sentences[si - 1]
    for g in reversed(groups):
        if g.type not in SPEECH_TYPES or (prev.start, prev.end) not in g.sentences:
            continue
        if set(g.actors) & set(speakers):
            continue
        party = set(g.actors) | set(speakers)
        if any(party <= set(c.actors) for c in contacts):
            return g
    return None
