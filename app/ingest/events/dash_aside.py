"""A date told right after a dash aside («посещал Медведев — тогда премьер-министр — в
ноябре 2014 года»): the aside is a parenthesis in the clause, so the date after it belongs
to the clause; a parse that hangs the date on a word inside the aside is mended here."""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

DASHES = frozenset({"—", "–", "-"})


def rehung(tokens: list[Token], parse: SentenceParse, date_head: int) -> SentenceParse:
    """`parse` with the date phrase headed at `date_head` hung on the word the aside before
    it hangs on, when the parse put it under a word of that aside."""
    # the parse may hang the closing dash itself on the date: words only
    first = min(k for k in _phrase(parse, date_head) if tokens[k].pos != "PUNCT")
    close = first - 1
    if close < 1 or tokens[close].text not in DASHES:
        return parse
    # the dash that opens the aside: the nearest one before, with no stop in between
    open_ = next(
        (
            k
            for k in range(close - 1, -1, -1)
            if tokens[k].text in DASHES or tokens[k].text in ".;:"
        ),
        None,
    )
    if open_ is None or tokens[open_].text not in DASHES or close - open_ < 2:
        return parse
    inside = range(open_ + 1, close)
    host = parse.heads[date_head]
    if host not in inside:
        return parse
    top, seen = host, {host}
    while parse.heads[top] in inside and parse.heads[top] not in seen:
        top = parse.heads[top]
        seen.add(top)
    outer = parse.heads[top]
    if outer < 0 or outer in inside:
        return parse  # a root inside the aside, or a cycle: nothing to mend
    heads = list(parse.heads)
    heads[date_head] = outer
    rels = list(parse.rels)
    rels[date_head] = "obl"
    return SentenceParse(tuple(heads), tuple(rels))


def _phrase(parse: SentenceParse, head: int) -> set[int]:
    """The tokens of the phrase headed at `head` (the head and all below it)."""
    out = {head}
    grew = True
    while grew:
        grew = False
        for i, h in enumerate(parse.heads):
            if h in out and i not in out:
                out.add(i)
                grew = True
    return out
