"""The outlet's own conversation with the one it interviews: «Мы поговорили с ним о том, как
комиссия работает».

An interview page (interview_page.py) tells in its head how the conversation came about, in
the outlet's first person: «мы поговорили с ним», «мы встретились с министром в его
кабинете». That is the interview itself, not a meeting of the answerer's: a contact read
only from such head sentences (or from them and the lead about the conversation) is
dropped, such a sentence is taken out of any other contact it was merged into, and the
sentences become evidence of the page's interview.
"""

from __future__ import annotations

from app.ingest.events import interview
from app.ingest.events.model import ArticleInput, EventCandidate

# The outlet speaking of itself.
WE = frozenset({"мы"})
# Contacts the outlet's conversation may be misread as.
_CONTACTS = frozenset({"meeting", "talks", "call"})


def _first_question(inp: ArticleInput) -> int | None:
    starts = [s for s, line in interview.lines_of(inp.text) if interview.is_question(line)]
    return min(starts) if starts else None


def outlet_talks(
    inp: ArticleInput,
    page: EventCandidate,
    groups: list[EventCandidate],
    tokens_within: interview.TokensWithin,
) -> list[EventCandidate]:
    """`groups` without a contact told only by the head's first-person sentences about the
    conversation (and the page's lead); those sentences join the page's interview."""
    first = _first_question(inp)
    if first is None:
        return groups
    lead = set(page.sentences)

    def ours(span: tuple[int, int]) -> bool:
        if span[1] > first:
            return False
        return any(t.lemma.lower() in WE for t in tokens_within(*span))

    kept: list[EventCandidate] = []
    for g in groups:
        own = [s for s in g.sentences if ours(s)] if g.type in _CONTACTS else []
        for s in own:
            if s not in page.sentences:
                page.sentences.append(s)
                page.sentence_dates.append(page.date)
        rest = [k for k, s in enumerate(g.sentences) if s not in own]
        if own and all(g.sentences[k] in lead for k in rest):
            continue  # told by the outlet's conversation alone (and the lead about it)
        if own:
            g.sentences = [g.sentences[k] for k in rest]
            if len(g.sentence_dates) == len(rest) + len(own):
                g.sentence_dates = [g.sentence_dates[k] for k in rest]
        kept.append(g)
    return kept
