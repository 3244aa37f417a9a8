"""«X провёл встречу с Y. Об этом сообщает ТАСС»: news attributed in the present tense is
news of the day it is told on.

when.py's day_reported dates a happening by the day the next sentence names for its
telling («Об этом в среду сообщили в МИД»). A telling in the present tense with no day
(«Об этом сообщает пресс-служба», «Об этом информирует агентство», «как пишет газета»)
names the day too: the report's own. The happening it attributes, told undated, took
place then, not at some time before publication.
"""

from __future__ import annotations

from app.ingest.dates import DateMention, DateValue
from app.ingest.events.model import ArticleInput
from app.ingest.nlp import Token

_ABOUT = frozenset({"об", "о"})
_THIS = frozenset({"этом", "том"})


def _present_telling(toks: list[Token]) -> bool:
    """The sentence opens «Об этом» and its verb is a present-tense finite verb of telling
    (the third person: «сообщает», «информирует», «пишут»)."""
    if len(toks) < 3 or toks[0].text.lower() not in _ABOUT or toks[1].text.lower() not in _THIS:
        return False
    return any(
        t.pos == "VERB"
        and t.feats.get("Tense") == "Pres"
        and t.feats.get("VerbForm") == "Fin"
        and t.feats.get("Person") == "3"
        for t in toks[2:6]
    )


def reported_today(inp: ArticleInput, si: int, next_tokens: list[Token]) -> DateMention | None:
    """The publication day, when the sentence after `si` attributes it in the present
    tense with no date of its own; else None."""
    p = inp.published
    sentences = inp.analysis.sentences
    if p is None or si + 1 >= len(sentences) or not _present_telling(next_tokens):
        return None
    nxt = sentences[si + 1]
    if any(nxt.start <= d.start < nxt.end for d in inp.dates):
        return None  # «Об этом в среду сообщает ...»: day_reported's
    value = DateValue(p, p, "day", "publication-date")
    return DateMention(nxt.start, nxt.start, "", value, planned=False, tense=None)
