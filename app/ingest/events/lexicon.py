"""The closed set of event types and the words (lemmas) that signal them.

Types, most specific first (a sentence naming a call and a statement is about the call):
call, meeting, visit, talks, agreement, sanctions, proposal, exchange (of prisoners),
appointment (of an envoy; credentials presented), expiry (a treaty ends or is suspended),
interview, press-conference, answers, statement. The trigger words are data
(app/data/triggers.toml). Speech acts (the last four) are one family: an interview or a set of
written answers is the occasion on which statements are made, so they merge.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from app.db.vocabulary import EVENT_TYPES

PRIORITY = {t: i for i, t in enumerate(EVENT_TYPES)}
SPEECH_TYPES = frozenset({"interview", "press-conference", "answers", "statement"})
# Speech held together by the parties of a contact: «министры провели совместную
# пресс-конференцию» is theirs, where «стороны заявили» names no speaker.
JOINT_SPEECH = frozenset({"press-conference"})


def _load() -> dict[str, Any]:
    with (resources.files("app") / "data" / "triggers.toml").open("rb") as f:
        return tomllib.load(f)


def _speech_data() -> dict[str, Any]:
    with (resources.files("app") / "data" / "speech.toml").open("rb") as f:
        return tomllib.load(f)


_DATA = _load()
# Nouns for the kind of place before its name: «в городе Сочи» (places.py).
PLACE_NOUNS: frozenset[str] = frozenset(_DATA["place_nouns"]["words"])
LEAVING_VERBS: frozenset[str] = frozenset(_DATA["place_nouns"]["leaving"])
RETURNING_VERBS: frozenset[str] = frozenset(_DATA["place_nouns"]["returning"])
# Nouns for a building or grounds where people meet («в гостинице «Хёндэ»»): a name in
# apposition to one is the venue (occasion.py).
VENUE_NOUNS: frozenset[str] = frozenset(_DATA["venue_nouns"]["words"])
# Trigger lemmas by part of speech (app/data/triggers.toml).
NOUN_TRIGGERS: dict[str, str] = dict(_DATA["nouns"])
VERB_TRIGGERS: dict[str, str] = dict(_DATA["verbs"])
# A trigger of these types counts only in a sentence holding one of its words
# («обмен пленными», not «обмен мнениями»; «назначил посла», not «назначил дату»).
REQUIRED_WORDS: dict[str, frozenset[str]] = {
    t: frozenset(_DATA[t]["words"]) for t in ("sanctions", "exchange", "appointment", "expiry")
}
# Laws signed that answer another state (answering_laws.py).
ANSWERING_SIGN_VERBS = frozenset(_DATA["answering_laws"]["verbs"])
ANSWERING_LAWS = frozenset(_DATA["answering_laws"]["laws"])
ANSWERING_MEASURES = frozenset(_DATA["answering_laws"]["measures"])
NOT_MEASURES = frozenset(_DATA["answering_laws"]["not_measures"])
BANNING_WORDS = frozenset(_DATA["answering_laws"]["banning"])
FRIENDLY_WORDS = frozenset(_DATA["answering_laws"]["friendly"])
# Bodies whose work ends as a document's force does (expiring.py).
EXPIRING_BODIES = frozenset(_DATA["expiry"]["bodies"])
# People who are no prisoners swapped: «обмен студентами» (people_swapped.py).
NOT_SWAPPED = frozenset(_DATA["exchange"]["not_swapped"])
# Titles of an aide: a person in another case under them is whose aide (tree.py).
# «решил продлить санкции»: verbs whose infinitive is the sanctions act (decided_day.py).
SANCTION_DECIDING = frozenset(_DATA["sanctions"]["deciding"])
INSTRUCTING = frozenset(_DATA["instructing"]["verbs"])
# Words one lemma needs in place of those of its type (an empty set: none).
LEMMA_NEEDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["needs"].items()}
# Lemmas that tell another type beside certain words («утвердил пакет санкций»: sanctions).
RETYPE: dict[str, tuple[str, frozenset[str]]] = {
    k: (v["type"], frozenset(v["words"])) for k, v in _DATA["retype"].items()
}
# Adopted acts that can carry sanctions (adopted_measures.py).
MEASURE_ACTS = frozenset(_DATA["adopt"]["measure_acts"])
# Drafts: no act in force (drafts.py).
DRAFT_NOUNS = frozenset(_DATA["drafts"]["nouns"])
DRAFT_BY_ITSELF = frozenset(_DATA["drafts"]["by_itself"])
DRAFT_DOCUMENTS = frozenset(_DATA["drafts"]["documents"])
DRAFT_ADOPTING = frozenset(_DATA["drafts"]["adopting"])
DRAFT_OFFERING = frozenset(_DATA["drafts"]["offering"])
# Agreeing on a contact's time or place (agreed_schedule.py).
AGREEING_VERBS = frozenset(_DATA["agreed_schedule"]["agreeing"])
SCHEDULING_VERBS = frozenset(_DATA["agreed_schedule"]["scheduling"])
# Verbs of calling back: a call back is not the call it answers (call_backs.py).
CALL_BACK_VERBS = frozenset(_DATA["call_back"]["verbs"])
# Verbs of sending words: where they go is no party (sent_to.py).
SENDING_VERBS = frozenset(_DATA["sent"]["verbs"])
# The press as a meeting's partner: a press appearance (triggers.py).
PRESS_WORDS = frozenset(_DATA["press"]["words"])
# Happenings told by words that are no trigger of their own (worded_acts.py).
_WORDED = _DATA["worded"]
DEMAND_VERBS = frozenset(_WORDED["demand_verbs"])
DEMAND_ACTS = frozenset(_WORDED["demand_acts"])
DEMAND_OBJECTS = frozenset(_WORDED["demand_objects"])
DEMAND_NOT_BY = frozenset(_WORDED["demand_not_by"])
CLOSURE_NOUNS = frozenset(_WORDED["closure_nouns"])
CLOSURE_OBJECTS = frozenset(_WORDED["closure_objects"]) | DEMAND_OBJECTS
CONFERENCE_NOUNS = frozenset(_WORDED["conference_nouns"])
# «совместное заявление»: a document the parties concluded, an agreement (SPEC of the set).
JOINT_ADJECTIVES = frozenset(_DATA["joint"]["adjectives"])
JOINT_NOUNS = frozenset(_DATA["joint"]["nouns"])
# Plural subjects that name no one: «стороны», «лидеры» (app/ingest/events/parties.py).
PARTY_WORDS = frozenset(_DATA["parties"]["words"])
# Nouns for the people of a body as a whole («руководство», «представители»: body_people.py).
BODY_PEOPLE = frozenset(_DATA["body_people"]["words"])
NEXT_WORDS = frozenset(_DATA["parties"]["next"])
PREVIOUS_WORDS = frozenset(_DATA["parties"]["previous"])
RESULT_NOUNS = frozenset(_DATA["parties"]["results"])
BARE_RESULT_NOUNS = frozenset(_DATA["parties"]["bare_results"])
TALK_WORDS = frozenset(_DATA["parties"]["talk_words"])
# Nouns of a round of a contact: «раунд консультаций» (round_phrase.py).
ROUND_NOUNS = frozenset(_DATA["rounds"]["nouns"])
ROUND_HELD_VERBS = frozenset(_DATA["rounds"]["held"])
# Nouns of documents concluded between parties: «план», «меморандум» (document_content.py).
DOCUMENT_NOUNS = frozenset(_DATA["documents"]["nouns"])
# Steps of a process a document is about: «о завершении переговоров» (document_content.py).
DOCUMENT_STEPS = frozenset(_DATA["documents"]["steps"])
STEP_DOCUMENTS = frozenset(_DATA["documents"]["step_documents"])
# Drafts that, agreed with the other side, are the document itself (cleared_with.py).
CLEARED_TEXTS = frozenset(_DATA["documents"]["cleared_texts"])
# Acts whose content a relative clause on them dates: «законопроект о санкциях, который ...
# одобрил в четверг» (enacted_content.py).
ENACTING_ACTS = frozenset(_DATA["enacted"]["acts"])
ENACTED_TYPES = frozenset(_DATA["enacted"]["types"])


class _Withdrawal:
    """Words of a party leaving a document (withdrawals.py)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.verbs = frozenset(data["verbs"])
        self.nouns = frozenset(data["nouns"])
        self.from_ = frozenset(data["from"])
        self.documents = frozenset(data["documents"])
        self.effect_verbs = frozenset(data["effect_verbs"])
        self.force = str(data["force"])
        self.process = frozenset(data["process"])
        self.completed = frozenset(data["completed"])


WITHDRAWAL = _Withdrawal(_DATA["withdrawal"])
# «статья Путина»: a piece of words whose genitive is its author (authored.py).
AUTHORED_NOUNS = frozenset(_DATA["authored"]["nouns"])
# Verbs that are a happening only by their object, checked on the parse: a host receiving a
# guest (meeting), a document adopted (agreement), a person staying in a place (visit).
# Titles in someone's service: the person in the genitive is the principal («советник Трампа»).
PRINCIPAL_TITLES = frozenset(_DATA["principals"]["titles"])
# Words that tell a contact held apart from the bigger one around it (separate_contacts.py).
APART_WORDS = frozenset(_DATA["apart"]["words"])
# A meal shared with someone named: a meeting (meals.py).
_MEALS = _DATA["meals"]
MEAL_NOUNS = frozenset(_MEALS["nouns"])
MEAL_VERBS = frozenset(_MEALS["verbs"])
MEAL_GUEST = frozenset(_MEALS["guest"])
MEAL_HONOUR: str = _MEALS["honour"]
MEAL_HELD = frozenset(_MEALS["held"])
MEAL_DURING = frozenset(_MEALS["during"])
MEAL_GUESTS = frozenset(_MEALS["guests"])
MEAL_TIMES = frozenset(_MEALS["times"])
MEAL_EATERS = frozenset(_MEALS["eaters"])
HOST_VERBS = frozenset(_DATA["host"]["verbs"])
HOST_OBJECTS = frozenset(_DATA["host"]["objects"])
ADOPT_VERBS = frozenset(_DATA["adopt"]["verbs"])
ADOPT_OBJECTS = frozenset(_DATA["adopt"]["objects"])
STAY_VERBS = frozenset(_DATA["stay"]["verbs"])
# «поставили подписи под документом»: signing (signatures.py).
SIGN_VERBS = frozenset(_DATA["signature"]["verbs"])
SIGN_MARKS = frozenset(_DATA["signature"]["marks"])
SIGN_UNDER = frozenset(_DATA["signature"]["under"])
SIGN_DOCUMENTS = frozenset(_DATA["signature"]["documents"])
# An envoy summoned to a ministry: a meeting only by its object (trigger_parse.confirmed).
SUMMON_WORDS = frozenset(_DATA["summon"]["verbs"]) | frozenset(_DATA["summon"]["nouns"])
SUMMONED = frozenset(_DATA["summon"]["envoys"])
MISSIONS = frozenset(_DATA["summon"]["missions"])
# A message handed to someone named: a meeting (trigger_parse.confirmed).
MESSAGE_VERBS = frozenset(_DATA["message"]["verbs"])
MESSAGE_OBJECTS = frozenset(_DATA["message"]["objects"])
# «обменялись мнениями»: a discussion (triggers.find_triggers).
VIEWS_VERBS = frozenset(_DATA["views"]["verbs"])
VIEWS_OBJECTS = frozenset(_DATA["views"]["objects"])
# An envoy recalled home for consultations: no talks, no summons (recalls.py).
RECALL_WORDS = frozenset(_DATA["recall"]["words"])
RECALL_PURPOSES = frozenset(_DATA["recall"]["purposes"])
RECALL_OWN = frozenset(_DATA["recall"]["own"])
RECALL_LEAVING = frozenset(_DATA["recall"]["leaving"])
# Verbs of setting off: a visit when a person sets off for a named place.
TRAVEL_VERBS = frozenset(_DATA["travel"]["verbs"])
TRAVEL_NAMED_NOUNS = frozenset(_DATA["travel"]["named_nouns"])
TOUR_VERBS = frozenset(_DATA["travel"]["tours"])
# Verbs of landing: a visit when a person, or a person's craft, lands somewhere.
LANDING_VERBS = frozenset(_DATA["landing"]["verbs"])
LANDING_CRAFT = frozenset(_DATA["landing"]["craft"])
LANDING_AT = frozenset(_DATA["landing"]["at"])
# Verbs of awaiting: a visit to come when a person is awaited in a named place.
AWAITED_VERBS = frozenset(_DATA["awaited"]["verbs"])
# Verbs of gathering: a meeting in a named place, or going to one.
GATHER_VERBS = frozenset(_DATA["gather"]["verbs"])
# Words that add a second counterpart met with the verb left out (sequenced_contacts.py).
SEQUENCE_MARKERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(m.split()) for m in _DATA["sequenced"]["markers"]
)
_STATUS = _DATA["status"]
POSTPONE_LEMMAS = frozenset(_STATUS["postponed"])
CANCEL_LEMMAS = frozenset(_STATUS["cancelled"])
TOOK_PLACE_LEMMAS = frozenset(_STATUS["took_place"])
POSSIBLE_LEMMAS = frozenset(_STATUS["possible"])
DUE_LEMMAS = frozenset(_STATUS["due"])
MODAL_LEMMAS = frozenset(_STATUS["modal"])
PREPARING_LEMMAS = frozenset(_STATUS["preparing"])
UPCOMING_LEMMAS = frozenset(_STATUS["upcoming"])
SCHEDULED_LEMMAS = frozenset(_STATUS["scheduled"])
AGREED_TO_LEMMAS = frozenset(_STATUS["agreed_to"])
ACCEPTING_LEMMAS = frozenset(_STATUS["accepting"])
ACCEPTED_NOUNS = frozenset(_STATUS["accepted_nouns"])
CARRY_ON_LEMMAS = frozenset(_STATUS["carry_on"])
BESIDES_LEMMAS = frozenset(_STATUS["besides"])
TOUCH_VERBS = frozenset(_STATUS["touch_verbs"])
TOUCH_NOUNS = frozenset(_STATUS["touch_nouns"])
ADDRESSED_LEMMAS = frozenset(_STATUS["addressed"])
UNILATERAL_ACTS = frozenset(_STATUS["unilateral"])
ONE_SIGNER_ACTS = frozenset(_STATUS["one_signer"])
SCHEDULING_NOUNS = frozenset(_STATUS["scheduling"])
HOLDING_NOUNS = frozenset(_STATUS["holding"])
MEANT_LEMMAS = frozenset(_STATUS["meant"])
# A plan told in the past, and the adverbs of a first plan that was changed (original_plan.py).
PLAN_VERBS = frozenset(_STATUS["plan_verbs"])
FIRST_PLAN_VERBS = frozenset(_STATUS["first_plan_verbs"])
FIRST_PLAN_ADVERBS = frozenset(_STATUS["first_plan_adverbs"])
# Impersonal verbs of plan whose subject is an infinitive (fronted_object.py).
INFINITIVE_SUBJECT_VERBS = frozenset(_STATUS["infinitive_subject_verbs"])
# Managing to do something: the deed under them is done, on their date (date_tree.py).
ACHIEVED_HEADS = frozenset(_STATUS["achieved"])
HEARSAY_LEMMAS = frozenset(_STATUS["hearsay"])
REQUESTED_LEMMAS = frozenset(_STATUS["requested"])
READY_LEMMAS = frozenset(_STATUS["ready"])
HOPED_LEMMAS = frozenset(_STATUS["hoped"])
REFUSING_LEMMAS = frozenset(_STATUS["refusing"])
OPEN_FOR_LEMMAS = frozenset(_STATUS["open_for"])
OPEN_FOR_PREPOSITIONS = frozenset(_STATUS["open_for_prepositions"])

# Verbs of saying: a statement by their subject.
REPORTING_VERBS = frozenset(
    {
        "заявить",
        "заявлять",
        "сообщить",
        "сообщать",
        "отметить",
        "отмечать",
        "подчеркнуть",
        "подчеркивать",
        "сказать",
        "говорить",
        "заметить",
        "указать",
        "призвать",
        "предупредить",
        "подтвердить",
        "объявить",
        "назвать",
        "выразить",
        "признать",
        "констатировать",
        "опровергнуть",
        "пояснить",
        "добавить",
        "рассказать",
        "обвинить",
        "пригрозить",
        "потребовать",
        "отвергнуть",
        "утверждать",
        "высказаться",
        "прокомментировать",
        "ответить",
        "напомнить",
        "сообщаться",
        "говориться",
        "отмечаться",
        "уточнить",
        "пообещать",
        "обещать",
        "объяснить",
        "осудить",
        "раскритиковать",
        "расценить",
        "оценить",
        "повторить",
        "уведомить",
        "предостеречь",
        "приветствовать",
        "отрицать",
        "опровергать",
        "выступить",
        "выступать",  # «выступая на саммите, предложил»
        "обратиться",
        # Imperfective partners of the verbs above: «ранее в МИД называли призывы
        # манипуляцией» is words of an earlier occasion (dated `before`, when.py).
        "называть",
        # thanks are words said to someone («поблагодарил партнёров за поддержку»)
        "поблагодарить",
        "благодарить",
    }
) | frozenset(_speech_data()["saying"]["verbs"])

# Verbs of conjecture: words said only before a «что» clause («допустил, что ...»), not
# «допустил ошибку», «не допустить эскалации».
SAID_THAT_VERBS = frozenset({"допустить", "допускать", "предположить", "предполагать"}) | frozenset(
    _speech_data()["saying"]["that_verbs"]
)

# Verbs of denying: what they deny is no happening («опроверг сообщения о визите»,
# «отрицает, что встреча готовится»); the denial itself is a statement.
DENIAL_LEMMAS = frozenset({"опровергнуть", "опровергать", "отрицать", "отвергнуть"})

# Titles of a person: a state or body under them only qualifies the title («президенты РФ и
# США Путин и Трамп» are two people, not two states).
PERSON_TITLES = frozenset(
    {
        "президент", "министр", "глава", "лидер", "руководитель", "председатель",
        "госсекретарь", "секретарь", "пресс-секретарь", "представитель", "спецпосланник",
        "посланник", "спецпредставитель", "помощник", "советник", "заместитель", "замглавы",
        "посол", "премьер", "премьер-министр", "канцлер", "вице-президент", "экс-лидер",
        "экс-президент", "директор", "спикер", "консул", "генконсул",
    }
)  # fmt: skip

# Head nouns of a role phrase: an actor under them is still the actor («президенты ...
# Путин и Трамп»), unlike an actor under any other noun («наследие администрации Байдена»).
ROLE_NOUNS = frozenset(
    {
        "президент",
        "министр",
        "глава",
        "лидер",
        "руководитель",
        "председатель",
        "госсекретарь",
        "секретарь",
        "пресс-секретарь",
        "представитель",
        "спецпосланник",
        "посланник",
        "спецпредставитель",
        "помощник",
        "советник",
        "заместитель",
        "замглавы",
        "посол",
        "премьер",
        "премьер-министр",
        "канцлер",
        "вице-президент",
        "сторона",
        "делегация",
        "комиссия",
        "межправкомиссия",
        "команда",
        "ведомство",
        "правительство",
        "власть",  # «власти Австрии выслали дипломатов»: the state
        "администрация",
        "экс-лидер",
        "экс-президент",
        "коллега",
        "директор",
        "спикер",
        "пресс-служба",
        "служба",
        "источник",
        "замминистр",
        "постпред",
        "член",
        "консул",
        "генконсул",
        "миссия",  # «визит деловой миссии Малайзии»: a body sent by the state, like a delegation
    }
)

# «встреча с участием Путина и Моди»: an actor under these takes part in the happening.
PARTICIPATION_NOUNS = frozenset({"участие"})
# «раунд российско-американского диалога»: a round of the parties' dialogue is theirs (not
# so for words: «призвал к диалогу с Киевом» is no statement of Kyiv's).
DIALOGUE_NOUNS = frozenset({"диалог"})

# Words too common in diplomatic news to tell two happenings apart.
STOP_LEMMAS = frozenset(
    """
    быть этот тот такой который весь свой его ее их они он она мы вы я также еще уже
    ход время год день месяц неделя раз слово словам мнение отношение вопрос сторона
    страна стать являться мочь смочь должный очень более менее как так что чтобы это
    который-то ранее недавно сейчас пока однако тем менее кроме того при этом по-прежнему
    российский американский россия сша москва вашингтон президент министр глава
    заявить сообщить отметить подчеркнуть сказать говорить заявление
    """.split()
)
