"""A reply told right after a press conference was given at it.

«На пресс-конференции по итогам переговоров Лавров поблагодарил Бразилию ... Виейра, со
своей стороны, заявил, что ...»: the answer («в свою очередь», «со своей стороны», «в
ответ») of another person, in the sentence that follows the press conference's, is what he
said at that same press conference; he is one of its speakers. Only a person: a body that
answers («Минфин, в свою очередь, опроверг») does so on its own account.
"""

from __future__ import annotations

from collections.abc import Callable

from app.ingest.events.mend import mend
from app.ingest.events.model import ArticleInput, EventCandidate
from app.ingest.events.replies import replying
from app.ingest.events.syntax import span_head
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Token

PRESS = "press-conference"
_SUBJECTS = frozenset({"nsubj"})


def join_replies(
    inp: ArticleInput,
    groups: list[EventCandidate],
    tokens_within: Callable[[int, int], list[Token]],
) -> None:
    """Add, in place, to each press conference the persons who reply in the next sentence."""
    sentences = inp.analysis.sentences
    starts = {s.start: i for i, s in enumerate(sentences)}
    for g in groups:
        if g.type != PRESS or g.status != "happened":
            continue
        for start, _ in list(g.sentences):
            si = starts.get(start)
            if si is None or si + 1 >= len(sentences) or si + 1 not in inp.parses:
                continue
            nxt = sentences[si + 1]
            joined = False
            for actor_id, span in _repliers(inp, si + 1, tokens_within(nxt.start, nxt.end)):
                if actor_id in g.actors:
                    continue
                g.actors.append(actor_id)
                g.actor_spans.append(span)
                g.roles[actor_id] = "speaker"
                joined = True
            if joined and (nxt.start, nxt.end) not in g.sentences:
                # The reply is evidence of the press conference: the speaker is named there.
                dates = g.sentence_dates or [g.date] * len(g.sentences)
                g.sentences.append((nxt.start, nxt.end))
                g.sentence_dates = [*dates, g.date]


def _repliers(
    inp: ArticleInput, si: int, toks: list[Token]
) -> list[tuple[str, tuple[int, int, str]]]:
    """Persons who are the subject of a replying verb of saying in sentence `si`."""
    if not toks:
        return []
    parse = mend(toks, inp.parses[si])
    verbs = [i for i, t in find_triggers(toks) if t == "statement" and toks[i].pos == "VERB"]
    verbs = [v for v in verbs if replying(toks, parse, v)]
    out: list[tuple[str, tuple[int, int, str]]] = []
    sent = inp.analysis.sentences[si]
    for h in inp.actor_hits:
        if not (sent.start <= h.start and h.end <= sent.end):
            continue
        info = inp.actors.get(h.actor_id)
        if info is None or info.kind != "person":
            continue
        head = span_head(toks, parse, h.start, h.end)
        if head is not None and parse.heads[head] in verbs and parse.rels[head] in _SUBJECTS:
            out.append((h.actor_id, (h.start, h.end, h.actor_id)))
    return out
