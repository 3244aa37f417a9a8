"""The lead of a news item stamped with its hour: on the publication day.

A wire or feed item reports the day's news, and its lead (the first line of prose) tells
the news in the past with no date words («Госсекретарь прибыл в Сочи»): that happened on
the day of the item. An agency dateline opening the lead says so already (when.py's
`dateline_lead`); here the other marks of a report of the day: a feed item (its record is
stamped with its hour), or a stamp with its hour on a line of its own, over the headline
or under the text («14 мая 2019 | 13:47», «Редакция. 2019/05/14 13:47»).
Newspapers and weekly analysis tell yesterday's talks in their lead too, but carry no
hour, so an unstamped page keeps its lead undated. Only the happening the lead's main
verb tells in the perfective past is taken («прибыл», «обсудил», a noun under a verb of
holding: «переговоры возобновились», app/data/triggers.toml [stamped_lead]): «проводил»
tells a course, «визит пришёлся на ту же неделю» a happening by the way; and only a lead
with no date words at all («побывал в Баку 18 и 19 августа» keeps its days).
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from app.ingest.events.model import ArticleInput, SentenceParse, in_excluded
from app.ingest.events.syntax import VERBAL, anchor_verb
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _HELD_BY = frozenset(tomllib.load(_f)["stamped_lead"]["held_by"])

_STOPS = ".!?…"
_CLOSERS = "»\"”)' "
# A stamp line: a date in digits or words and an hour, nothing else of note
# («14 мая 2019 | 13:47», «21.10.2022, 18:05», «13:47, 14 мая 2019», «2019/05/14 13:47»).
_HOUR = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
_DAY = re.compile(
    r"(?<!\d)(?:\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\s+[а-яё]+\.?)|\d{4}[-./]\d{2}[-./]\d{2})",
    re.IGNORECASE,
)
_STAMP_LEN = 40


def lead_news(
    inp: ArticleInput, si: int, toks: list[Token], parse: SentenceParse, idx: int
) -> bool:
    """Is trigger `idx` of sentence `si` the news of a stamped lead: the lead of a feed item
    or of a page stamped with its hour, told by the sentence's own main verb in
    the perfective past («прибыл», «провёл переговоры»)?"""
    if inp.published is None or _lead(inp) != si:
        return False
    sent = inp.analysis.sentences[si]
    if any(sent.start <= d.start < sent.end for d in inp.dates):
        return False  # «побывал в Баку 18 и 19 августа»: the lead's own days tell
    verb = anchor_verb(toks, parse, idx)
    # the news itself («прибыл», «провели переговоры», «переговоры возобновились»), not a
    # happening told by the way («после визита, который ...»)
    own = verb == idx or (parse.heads[idx] == verb and toks[verb].lemma.lower() in _HELD_BY)
    return own and parse.rels[verb] == "root" and _perfective_past(toks[verb])


def _lead(inp: ArticleInput) -> int | None:
    """The first sentence on a line of prose, when it leads a feed item or sits under a
    stamp with its hour."""
    text = inp.text
    for si, sent in enumerate(inp.analysis.sentences):
        if in_excluded(sent.start, sent.end, inp.excluded):
            continue
        line_end = text.find("\n", sent.start)
        line = text[text.rfind("\n", 0, sent.start) + 1 : line_end if line_end >= 0 else len(text)]
        if line.rstrip(_CLOSERS)[-1:] not in _STOPS:
            continue  # a headline, a rubric
        return si if inp.feed or _stamped(text) else None
    return None


def _stamped(text: str) -> bool:
    """Has the page a stamp line with its hour?"""
    return any(
        len(ln.strip()) <= _STAMP_LEN and _HOUR.search(ln) and _DAY.search(_HOUR.sub("", ln))
        for ln in text.splitlines()
    )


def _perfective_past(t: Token) -> bool:
    """A finite verb of the indicative telling a completed past («прибыл»)?"""
    f = t.feats
    return (
        t.pos in VERBAL
        and f.get("Tense") == "Past"
        and f.get("Aspect") == "Perf"
        and f.get("VerbForm", "Fin") == "Fin"
        and f.get("Mood", "Ind") == "Ind"
    )
