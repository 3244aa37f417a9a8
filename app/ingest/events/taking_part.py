"""«Россию представлял X, Евросоюз — Y»: the people a sentence of its own names as taking
part in a contact are parties to the contact the sentence before told.

News tell a summit or talks by their noun («Саммит Россия–ЕС прошел в пятницу в Ницце»),
often with the sides as states or unions, and name who came in the next sentence, with a
verb of representing, taking part or accompanying («Евросоюз на переговорах представляли
...», «В них участвовали также ...», «Президента сопровождали министры ...»). Such a
sentence tells no contact of its own; its people are added to the latest meeting or talks
told in the sentence before it (delegations.led does the adding), when that contact names
no person yet: a contact told by its people already («Путин и Обама встретились») has its
principals, and those named as taking part besides («В беседе участвовали также министры»)
are its entourage, not its parties. The verbs are data (app/data/triggers.toml
[taking_part]); being present («в присутствии») is not taking part.

A sentence with a contact of its own keeps its people for it; a negated verb («в разговоре
не участвовали») names who stayed out, an infinitive («готова участвовать») a readiness
only, and words reported after a verb of saying («заявила, что ...») are the speaker's; who
is named in a relative clause after the verb («..., который прилетел накануне») or in the
clause of the teller closing the sentence («..., сообщил X») took no part.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from importlib import resources

from app.ingest.events.attendance import teller_from
from app.ingest.events.delegations import OWN_CONTACT, RELATIVE
from app.ingest.events.model import ActorSpan, EventCandidate
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    TAKING_PART = frozenset(tomllib.load(_f)["taking_part"]["verbs"])

# The taking part is told by a verb (a finite one: see verb_at).
_VERBAL = frozenset({"VERB", "AUX"})
# Only the sentence right before: a contact told further back is as likely another one.
REACH = 1


# «в разговоре министров не участвовали»: who did not take part is no party.
NEGATION = frozenset({"не", "ни"})


def verb_at(toks: Sequence[Token]) -> int | None:
    """The index of the verb of taking part, if the sentence has one and it is not
    negated."""
    at = next(
        (i for i, t in enumerate(toks) if t.pos in _VERBAL and t.lemma.lower() in TAKING_PART),
        None,
    )
    if at is None or (at > 0 and toks[at - 1].text.lower() in NEGATION):
        return None
    # «Европа готова участвовать в восстановлении»: a readiness, no one's part in a contact.
    if toks[at].feats.get("VerbForm") == "Inf":
        return None
    return at


def takers(
    toks: Sequence[Token], hits: Sequence[ActorSpan], is_person: Callable[[str], bool]
) -> list[ActorSpan]:
    """The persons a sentence without a contact of its own names as taking part in one, in
    order; none when it tells no taking part. `hits` may be the whole article's."""
    if not toks:
        return []
    at = verb_at(toks)
    if at is None:
        return []
    triggers = find_triggers(list(toks))
    if any(kind in OWN_CONTACT and i != at for i, kind in triggers):
        return []  # «В переговорах, в которых участвовали X, ...»: read with its own contact
    if any(kind == "statement" and i < at for i, kind in triggers):
        return []  # «X заявил, что Y участвовал ...»: reported words, not the article's list
    told = teller_from(toks, triggers, at)
    relative = next(
        (t.start for t in toks if t.lemma.lower() in RELATIVE and t.start > toks[at].end), None
    )
    out: list[ActorSpan] = []
    for h in hits:
        if h.start < toks[0].start or h.end > toks[-1].end or h.start >= told:
            continue
        if relative is not None and h.start >= relative:
            continue
        if is_person(h.actor_id) and all(o.actor_id != h.actor_id for o in out):
            out.append(h)
    return out


def without_people(is_person: Callable[[str], bool]) -> Callable[[EventCandidate], bool]:
    """Takes a contact whose parties name no person yet (only states, unions, bodies)."""

    def accept(event: EventCandidate) -> bool:
        return not any(is_person(a) for a in event.actors)

    return accept
