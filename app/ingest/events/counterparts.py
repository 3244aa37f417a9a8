"""The other side of a contact: whom a visitor met, whom a caller spoke with.

A visit names only the visitor (its other side is the place), while a meeting, talks or a
call told in the same breath name both sides. «Лавров посетил Ханой и провёл переговоры с
коллегой Буй Тхань Соном» tells one contact (aside.other_kind); read as the visit it loses
the counterpart the talks name, so the coordinated contact is read first and stands for
the sentence.

A call, meeting or talks told by a verb («обсудил по телефону с коллегой X») has a
counterpart; a parser often hangs the comitative «с X» on the last noun of the object
before it («обсудил подготовку саммита с коллегой»), where it would only modify that noun.
A person in «с» + instrumental under the verb that tells the contact, through bare nouns
only (none with a preposition of its own: «после переговоров с Ван И» is a setting apart),
is the other party; so is one the parser hangs on the line of a call under that verb
(«поговорил по телефону со своим коллегой X»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import NOMINAL, VERBAL, ancestors, anchor_verb
from app.ingest.events.triggers import PHONE
from app.ingest.nlp import Token

# Contacts that name both sides in their own clause.
TWO_SIDED = frozenset({"call", "meeting", "talks"})
WITH = frozenset({"с", "со"})
NAME_LINKS = frozenset({"appos", "flat", "flat:name"})


def _coordinated(tokens: list[Token], parse: SentenceParse, visit: int, contact: int) -> bool:
    """The contact's verb is coordinated with (hangs as a conjunct on) the visit's verb."""
    verb, other = anchor_verb(tokens, parse, visit), anchor_verb(tokens, parse, contact)
    return (
        other != verb
        and tokens[verb].pos in VERBAL
        and tokens[other].pos in VERBAL
        and parse.rels[other] == "conj"
        and parse.heads[other] == verb
    )


def visit_gives_way(
    tokens: list[Token], parse: SentenceParse, trigger: int, kind: str,
    triggers: Sequence[tuple[int, str]],
) -> bool:  # fmt: skip
    """Is `trigger` a visit whose verb has a two-sided contact's verb coordinated with it
    («посетил Ханой и провёл переговоры с ...», «приехал в Париж и встретился с ...»)?
    Then the contact is read first: it names the visitor and whom he met."""
    return kind == "visit" and any(
        k in TWO_SIDED and _coordinated(tokens, parse, trigger, j) for j, k in triggers
    )


def visit_of(
    tokens: list[Token], parse: SentenceParse, trigger: int, kind: str,
    triggers: Sequence[tuple[int, str]],
) -> int | None:  # fmt: skip
    """The visit the contact at `trigger` is told after («посетил Ханой 6 июля и тогда
    провёл переговоры»): the contact, undated, is on the visit's day."""
    if kind not in TWO_SIDED:
        return None
    return next(
        (j for j, k in triggers if k == "visit" and _coordinated(tokens, parse, j, trigger)),
        None,
    )


def comitative_of_call(
    tokens: list[Token], parse: SentenceParse, actor_head: int, trigger: int
) -> bool:
    """Is the person headed at `actor_head` in «с» + instrumental, hung under nouns only
    on the verb that tells the call (the trigger itself or the verb of its clause)?"""
    # «с французским коллегой Жан-Ивом Ле Дрианом»: the name stands in apposition to the
    # title that bears the preposition; the tagger may read a foreign name as a nominative
    # («с министром обороны Китая Дун Цзюнем»), the title shows the case.
    heads = [actor_head]
    while parse.rels[actor_head] in NAME_LINKS and parse.heads[actor_head] >= 0:
        actor_head = parse.heads[actor_head]
        heads.append(actor_head)
    if not any(
        tokens[h].feats.get("Case") == "Ins" and tokens[h].feats.get("Animacy") == "Anim"
        for h in heads
    ):
        return False
    if not any(
        h == actor_head and parse.rels[j] == "case" and tokens[j].lemma.lower() in WITH
        for j, h in enumerate(parse.heads)
    ):
        return False
    verb = anchor_verb(tokens, parse, trigger)
    if tokens[verb].pos not in VERBAL:
        return False
    for a in ancestors(parse, actor_head):
        if a == verb:
            return True
        if tokens[a].lemma.lower() in PHONE and parse.heads[a] in (verb, trigger):
            continue  # «поговорил по телефону со своим коллегой»: the line, not a setting
        if tokens[a].pos not in NOMINAL or _has_case(parse, a):
            # «после переговоров с Ван И»: a phrase with a preposition of its own is a
            # setting apart; «с» inside it is its own.
            return False
    return False


def _has_case(parse: SentenceParse, i: int) -> bool:
    return any(h == i and parse.rels[j] == "case" for j, h in enumerate(parse.heads))
