"""The lead's day for the headline above it (events/extract.py): a headline tells the news
of its lead without dating it; the lead, the first line of prose, says the day. A headline
run into its lead (no stop at its end, one sentence with the lead) takes the day the lead
part tells.
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events import identity
from app.ingest.events.model import ArticleInput, in_excluded
from app.ingest.events.triggers import find_triggers

_STOPS = ".!?…"
_CLOSERS = "»\"”)' "


def headline_dates(
    inp: ArticleInput, dateline: tuple[int, DateMention] | None
) -> dict[int, DateMention]:
    """Sentence index -> the lead's day, for the headline sentences above the lead.

    A headline tells the news of its lead without dating it; the lead, the first line of
    prose (ending with a stop), says the day. Only a day told in the lead sentence (or the
    dateline opening it) dates the headline, only a past one, and only a headline telling
    a happening of the lead's kind («встретились» over «провели переговоры»): a headline
    about the reaction to it («ответили на санкции») is another happening."""
    text = inp.text
    sentences = inp.analysis.sentences
    heads: list[int] = []
    for si, sent in enumerate(sentences):
        if in_excluded(sent.start, sent.end, inp.excluded):
            continue
        line_end = text.find("\n", sent.start)
        line = text[text.rfind("\n", 0, sent.start) + 1 : line_end if line_end >= 0 else len(text)]
        if line.rstrip(_CLOSERS)[-1:] not in _STOPS:
            if 0 <= line_end < sent.end and not heads:
                # the headline run into its lead on the next line («Министры встретились в
                # Анталье\n10 марта главы МИД провели ...»: one sentence): the lead's day
                return _run_in_lead(inp, si, line_end)
            heads.append(si)
            continue
        day = next(
            (
                d
                for d in inp.dates
                if sent.start <= d.start < sent.end
                and d.value.precision == "day"
                and not d.planned
                and not in_excluded(d.start, d.end, inp.excluded)
            ),
            dateline[1] if dateline is not None and dateline[0] == si else None,
        )
        if day is None:
            return {}
        told = _kinds(inp, si)
        return {
            h: day
            for h in heads
            if any(identity.same_family(k, t) for k in _kinds(inp, h) for t in told)
        }
    return {}


def _kinds(inp: ArticleInput, si: int) -> set[str]:
    sent = inp.analysis.sentences[si]
    return _kinds_in(inp, sent.start, sent.end)


def _kinds_in(inp: ArticleInput, start: int, end: int) -> set[str]:
    return {kind for _, kind in find_triggers(inp.analysis.tokens_in(start, end))}


def _run_in_lead(inp: ArticleInput, si: int, cut: int) -> dict[int, DateMention]:
    """Sentence `si`, a headline run into the lead under it at `cut`: the lead's past day
    (told after the cut) dates the sentence's undated happenings when the headline tells
    one of the lead's kind."""
    sent = inp.analysis.sentences[si]
    day = next(
        (
            d
            for d in inp.dates
            if cut <= d.start < sent.end
            # a day inside quoted words («В связи с кончиной 26 ноября ...») is the
            # speaker's, not the story's
            and not _quoted(inp.text[cut : d.start])
            and d.value.precision == "day"
            and not d.planned
            and not in_excluded(d.start, d.end, inp.excluded)
        ),
        None,
    )
    if day is None:
        return {}
    head, lead = _kinds_in(inp, sent.start, cut), _kinds_in(inp, cut, sent.end)
    same = any(identity.same_family(k, t) for k in head for t in lead)
    return {si: day} if same else {}


def _quoted(before: str) -> bool:
    """Does a quotation opened in `before` run on past its end?"""
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1
