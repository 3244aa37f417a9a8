"""The co-chairs of a joint body are the parties of its session: «Заседание межправкомиссии
прошло в понедельник, сопредседатели X и Y подписали протокол», «Заседание комитета
перенесено. Новую дату сопредседатели — министр X и глава Y — не согласовали».

A session of an intergovernmental commission or committee is told by its body alone, and
read so its parties are the two states (attendance.joint_body_parties). News name whoever
led it in apposition to the word for its co-chairs, in the same sentence or further on, often
paragraphs later («Протокол подписали сопредседатели группы X и Y» closing the report): those
persons are the parties, beside the states. The co-chairs are the body's standing leaders, not
one sitting's guests, so the first sentence after the session that names both is enough. Not
before it: a sentence told earlier is about an earlier sitting, whose chairs may have changed.
Read only when the session names no person of its own; the word is one lexical class (chairs
of a body held by two sides together).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import ActorSpan, ArticleInput
from app.ingest.events.syntax import span_head
from app.ingest.nlp import Token

# Words for the chairs of a body held by two sides together.
COCHAIR_WORDS = frozenset({"сопредседатель"})
# The word's stem: a capitalised «Сопредседатели» opening a sentence is tagged an adjective
# and keeps its plural as lemma, so the form is read too; «сопредседательство» is the office.
COCHAIR_STEM = "сопредседател"
OFFICE_STEM = "сопредседательств"
SESSIONS = frozenset({"meeting", "talks"})


def cochair_word(t: Token) -> bool:
    """The token is a form of the word for a co-chair, whatever its tag."""
    if t.lemma.lower() in COCHAIR_WORDS:
        return True
    form = t.text.lower()
    return form.startswith(COCHAIR_STEM) and not form.startswith(OFFICE_STEM)


def _descends(heads: Sequence[int], i: int, top: int) -> bool:
    seen: set[int] = set()
    while i >= 0 and i not in seen:
        if i == top:
            return True
        seen.add(i)
        i = heads[i]
    return False


def cochairs(
    inp: ArticleInput, si: int, trigger_tok: Token, typ: str, named: list[ActorSpan]
) -> list[ActorSpan]:
    """The persons named under a co-chairs word in sentence si or the first one after it
    that names two, as spans on the trigger, when the session at `trigger_tok` names no
    person itself."""
    if typ not in SESSIONS or any(_person(inp, a.actor_id) for a in named):
        return []
    sentences = inp.analysis.sentences
    for sj in range(si, len(sentences)):
        parse = inp.parses.get(sj)
        sent = sentences[sj]
        toks = inp.analysis.tokens_in(sent.start, sent.end)
        tops = [i for i, t in enumerate(toks) if t.lemma.lower() in COCHAIR_WORDS]
        if not tops:
            continue
        if parse is not None and len(parse.heads) != len(toks):
            continue
        found: list[str] = []
        for h in inp.actor_hits:
            if not (sent.start <= h.start and h.end <= sent.end) or not _person(inp, h.actor_id):
                continue
            if parse is None:
                # A sentence with no happening of its own is not parsed: the names that
                # follow the word («сопредседатели — министр X и глава Y») are its apposition.
                under = h.start > toks[tops[0]].start
            else:
                head = span_head(toks, parse, h.start, h.end)
                under = head is not None and any(_descends(parse.heads, head, t) for t in tops)
            if under:
                if h.actor_id not in found:
                    found.append(h.actor_id)
        if len(found) >= 2:  # the two sides' chairs, or none at all
            return [ActorSpan(trigger_tok.start, trigger_tok.end, a) for a in found]
    return []


def _person(inp: ArticleInput, actor_id: str) -> bool:
    info = inp.actors.get(actor_id)
    return info is not None and info.kind == "person"
