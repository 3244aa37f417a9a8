"""Who speaks at an occasion of words told by a noun, not whom the words name.

«Путин заявил на совместной пресс-конференции, что Россия готова вернуться к сделке»: the
trigger is the noun «пресс-конференция», and every actor of the sentence hangs under the
verb it depends on; the state named inside what was said («что Россия готова ...») is the
topic of the words, not a speaker. A verb trigger («заявил, что Россия ...») already keeps
its content apart (attach.py); this does the same for a noun trigger (a press conference,
a briefing, an interview), by the parse: an actor inside a reported clause (ccomp,
parataxis) of the verb the noun hangs on, or in a clause opened by «что»/«будто» below that
verb (the parser often hangs such a clause on the noun: «пресс-конференции, что ... готова»),
is dropped, as long as someone outside it stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, in_reported_content, span_head
from app.ingest.nlp import Token

# Conjunctions that open what was said («заявил, что ...», «сообщил, будто ...»).
THAT = frozenset({"что", "будто"})


def outside_words(
    toks: list[Token], parse: SentenceParse, idx: int, actors: Sequence[ActorSpan]
) -> list[ActorSpan]:
    """`actors` without those named in the words said at the occasion noun `idx`."""
    if toks[idx].pos in VERBAL:
        return list(actors)
    verb = anchor_verb(toks, parse, idx)
    if verb == idx or toks[verb].pos not in VERBAL or in_reported_content(toks, parse, idx, verb):
        return list(actors)  # no verb of its own, or the occasion is itself in the words

    def inside(h: ActorSpan) -> bool:
        head = span_head(toks, parse, h.start, h.end)
        if head is None:
            return False
        return in_reported_content(toks, parse, head, verb) or _under_that(toks, parse, head, verb)

    kept = [h for h in actors if not inside(h)]
    return kept if kept else list(actors)


def _under_that(toks: list[Token], parse: SentenceParse, i: int, verb: int) -> bool:
    """Token i is in a clause below `verb` opened by «что»/«будто» (the clause's head has
    such a conjunction as its mark)."""
    cur = i
    while cur >= 0 and cur != verb:
        if any(
            h == cur and parse.rels[j] == "mark" and toks[j].lemma.lower() in THAT
            for j, h in enumerate(parse.heads)
        ):
            return True
        cur = parse.heads[cur]
    return False
