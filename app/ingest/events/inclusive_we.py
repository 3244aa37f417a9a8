"""«Мы с Путиным договорились», «они с российским президентом договорились создать группу»:
a plural pronoun with «с X» names X and one more party, the one who speaks or is spoken of.

Russian joins two doers as «мы с X» («I and X») or «они с X» («he and X»): the pronoun is
the subject, X hangs on it with «с». X is read as a party already (a «с» counterpart); the
pronoun's other member is the person the sentence is told by or about: the nearest person
of the same sentence other than X (the speaker of the words, «— сказал Y», «Y сообщил, что
они с X ...»), else the nearest person before it (coref.person_near).
"""

from __future__ import annotations

from app.ingest.events.antecedents import person_near
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.syntax import anchor_verb, span_head
from app.ingest.nlp import Token

INCLUSIVE = frozenset({"мы", "они"})
WITH = frozenset({"с", "со"})
SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass"})


def other_member(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    actors: list[ActorSpan],
) -> list[ActorSpan]:
    """The pronoun's other member, as a span on the pronoun, when a party of the trigger
    hangs with «с» on a plural pronoun that is the subject of the trigger's clause."""
    verb = anchor_verb(toks, parse, trigger)
    for a in actors:
        head = span_head(toks, parse, a.start, a.end)
        if head is None:
            continue
        while parse.rels[head] in ("appos", "flat", "flat:name") and parse.heads[head] >= 0:
            head = parse.heads[head]  # «с российским президентом Путиным»: the title
        case = next(
            (
                j
                for j, h in enumerate(parse.heads)
                if h == head and parse.rels[j] == "case" and toks[j].lemma.lower() in WITH
            ),
            None,
        )
        if case is None:
            continue
        pron = parse.heads[head]
        if not _inclusive(toks, pron) and _inclusive(toks, case - 1):
            pron = case - 1  # «Мы с Си ...»: the parser hung «с Си» on the verb
        if not _inclusive(toks, pron):
            continue
        if parse.rels[pron] not in SUBJECT_LINKS or parse.heads[pron] not in (verb, trigger):
            continue
        if any(x.start == toks[pron].start for x in actors):
            continue  # «— Мы с X встречались»: an interviewee's «мы», read (interview.py)
        # Only X is kept out of the search: the pronoun's other member may be a party read
        # already («он побывал в Кремле, а в Женеве они с Лавровым согласовали ...»: «он»,
        # Kerry, is «они»'s other member); passing him over would reach for the next
        # person back and make a third party of someone only mentioned.
        found = person_near(inp, si, toks[pron].start, {a.actor_id})
        if found is not None and all(x.actor_id != found for x in actors):
            return [ActorSpan(toks[pron].start, toks[pron].end, found)]
        if found is not None:
            return []
    return []


def _inclusive(toks: list[Token], i: int) -> bool:
    """A plural pronoun «мы»/«они» at i."""
    return 0 <= i < len(toks) and toks[i].pos == "PRON" and toks[i].lemma.lower() in INCLUSIVE

