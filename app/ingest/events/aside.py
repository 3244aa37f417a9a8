"""A happening told in a clause of its own that describes someone or something in the
sentence: a participle phrase or a relative clause («Каллас, вступившая в должность
1 декабря, проведёт ...», «посол, который вручил грамоты 5 марта, ...»).

A sentence yields one event (its most specific trigger with an actor); such a clause is
background to it, a second happening beside the sentence's own. It counts only with a date
of its own: undated, it is a description («вступивший в должность министр»), not news.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.clause_end import within
from app.ingest.events.converbs import is_converb
from app.ingest.events.document_anaphora import signed_beside
from app.ingest.events.model import SentenceParse
from app.ingest.events.status import CONTACT
from app.ingest.events.syntax import VERBAL, ancestors, anchor_verb, span_head
from app.ingest.nlp import Token

# The links by which a describing clause hangs on its noun.
DESCRIBING = frozenset({"acl", "acl:relcl"})


def _describing_clause(tokens: list[Token], parse: SentenceParse, verb: int) -> int | None:
    """The head of the describing clause the verb `verb` belongs to (itself or a verb
    above it in the same clause), or None."""
    for v in [verb, *ancestors(parse, verb)]:
        if tokens[v].pos not in VERBAL:
            return None  # reached a noun without passing a describing link
        if parse.rels[v] in DESCRIBING:
            return v
    return None


def aside_trigger(tokens: list[Token], parse: SentenceParse, trigger: int, main: int) -> bool:
    """Is the trigger (or the verb of its clause) told in a describing clause that the
    sentence's own event, at `main`, lies outside of, on a noun that is no happening itself (not
    «встреча, которая прошла ...»: that clause tells of the meeting)?"""
    verb = anchor_verb(tokens, parse, trigger)  # a trigger noun: the verb of its clause
    if tokens[verb].pos not in VERBAL:
        return False
    head = _describing_clause(tokens, parse, verb)
    if head is None:
        return False
    inside = {head} | {j for j in range(len(tokens)) if head in ancestors(parse, j)}
    if main in inside:
        return False
    noun = parse.heads[head]
    return noun >= 0 and noun != main and tokens[noun].pos in ("NOUN", "PROPN", "PRON")


def coordinated(tokens: list[Token], parse: SentenceParse, trigger: int, main: int) -> bool:
    """The trigger's verb is a verb coordinated with the main event's («прибыл в Москву
    и передал копии грамот»): a second happening of the same doer."""
    verb, main_verb = anchor_verb(tokens, parse, trigger), anchor_verb(tokens, parse, main)
    return (
        verb != main_verb
        and tokens[verb].pos in VERBAL
        and tokens[main_verb].pos in VERBAL
        and parse.rels[verb] == "conj"
        and parse.heads[verb] == main_verb
    ) or signed_beside(tokens, parse, verb, main_verb) or (  # «прошло ..., стороны подписали»
        # «Москву посетил Тиллерсон, а в мае Лавров побывал в Вашингтоне»: a parser may give
        # the second clause a root of its own; a verb with its own subject there is a
        # clause apart (not a noun under it: «..., что переговоры перенесены»).
        verb == trigger
        and main_verb < verb
        and parse.heads[verb] < 0
        and parse.heads[main_verb] < 0
        and tokens[verb].pos in VERBAL
        and any(h == verb and parse.rels[j].startswith("nsubj") for j, h in enumerate(parse.heads))
    )


def told_apart(tokens: list[Token], parse: SentenceParse, trigger: int, main: int) -> bool:
    """The sentence's event at `main` and the trigger are told in clauses apart: one in a
    describing clause the other lies outside of, or the trigger's coordinated with it."""
    return trigger != main and (
        aside_trigger(tokens, parse, trigger, main)
        or aside_trigger(tokens, parse, main, trigger)
        or coordinated(tokens, parse, trigger, main)
    )


def converb_clause(tokens: list[Token], parse: SentenceParse, trigger: int, main: int) -> bool:
    """Is the trigger told in a converb clause hanging on the main event's verb («провели
    переговоры, открыв визит», «Прибыв в Москву, он провёл переговоры»)? A converb has no
    subject of its own (converbs.py): the clause tells what the same doers did beside the
    main clause's happening, which is the sentence's own. A parser may hang the converb's
    object on the main verb: a trigger after the converb with no stop between is its."""
    verb, main_verb = anchor_verb(tokens, parse, trigger), anchor_verb(tokens, parse, main)
    if tokens[main_verb].pos not in VERBAL or is_converb(tokens[main_verb]):
        return False
    if verb != main_verb:
        return is_converb(tokens[verb]) and parse.heads[verb] == main_verb
    if trigger == verb or trigger < main_verb:
        return False
    for k in range(trigger - 1, main_verb, -1):
        if is_converb(tokens[k]):
            return parse.heads[k] == main_verb
        if tokens[k].pos == "PUNCT":
            return False
    return False


def told_aside(tokens: list[Token], parse: SentenceParse, trigger: int, others: list[int]) -> bool:
    """Is the trigger told aside of another trigger of the sentence? Then that one, the
    sentence's own, is read first («Путин, прибывший в Монголию 2 сентября, провёл
    переговоры»: the talks); so is the first of coordinated clauses («провёл переговоры
    ..., а затем посетил ...»)."""
    return any(
        aside_trigger(tokens, parse, trigger, j) or coordinated(tokens, parse, trigger, j)
        for j in others
        if j != trigger
    )


def _clause_run(tokens: list[Token], parse: SentenceParse, head: int) -> range:
    """The unbroken run of the describing clause's words around its head: a parse may hang
    on it a word from the main clause after it («Фидан, прибывший в Москву, провёл
    переговоры 5 марта»), which lies outside that run."""
    inside = {head} | {j for j in range(len(tokens)) if head in ancestors(parse, j)}
    lo = hi = head
    while lo - 1 >= 0 and lo - 1 in inside:
        lo -= 1
    while hi + 1 < len(tokens) and hi + 1 in inside:
        hi += 1
    return range(lo, hi + 1)


def dated_inside(tokens: list[Token], parse: SentenceParse, trigger: int, date_head: int) -> bool:
    """Does the date headed at `date_head` stand inside the trigger's describing clause
    (or is the trigger in none)?"""
    verb = anchor_verb(tokens, parse, trigger)
    head = _describing_clause(tokens, parse, verb) if tokens[verb].pos in VERBAL else None
    return head is None or within(tokens, parse, _clause_run(tokens, parse, head), date_head)


def own_date(
    tokens: list[Token], parse: SentenceParse, trigger: int, attached: Sequence[DateMention]
) -> bool:
    """A date of the trigger's own, standing inside its describing clause."""
    for d in attached:
        if d.value.precision == "unknown":
            continue
        head = span_head(tokens, parse, d.start, d.end)
        if head is not None and dated_inside(tokens, parse, trigger, head):
            return True
    return False


def dated_by(attached: Sequence[DateMention]) -> DateMention | None:
    """The date of the sentence's own event that a happening coordinated with it, with no
    date of its own, shares."""
    return next((d for d in attached if d.value.precision != "unknown"), None)


def other_kind(kind: str, triggers: Sequence[tuple[int, str]], main: int) -> bool:
    """A happening of another kind than the sentence's own: «посетил Ханой и провёл
    переговоры» tells one contact, «прибыла ... и передала копии грамот» two happenings."""
    main_kind = dict(triggers).get(main, "")
    return kind != main_kind and not (kind in CONTACT and main_kind in CONTACT)


def signed_undated(kind: str, mentions: Sequence[DateMention]) -> bool:
    """A document signed beside undated talks («провели переговоры и подписали меморандум»,
    no date in the sentence): a happening of its own, on the talks' day, though no date is
    there to share."""
    return kind == "agreement" and not any(d.value.precision != "unknown" for d in mentions)
