"""The tense one word signals, with its neighbours (tense.py weighs the signals of a sentence
by their distance from a date; its docstring lists them).

A past verb or short participle is past; a perfective non-past verb, «будет / будут» before a
short participle, an expectation verb (EXPECT) with its infinitive, «должен» + infinitive,
«намерен», planned participles and «предстоящий» are ahead; a verb of calling off or putting
off is neither (the day it names was due); «назначен» followed by an office is an appointment
made, past.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from .model import Tense
from .morph import word
from .plans import (
    INFINITIVE_REACH,
    PLANNED_PRTS,
    past_be_before,
    settled_about,
    settled_before,
)

EXPECT = frozenset(
    {
        "планировать",
        "планироваться",
        "намереваться",
        "собираться",
        "ожидаться",
        "ожидать",  # «в среду его ожидают в Минске»: awaited, still ahead
        "ждать",  # «в четверг его ждут в Белграде»
        "предстоять",
        "предполагаться",
        "намечаться",
        "рассчитывать",
        "готовиться",
    }
)
# Verbs of calling off or putting off («переговоры 12 марта отменили», «визит 15 марта
# отложен»): the day named is when the happening was due, told before or after that day
# alike, so neither direction: the nearest such day. The lemmas are data
# (app/data/triggers.toml, [status]).
with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _STATUS = tomllib.load(_f)["status"]
_CALLED_OFF = frozenset(_STATUS["postponed"]) | frozenset(_STATUS["cancelled"])
_AHEAD_ADJ = frozenset({"предстоящий", "грядущий"})
# Short participles of inviting («приглашён», «приглашена»): the day after them is the
# occasion's invited to.
_INVITED = frozenset({"пригласить"})
_INTENT = frozenset({"намерен", "намерена", "намерено", "намерены"})
# «на должность», «на пост»: the office a person is appointed to
_OFFICE_NOUNS = frozenset({"должность", "пост"})


# words before «назначен» its office may stand at («заместителем министра во вторник назначен»)
OFFICE_BEFORE = 5


def _office_before(words: list[str], i: int) -> bool:
    """«Во вторник послом назначен Петров», «Заместителем министра во вторник назначен»: a
    role noun of a person in the instrumental, with no preposition before it (not «с
    послом», a partner), a few words before «назначен»."""
    for j in range(max(0, i - OFFICE_BEFORE), i):
        f = word(words[j])
        if f.pos == "NOUN" and {"ablt", "anim"} <= f.grammemes:
            if j == 0 or word(words[j - 1]).pos != "PREP":
                return True
    return False


def _appointed_as(words: list[str], i: int) -> bool:
    """«назначен» with the office: a role noun of a person in the instrumental after it
    («послом», «новым послом») or before it (`_office_before`), or «на должность/пост»."""
    if _office_before(words, i):
        return True
    j = i + 1
    if j < len(words) and word(words[j]).pos == "ADJF":
        j += 1  # «новым послом», «постоянным представителем» (the noun's case decides)
    if j >= len(words):
        return False
    nxt = word(words[j])
    if nxt.pos == "NOUN" and {"ablt", "anim"} <= nxt.grammemes:
        return True
    return nxt.lemma == "на" and j + 1 < len(words) and word(words[j + 1]).lemma in _OFFICE_NOUNS


def signal(words: list[str], i: int) -> Tense | None:
    w = words[i]
    if w in _INTENT:
        return "future"
    f = word(w)
    nxt = word(words[i + 1]) if i + 1 < len(words) else None
    if f.pos == "VERB" and f.lemma in _GATHER and not _infinitive_after(words, i):
        # «лидеры собирались в Берлине в 2016 году»: they gathered, nothing expected
        return "past" if "past" in f.grammemes else "present"
    if f.pos == "VERB":
        if "past" in f.grammemes and f.lemma == "быть" and _due_before(words, i):
            # «должно было пройти 2 июня»: an obligation in the past is a due date, like
            # «планировалось провести»: the nearest such day.
            return "present"
        if "past" in f.grammemes:
            # «встречу, которую планировалось провести 28 ноября»: the day it was due,
            # told before or after it alike, so neither direction: the nearest; so is the
            # day of a happening called off («переговоры 12 марта отменили»).
            # «наметили встречу на май»: a plan made, its day ahead or gone: the nearest.
            nearest = f.lemma in EXPECT or f.lemma in _CALLED_OFF or f.lemma in PLANNED_PRTS
            # «договорились о встрече в сентябре»: the day of the happening agreed on
            nearest = nearest or settled_about(words, i)
            return "present" if nearest else "past"
        if "futr" in f.grammemes or f.lemma in EXPECT:
            return "future"
        if f.lemma == "мочь" and nxt is not None and nxt.pos == "INFN" and "perf" in nxt.grammemes:
            return "future"
        return "present"
    if f.pos == "INFN" and i > 0:
        prev = word(words[i - 1])
        if prev.pos == "VERB" and (
            prev.lemma in EXPECT or (prev.lemma == "быть" and _due_before(words, i - 1))
        ):
            # «планировалось провести в конце июня», «должно было пройти 2 июня»: the
            # infinitive is what was expected, on the expectation's terms (a due date),
            # nearer the date than its verb.
            return signal(words, i - 1)
        if settled_before(words, i):
            # «договорились провести встречу 10–11 мая», «решили продолжить консультации в
            # сентябре»: the day of the happening agreed on, after the agreeing and ahead
            # of publication or gone by it alike: the nearest such day
            return "present"
    if f.pos == "PRTS":
        if f.lemma == "назначить" and _appointed_as(words, i):
            # «назначен послом», «назначена на должность»: a person put in office, told
            # as done (unless «будет назначен»), not a happening set for a day
            return "future" if _be_ahead_before(words, i) else "past"
        if f.lemma in PLANNED_PRTS:
            # «был намечен на 21 февраля», «была запланирована на воскресенье»: a plan
            # made before, its day told before or after it alike: the nearest, like
            # «должно было пройти»; «намечен на 21 февраля» alone is still ahead
            return "present" if past_be_before(words, i) else "future"
        if f.lemma in _CALLED_OFF:
            return "present"  # «саммит 12 марта отменён»: the day it was due, the nearest
        if f.lemma in _INVITED and not _be_ahead_before(words, i):
            # «Обама приглашён в Москву в сентябре»: the day of the visit invited to, after
            # the inviting, ahead of publication or gone by it alike: the nearest such day,
            # as with «пригласил посетить» (plans.settled_before)
            return "present"
        if _be_ahead_before(words, i):
            # «будет принято до 28 июня», «может быть подписано в июле», «темы будут
            # затронуты во вторник»: a state still to come, whatever the participle's tense
            return "future"
        return "past" if "past" in f.grammemes else "present"
    if f.pos == "ADJS" and f.lemma == "должный" and nxt is not None and nxt.pos == "INFN":
        return "future"
    if w in _MODAL or (f.pos == "ADJS" and f.lemma in _MODAL_ADJ):
        # «подписание возможно 12 февраля», «встреча возможна 5 мая»: a possibility
        # or a need, with no verb of its own: neither direction, the nearest such day
        return "present"
    if f.pos in ("ADJF", "PRTF") and f.lemma in _AHEAD_ADJ:
        return "future"
    if f.pos == "PRTF" and f.lemma in PLANNED_PRTS:
        # «запланированное на 20 сентября заседание»: a due date, told before or after the
        # day alike («... отменено», «... состоялось»), so neither direction: the nearest.
        return "present"
    if f.pos == "NOUN" and f.lemma in _CALLED_OFF:
        # «о переносе визита с 12 на 18 марта», «отмена встречи 5 мая»: the day it was
        # due or is moved to, told before or after it alike: the nearest, like «отложен»
        return "present"
    if done_participle(w):
        # «Каллас, вступившая в должность 1 декабря, проведёт ...»: a perfective active
        # participle tells what its noun had done, whatever the tense of the main verb.
        return "past"
    return None


# Predicatives of possibility and need («возможно», «возможна», «необходима»):
# the clause's own word, where a reporting verb in another clause would otherwise decide.
_MODAL = frozenset({"возможно", "вероятно"})
_MODAL_ADJ = frozenset({"возможный", "вероятный", "необходимый", "нужный"})

# «собираться» expects only what its infinitive says («собирались подписать»); without
# one it is gathering («собрались в Минске») or setting off («собирается в Пекин»).
_GATHER = frozenset({"собираться"})


def _infinitive_after(words: list[str], i: int) -> bool:
    return any(word(w).pos == "INFN" for w in words[i + 1 : i + 1 + INFINITIVE_REACH])


def _be_ahead_before(words: list[str], i: int) -> bool:
    """«будет / будут» or the infinitive «быть» right before word `i` (an adverb between
    allowed: «будет окончательно утверждено»); not after a past modal («могло быть»)."""
    for j in range(i - 1, max(-1, i - 3), -1):
        f = word(words[j])
        if f.pos == "VERB" and f.lemma == "быть":
            return "futr" in f.grammemes
        if f.pos == "INFN" and f.lemma == "быть":
            before = word(words[j - 1]) if j > 0 else None
            return before is None or "past" not in before.grammemes
        if f.pos != "ADVB":
            return False
    return False


def _due_before(words: list[str], i: int) -> bool:
    """«должен / должна / должно / должны» right before word `i`."""
    if i == 0:
        return False
    prev = word(words[i - 1])
    return prev.pos == "ADJS" and prev.lemma == "должный"


def done_participle(w: str) -> bool:
    f = word(w)
    return f.pos == "PRTF" and {"past", "perf", "actv"} <= f.grammemes
