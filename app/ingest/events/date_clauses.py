"""A date that an apposition or its own clause hands on, past a parse that hangs it
elsewhere.

- A date set off by commas after a phrase of time repeats that time as a date («За
  несколько дней до этого, 24 января, президент провёл разговор»; «Спустя неделю, 9
  апреля, ...»; «за неделю до визита, 3 марта, ...»): the parser hangs it on a word of
  that phrase («дней», «этого», «визита»), but it names the phrase's moment and belongs
  where the phrase belongs.
- A semicolon closes a clause: a date the parser hangs on a word past one belongs to the
  verb of its own part of the sentence; so does a colon, for a date hung back across it
  on a word before it («не стала: уже на следующий день Путин заявил»).
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Nouns that measure time: a date in apposition to one names the same moment.
TIME_UNITS = frozenset(
    {"день", "сутки", "неделя", "месяц", "год", "час", "минута", "время", "пора"}
)


def own_side(tokens: list[Token], parse: SentenceParse, date_head: int) -> SentenceParse:
    """`parse` with the date headed at `date_head` hung on the verb of its own part of the
    sentence, when the parse hung it on a word across a semicolon («обсуждали на
    консультациях в Берлине 17 июля; вице-президент тогда назвал ...»): a semicolon closes a
    clause, and a date does not reach over it."""
    host = parse.heads[date_head]
    if host < 0:
        return parse
    lo, hi = sorted((host, date_head))
    # A colon opens a clause too («отвечать не стала: уже на следующий день Путин заявил»),
    # for a date hung back on a word before it (one hung forward across it may be an
    # item of what the colon lists, and the part must have a verb of its own below).
    marks = (";", ":") if host < date_head else (";",)
    if not any(tokens[k].text in marks for k in range(lo + 1, hi)):
        return parse
    start = max((k + 1 for k in range(date_head) if tokens[k].text in marks), default=0)
    end = next(
        (k for k in range(date_head, len(tokens)) if tokens[k].text in marks), len(tokens)
    )
    part = range(start, end)
    verb = next(
        (
            k
            for k in part
            if tokens[k].pos in ("VERB", "AUX") and parse.heads[k] not in part and k != date_head
        ),
        None,
    )
    if verb is None:
        return parse
    heads = list(parse.heads)
    heads[date_head] = verb
    return SentenceParse(tuple(heads), parse.rels)


# Words a time phrase («за неделю до визита», «днём ранее», «несколько дней спустя») is
# made of, between the noun of time and the word a date set beside it hangs on.
_IN_TIME_PHRASE = frozenset({"NOUN", "PROPN", "PRON", "ADV", "NUM"})


def apposed_phrase(tokens: list[Token], parse: SentenceParse, date_head: int) -> SentenceParse:
    """`parse` with a date set off by a comma after a phrase of time («за неделю до визита,
    3 марта, министры провели ...») hung where that phrase hangs: the date names the
    phrase's moment, not the visit named inside it. Unchanged otherwise."""
    host = parse.heads[date_head]
    if host < 0 or host >= date_head:
        return parse
    if not any(tokens[j].text == "," for j in range(host + 1, date_head)):
        return parse
    cur = host
    seen = {date_head}
    while cur >= 0 and cur < date_head and cur not in seen:
        if tokens[cur].pos not in _IN_TIME_PHRASE:
            return parse
        if tokens[cur].lemma.lower() in TIME_UNITS:
            top = parse.heads[cur]
            if top < 0:
                return parse
            heads = list(parse.heads)
            heads[date_head] = top
            return SentenceParse(tuple(heads), parse.rels)
        seen.add(cur)
        cur = parse.heads[cur]
    return parse
