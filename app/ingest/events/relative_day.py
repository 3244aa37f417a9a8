"""The day told inside a relative clause, before its verb: «Помпео, которого Трамп 13 марта
выдвинул на пост госсекретаря», «министр, с которым Лавров 5 мая встретился в Москве».

The parser often hangs such a date on the noun the clause qualifies (the main clause's
subject), not on the clause's own verb; but a date standing between the relative word and
the verb, inside the same comma-bounded clause, can only be the verb's.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

_RELATIVE = frozenset({"который"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")", ".", "!", "?", "«", "»"})


def relative_clause_day(
    toks: Sequence[Token], parse: SentenceParse, mentions: Sequence[DateMention], idx: int
) -> list[DateMention]:
    """The dates between the relative word opening the verb's clause and the verb at `idx`
    (an empty list when the verb opens no relative clause or none stands there)."""
    del parse  # the parse is what misplaces such dates; read the words in order
    if toks[idx].pos not in ("VERB", "AUX"):
        return []
    j = idx - 1
    while j >= 0 and toks[j].text not in _CLAUSE_ENDS:
        if toks[j].lemma.lower() in _RELATIVE:
            lo, hi = toks[j].end, toks[idx].start
            return [d for d in mentions if lo <= d.start and d.end <= hi]
        j -= 1
    return []
