"""A happening named only as what another is done ahead of is no event of that day.

«Перед встречей с Трампом Путин в среду провёл совещание», «в преддверии визита Лавров
провёл переговоры», «накануне саммита министр встретился с ...»: the noun in the phrase that
places the clause before it is a point of time to come, later than the clause's day, which
must not date it; the article tells of it in its own sentence if it is news. A trigger noun
with no date of its own, in such a phrase on a verb, gives no event. A happening done
after another («после встречи с Трампом») was held before the clause's day and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

AHEAD_PREPS = frozenset({"перед", "до", "накануне"})
# Nouns that say «ahead of» with the happening under them: «в преддверии визита».
AHEAD_NOUNS = frozenset({"преддверие", "канун"})


def _preps(toks: list[Token], parse: SentenceParse, i: int) -> set[str]:
    return {
        lemma_of(toks[j]) for j, h in enumerate(parse.heads) if h == i and parse.rels[j] == "case"
    }


def ahead_of(
    toks: list[Token], parse: SentenceParse, idx: int, attached: Sequence[DateMention]
) -> bool:
    """Is trigger noun `idx`, with no date in its own phrase, what a verb's clause is placed
    ahead of («перед встречей», «в преддверии визита»)? The clause's own date («в среду
    провёл») is the clause's, not the noun's."""
    if toks[idx].pos not in ("NOUN", "PROPN"):
        return False
    phrase = idx
    head = parse.heads[idx]
    if (
        head >= 0
        and parse.rels[idx] == "nmod"
        and lemma_of(toks[head]) in AHEAD_NOUNS
        and _preps(toks, parse, head) & {"в", "во"}
    ):
        phrase, head = head, parse.heads[head]  # «в преддверии встречи»
    elif not _preps(toks, parse, idx) & AHEAD_PREPS:
        return False
    if head < 0 or parse.rels[phrase] != "obl" or toks[head].pos not in VERBAL:
        return False
    words = subtree(parse, phrase)
    lo, hi = min(toks[i].start for i in words), max(toks[i].end for i in words)
    return not any(lo <= d.start < hi for d in attached)
