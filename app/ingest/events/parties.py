"""«Стороны», «лидеры», «делегации»: a plural subject that names no one refers to the
parties of the happening the article has just told.

News tells a meeting or talks with its parties named, then what came of it with the parties
only as «стороны» («По итогам переговоров лидеры подписали совместное заявление», «В тот же
день стороны обменялись пакетом документов»). Such a subject is read as the parties of the
article's latest contact (a call, meeting, talks or visit with two or more actors) before
the sentence; it is read only when the sentence names no actor of its own for the
happening, and only for happenings other than speech (what «стороны заявили» is left
unassigned). The words are data (app/data/triggers.toml, [parties]).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.ingest.events.lexicon import (
    BARE_RESULT_NOUNS,
    DOCUMENT_NOUNS,
    PARTY_WORDS,
    RESULT_NOUNS,
    TALK_WORDS,
)
from app.ingest.events.model import ActorSpan, DateReading, EventCandidate, SentenceParse
from app.ingest.events.plural_words import bare
from app.ingest.events.syntax import VERBAL, anchor_verb, governing_verbs, plural, verb_above
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Happenings whose parties «стороны» may refer back to. Not a visit: its actors are the
# visitor and his company, while the other side is only its place.
CONTACT = frozenset({"call", "meeting", "talks"})
SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass"})
# Links by which a noun names what a result is of («итогом встречи», «итогом года»).
_OF_LINKS = frozenset({"nmod", "obl"})


@dataclass(frozen=True, slots=True)
class Antecedent:
    """The parties of a contact told, its date and status: what came of it («по итогам
    переговоров стороны подписали ...») happened on that day unless dated otherwise."""

    actors: tuple[str, ...]
    date: DateReading
    kind: str
    status: str


def told(told_before: list[Antecedent], group: EventCandidate) -> None:
    """Record a contact of two or more parties, held or planned, as the latest antecedent."""
    if group.type in CONTACT and len(group.actors) >= 2 and group.status in ("happened", "planned"):
        told_before.append(Antecedent(tuple(group.actors), group.date, group.type, group.status))


def antecedent_for(
    told_before: Sequence[Antecedent], settings: set[str], strict: bool = False
) -> Antecedent | None:
    """The contact «стороны» refer to: the latest of the kind the sentence names as its
    setting («по итогам переговоров стороны приняли»: the talks, not the dinner before),
    else the latest of any kind; none when the setting is only a visit, or when `strict`
    and the sentence names no contact at all."""
    for a in reversed(told_before):
        if a.kind in settings:
            return a
    if settings and not settings & CONTACT:
        return None  # «по итогам поездки стороны подписали»: whose sides, the text told not
    if strict and not settings:
        return None
    # «встреча» in one sentence, «переговоры» in the next: one contact told in two words.
    return told_before[-1] if told_before else None


def parties_of(
    tokens: list[Token],
    parse: SentenceParse,
    trigger: int,
    kind: str,
    told_before: Sequence[Antecedent],
    others: Sequence[tuple[int, str]],
) -> tuple[Antecedent, int] | None:
    """The antecedent whose parties a trigger without actors of its own takes, and the
    token that stands for them. `others` are the sentence's other triggers (index, type).
    A collective subject of a happening told by a verb («стороны подписали», «лидеры
    приняли заявление»; not «лидеры обсудили обмен пленными», a topic) refers to the latest
    contact of a kind the sentence names, else the latest; in a clause with no subject of its own,
    only a contact the sentence says a happening of another kind came of counts («по итогам
    переговоров планируется подписать пакет документов», «итогом встречи стало совместное
    заявление»)."""
    contacts_in = [(j, k) for j, k in others if k in CONTACT | {"visit"}]
    settings = {k for _, k in contacts_in}
    subject = collective_subject(tokens, parse, trigger)
    told_by_verb = tokens[trigger].pos in VERBAL or anchor_verb(tokens, parse, trigger) in {
        j for j, _ in others
    }
    if subject is not None and told_by_verb:
        found = antecedent_for(told_before, settings)
        return (found, subject) if found is not None else None
    came_of = {k for j, k in contacts_in if _under_result(tokens, parse, j)}
    if came_of and kind not in CONTACT | {"visit"} and _subjectless(tokens, parse, trigger):
        found = antecedent_for(told_before, came_of, strict=True)
        return (found, trigger) if found is not None else None
    if (
        not came_of
        and kind not in CONTACT | {"visit"}
        and _subjectless(tokens, parse, trigger)
        and talk_result(tokens, parse, trigger)
    ):  # «Итогом разговора стало совместное заявление»: of the contact just told
        found = told_before[-1] if told_before else None
        return (found, trigger) if found is not None else None
    return None


def talk_result(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Does the trigger's clause tell it as the result of a talk named by a plain word that
    is no trigger of its own («Главным итогом разговора стало совместное заявление»)? The
    talk is then the contact the text has just told. A bare «итогом стало» is left alone:
    what it is the result of may be more than the last contact told."""
    verb = anchor_verb(tokens, parse, trigger)
    for j, h in enumerate(parse.heads):
        if h != verb or j == trigger or lemma_of(tokens[j]) not in BARE_RESULT_NOUNS:
            continue
        of = [k for k, hk in enumerate(parse.heads) if hk == j and parse.rels[k] in _OF_LINKS]
        if of and all(lemma_of(tokens[k]) in TALK_WORDS for k in of):
            return True
    return False


def _under_result(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """«по итогам переговоров», «итогом встречи», «в ходе беседы»."""
    head = parse.heads[j]
    return head >= 0 and lemma_of(tokens[head]) in RESULT_NOUNS


def _subjectless(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """No subject but the trigger itself or its own clause: «планируется подписать»,
    «итогом встречи стало совместное заявление»."""
    verb = anchor_verb(tokens, parse, trigger)
    verbs = {verb}
    if parse.rels[verb] in ("csubj", "csubj:pass", "xcomp") and parse.heads[verb] >= 0:
        verbs.add(parse.heads[verb])
    return not any(
        h in verbs
        and parse.rels[j].startswith(("nsubj", "csubj"))
        and j not in (trigger, verb)
        # «по итогам переговоров подписан план»: the document signed names no signatory
        and not (parse.rels[j] == "nsubj:pass" and lemma_of(tokens[j]) in DOCUMENT_NOUNS)
        for j, h in enumerate(parse.heads)
    )


def may_refer_back(tokens: list[Token], triggers: list[tuple[int, str]]) -> bool:
    """Could a sentence without actors take the parties told before (worth a parse)? It
    has «стороны»/«лидеры», or tells what came of a contact («по итогам переговоров
    планируется подписать ...»)."""
    if any(lemma_of(t) in PARTY_WORDS for t in tokens):
        return True
    if triggers and any(lemma_of(t) in BARE_RESULT_NOUNS for t in tokens):
        return True  # «Итогом разговора стало совместное заявление» (talk_result)
    kinds = {k for _, k in triggers}
    return bool(kinds & CONTACT) and bool(kinds - CONTACT - {"visit"})


def _many(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """«стороны», «лидеры», or «два лидера» (a numeral puts the noun in the singular)."""
    return plural(tokens[j]) or any(
        h == j and parse.rels[k].startswith("nummod") for k, h in enumerate(parse.heads)
    )


def collective_subject(tokens: list[Token], parse: SentenceParse, trigger: int) -> int | None:
    """The token of a plural «стороны» / «лидеры» that is the subject of the trigger's verb
    (or of the verb whose infinitive it is: «стороны договорились подписать»). When the
    verb has no subject in the parse, a nominative party word of its own clause is taken
    («По итогам лидеры подписали», with «лидеры» hung under «итогам»)."""
    verb = anchor_verb(tokens, parse, trigger)
    if tokens[verb].pos not in VERBAL:
        return None
    verbs = {verb, *governing_verbs(tokens, parse, verb)}
    subjects = [
        j for j, h in enumerate(parse.heads) if h in verbs and parse.rels[j] in SUBJECT_LINKS
    ]
    for j in subjects:
        # «стороны конфликта», «российские министры»: some other group (plural_refs.py)
        if lemma_of(tokens[j]) in PARTY_WORDS and _many(tokens, parse, j) and bare(
            tokens, parse, j
        ):
            return j
    if subjects:
        return None
    for j, tok in enumerate(tokens):
        if (
            lemma_of(tok) in PARTY_WORDS
            and tok.feats.get("Case") == "Nom"
            and _many(tokens, parse, j)
            and verb_above(tokens, parse, j) in verbs
        ):
            return j
    return None


def stand_ins(
    tokens: list[Token],
    parse: SentenceParse,
    trigger: int,
    kind: str,
    told_before: Sequence[Antecedent],
    triggers: Sequence[tuple[int, str]],
) -> tuple[list[ActorSpan], Antecedent | None]:
    """The parties told before, as actor spans on the word that stands for them, for a
    trigger with no actor of its own; and the contact they come from."""
    others = [(i, t) for i, t in triggers if i != trigger]
    found = parties_of(tokens, parse, trigger, kind, told_before, others)
    if found is None:
        return [], None
    contact, stand_in = found
    here = tokens[stand_in]
    return [ActorSpan(here.start, here.end, a) for a in contact.actors], contact


def outcome_date(
    contact: Antecedent | None,
    reading: DateReading | None,
    planned: bool,
    own_date: bool,
    called_off: bool,
) -> DateReading | None:
    """What came of a contact, with no date of its own, happened (or is to happen) on the
    contact's day rather than on the last day the text told («Вечером 8 июля ... По итогам
    переговоров стороны приняли заявление»: the talks' day)."""
    if (
        contact is not None
        and not called_off
        and not own_date
        and planned == (contact.status == "planned")
        and contact.date.explicit
    ):
        return contact.date
    return reading


# «совместная пресс-конференция»: held by the parties of a contact together.
JOINT = frozenset({"совместный"})


def joint_occasion(
    tokens: list[Token],
    parse: SentenceParse,
    nouns: Sequence[int],
    told_before: Sequence[Antecedent],
    named: Sequence[str],
) -> list[ActorSpan]:
    """The parties of the latest contact told, for a joint occasion of words («Путин заявил
    на совместной пресс-конференции»: with the partner of the talks told before), as spans
    on the word «совместный». Only when everyone the sentence names as speaking is one of
    those parties: a joint appearance of others is not theirs."""
    if not told_before:
        return []
    contact = told_before[-1]
    if not set(named) <= set(contact.actors):
        return []
    for n in nouns:
        for j, h in enumerate(parse.heads):
            if h == n and parse.rels[j] == "amod" and lemma_of(tokens[j]) in JOINT:
                here = tokens[j]
                return [ActorSpan(here.start, here.end, a) for a in contact.actors]
    return []
