"""Whether a happening took place, as the grammar around its trigger says.

A trigger's status is read from the words that govern it (its ancestors in the parse) and
the words that modify it: «встречу отложили» (postponed), «отменил визит», «встреча не
состоялась» (cancelled), «подготовка к встрече продолжается» (planned: still to come).
Possibilities, requests, readiness, hearsay and denials are no happening at all: «возможная
встреча», «не исключил встречи», «встреча может состояться», «попросил о встрече», «готова
к переговорам», «Моди якобы приедет», «встреча не планируется». Tense (planned vs happened)
is clause_mood.future_clause's job; this module only overrides it. The words are data
(app/data/triggers.toml, [status]).

Two readings go beyond the tree's links, for where the parse leaves a trigger unlinked or
the sentence tells the happening twice: a called-off verb that agrees with the trigger noun
in the nominative («Небо закрыто: визит Лаврова сорвался», the parser hanging «сорвался»
elsewhere), and a later clause, coordinated with the trigger's, that calls off the same kind
of happening again («должен был прибыть 6 июня, но поездку пришлось отменить»; «готовил
переговоры ..., однако эта встреча отменена»).
"""

from __future__ import annotations

from app.ingest.events.arranged import agreed_on, arranged_contact
from app.ingest.events.intents import meant_ahead
from app.ingest.events.lexicon import (
    AGREED_TO_LEMMAS,
    AWAITED_VERBS,
    CANCEL_LEMMAS,
    CARRY_ON_LEMMAS,
    DUE_LEMMAS,
    HEARSAY_LEMMAS,
    HOPED_LEMMAS,
    MODAL_LEMMAS,
    NOUN_TRIGGERS,
    ONE_SIGNER_ACTS,
    OPEN_FOR_LEMMAS,
    OPEN_FOR_PREPOSITIONS,
    POSSIBLE_LEMMAS,
    POSTPONE_LEMMAS,
    PREPARING_LEMMAS,
    READY_LEMMAS,
    REFUSING_LEMMAS,
    REQUESTED_LEMMAS,
    SCHEDULED_LEMMAS,
    SCHEDULING_NOUNS,
    TOOK_PLACE_LEMMAS,
    UNILATERAL_ACTS,
    UPCOMING_LEMMAS,
    VERB_TRIGGERS,
)
from app.ingest.events.model import SentenceParse
from app.ingest.events.one_signer import one_signer
from app.ingest.events.original_plan import original_plan
from app.ingest.events.past_occasion import occasion_of_past_act
from app.ingest.events.possible_dates import possible_schedule
from app.ingest.events.preparing import in_preparation
from app.ingest.events.put_off_after import put_off_after
from app.ingest.events.refusals import refused_itself, refused_nearby
from app.ingest.events.syntax import VERBAL, ancestors, anchor_verb
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How a happening hangs under a verb that schedules it: its subject («запланирована
# встреча»), its object («наметили встречу на май», «назначили переговоры на пятницу») or its
# infinitive («планируется подписать»), not words said beside it («По словам Ушакова, ...
# планируется»).
SCHEDULED_LINKS = frozenset({"nsubj", "nsubj:pass", "obj", "csubj", "csubj:pass", "xcomp"})
# Statuses a trigger's surroundings can impose; "" leaves it to tense and dates.
BY_TENSE = ""
# Relations by which a word modifies the trigger itself («возможная встреча»,
# «отложенная сессия»).
MODIFIERS = frozenset({"amod", "acl"})
# Acts that govern the happening they are about, not one they took place at
# (past_occasion.py); a hope or a possibility is a plan with its occasion.
_ABOUT_LEMMAS = REQUESTED_LEMMAS | READY_LEMMAS


def due_in_past(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """«Лавров должен был прилететь в Минск ещё в ноябре»: the happening is told as due,
    not as held (its fate, when told, is another clause's: restated_status)."""
    return any(
        lemma_of(tokens[a]) in DUE_LEMMAS and _past_copula(tokens, parse, a)
        for a in ancestors(parse, trigger)
    )


def _past_copula(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Does a past «быть» hang on `i` («должен был»)?"""
    return any(
        h == i and lemma_of(tokens[j]) == "быть" and tokens[j].feats.get("Tense") == "Past"
        for j, h in enumerate(parse.heads)
    )


def _has_not(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    return any(
        h == i and lemma_of(tokens[j]) == "не" and tokens[j].pos == "PART"
        for j, h in enumerate(parse.heads)
    )


def trigger_status(
    tokens: list[Token],
    parse: SentenceParse,
    trigger: int,
    own_words_only: bool = False,
    kind: str | None = None,
) -> str | None:
    """ "postponed", "cancelled", "planned", BY_TENSE, or None when the sentence only says
    the happening is possible or denies it. `own_words_only`: read only the trigger's own
    modifiers, not the words above it (a verb of saying after the words it closes hangs
    under them in the parse)."""
    verb = anchor_verb(tokens, parse, trigger)
    if any(
        h in (trigger, verb) and lemma_of(tokens[j]) in HEARSAY_LEMMAS
        for j, h in enumerate(parse.heads)
    ):
        return None  # «Моди якобы приедет»: hearsay the text does not vouch for
    if in_preparation(tokens, parse, trigger):
        return "planned"  # «готовится визит», «подготовка визита»: still to come
    if meant_ahead(tokens, parse, trigger):
        return "planned"  # «намерен посетить Москву 26 мая»: a plan (intents.py)
    if (first := original_plan(tokens, parse, trigger)) is not None:
        return first  # «изначально планировали собраться в Иркутске» (original_plan.py)
    if lemma_of(tokens[trigger]) in AWAITED_VERBS and tokens[trigger].pos in VERBAL:
        return "planned"  # «его ожидают в Минске»: a visit awaited is still to come
    if carried_on(tokens, parse, trigger) or (
        kind != "sanctions" and unilateral_act(tokens, parse, trigger)
    ):
        # «договорились продолжить работу», «подписал указ»: nothing concluded; a law
        # signed against another state is the signer's sanctions (answering_laws.py)
        return None
    if arranged_contact(tokens, parse, trigger):
        return None  # «договорились о времени встречи»: a contact arranged (arranged.py)
    for j, h in enumerate(parse.heads):
        if h != trigger or parse.rels[j] not in MODIFIERS:
            continue
        lemma = lemma_of(tokens[j])
        if lemma in POSSIBLE_LEMMAS:
            return None
        if lemma in POSTPONE_LEMMAS:
            return "postponed"
        if lemma in CANCEL_LEMMAS:
            return "cancelled"
        if lemma in UPCOMING_LEMMAS:
            return "planned"  # «предстоящий визит»: still to come
    if possible_schedule(tokens, parse, trigger):
        return None  # «о возможных сроках визита»: only a possible visit, its dates talked of
    if tokens[trigger].pos not in VERBAL and refused_nearby(tokens, parse, trigger):
        return "cancelled"  # «после отказа Обамы от визита»: the visit was called off
    # «во время разговора 16 января просил о помиловании»: the call is where the past
    # request was made, not what was requested (past_occasion.py)
    occasion = occasion_of_past_act(tokens, parse, trigger)
    for a in [] if own_words_only else ancestors(parse, trigger):
        tok = tokens[a]
        lemma = lemma_of(tok)
        if a == occasion and lemma in _ABOUT_LEMMAS:
            continue
        if lemma in POSSIBLE_LEMMAS:
            return None  # «не исключил встречи», «не исключено, что встретятся»
        if lemma in REQUESTED_LEMMAS:
            return None  # «попросил о встрече»: only asked for
        if lemma in READY_LEMMAS:
            return None  # «готова к переговорам», «готова провести встречу»: only readiness
        if lemma in HOPED_LEMMAS and tok.pos in VERBAL and _same_clause(parse, trigger, a):
            return None  # «надеется на скорую встречу»: only hoped for
        if lemma in REFUSING_LEMMAS and _refused(tokens, parse, trigger, a):
            return None  # «отказалась присоединиться к санкциям»: nothing of theirs done
        if lemma in REFUSING_LEMMAS and refused_itself(tokens, parse, trigger, a):
            return "cancelled"  # «Обама отказался от визита», «отказ от поездки»: called off
        if lemma in OPEN_FOR_LEMMAS and _open_for(tokens, parse, trigger, a):
            return None  # «открыт для переговоров»: only openness
        if lemma in MODAL_LEMMAS and tok.feats.get("Tense") != "Past":
            return None  # «может состояться»; «смогли встретиться» did happen
        if lemma in POSTPONE_LEMMAS:
            return "postponed"
        if lemma in CANCEL_LEMMAS:
            return "cancelled"
        if lemma in TOOK_PLACE_LEMMAS and _has_not(tokens, parse, a):
            return "cancelled"  # «встреча так и не состоялась»
        if lemma in PREPARING_LEMMAS and tok.pos == "NOUN":
            return "planned"  # «подготовка к встрече продолжается»
        if (
            lemma in SCHEDULED_LEMMAS
            and tok.pos in VERBAL
            and parse.heads[trigger] == a
            and parse.rels[trigger] in SCHEDULED_LINKS
            and not _has_not(tokens, parse, a)
        ):
            # «запланирована встреча», «на май намечены консультации»; «визит не
            # планируется» is a denial, and words said under it are no plan.
            return "planned"
        if (
            lemma in AGREED_TO_LEMMAS
            and parse.heads[trigger] == a
            and parse.rels[trigger] == "xcomp"
            and tokens[trigger].feats.get("VerbForm") == "Inf"
        ):
            return "planned"  # «договорились подписать протокол»: the signing is to come
        if lemma in AGREED_TO_LEMMAS and agreed_on(tokens, parse, trigger, a):
            return "planned"  # «договорились о консультациях»: arranged, not held
        if lemma in AGREED_TO_LEMMAS and _held_by_infinitive(tokens, parse, trigger, a):
            return "planned"  # «договорились провести встречу в мае»: the meeting is to come
    return _agreeing_call_off(tokens, parse, trigger)


# Verbs of holding a happening: agreed to, it is still to come.
_HOLDING = frozenset({"провести", "проводить", "организовать", "устроить"})


def _held_by_infinitive(
    tokens: list[Token], parse: SentenceParse, trigger: int, agreeing: int
) -> bool:
    """Is the trigger noun the object of an infinitive of holding under the verb of agreeing
    («договорились провести следующую встречу», «условились организовать визит»)? Not
    «договорились ускорить переговоры»: what is sped up or carried on is under way."""
    verb = parse.heads[trigger]
    return (
        tokens[trigger].pos not in VERBAL
        and verb >= 0
        and lemma_of(tokens[verb]) in _HOLDING
        and verb >= 0
        and parse.rels[trigger] == "obj"
        and parse.heads[verb] == agreeing
        and parse.rels[verb] == "xcomp"
        and tokens[verb].feats.get("VerbForm") == "Inf"
    )


# How what is refused hangs on the verb of refusing («отказалась присоединиться», «от
# присоединения»), not its subject («Песков, заявивший ..., отказался»).
_REFUSED_LINKS = frozenset({"obl", "xcomp", "obj"})
# Links that open a clause of its own: what it tells is not what was refused.
_CLAUSE_LINKS = frozenset({"ccomp", "advcl", "acl:relcl", "parataxis", "conj", "csubj"})


def _same_clause(parse: SentenceParse, trigger: int, verb: int) -> bool:
    """Does `trigger` hang under `verb` within its clause (no clause of its own between)?"""
    below = trigger
    while below >= 0 and parse.heads[below] != verb:
        if parse.rels[below] in _CLAUSE_LINKS:
            return False
        below = parse.heads[below]
    return below >= 0 and parse.rels[below] not in _CLAUSE_LINKS


def _refused(tokens: list[Token], parse: SentenceParse, trigger: int, verb: int) -> bool:
    """Does `trigger` hang, below what is refused, under refusing verb `verb` — not as that
    thing itself («отказался от поездки», called off) nor as an expiry?"""
    below = trigger
    while parse.heads[below] != verb:
        if parse.rels[below] in _CLAUSE_LINKS:
            return False  # «отказались уточнить, кто вёл переговоры»: a clause of its own
        below = parse.heads[below]
    return below != trigger and parse.rels[below] in _REFUSED_LINKS and not _expiry(tokens[trigger])


def _expiry(tok: Token) -> bool:
    lemma = lemma_of(tok)
    kind = VERB_TRIGGERS.get(lemma) if tok.pos in VERBAL else NOUN_TRIGGERS.get(lemma)
    return kind == "expiry"


def _open_for(tokens: list[Token], parse: SentenceParse, trigger: int, verb: int) -> bool:
    """Is `verb` a short passive participle («открыт») that the trigger hangs under through
    a word with «для» («открыт для переговоров»)?"""
    feats = tokens[verb].feats
    if feats.get("Variant") != "Short" or feats.get("Voice") != "Pass":
        return False
    below = trigger
    while parse.heads[below] != verb:
        below = parse.heads[below]
    return any(
        parse.heads[k] == below and lemma_of(tokens[k]) in OPEN_FOR_PREPOSITIONS
        for k in range(len(tokens))
    )


_CARRIED_LINKS = frozenset({"xcomp", "ccomp"})


def carried_on(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """«Стороны договорились продолжить консультации»: agreeing only to go on with what is
    under way. True for the verb of agreeing that governs a verb of carrying on, and for a
    happening under that verb; not for a happening that is only the agreeing's setting
    («по итогам переговоров договорились продолжить работу»: the talks stay news)."""
    if lemma_of(tokens[trigger]) in AGREED_TO_LEMMAS and any(
        parse.heads[j] == trigger
        # «договорились продолжить», and «договорились, что тему будут прорабатывать»
        and parse.rels[j] in _CARRIED_LINKS
        and lemma_of(tokens[j]) in CARRY_ON_LEMMAS
        for j in range(len(tokens))
    ):
        return True
    return any(
        lemma_of(tokens[a]) in CARRY_ON_LEMMAS
        and parse.rels[a] == "xcomp"
        and parse.heads[a] >= 0
        and lemma_of(tokens[parse.heads[a]]) in AGREED_TO_LEMMAS
        for a in ancestors(parse, trigger)
    )


# Verbs that tell an agreement by a document signed or approved («подписали договор»).
_CONCLUDING = frozenset(lemma for lemma, kind in VERB_TRIGGERS.items() if kind == "agreement")
# How the document hangs on such a verb: its object, its passive subject.
_DOCUMENT_LINKS = frozenset({"obj", "nsubj:pass"})
# How such a verb, as a participle, hangs on the document it modifies («указ, подписанный»).
_MODIFYING = frozenset({"acl", "amod"})


def unilateral_act(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """«Путин подписал указ», «указ, подписанный президентом»: one party's act signed or
    approved, no agreement between parties; likewise a time agreed on («новые сроки
    согласованы»), which only schedules another happening."""
    if lemma_of(tokens[trigger]) not in _CONCLUDING or tokens[trigger].pos not in VERBAL:
        return False
    not_concluded = UNILATERAL_ACTS | SCHEDULING_NOUNS
    if one_signer(parse, trigger):
        not_concluded = not_concluded | ONE_SIGNER_ACTS  # «Обама подписал акт Магнитского»
    head = parse.heads[trigger]
    if head >= 0 and parse.rels[trigger] in _MODIFYING:
        return lemma_of(tokens[head]) in not_concluded
    return any(
        parse.heads[j] == trigger
        and parse.rels[j] in _DOCUMENT_LINKS
        and lemma_of(tokens[j]) in not_concluded
        for j in range(len(tokens))
    )


def _called_off(lemma: str) -> str | None:
    if lemma in POSTPONE_LEMMAS:
        return "postponed"
    if lemma in CANCEL_LEMMAS:
        return "cancelled"
    return None


# Happenings of contact: a trip told as a visit, then as «поездка» or «встреча», is one.
CONTACT = frozenset({"call", "meeting", "talks", "visit"})


def _family(kind: str) -> str:
    return "contact" if kind in CONTACT else kind


# Features a subject and its finite verb or short participle share in the past.
AGREEMENT = ("Number", "Gender")


def _agreeing_call_off(tokens: list[Token], parse: SentenceParse, trigger: int) -> str:
    """A nominative trigger noun and a later called-off verb that agrees with it, with no
    nominative noun of its own between them, and not taking a subject of its own: «визит
    Лаврова в Сербию сорвался» where the parser hangs the verb elsewhere."""
    noun = tokens[trigger]
    if noun.pos not in ("NOUN", "PROPN"):
        return BY_TENSE
    as_object = _nominative_as_object(parse, noun, trigger)
    if noun.feats.get("Case") != "Nom" and not as_object:
        return BY_TENSE
    for j in range(trigger + 1, len(tokens)):
        tok = tokens[j]
        if tok.text in (",", ";", "—", "–") or lemma_of(tok) in ("который", "что"):
            return BY_TENSE  # a clause of its own begins: its verb is not the trigger's
        if tok.pos in ("NOUN", "PROPN", "PRON") and tok.feats.get("Case") == "Nom":
            return BY_TENSE  # another candidate subject stands between them
        if tok.pos not in VERBAL:
            continue
        status = _called_off(lemma_of(tok))
        if status is None:
            return BY_TENSE  # the nearest verb is the trigger's, and it calls nothing off
        has_subject = any(
            h == j and parse.rels[k].startswith("nsubj") and k != trigger
            for k, h in enumerate(parse.heads)
        )
        agrees = all(
            tok.feats.get(f) is None or noun.feats.get(f) is None or tok.feats[f] == noun.feats[f]
            for f in AGREEMENT
        )
        if as_object and not _takes_subject(tok):
            return BY_TENSE  # «отменили визит»: a verb that acts on the noun, not its own
        return status if agrees and not has_subject else BY_TENSE
    return BY_TENSE


def _nominative_as_object(parse: SentenceParse, noun: Token, trigger: int) -> bool:
    """An inanimate noun whose accusative is its nominative («визит», «заседание»,
    «переговоры»), parsed as the object of a verb after it: «Запланированный на май визит
    делегации отменен, сообщил источник», the parser taking «визит» for what was told."""
    feats = noun.feats
    same_forms = feats.get("Animacy") == "Inan" and not (
        feats.get("Gender") == "Fem" and feats.get("Number") == "Sing"
    )
    return feats.get("Case") == "Acc" and same_forms and parse.heads[trigger] > trigger


def _takes_subject(verb: Token) -> bool:
    """A short passive participle («отменен») or a middle verb («сорвался»): what it calls
    off is its subject."""
    feats = verb.feats
    return (feats.get("Variant") == "Short" and feats.get("Voice") == "Pass") or feats.get(
        "Voice"
    ) == "Mid"


def agreed_to_do(
    tokens: list[Token], parse: SentenceParse, trigger: int, others: list[tuple[int, str]]
) -> int | None:
    """The infinitive of a verb of agreeing that is a happening of the same kind
    («договорились подписать протокол»): that happening, still to come, may be the news."""
    if lemma_of(tokens[trigger]) not in AGREED_TO_LEMMAS:
        return None
    kinds = dict(others)
    kind = kinds.get(trigger)
    return next(
        (
            j
            for j in range(len(tokens))
            if parse.heads[j] == trigger and parse.rels[j] == "xcomp" and kinds.get(j) == kind
        ),
        None,
    )


def restated_status(
    tokens: list[Token],
    parse: SentenceParse,
    trigger: int,
    others: list[tuple[int, str]],
    kind: str,
) -> str:
    """The status of a later trigger of the same family whose clause is coordinated with
    the trigger's («Лавров должен был прибыть в Белград, но поездку пришлось отменить»):
    the sentence tells one happening, then says it was called off. Not when the first clause
    tells its happening as done («Помпео провёл переговоры в Брюсселе и отменил поездку в
    Москву»: the talks were held; the trip called off is another)."""
    if _done(tokens, parse, trigger):
        return BY_TENSE
    above = {trigger, *ancestors(parse, trigger)}
    for j, other in others:
        if j <= trigger or _family(other) != _family(kind):
            continue
        if not any(
            parse.rels[c] == "conj" and parse.heads[c] in above
            for c in [j, *ancestors(parse, j)]
            if c not in above
        ):
            continue
        status = trigger_status(tokens, parse, j)
        if status in ("postponed", "cancelled"):
            return status
    # «встреча должна была пройти в июне, однако её перенесли» (put_off_after.py)
    return put_off_after(tokens, parse, trigger) or BY_TENSE


def _done(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Is the trigger told as done: its own verb, or the verb it hangs on, a perfective
    finite verb in the past, not negated («провёл переговоры», «вылетел в Брюссель»)?
    «Готовил переговоры» (imperfective) and «должен был прибыть» (an infinitive) tell
    something still to come."""
    verb = anchor_verb(tokens, parse, trigger)
    feats = tokens[verb].feats
    return (
        tokens[verb].pos in VERBAL
        and feats.get("Aspect") == "Perf"
        and feats.get("VerbForm") == "Fin"
        and feats.get("Tense") == "Past"
        and not _has_not(tokens, parse, verb)
    )
