"""Which trigger words the dependency parse bears out.

Some words are a happening only by their object, agent or place, and only the parse can
tell: «Путин принял премьера» (an animate object), «Лавров был принят председателем» (a
passive with an animate agent), «приняли декларацию», «Путин был в Монголии», «вызвали
посла», not «принял решение» or «выступила посредником». `find_triggers` (triggers.py) finds
such words on tokens alone; `confirmed` keeps those the parse bears out.
"""

from __future__ import annotations

from app.ingest.events.descriptions import passive_description
from app.ingest.events.host_pronoun import pronoun_guest
from app.ingest.events.instrumental import instrumental, of_time
from app.ingest.events.joint_bodies import body_subject
from app.ingest.events.lexicon import (
    ADOPT_OBJECTS,
    ADOPT_VERBS,
    AWAITED_VERBS,
    DEMAND_VERBS,
    GATHER_VERBS,
    HOST_OBJECTS,
    HOST_VERBS,
    LANDING_VERBS,
    MESSAGE_VERBS,
    MISSIONS,
    SIGN_VERBS,
    STAY_VERBS,
    SUMMON_WORDS,
    SUMMONED,
    TOUR_VERBS,
    TRAVEL_VERBS,
    VERB_TRIGGERS,
)
from app.ingest.events.messages import handed
from app.ingest.events.model import SentenceParse
from app.ingest.events.movements import destination_at, landed, toured
from app.ingest.events.recalls import consultations_of_recall, recalled
from app.ingest.events.relatives import animate_antecedent
from app.ingest.events.set_out import set_out_to_partner
from app.ingest.events.signatures import signs
from app.ingest.events.speech_nouns import not_a_speech
from app.ingest.events.syntax import children
from app.ingest.events.triggers import (
    IN,
    NOMINAL,
    animate,
    lemma_of,
)
from app.ingest.events.worded_acts import demand_of_callers
from app.ingest.nlp import Token


def confirmed(tokens: list[Token], parse: SentenceParse, i: int, kind: str) -> bool:
    """Does the parse bear out a trigger that is a happening only by its object or place?
    «Путин принял премьера» (an animate object) or «Лавров был принят председателем» (a
    passive with an animate agent); «приняли декларацию»; «Путин был в Монголии»."""
    lemma = lemma_of(tokens[i])
    kids = children(parse, i)
    if lemma in ROLE_VERBS and any(_bare_instrumental(tokens, parse, j) for j in kids):
        return False  # «выступила посредником», «выступил гарантом»: a role, not words
    if kind == "statement" and passive_description(tokens, parse, i):
        return False  # «Красиков, осуждённый в Германии»: a description (descriptions.py)
    if kind == "statement" and not_a_speech(tokens, parse, i):
        return False  # «речь идёт о ...», «от речи президента» (speech_nouns.py)
    if kind == "statement" and set_out_to_partner(tokens, parse, i):
        return False  # «изложил собеседнику подходы»: what the contact was about (set_out.py)
    if lemma in SUMMON_WORDS:
        # «вызвала своего посла для консультаций»: called home, not summoned (recalls.py)
        return _envoy_summoned(tokens, parse, i) and not recalled(tokens, parse, i)
    if kind == "talks" and consultations_of_recall(tokens, parse, i):
        return False  # «отозвала посла для консультаций»: the purpose of a recall
    if kind == "proposal" and recalled(tokens, parse, i):
        return False  # «посол приглашён в Москву на консультации»: called home (recalls.py)
    if kind == "meeting" and lemma in MESSAGE_VERBS:
        return handed(tokens, parse, i)  # «передал президенту послание» (messages.py)
    if kind == "sanctions" and lemma in DEMAND_VERBS:
        return not demand_of_callers(tokens, parse, i)  # «протестующие потребовали»
    if VERB_TRIGGERS.get(lemma) == kind:
        return True
    if kind == "agreement" and lemma in SIGN_VERBS:
        return signs(tokens, parse, i)  # «подписи под документом поставили» (signatures.py)
    if kind == "agreement" and lemma in ADOPT_VERBS:
        return any(
            parse.rels[j] in ("obj", "nsubj:pass", "nsubj") and lemma_of(tokens[j]) in ADOPT_OBJECTS
            for j in kids
        )
    if kind == "meeting" and lemma in HOST_VERBS:
        passive = tokens[i].feats.get("Voice") == "Pass"
        for j in kids:
            guest = animate(tokens[j]) or lemma_of(tokens[j]) in HOST_OBJECTS
            # «после переговоров его принял президент»: a person named before (split_contacts.py)
            guest = guest or pronoun_guest(tokens, parse, i, j)
            guest = guest or animate_antecedent(tokens, parse, j)  # «которого принял»
            if parse.rels[j] == "obj" and guest:
                return True
            if (
                passive
                and parse.rels[j].startswith("obl")
                and guest
                and tokens[j].feats.get("Case") == "Ins"
            ):
                return True  # «был принят председателем»
        return False
    if kind == "visit" and lemma in STAY_VERBS:
        if parse.rels[i] == "cop" and parse.heads[i] >= 0:
            # «Путин был в Монголии» parsed with the place as the predicate
            place = parse.heads[i]
            return _a_place(tokens, parse, place) and any(
                parse.rels[j] == "nsubj" and animate(tokens[j]) for j in children(parse, place)
            )
        here = any(parse.rels[j] == "obl" and _a_place(tokens, parse, j) for j in kids)
        # «В декабре он вновь побывал в Москве»: a personal pronoun stands for the person
        person = any(
            parse.rels[j] == "nsubj"
            and (animate(tokens[j]) or lemma_of(tokens[j]) in _PERSONAL_PRONOUNS)
            for j in kids
        )
        return here and person
    if lemma in GATHER_VERBS:
        if any(parse.rels[j] == "xcomp" for j in kids):
            return False  # «собирается посетить»: an intention
        # people gather («лидеры собирались»); a body «собирался» is a sitting, told apart
        if kind == "meeting" and body_subject(tokens, parse, i):
            return True  # «группа последний раз собиралась ...» (joint_bodies.py)
        # «члены комиссии планировали собраться»: an infinitive's subject is the one of
        # the verb it completes
        up = parse.heads[i] if parse.rels[i] == "xcomp" and parse.heads[i] >= 0 else -1
        doers = kids + (children(parse, up) if up >= 0 else [])
        someone = any(parse.rels[j] == "nsubj" and animate(tokens[j]) for j in doers)
        if kind == "meeting":
            return someone and any(
                parse.rels[j] == "obl" and _a_place(tokens, parse, j) for j in kids
            )
    if kind == "visit" and lemma in AWAITED_VERBS:
        # «его ожидают в Минске», «Лавров ожидается в Минске»: a person awaited in a place;
        # not «ожидается, что ...» nor «ожидают переговоров»
        return any(parse.rels[j] == "obl" and _a_place(tokens, parse, j) for j in kids) and any(
            parse.rels[j] in ("obj", "nsubj", "nsubj:pass") and _someone(tokens, parse, j)
            for j in kids
        )
    if kind == "visit" and lemma in (TRAVEL_VERBS | GATHER_VERBS):
        # «Лавров отправится в Пномпень», «он вылетел в Париж»: someone sets off for a place
        there = any(
            parse.rels[j] == "obl"
            and destination_at(tokens, j)
            and any(lemma_of(tokens[k]) in IN for k in children(parse, j))
            for j in kids
        )
        person = any(
            parse.rels[j] == "nsubj" and (animate(tokens[j]) or tokens[j].pos == "PRON")
            for j in kids
        )
        return there and person
    if kind == "visit" and lemma in LANDING_VERBS:
        return landed(tokens, parse, i)  # «самолёт президента приземлился в ...»
    if kind == "visit" and lemma in TOUR_VERBS:
        return toured(tokens, parse, i)  # «объехал Кремниевую долину»
    return True


# Pronouns that stand for a person who may stay somewhere (not «это», «оно»).
_PERSONAL_PRONOUNS = frozenset({"он", "она", "они"})


def _someone(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """A person: an animate noun, a pronoun, or a title with a name in apposition («главу
    МИД Хакана Фидана», the title tagged inanimate)."""
    return (
        animate(tokens[j])
        or tokens[j].pos == "PRON"
        or any(parse.rels[k] == "appos" and animate(tokens[k]) for k in children(parse, j))
    )


def _envoy_summoned(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """«вызвали посла», «посол был вызван в МИД», «вызов посла»: the envoy is what is
    summoned (the object, the passive subject, the noun's genitive), not a word near by
    («заявление посла вызвало недовольство»)."""
    rels = ("obj", "nsubj:pass", "nmod") if tokens[i].pos in NOMINAL else ("obj", "nsubj:pass")
    return any(
        parse.rels[j] in rels
        and (lemma_of(tokens[j]) in SUMMONED or _of_mission(tokens, parse, j))
        # «вызов посла», not «вызов такси для посла»
        and not any(parse.rels[k] == "case" for k in children(parse, j))
        for j in children(parse, i)
    )


# How deep under the person summoned the mission may hang («заместителя руководителя
# американского посольства»: two nouns down).
_MISSION_DEPTH = 3


def _of_mission(tokens: list[Token], parse: SentenceParse, j: int, depth: int = 0) -> bool:
    """Does a mission («посольства») hang in the genitive under noun j, through nouns in
    the genitive with no preposition?"""
    if depth >= _MISSION_DEPTH:
        return False
    for k in children(parse, j):
        if parse.rels[k] != "nmod" or tokens[k].feats.get("Case") != "Gen":
            continue
        if any(parse.rels[c] == "case" for c in children(parse, k)):
            continue
        if lemma_of(tokens[k]) in MISSIONS or _of_mission(tokens, parse, k, depth + 1):
            return True
    return False


# Verbs of speaking that with a bare instrumental say what part someone played.
ROLE_VERBS = frozenset({"выступить", "выступать"})


def _bare_instrumental(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """A noun in the instrumental with no preposition of its own («посредником»)."""
    if not instrumental(tokens[j]):  # «Инициатором ... выступила» tagged an adjective too
        return False
    if of_time(tokens[j]):
        return False  # «Вечером министр выступил»: when, not a part played
    return not any(parse.rels[k] == "case" for k in children(parse, j))


def _a_place(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """A proper noun in the locative under «в»/«во»: «в Москве»."""
    return (
        tokens[j].pos == "PROPN"
        and tokens[j].feats.get("Case") == "Loc"
        and any(lemma_of(tokens[k]) in IN for k in children(parse, j))
    )
