"""«Российскую делегацию возглавил X»: the head of a delegation is a party to the contact
the delegations held.

News tell talks or a meeting between delegations («Делегации России и Украины провели
раунд переговоров») and name who led each in a sentence of its own («Российскую группу
возглавил Мединский, украинскую — Арахамия»). The people so named took part in that contact
(unless the sentence tells a meeting, talks or a call of its own): they are added to the
latest meeting or talks the article told in the two sentences before it, and that sentence
becomes evidence of it. A sentence naming the heads of both sides («Российскую делегацию
должен был возглавить X, американскую — Y») reaches further back: news give it a paragraph of
its own after the announcement and its reasons, often five or six sentences on, while a lone
head so far from the talks is as likely another contact's. Who is named in a relative clause
after the verb («Лавров, который прилетел в среду с ...») is not a head; neither is anyone
named before the verb of leading who is not the subject opening the sentence («Лавров
возглавил делегацию»), nor who tells of it in a clause closing the sentence («..., возглавят главы
государств, сообщил X»).

The sentence needs no parse: a word of leading («возглавить», «возглавлять») and a word
for a delegation («делегация», «группа», a joint body's national «часть») in one sentence
are enough, and the people are the person names of the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.ingest.events.attendance import teller_from
from app.ingest.events.model import ActorSpan, EventCandidate
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Token

LEAD_VERBS = frozenset({"возглавить", "возглавлять"})
# «часть»: a joint body's national half («Российскую часть комиссии возглавляет X»).
DELEGATION_NOUNS = frozenset({"делегация", "группа", "часть"})
# What a delegation holds: a visit has one side only, its heads are its visitors already.
HELD = frozenset({"meeting", "talks"})
# A sentence telling a contact of its own keeps its people for it: «X, который возглавляет
# российскую часть комиссии, провел телефонный разговор с Y» names no head of the round told
# before.
OWN_CONTACT = HELD | {"call"}
# A relative word opens a clause about the head, not another head.
RELATIVE = frozenset({"который", "которая", "которое", "которые"})
# Sentences back where the contact led may have been told.
REACH = 2
# A sentence naming the heads of both sides («Российскую часть группы возглавит X,
# американскую — Y») is the article's note on who leads the round as a whole; news give it
# a paragraph after the announcement, once the dates and the reasons are told.
BOTH_SIDES_REACH = 8


def heads(
    toks: Sequence[Token], hits: Sequence[ActorSpan], is_person: Callable[[str], bool]
) -> list[ActorSpan]:
    """The names of persons a sentence gives as heads of delegations, in order; none when
    it does not tell anyone led a delegation. `hits` may be the whole article's."""
    lemmas = {t.lemma.lower() for t in toks}
    if not toks or not lemmas & LEAD_VERBS or not lemmas & DELEGATION_NOUNS:
        return []
    triggers = find_triggers(list(toks))
    if any(kind in OWN_CONTACT for _, kind in triggers):
        # «В среду пройдут консультации, где делегацию возглавит X»: the sentence tells a
        # contact of its own, with its own date; its heads are read with it, not sent back.
        return []
    at = next(i for i, t in enumerate(toks) if t.lemma.lower() in LEAD_VERBS)
    verb = toks[at]
    # «..., 17 из них возглавят главы государств, сообщил помощник президента X»: who
    # tells of the delegations led no one.
    told = teller_from(toks, triggers, at)
    relative = next(
        (t.start for t in toks if t.lemma.lower() in RELATIVE and t.start > verb.end), None
    )
    first_verb = next((t.start for t in toks if t.pos in ("VERB", "AUX")), verb.start)
    out: list[ActorSpan] = []
    for h in hits:
        if h.start < toks[0].start or h.end > toks[-1].end:
            continue
        if not is_person(h.actor_id) or any(o.actor_id == h.actor_id for o in out):
            continue
        if h.start >= told:
            continue
        if relative is not None and h.start >= relative:
            continue  # «Лавров, который прилетел в среду»: the clause tells of him, not a head
        if h.end <= verb.start and h.start > first_verb:
            continue  # «где выступил X, российскую делегацию возглавил Y»: X led nothing
        out.append(h)
    return out


def led(
    groups: Sequence[EventCandidate],
    sentence_spans: Sequence[tuple[int, int]],
    si: int,
    people: Sequence[ActorSpan],
    reach: int | None = None,
    accept: Callable[[EventCandidate], bool] | None = None,
) -> EventCandidate | None:
    """Add the heads of delegations named in sentence `si` to the latest meeting or talks
    told in the REACH sentences before it (BOTH_SIDES_REACH when it names two heads or
    more; `reach` when given), if `accept` (when given) takes it; return that event, or
    None."""
    if not people:
        return None
    if reach is None:
        reach = BOTH_SIDES_REACH if len(people) > 1 else REACH
    lo = sentence_spans[max(0, si - reach)][0]
    # Only talks told before: in their own sentence («пройдут консультации, где делегацию
    # возглавит X») the heads' clause is read with the talks' own parties, or not at all.
    hi = sentence_spans[si][0]
    best: EventCandidate | None = None
    best_end = -1
    for g in groups:
        if g.type not in HELD:
            continue
        ends = [e for s, e in g.sentences if s >= lo and e <= hi]
        if ends and max(ends) > best_end:
            best, best_end = g, max(ends)
    if best is None or (accept is not None and not accept(best)):
        return None
    added = [p for p in people if p.actor_id not in best.actors]
    if added and sentence_spans[si] not in best.sentences:
        # The sentence naming the heads is evidence of the talks: the store reads who took
        # part from the names in an event's sentences. It tells no date of its own.
        best.sentences.append(sentence_spans[si])
        best.sentence_dates.append(replace(best.date, text=None, span=None, explicit=False))
    for p in added:
        if p.actor_id not in best.actors:
            best.actors.append(p.actor_id)
            best.actor_spans.append((p.start, p.end, p.actor_id))  # the evidence of the role
            best.roles.setdefault(p.actor_id, "participant")
    return best


# «делегация во главе с X»: the words naming who leads the delegation just told.
HEADED_BY = ("во", "главе", "с")
# Nouns for a group sent by a side that «во главе с» may follow.
HEADED_NOUNS = frozenset({"делегация"})
# Tokens back from «во главе с» to its delegation noun («Российская делегация на
# шестисторонних переговорах по ядерной проблеме Корейского полуострова во главе с»).
HEADED_REACH = 12
_CLAUSE_BREAKS = frozenset({",", ";", ".", "!", "?", ":", "—", "–"})


def led_by(
    toks: Sequence[Token],
    hits: Sequence[ActorSpan],
    actors: Sequence[ActorSpan],
    is_person: Callable[[str], bool],
) -> list[ActorSpan]:
    """The persons who lead a delegation of a party told («Российская делегация во главе с
    замминистра X прилетела в Пекин», «принял американскую делегацию во главе с Y»): the
    first person named after «во главе с», within its clause, when the delegation noun
    before it, in the same clause, carries a party already found (its state's adjective,
    or a name right after it). The delegation's head is who came and met: a party too."""
    out: list[ActorSpan] = []
    for k in range(len(toks) - len(HEADED_BY) + 1):
        if tuple(t.text.lower() for t in toks[k : k + len(HEADED_BY)]) != HEADED_BY:
            continue
        noun = _delegation_before(toks, k)
        if noun is None:
            continue
        lo = toks[noun - 1].start if noun > 0 and toks[noun - 1].pos == "ADJ" else toks[noun].start
        if not any(lo <= a.start and a.end <= toks[k].start for a in actors):
            continue  # a delegation of someone not among the parties
        after = k + len(HEADED_BY)
        stop = next(
            (t.start for t in toks[after:] if t.text in _CLAUSE_BREAKS or t.pos in ("VERB", "AUX")),
            toks[-1].end + 1,
        )
        head = next(
            (h for h in hits if toks[after - 1].end <= h.start < stop and is_person(h.actor_id)),
            None,
        )
        if head is not None and all(a.actor_id != head.actor_id for a in [*actors, *out]):
            out.append(head)
    return out


def _delegation_before(toks: Sequence[Token], k: int) -> int | None:
    """The delegation noun «во главе с» at token k follows, in its clause, if any."""
    for j in range(k - 1, max(-1, k - 1 - HEADED_REACH), -1):
        if toks[j].text in _CLAUSE_BREAKS:
            return None
        if toks[j].lemma.lower() in HEADED_NOUNS:
            return j
    return None
