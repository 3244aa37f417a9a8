"""A second contact told with its verb left out: «В Абу-Даби президент встретился с X, в
Эр-Рияде — с Y», «Во вторник министр встретился с X, а на следующий день — с Y», «Путин
провёл переговоры с X, а Лавров — с Y».

Russian leaves out the repeated verb of a second clause and marks the gap with a dash: what
stands before the dash (a place, a day) is what differs, and «с» + a person after it is the
second counterpart. The parse of such a clause is unreliable (the remnant hangs anywhere), so
the construction is read on the surface: a contact word, a comma, a remnant without a verb,
a dash, then «с». The gapped contact is a happening of its own, with the person after the
dash and the same visitor, or the person the remnant names when it names one (who then
takes no part in the first contact); dated by the remnant's own date when it has one (else
the first contact's), and without the first's place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.ingest.dates import DateMention
from app.ingest.events.model import ActorSpan, ArticleInput, DateReading, EventCandidate
from app.ingest.events.split_contacts import SPLIT_KINDS
from app.ingest.events.syntax import VERBAL
from app.ingest.events.when import reading_of
from app.ingest.nlp import Token

DASHES = frozenset({"—", "–"})
_JOINS = frozenset({"а", "и", "затем", "потом", "также"})


def gapped(
    toks: list[Token],
    verb: int,
    cand: EventCandidate,
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
    mentions: Sequence[DateMention],
    date_of: Callable[[DateMention], DateReading | None],
) -> list[EventCandidate]:
    """The contact gapped after the one at `verb` (the trigger: a verb, or a noun a verb
    tells, «провёл переговоры»), as a copy of `cand` with its counterpart; `cand` loses that
    counterpart (and the remnant's own subject). Empty when none."""
    if cand.type not in SPLIT_KINDS or toks[verb].pos not in (*VERBAL, "NOUN"):
        return []
    dash = next((k for k in range(verb + 1, len(toks)) if toks[k].text in DASHES), None)
    if dash is None or dash + 1 >= len(toks) or toks[dash + 1].lemma != "с":
        return []
    comma = next((k for k in range(dash - 1, verb, -1) if toks[k].text == ","), None)
    if comma is None:
        return []
    remnant = [t for t in toks[comma + 1 : dash] if t.lemma not in _JOINS]
    if not remnant or any(t.pos in VERBAL for t in remnant + toks[dash + 1 :]):
        return []  # a verb of its own: no gap
    # «а Лавров — с Ван И»: the remnant names who holds the second contact
    subject = [
        h
        for h in hits
        if toks[comma].end <= h.start and h.end <= toks[dash].start and person(h.actor_id)
    ]
    remnant = [t for t in remnant if not any(h.start <= t.start < h.end for h in subject)]
    after = [h for h in hits if h.start >= toks[dash].end and person(h.actor_id)]
    own = {h.actor_id for h in after}
    first = {
        h.actor_id
        for h in hits
        if toks[verb].end <= h.start < toks[comma].start and person(h.actor_id)
    }
    if not own or not first or own & first:
        return []
    others = {h.actor_id for h in subject}
    shared = [a for a in cand.actors if a not in own and a not in first and a not in others]
    if others:
        shared = list(dict.fromkeys(h.actor_id for h in subject))
        own |= others
    if not shared:
        return []
    date = cand.date
    lo, hi = toks[comma].end, toks[dash].start
    dated = [d for d in mentions if lo <= d.start < hi and d.value.precision != "unknown"]
    if dated:
        date = date_of(dated[0]) or date
    elif any(t.pos == "NOUN" and t.feats.get("Animacy") != "Anim" for t in remnant):
        return []  # «на следующий день»: another day the reader cannot place (not «министр»)
    copy = replace(
        cand,
        actors=list(dict.fromkeys([*shared, *(h.actor_id for h in after)])),
        actor_spans=[s for s in cand.actor_spans if s[2] in shared and s[2] not in others]
        + [(h.start, h.end, h.actor_id) for h in [*subject, *after]],
        roles=dict.fromkeys([*shared, *own], "participant"),
        date=date,
        sentence_dates=[date],
        venue=None,
    )
    cand.actors = [a for a in cand.actors if a not in own]
    cand.actor_spans = [s for s in cand.actor_spans if s[2] not in own]
    cand.roles = {a: r for a, r in cand.roles.items() if a not in own}
    return [copy]


def date_of(inp: ArticleInput, future: bool, d: DateMention) -> DateReading | None:
    """The reading of the remnant's own date («а во вторник — с ...»)."""
    return reading_of(inp, [d], False, future)[0]
