"""Sanctions: whom they are against, when talk of sanctions is no sanctions, and an
announcement that is the act itself.

- The target is named, not a party: «ввёл санкции против Газпромбанка», «внесло Газпромбанк
  в список SDN», «о включении банка в санкционный список», «санкции в отношении Ирана»; of a
  demand to cut or close a mission (worded_acts.py), the one it is made of and the mission to
  close («потребовали от России закрыть консульство»). It gets the role `subject` (the title
  says «Санкции Минфина США против „Газпромбанка“»; the filter does not list it).
- Sanctions told inside a bill or law («законопроект, предусматривающий санкции против
  России», «законопроект о санкциях ..., который сенат одобрил») are the act of whoever
  passes it: the subject of the verb above them, or of a relative clause on a noun above
  them, is the party when the sentence's clause names only the targets.
- Sanctions spoken of without an act that imposes, extends or lifts them are a topic of the
  words, no event: «заявил о неприемлемости санкций», «назвал санкции незаконными».
- «Минфин объявил о введении санкций», «Великобритания объявила о санкциях против танкеров»:
  who announces their own sanctions has imposed them; the announcement is no statement
  beside them.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import CLOSURE_NOUNS, DEMAND_ACTS, DEMAND_VERBS
from app.ingest.events.model import ActorSpan, EventCandidate, SentenceParse
from app.ingest.events.sourcing import ACTS_BY_WORD
from app.ingest.events.syntax import ancestors, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

AGAINST = frozenset({"против"})
# «потребовали от России»: the one a demand is made of.
FROM = frozenset({"от"})
# «в отношении России»: the noun of a compound preposition, with its own preposition.
REGARDING = ("отношение", "в")
_SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass"})
_CLAUSES = frozenset({"acl:relcl"})
# Nouns of a legislature's act that may carry sanctions (app/data would hold a longer list).
BILL_NOUNS = frozenset({"законопроект", "закон", "резолюция", "поправка"})
# Verbs and nouns of putting someone under sanctions: their object is the target.
LISTING = frozenset(
    {"внести", "вносить", "включить", "включать", "внесение", "включение", "выслать",
     "высылать", "высылка"}
)  # fmt: skip
# Acts on sanctions: a sanctions noun under one of these is an event, under anything else
# in someone's words only a topic.
ACTS = frozenset(
    {"ввести", "вводить", "введение", "утвердить", "утверждение", "принять", "принятие",
     "продлить", "продление", "расширить", "расширение", "объявить", "наложить", "наложение",
     "пакет", "внести", "включить", "внесение", "включение", "снять", "снятие", "отменить",
     "отмена", "ужесточить", "ужесточение", "затронуть", "затрагивать", "попасть", "новый"}
)  # fmt: skip
# Verbs of falling under sanctions («под санкции попали ФСБ и ГРУ»): their subject is
# the target, never the one who imposed them.
FALLING = frozenset({"попасть", "попадать", "подпасть", "подпадать"})
ANNOUNCE = frozenset({"объявить", "объявлять"})
SANCTION_NOUNS = frozenset({"санкция"})
_OBJECT_LINKS = frozenset({"obj", "nmod", "iobj"})


def is_target(toks: list[Token], parse: SentenceParse, hit: ActorSpan) -> bool:
    """Is the actor whose phrase is `hit` the one the sanctions are against?"""
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None:
        return False
    while parse.rels[head] == "conj" and parse.heads[head] >= 0:
        head = parse.heads[head]  # «против биржи, клирингового центра и НРД»: each of them
    if any(
        parse.heads[k] == head
        and parse.rels[k] == "case"
        and (lemma_of(toks[k]) in AGAINST or _fixed_regarding(toks, parse, k))
        for k in range(len(toks))
    ):
        return True
    parent = parse.heads[head]
    if parent >= 0 and parse.rels[head] in _SUBJECT_LINKS and lemma_of(toks[parent]) in FALLING:
        return True  # «под санкции попали ФСБ и ГРУ»
    if (
        parent >= 0
        and lemma_of(toks[parent]) in DEMAND_VERBS
        and any(
            parse.heads[k] == head and parse.rels[k] == "case" and lemma_of(toks[k]) in FROM
            for k in range(len(toks))
        )
    ):
        return True  # «потребовали от России закрыть ...»
    if parent >= 0 and _regarding(toks, parse, parent):
        return True
    # The object of «внести в список»: by its link, or by its accusative case where a
    # parser takes a fronted object for the subject («внёс Мосбиржу ... в список»).
    objective = parse.rels[head] in _OBJECT_LINKS or toks[head].feats.get("Case") == "Acc"
    return (
        parent >= 0
        and objective
        and lemma_of(toks[parent]) in LISTING | DEMAND_ACTS | CLOSURE_NOUNS  # «закрыть»
        and not any(parse.heads[k] == head and parse.rels[k] == "case" for k in range(len(toks)))
    )


def _fixed_regarding(toks: list[Token], parse: SentenceParse, prep: int) -> bool:
    """Is token `prep` the «в» of «в отношении», parsed as one fixed preposition?"""
    return lemma_of(toks[prep]) == REGARDING[1] and any(
        parse.heads[k] == prep and parse.rels[k] == "fixed" and lemma_of(toks[k]) == REGARDING[0]
        for k in range(len(toks))
    )


def _regarding(toks: list[Token], parse: SentenceParse, noun: int) -> bool:
    """Is token `noun` the «отношении» of «в отношении»?"""
    return lemma_of(toks[noun]) == REGARDING[0] and any(
        parse.heads[k] == noun and parse.rels[k] == "case" and lemma_of(toks[k]) == REGARDING[1]
        for k in range(len(toks))
    )


def enacting(
    toks: list[Token], parse: SentenceParse, idx: int, hits: Sequence[ActorSpan]
) -> ActorSpan | None:
    """Who passes the bill or law the sanctions at `idx` are told in: the subject of the
    verb whose object is the bill («Сенат одобрил законопроект, предусматривающий санкции»),
    or of a relative clause on it («законопроект о санкциях, который сенат одобрил»)."""
    bill = next((j for j in ancestors(parse, idx) if lemma_of(toks[j]) in BILL_NOUNS), None)
    if bill is None:
        return None
    heads = {span_head(toks, parse, h.start, h.end): h for h in hits}
    # The parser may hang the clause on the last noun before the comma («о санкциях против
    # Ирана, который сенат одобрил»): a clause under the bill whose «который» agrees with it.
    under = {bill} | {k for k in range(len(toks)) if bill in ancestors(parse, k)}
    verbs = [
        k
        for k in range(len(toks))
        if parse.heads[k] in under
        and parse.rels[k] in _CLAUSES
        and (parse.heads[k] == bill or _relative_of(toks, parse, k, bill))
    ]
    if parse.rels[bill] == "obj" and parse.heads[bill] >= 0:
        verbs.append(parse.heads[bill])
    for verb in verbs:
        for k in range(len(toks)):
            if parse.heads[k] == verb and parse.rels[k] in _SUBJECT_LINKS and k in heads:
                return heads[k]
    return None


def _relative_of(toks: list[Token], parse: SentenceParse, clause: int, noun: int) -> bool:
    """Does the relative pronoun of `clause` agree with `noun` in gender and number?"""
    want = {f: toks[noun].feats.get(f) for f in ("Gender", "Number")}
    return any(
        parse.heads[k] == clause
        and lemma_of(toks[k]) == "который"
        and all(toks[k].feats.get(f) == v for f, v in want.items())
        for k in range(len(toks))
    )


def only_topic(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is the sanctions noun at `idx`, inside someone's words, only what they speak of (no
    act on it above it nor beside it: «о неприемлемости санкций»)?"""
    if lemma_of(toks[idx]) not in SANCTION_NOUNS:
        return False
    up = ancestors(parse, idx)
    if any(lemma_of(toks[j]) in ACTS for j in up[:2]):
        return False
    return not any(parse.heads[k] == idx and lemma_of(toks[k]) in ACTS for k in range(len(toks)))


def own_announcement(
    toks: list[Token], idx: int, statement: EventCandidate, reported: EventCandidate
) -> bool:
    """Does statement `statement` (its verb at `idx`) announce its speaker's own sanctions
    `reported`?"""
    return (
        reported.type in ACTS_BY_WORD
        and statement.type == "statement"
        and lemma_of(toks[idx]) in ANNOUNCE
        and bool(statement.actors)
        and set(statement.actors) <= set(reported.actors)
    )


ABOUT = frozenset({"о", "об"})


def announced(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is the sanctions trigger at `idx` (or the act noun it hangs on: «о введении санкций»)
    what a verb of announcing tells of, after «о» («объявила о высылке дипломатов»)? Told
    with no date, the act is then of the announcement's day, not of some day before it."""
    for j in (idx, parse.heads[idx]):
        if j < 0:
            return False
        head = parse.heads[j]
        if (
            head >= 0
            and lemma_of(toks[head]) in ANNOUNCE
            and any(
                parse.heads[k] == j and parse.rels[k] == "case" and lemma_of(toks[k]) in ABOUT
                for k in range(len(toks))
            )
        ):
            return True
        if j != idx or lemma_of(toks[j]) not in SANCTION_NOUNS:
            return False
    return False


def targets_of(roles: dict[str, str]) -> frozenset[str]:
    return frozenset(a for a, r in roles.items() if r == "subject")


def other_targets(a: frozenset[str], b: frozenset[str]) -> bool:
    """Sanctions against different targets are different sanctions, whoever imposed them
    («против Газпромбанка» in November, «против Мосбиржи» in June)."""
    return bool(a) and bool(b) and not a & b


def mark_targets(
    cand: EventCandidate,
    toks: list[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    idx: int,
) -> None:
    """The sentence's actors the sanctions are against get the role `subject` (named in the
    title, no party), as long as someone else is left to have imposed them."""
    targets = [h for h in hits if is_target(toks, parse, h)]
    ids = {h.actor_id for h in targets}
    if not ids:
        return
    if not set(cand.actors) - ids:
        # Only the targets in the trigger's clause: the sanctions of a bill someone passes
        found = enacting(toks, parse, idx, hits)
        if found is None or found.actor_id in ids:
            return
        cand.actors.insert(0, found.actor_id)
        cand.actor_spans.insert(0, (found.start, found.end, found.actor_id))
        cand.roles[found.actor_id] = "participant"
    for h in targets:
        if h.actor_id not in cand.actors:
            cand.actors.append(h.actor_id)
            cand.actor_spans.append((h.start, h.end, h.actor_id))
        cand.roles[h.actor_id] = "subject"
