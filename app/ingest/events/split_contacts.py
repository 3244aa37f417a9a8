"""Two contacts of one visitor told in one sentence, each with a counterpart of its own.

«Министр проведёт переговоры с коллегой и встретится с премьером», «провёл переговоры с
главой МИД, после которых его принял президент»: the talks with one person and the meeting
with another are two happenings (SPEC: an event is one meeting of its parties), not one
meeting of all three. A contact (meeting, talks, call) whose verb is coordinated with the
sentence's own, or told in a clause on its noun, names a person in its own clause that the
other's clause does not: then each keeps the shared visitor (the subject of the sentence's
own verb) and its own counterpart, and drops the other's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.aside import coordinated
from app.ingest.events.model import ActorSpan, EventCandidate, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, span_head, subtree
from app.ingest.nlp import Token

# Face-to-face or phone contacts, which have a counterpart (a visit has a place).
SPLIT_KINDS = frozenset({"meeting", "talks", "call"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def _in_clause_on(tokens: list[Token], parse: SentenceParse, trigger: int, main: int) -> bool:
    """The trigger's verb heads a clause hanging on the main trigger's noun («переговоры,
    после которых его принял президент») or on the main verb («..., после чего был принят»)."""
    verb = anchor_verb(tokens, parse, trigger)
    if verb == trigger and tokens[verb].pos not in VERBAL:
        return False
    head = parse.heads[verb]
    return head >= 0 and head in (main, anchor_verb(tokens, parse, main)) and verb != head


# Adverbs that add a second happening to one told before: «также», «затем».
_ALSO = frozenset({"также", "затем", "потом", "позднее", "позже"})
_TOPS = frozenset({"root", "parataxis"})


def _also_clause(tokens: list[Token], parse: SentenceParse, trigger: int, main: int) -> bool:
    """The trigger's verb heads a clause of its own beside the main one, which adds it
    with «также»/«затем» («запланированы переговоры с X, министр также будет принят Y»)."""
    verb, main_verb = anchor_verb(tokens, parse, trigger), anchor_verb(tokens, parse, main)
    if verb == main_verb or tokens[verb].pos not in VERBAL:
        return False
    if parse.rels[verb] not in _TOPS or parse.rels[main_verb] not in _TOPS:
        return False
    if parse.rels[verb] == "parataxis" and parse.heads[verb] != main_verb:
        return False
    return any(
        h == verb and parse.rels[j] == "advmod" and tokens[j].lemma in _ALSO
        for j, h in enumerate(parse.heads)
    )


def coordinated_nouns(tokens: list[Token], parse: SentenceParse, trigger: int, main: int) -> bool:
    """The two contacts are nouns joined under one verb («провёл встречу с X и беседу с Y»):
    two happenings when each has a counterpart of its own."""
    if tokens[trigger].pos != "NOUN" or tokens[main].pos != "NOUN":
        return False
    pairs = ((trigger, main), (main, trigger))
    return any(_conjunct_of(tokens, parse, a, b) for a, b in pairs)


def _conjunct_of(tokens: list[Token], parse: SentenceParse, noun: int, first: int) -> bool:
    """Is `noun` joined to `first`: its conjunct, or (a parse that hangs it on the first
    one's counterpart, «переговоры с Ван И и встречу с ...») a conjunct of a word in its
    phrase that stands in the first one's case where that word does not?"""
    if parse.rels[noun] != "conj":
        return False
    head = parse.heads[noun]
    if head == first:
        return True
    case = tokens[first].feats.get("Case")
    return (
        head in subtree(parse, first)
        and case is not None
        and tokens[noun].feats.get("Case") == case
        and tokens[head].feats.get("Case") != case
    )


def _region(tokens: list[Token], parse: SentenceParse, trigger: int, other: int) -> set[int]:
    """The tokens of the trigger's own clause: its verb's subtree without the other's; for
    nouns coordinated under one verb, the noun's phrase without the other's."""
    verb, other_verb = anchor_verb(tokens, parse, trigger), anchor_verb(tokens, parse, other)
    if verb == other_verb:
        if not coordinated_nouns(tokens, parse, trigger, other):
            return set()
        phrase = subtree(parse, trigger)
        return phrase - subtree(parse, other) if other in phrase else phrase
    own = subtree(parse, verb)
    if other_verb in own:
        own -= subtree(parse, other_verb)
    return own


def counterparts(
    tokens: list[Token],
    parse: SentenceParse,
    trigger: int,
    other: int,
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
    main: bool,
) -> set[str]:
    """The persons named in the trigger's own clause; for the sentence's own (`main`)
    trigger, not its verb's subject, who is the visitor both contacts share."""
    region = _region(tokens, parse, trigger, other)
    verb = anchor_verb(tokens, parse, trigger)
    subject: set[int] = set()
    if main:
        for j, up in enumerate(parse.heads):
            if up == verb and parse.rels[j] in _SUBJECTS:
                subject |= subtree(parse, j)
        if trigger in subject:  # «переговоры с X запланированы»: the trigger is the subject
            subject = set()
    out: set[str] = set()
    for h in hits:
        head = span_head(tokens, parse, h.start, h.end)
        if head is not None and head in region and head not in subject and person(h.actor_id):
            out.add(h.actor_id)
    return out


def split(
    tokens: list[Token],
    parse: SentenceParse,
    triggers: Sequence[tuple[int, str]],
    trigger: int,
    main: int,
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
) -> tuple[set[str], set[str]] | None:
    """When the contact at `trigger` is a second happening beside the sentence's own contact
    at `main` (coordinated with it, or in a clause on it) with a counterpart of its own:
    the counterparts of each (`trigger`'s, `main`'s); else None."""
    kinds = dict(triggers)
    if kinds.get(trigger) not in SPLIT_KINDS or kinds.get(main) not in SPLIT_KINDS:
        return None
    if not (
        coordinated(tokens, parse, trigger, main)
        or coordinated_nouns(tokens, parse, trigger, main)
        or _in_clause_on(tokens, parse, trigger, main)
        or _in_clause_on(tokens, parse, main, trigger)
        or _also_clause(tokens, parse, trigger, main)
        or _also_clause(tokens, parse, main, trigger)
    ):
        return None
    # The visitor both share is the subject of the outer clause (the one holding the other).
    held = anchor_verb(tokens, parse, main) in subtree(parse, anchor_verb(tokens, parse, trigger))
    outer = trigger if held else main
    own = counterparts(tokens, parse, trigger, main, hits, person, main=outer == trigger)
    others = counterparts(tokens, parse, main, trigger, hits, person, main=outer == main)
    if not own or not others or own & others:
        return None
    return own, others


def own_subject(
    tokens: list[Token],
    parse: SentenceParse,
    trigger: int,
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
) -> bool:
    """Does the trigger's verb have a subject of its own naming a person?"""
    verb = anchor_verb(tokens, parse, trigger)
    subject: set[int] = set()
    for j, up in enumerate(parse.heads):
        if up == verb and parse.rels[j] in _SUBJECTS:
            subject |= subtree(parse, j)
    return any(
        span_head(tokens, parse, h.start, h.end) in subject and person(h.actor_id) for h in hits
    )


def drop(cand: EventCandidate, ids: set[str]) -> None:
    """Take the other contact's counterparts out of the event (when it keeps someone)."""
    if not set(cand.actors) - ids:
        return
    cand.actors = [a for a in cand.actors if a not in ids]
    cand.actor_spans = [s for s in cand.actor_spans if s[2] not in ids]
    cand.roles = {a: r for a, r in cand.roles.items() if a not in ids}


def trim_main(
    cand: EventCandidate,
    tokens: list[Token],
    parse: SentenceParse,
    triggers: Sequence[tuple[int, str]],
    main: int,
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
    also: Sequence[EventCandidate],
) -> None:
    """The sentence's own contact, when a second contact was read beside it (`also`),
    without that one's counterparts; and the second with the visitor the first has (read
    once, in the sentence's own clause, not again for each contact)."""
    if not any(e.type in SPLIT_KINDS for e in also):
        return
    for j, _ in triggers:
        pair = split(tokens, parse, triggers, j, main, hits, person) if j != main else None
        if pair is None:
            continue
        own, others = pair
        drop(cand, own)
        if own_subject(tokens, parse, j, hits, person):
            continue  # «..., а Лавров провёл переговоры с X»: a visitor of its own
        shared = [a for a in cand.actors if a not in others]
        for e in also:
            if e.type not in SPLIT_KINDS or not own & set(e.actors) or not shared:
                continue
            e.actors = shared + [a for a in e.actors if a in own and a not in shared]
            e.actor_spans = [sp for sp in cand.actor_spans if sp[2] in shared] + [
                sp for sp in e.actor_spans if sp[2] in own
            ]
            e.roles = dict.fromkeys(e.actors, "participant")


def inner(
    tokens: list[Token],
    parse: SentenceParse,
    triggers: Sequence[tuple[int, str]],
    trigger: int,
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
) -> bool:
    """Is the trigger a second contact told in a clause on another contact of the sentence
    («..., после которых его принял президент»)? Then that one, which holds the shared
    visitor and the day, is read first."""
    return any(
        j != trigger
        and _in_clause_on(tokens, parse, trigger, j)
        and split(tokens, parse, triggers, trigger, j, hits, person) is not None
        for j, _ in triggers
    )
