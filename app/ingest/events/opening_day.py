"""The day a date opening the sentence gives a clause joined on by «, и»: «9 августа 2016
года Эрдоган приехал в Петербург, и эта встреча с Путиным закрыла кризис».

A date that opens a sentence sets the time of what the sentence tells; a second clause
joined by «и» tells what followed at once, on that day. The parser often makes the second
clause a tree of its own, and the date never reaches it. Only a plain chain is read: the
date, the first clause's finite verb with no boundary between, then «, и» and the
trigger's clause with a past verb, no other date and no boundary.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import anchor_verb
from app.ingest.nlp import Token

_STOPS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", ".", "!", "?"})
_OPENERS = frozenset({"который", "где", "когда", "куда", "чтобы", "что", "как", "если"})
# Words that may stand before an opening date («А 9 августа ...», «Уже в понедельник ...»).
_LEAD_POS = frozenset({"ADV", "CCONJ", "PART", "PUNCT"})


def _past_finite(tok: Token) -> bool:
    return (
        tok.pos in ("VERB", "AUX")
        and tok.feats.get("VerbForm") == "Fin"
        and tok.feats.get("Tense") == "Past"
    )


def _boundary(tok: Token) -> bool:
    return tok.text in _STOPS or tok.pos == "SCONJ" or tok.lemma.lower() in _OPENERS


def opening_day(
    toks: Sequence[Token], parse: SentenceParse, mentions: Sequence[DateMention], idx: int
) -> list[DateMention]:
    """The date opening the sentence, as a list of one, when the trigger at `idx` is in a
    clause joined by «, и» to the clause that date opens; else an empty list."""
    if not mentions:
        return []
    first = min(mentions, key=lambda d: d.start)
    inside = [i for i, t in enumerate(toks) if t.start >= first.start and t.end <= first.end]
    if not inside or first.value.precision in ("before", "after", "unknown") or first.planned:
        return []
    if any(t.pos not in _LEAD_POS for t in toks[: inside[0]]):
        return []  # not the sentence's opening words
    k = inside[-1] + 1
    verb1 = None
    while k < len(toks) and not _boundary(toks[k]):
        if _past_finite(toks[k]):
            verb1 = k
        k += 1
    if verb1 is None or k + 1 >= len(toks) or toks[k].text != ",":
        return []
    if toks[k + 1].lemma.lower() != "и":
        return []
    verb = anchor_verb(list(toks), parse, idx)
    lo = k + 2
    if not (lo <= idx and lo <= verb) or not _past_finite(toks[verb]):
        return []
    if any(_boundary(t) for t in toks[lo : max(idx, verb)]):
        return []
    if any(d.start >= toks[lo].start for d in mentions):
        return []  # the second clause tells a time of its own
    return [first]
