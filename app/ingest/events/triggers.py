"""Finding the words that signal a happening in a sentence (by lemma and part of speech).

`find_triggers` works on tokens alone (it decides which sentences get a dependency parse);
`trigger_parse.confirmed` checks, on the parse, the triggers that are a happening only by
their object or place («принял премьера», not «принял решение»; «был в Монголии»).
"""

from __future__ import annotations

from functools import lru_cache

from app.ingest.events.held_talk import held_talk
from app.ingest.events.joint_bodies import body_gathers
from app.ingest.events.joint_subject import pair_discussed
from app.ingest.events.lexicon import (
    ADOPT_OBJECTS,
    ADOPT_VERBS,
    AWAITED_VERBS,
    GATHER_VERBS,
    HOST_OBJECTS,
    HOST_VERBS,
    JOINT_ADJECTIVES,
    JOINT_NOUNS,
    LEMMA_NEEDS,
    MESSAGE_OBJECTS,
    MESSAGE_VERBS,
    NOUN_TRIGGERS,
    PRESS_WORDS,
    REPORTING_VERBS,
    REQUIRED_WORDS,
    RETYPE,
    SAID_THAT_VERBS,
    STAY_VERBS,
    TRAVEL_VERBS,
    VERB_TRIGGERS,
)
from app.ingest.events.meals import meal_contact
from app.ingest.events.movements import destination_at, may_land, may_tour
from app.ingest.events.people_swapped import people_swapped
from app.ingest.events.signatures import may_sign
from app.ingest.events.talk_partner import HOLD_VERBS, held_with_partner, talk_with_official
from app.ingest.events.topic import TOPIC_VERBS
from app.ingest.events.views import by_phone, by_phone_in_clause, views_object
from app.ingest.events.withdrawals import withdrawal
from app.ingest.events.withheld_words import withheld_words
from app.ingest.events.worded_acts import (
    closed_mission,
    demanded_measure,
    expiring_documents,
    press_conference,
)
from app.ingest.nlp import Token

VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN"})
PHONE = frozenset({"телефонный", "телефон", "видеосвязь", "видеоконференция"})
TALK_NOUNS = frozenset({"разговор", "переговоры", "переговор", "беседа", "контакт"})
# Verbs of conversing: a call when a phone is named beside them.
# «обсудили по телефону», «разговаривали по телефону»: talking about something at a
# distance is a call too.
CONVERSE_VERBS = frozenset(
    {
        "поговорить",
        "пообщаться",
        "переговорить",
        "беседовать",
        "побеседовать",
        "обсуждать",
        "обсудить",
        "разговаривать",
        "говорить",  # «они говорили по телефону»: only with «по» (BY_PHONE_ONLY)
        "проговорить",  # «проговорили по телефону сорок минут»: only with «по»
    }
)
# Verbs of speech that tell a call only «по телефону», not «говорил о телефонном ...».
BY_PHONE_ONLY = frozenset({"говорить", "проговорить"})
# Verbs of discussing: talks when held with someone named («обсудил с министром»).
DISCUSS_VERBS = TOPIC_VERBS
# Nouns of a contact: «X и Y в ходе телефонного разговора обсудили»: the call, not talks.
_CONTACT_NOUNS = (
    frozenset(
        lemma for lemma, kind in NOUN_TRIGGERS.items() if kind in ("call", "meeting", "talks")
    )
    | PHONE
    | {"разговор", "беседа"}
)
WITH = frozenset({"с", "со"})
# Where a stay is: «в Москве», «во Вьетнаме».
IN = frozenset({"в", "во"})
# Possessives of one person that may stand between «по» and «словам».
POSSESSIVES = frozenset({"его", "ее"})


def lemma_of(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def animate(tok: Token) -> bool:
    return tok.pos in NOMINAL and tok.feats.get("Animacy") == "Anim"


def _by_object(tokens: list[Token], lemmas: list[str], i: int) -> str | None:
    """The type of a verb that is a happening only by its object or place, when the
    sentence has what it needs (the parse confirms it, see `confirmed`)."""
    lemma = lemmas[i]
    if lemma in ADOPT_VERBS and ADOPT_OBJECTS & set(lemmas):
        return "agreement"
    if may_sign(lemmas, i):  # «подписи под документом поставили» (signatures.py)
        return "agreement"
    if (
        lemma in MESSAGE_VERBS
        and MESSAGE_OBJECTS & set(lemmas)
        and not (PHONE | _CONTACT_NOUNS) & set(lemmas)
    ):
        # «передал президенту послание», checked on the parse; handed in a call or at talks
        # the sentence names («в ходе переговоров передал»), that contact is the news
        return "meeting"
    if lemma in HOST_VERBS and any(
        (animate(t) and j != i) or lemmas[j] in HOST_OBJECTS for j, t in enumerate(tokens)
    ):
        return "meeting"
    if (
        lemma in STAY_VERBS
        and tokens[i].feats.get("Tense") == "Past"
        and any(
            lemmas[j] in IN and _named_place(tokens, j).pos == "PROPN"
            for j in range(len(tokens) - 1)
        )
    ):
        return "visit"
    if lemma in TRAVEL_VERBS and any(
        # «В Кэмп-Дэвид отправился Медведев»: the place may come first
        lemmas[j] in IN and destination_at(tokens, _named_place_at(tokens, j))
        for j in range(len(tokens) - 1)
    ):
        return "visit"
    if may_land(tokens, lemmas, i) or may_tour(tokens, lemmas, i):
        return "visit"  # «самолёт президента приземлился в ...», «объехал ...» (movements.py)
    if lemma in AWAITED_VERBS and any(
        lemmas[j] in IN and _named_place(tokens, j).pos == "PROPN"
        for j in range(i + 1, len(tokens) - 1)
    ):
        return "visit"  # «его ожидают в Минске»
    if lemma in GATHER_VERBS and not _infinitive_in_clause(tokens, i):
        places = [_named_place(tokens, j) for j in range(i + 1, len(tokens) - 1) if lemmas[j] in IN]
        if any(t.pos == "PROPN" and t.feats.get("Case") == "Loc" for t in places):
            return "meeting"  # «собирались в Берлине»
        if any(destination(t) for t in places):
            return "visit"  # «собирается во Владивосток»
        if body_gathers(tokens, i):
            return "meeting"  # «совет собирался в 2012 году» (joint_bodies.py)
    return None


# Marks that end the clause a verb opens, before one of its own («собирается во Владивосток,
# где рассчитывает встретиться ...»).
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "(", "."})


def _infinitive_in_clause(tokens: list[Token], i: int) -> bool:
    """An infinitive after the verb at `i`, in its own clause («собирается посетить», «собирается
    лично приехать»): the verb is one of meaning to do, not of going."""
    for t in tokens[i + 1 :]:
        if t.text in _CLAUSE_ENDS:
            return False
        if t.feats.get("VerbForm") == "Inf":
            return True
    return False


# Words a place name may open with: «в Саудовской Аравии», «в Объединённых Арабских Эмиратах»
# (natasha tags «Объединённых» as a participle), «в Южную Корею».
_NAME_MODIFIERS = 3


def _named_place(tokens: list[Token], prep: int) -> Token:
    """The noun a place name after the preposition at `prep` ends on: past the adjectives
    and participles it opens with («в Южной Корее»: «Корее»); the word right after the
    preposition when it opens with none."""
    return tokens[_named_place_at(tokens, prep)]


def _named_place_at(tokens: list[Token], prep: int) -> int:
    """The index `_named_place` finds."""
    j = prep + 1
    while (
        j < len(tokens) - 1
        and j - prep <= _NAME_MODIFIERS
        and (tokens[j].pos == "ADJ" or tokens[j].feats.get("VerbForm") == "Part")
    ):
        j += 1
    return j


def destination(tok: Token) -> bool:
    """A proper noun in the accusative: where one goes («в Париж», «во Вьетнам»)."""
    return tok.pos == "PROPN" and tok.feats.get("Case") == "Acc"


def _joint(lemmas: list[str], i: int) -> bool:
    """«совместное заявление», «совместную декларацию», not what is said in one («в
    совместном заявлении говорится»: those words are a statement)."""
    return i > 0 and lemmas[i - 1] in JOINT_ADJECTIVES and (i < 2 or lemmas[i - 2] not in IN)


def find_triggers(tokens: list[Token]) -> list[tuple[int, str]]:
    """(sentence-local token index, event type) for each trigger word, in text order."""
    return list(_cached_triggers(tuple(tokens)))


# Several rules ask for the triggers of the same sentence (or its neighbour's): they are
# found once for the same tokens.
@lru_cache(maxsize=8192)
def _cached_triggers(tokens: tuple[Token, ...]) -> tuple[tuple[int, str], ...]:
    return tuple(_find_triggers(list(tokens)))


def _find_triggers(tokens: list[Token]) -> list[tuple[int, str]]:
    lemmas = [lemma_of(t) for t in tokens]
    present = set(lemmas)

    def allowed(kind: str | None, lemma: str) -> str | None:
        if lemma in RETYPE and RETYPE[lemma][1] & present:
            return RETYPE[lemma][0]
        need = LEMMA_NEEDS.get(lemma, REQUIRED_WORDS.get(kind or ""))
        return kind if not need or need & present else None

    found: list[tuple[int, str]] = []
    for i, (tok, lemma) in enumerate(zip(tokens, lemmas, strict=True)):
        if tok.pos in VERBAL | NOMINAL and meal_contact(tokens, lemmas, i):
            found.append((i, "meeting"))  # «завтракал с президентом» (meals.py)
            continue
        if tok.pos in VERBAL:
            if lemma in CONVERSE_VERBS:
                # «поговорили по телефону», «беседовали по видеосвязи»: a call; «беседовали
                # в Самарканде»: a meeting.
                # «обсуждали эту тему по телефону»: the object may come between; after
                # «обсудил» a partner too («обсудил обмен с президентом ОАЭ по телефону»).
                reach = _DISCUSS_PHONE_REACH if lemma in DISCUSS_VERBS else 6
                window = lemmas[max(0, i - 3) : i + reach]
                if lemma in BY_PHONE_ONLY:
                    window = [b for a, b in zip(window, window[1:], strict=False) if a == "по"]
                if any(w in PHONE for w in window):
                    found.append((i, "call"))
                    continue
            views = views_object(lemmas, i)  # «обменялись мнениями» (views.py)
            if views is not None and by_phone(lemmas, i, PHONE):
                found.append((i, "call"))
                continue
            if views is not None and (
                _with_someone(tokens, lemmas, views)
                or pair_discussed(tokens, lemmas, i, _CONTACT_NOUNS)
            ):
                # «Лавров и Ван И обменялись мнениями», «обменялся мнениями с коллегой»
                found.append((i, "talks"))
                continue
            if lemma in DISCUSS_VERBS and (
                _with_someone(tokens, lemmas, i)
                or pair_discussed(tokens, lemmas, i, _CONTACT_NOUNS)
            ):
                # «обсудил с коллегой», «Путин и Моди обсудили», not «обсудили ситуацию»
                found.append((i, "talks"))
                continue
            if demanded_measure(tokens, lemmas, i):
                found.append((i, "sanctions"))  # «потребовал закрыть генконсульство»
                continue
            if withdrawal(tokens, lemmas, i):
                found.append((i, "expiry"))  # «США вышли из договора» (withdrawals.py)
                continue
            kind = (
                allowed(VERB_TRIGGERS.get(lemma), lemma)
                or _by_object(tokens, lemmas, i)
                or _swap(tokens, lemmas, i, VERB_TRIGGERS.get(lemma))
            )
            if kind is None and (
                lemma in REPORTING_VERBS
                or (lemma in SAID_THAT_VERBS and _that_follows(lemmas, i))
                or withheld_words(tokens, lemmas, i)  # «отказался комментировать»
            ):
                kind = "statement"
            if kind:
                found.append((i, kind))
            continue
        if tok.pos not in NOMINAL:
            continue
        if (
            lemma == "слово"
            and tok.feats.get("Case") == "Dat"
            and "по" in lemmas[max(0, i - 2) : i]
        ):
            # «по словам Ушакова», «по его словам»: what follows is his (a possessive
            # speaker is found by pronoun_speakers.py)
            if lemmas[i - 1] == "по" or lemmas[i - 1] in POSSESSIVES:
                found.append((i, "statement"))
            continue
            continue
        if press_conference(tokens, lemmas, i):
            found.append((i, "press-conference"))  # «телефонная конференция с журналистами»
            continue
        if closed_mission(tokens, lemmas, i):
            found.append((i, "sanctions"))  # «объявила о закрытии дач посольства»
            continue
        if withdrawal(tokens, lemmas, i):
            found.append((i, "expiry"))  # «выход США из договора вступил в силу»
            continue
        if lemma in TALK_NOUNS:
            # «телефонный разговор», «разговор по телефону», «беседа по видеосвязи»
            window = lemmas[max(0, i - 3) : i + 4]
            if any(w in PHONE for w in window) or by_phone_in_clause(tokens, lemmas, i, PHONE):
                found.append((i, "call"))
            elif lemma in ("переговоры", "переговор"):
                found.append((i, "talks"))
            elif held_talk(tokens, i):
                found.append((i, "call"))  # «разговор министров состоялся» (held_talk.py)
            elif lemma == "беседа" and (
                talk_with_official(tokens, lemmas, i) or held_with_partner(tokens, lemmas, i)
            ):
                found.append((i, "meeting"))  # «беседа с президентом Египта» (talk_partner.py)
            elif lemma == "беседа" and _held_by_pair(tokens, lemmas, i):
                found.append((i, "meeting"))  # «Путин и Обама в пятницу провели беседу»
            continue
        kind = allowed(NOUN_TRIGGERS.get(lemma), lemma) or _swap(
            tokens, lemmas, i, NOUN_TRIGGERS.get(lemma)
        )
        if lemma in JOINT_NOUNS and _joint(lemmas, i):
            kind = "agreement"  # «совместное заявление»: a document the parties concluded
        if kind == "answers" and tok.feats.get("Number") != "Plur":
            continue  # «в ответ на» is a reaction, «ответы на вопросы» are answers
        if kind:
            found.append((i, kind))
    return [
        (i, "press-conference" if k == "meeting" and _with_press(tokens, lemmas, i) else k)
        for i, k in expiring_documents(tokens, lemmas, found)
    ]


# Light verbs a talk noun is held with («провели беседу»).
_HOLD = HOLD_VERBS


def _held_by_pair(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """«Путин и Обама в пятницу провели беседу»: a talk noun right after a light verb whose
    clause opens with two joined names (joint_subject.pair_discussed): the two met."""
    return i > 0 and lemmas[i - 1] in _HOLD and pair_discussed(tokens, lemmas, i - 1)


def _with_press(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """«встреча с журналистами», «встретился с представителями российских СМИ»: the partner
    after «с» (adjectives, «представители» between) is the press."""
    if i + 1 >= len(tokens) or lemmas[i + 1] not in WITH:
        return False
    for k in range(i + 2, min(len(tokens), i + 6)):
        if lemmas[k] in PRESS_WORDS:
            return True
        if tokens[k].pos != "ADJ" and lemmas[k] not in ("представитель", "ряд"):
            return False
    return False


_SWAP_REACH = 8
_WITH_REACH = 6
_DISCUSS_PHONE_REACH = 11


def _that_follows(lemmas: list[str], i: int) -> bool:
    """«допустил, что ...»: a «что» clause right after the verb (a comma between)."""
    rest = [w for w in lemmas[i + 1 : i + 3] if w != ","]
    return bool(rest) and rest[0] == "что"


def _with_someone(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """«обсудил с министром», «обсуждала со своим коллегой»: «с» right after the verb
    (an adverb or particle between), then an animate noun or a name in the instrumental.
    After an object the «с» may belong to it («обсудил ситуацию с послом», «ситуацию с
    платежами»): a topic, not a partner."""
    for j in range(i + 1, min(len(tokens), i + _WITH_REACH)):
        if lemmas[j] not in WITH:
            if tokens[j].pos in ("ADV", "PART"):
                continue
            return False
        for k in range(j + 1, min(len(tokens), j + 4)):
            t = tokens[k]
            if t.feats.get("Case") == "Ins" and (animate(t) or t.pos == "PROPN"):
                return True
            if t.pos not in ("ADJ", "DET", "PRON"):
                break
        return False
    return False


def _swap(tokens: list[Token], lemmas: list[str], i: int, kind: str | None) -> str | None:
    """«обмен Грайнер на Бута», «обменяли пилота на двух моряков»: an exchange of people
    (a person given for another, «на» before someone animate) is a prisoner exchange even
    when no word says prisoners; «обмен мнениями» and «обмен на газ» are not."""
    if kind != "exchange":
        return None
    if _head_for_head(tokens, lemmas, i) or people_swapped(tokens, lemmas, i):
        return "exchange"  # «обменялись разведчиками» (people_swapped.py)
    for j in range(i + 1, min(len(tokens), i + _SWAP_REACH)):
        if lemmas[j] != "на":
            continue
        for k in range(j + 1, min(len(tokens), j + 4)):
            t = tokens[k]
            if animate(t) and t.feats.get("Case") == "Acc":
                return "exchange"
            if t.pos not in ("ADJ", "NUM", "DET", "PROPN", "NOUN"):
                break
    return None


def _head_for_head(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """«обмен по формуле «35 на 35»», «обменялись пленными 95 на 95»: so many people given
    for so many, counted in figures, after the exchange word."""
    return any(
        lemmas[j] == "на" and tokens[j - 1].text.isdigit() and tokens[j + 1].text.isdigit()
        for j in range(i + 2, len(tokens) - 1)
    )


def awaited_worth_parsing(tokens: list[Token], triggers: list[tuple[int, str]]) -> bool:
    """Could a sentence with no actor tell a person awaited somewhere by a pronoun («его
    ожидают в Минске»: whom the pronoun stands for, coref.py finds)?"""
    return any(k == "visit" and lemma_of(tokens[i]) in AWAITED_VERBS for i, k in triggers) and any(
        t.pos == "PRON" for t in tokens
    )
