"""A sitting told by its place in a series, with no owner: the one body the article named.

Reviews of a commission or working group go through its sittings one by one and name the
body once: «Экспертная группа по ... появилась в 2005 году. ... Третье заседание прошло
3 июня в Костомукше», «Следующее заседание намечено на октябрь». The numbered or next
sitting has no owner in its sentence, and a body no list knows (actors/named_bodies.py)
holds its sittings alone, so no contact of two parties stands for it (parties.told). Such a
sitting («заседание», «раунд» with an ordinal or a word of order on it) is the body's when
the article named exactly one such body before its sentence; with two or more, or none,
whose sitting it is stays unread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.cochairs import SESSIONS
from app.ingest.events.lexicon import NEXT_WORDS
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.next_round import in_order
from app.ingest.events.ordinals import ORDINAL_WORDS
from app.ingest.nlp import Token

# «третье заседание», «второй раунд», «следующее/очередное заседание».
_ORDER_WORDS = ORDINAL_WORDS | NEXT_WORDS


def series_body(
    inp: ArticleInput,
    toks: Sequence[Token],
    parse: SentenceParse,
    idx: int,
    typ: str,
    body: Callable[[str], bool],
) -> list[ActorSpan]:
    """The one body (by `body`) named before the sentence, as a span on trigger `idx` told
    by its place in a series; none otherwise."""
    if typ not in SESSIONS or not toks or not in_order(list(toks), parse, idx, _ORDER_WORDS):
        return []
    start = toks[0].start
    before = {h.actor_id for h in inp.actor_hits if h.end <= start and body(h.actor_id)}
    if len(before) != 1:
        return []
    here = toks[idx]
    return [ActorSpan(here.start, here.end, next(iter(before)))]
