"""Who is only present at a happening whose parties the sentence names: «переговоры Лаврова и
Ван И прошли при участии посла», «подписали при участии президентов», «посол присутствовал
на переговорах министров». Only people: states and bodies «с участием» are its sides.

«При участии X» / «с участием X» and the subject of «присутствовать» tell who was there. When
the happening has parties of its own (a subject, a «с»-counterpart, the names a noun is of)
those attend it beside them: an ambassador sitting in, leaders watching a signing. With no
other party named («встреча прошла при участии Лаврова и Ван И», «саммит с участием
лидеров»), the ones present are the parties. Nor does one who is himself only told as
taking part count as such a party («он участвовал во встрече, прошедшей с участием генсека
ООН и Эштон»): he and the ones present share the happening alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors, span_head
from app.ingest.nlp import Token

# «при участии», «с участием»: the one after the noun was there
PRESENCE_NOUNS = frozenset({"участие"})
PRESENCE_CASES = frozenset({"при", "с", "со"})
# «посол присутствовал на переговорах»: the subject was there
PRESENCE_VERBS = frozenset({"присутствовать"})
# «участвовал во встрече», «принял участие во встрече»: the subject took part, as one of many
TAKING_PART_VERBS = frozenset({"участвовать"})
# the name under its title: «министр Сергей Лавров»
TITLE_RELS = frozenset({"appos", "flat", "flat:name", "nmod"})


def present_only(
    tokens: list[Token],
    parse: SentenceParse,
    hit: ActorSpan,
    trigger: int,
) -> bool:
    """Is the actor at `hit` told as present at the trigger's happening, not as its party?"""
    head = span_head(tokens, parse, hit.start, hit.end)
    if head is None or head == trigger:
        return False
    cur = head
    for up in ancestors(parse, head):
        if up == trigger:
            return False
        tok = tokens[up]
        if tok.pos == "NOUN" and tok.lemma.lower() in PRESENCE_NOUNS:
            return any(
                parse.heads[j] == up
                and parse.rels[j] == "case"
                and tokens[j].lemma.lower() in PRESENCE_CASES
                for j in range(len(tokens))
            )
        if tok.pos in VERBAL:
            return (
                tok.lemma.lower() in PRESENCE_VERBS
                and parse.rels[cur].startswith("nsubj")
                and trigger in _below(parse, up)
            )
        cur = up
    return False


def onlookers(
    tokens: list[Token],
    parse: SentenceParse,
    actors: Sequence[ActorSpan],
    trigger: int,
    person: Callable[[str], bool],
) -> list[ActorSpan]:
    """The actors only present at the happening, when others are its parties (see above)."""
    # «консультации с участием России, Украины и Еврокомиссии»: sides present are parties;
    # a person is present beside them.
    present = [
        h for h in actors if person(h.actor_id) and present_only(tokens, parse, h, trigger)
    ]
    parties = [
        h
        for h in actors
        if h not in present
        and person(h.actor_id)
        and not taking_part(tokens, parse, h, trigger)
    ]
    return present if parties else []


def taking_part(
    tokens: list[Token],
    parse: SentenceParse,
    hit: ActorSpan,
    trigger: int,
) -> bool:
    """Is the actor at `hit` the subject of «участвовать» / «принять участие» whose happening
    is the trigger («Лавров участвовал во встрече квартета»)?"""
    head = span_head(tokens, parse, hit.start, hit.end)
    # «министр Сергей Лавров участвовал»: the name hangs on its title, the subject
    while head is not None and parse.rels[head] in TITLE_RELS and parse.heads[head] >= 0:
        head = parse.heads[head]
    if head is None or head == trigger or not parse.rels[head].startswith("nsubj"):
        return False
    verb = parse.heads[head]
    if verb < 0 or tokens[verb].pos not in VERBAL or trigger not in _below(parse, verb):
        return False
    if tokens[verb].lemma.lower() in TAKING_PART_VERBS:
        return True
    return any(
        parse.heads[j] == verb
        and parse.rels[j] == "obj"
        and tokens[j].lemma.lower() in PRESENCE_NOUNS
        for j in range(len(tokens))
    )


def _below(parse: SentenceParse, i: int) -> set[int]:
    return {j for j in range(len(parse.heads)) if i in ancestors(parse, j)}
