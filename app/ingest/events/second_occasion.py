"""A contact told as one more occasion is not the one told before it.

«Путин позвонил Бушу спустя часы после атак. ... Буш перезвонил в Москву 12 сентября. ...
В субботу, 22 сентября, президенты снова проговорили по телефону»: three calls of the same
two people. A call back answers the call told before it; «снова», «вновь», «повторно» tell
the next occasion. Such a report does not join a report of that kind told before it in the
article, however vaguely the earlier one is dated (often only «спустя часы после атак»),
though a later report that only retells it («разговор длился несколько минут») still joins
it. The words are data (app/data/triggers.toml [second_occasion]).
"""

from __future__ import annotations

from app.ingest.events.lexicon import SECOND_OCCASION
from app.ingest.events.model import ArticleInput, EventCandidate
from app.ingest.events.status import CONTACT


def told_again(inp: ArticleInput, cand: EventCandidate) -> bool:
    """Is `cand` a contact its first sentence tells as one more occasion?"""
    if cand.type not in CONTACT or not cand.sentences:
        return False
    start, end = cand.sentences[0]
    return any(
        start <= t.start < end and t.lemma.lower() in SECOND_OCCASION for t in inp.analysis.tokens
    )


def after(inp: ArticleInput, told: EventCandidate, cand: EventCandidate) -> bool:
    """Is `cand`, told as one more occasion, another happening than `told`, a contact of its
    kind told before it?"""
    return told.type == cand.type and told_again(inp, cand) and not told_again(inp, told)
