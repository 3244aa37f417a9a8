"""A date that an apposition or its own clause hands on, past a parse that hangs it
elsewhere.

- A date set off by commas after a measure of time repeats that time as a date («За
  несколько дней до этого, 24 января, президент провёл разговор»; «Спустя неделю, 9
  апреля, ...»): the parser hangs it on the noun of time («дней», «неделю»), which stands
  for the same moment and so passes it on to the verb.
- A semicolon closes a clause: a date the parser hangs on a word past one belongs to the
  verb of its own part of the sentence.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Nouns that measure time: a date in apposition to one names the same moment.
TIME_UNITS = frozenset(
    {"день", "сутки", "неделя", "месяц", "год", "час", "минута", "время", "пора"}
)


def apposed_time(tokens: list[Token], parse: SentenceParse, word: int, date_head: int) -> bool:
    """Is `word`, above the date headed at `date_head`, a noun of time the date is set off
    from by a comma («за несколько дней до этого, 24 января,»; «днём ранее, в воскресенье,»),
    or the «этого» of such a noun's «до этого»? Then the date names the same moment and
    passes on to the word above."""
    if word >= date_head or not any(tokens[j].text == "," for j in range(word + 1, date_head)):
        return False
    if tokens[word].pos == "PRON":
        head = parse.heads[word]
        return head >= 0 and tokens[head].lemma.lower() in TIME_UNITS
    return tokens[word].lemma.lower() in TIME_UNITS


def own_side(tokens: list[Token], parse: SentenceParse, date_head: int) -> SentenceParse:
    """`parse` with the date headed at `date_head` hung on the verb of its own part of the
    sentence, when the parse hung it on a word across a semicolon («обсуждали на
    консультациях в Берлине 17 июля; вице-президент тогда назвал ...»): a semicolon closes a
    clause, and a date does not reach over it."""
    host = parse.heads[date_head]
    if host < 0:
        return parse
    lo, hi = sorted((host, date_head))
    if not any(tokens[k].text == ";" for k in range(lo + 1, hi)):
        return parse
    start = max((k + 1 for k in range(date_head) if tokens[k].text == ";"), default=0)
    end = next((k for k in range(date_head, len(tokens)) if tokens[k].text == ";"), len(tokens))
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
