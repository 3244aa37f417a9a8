"""Happenings told by words that are no trigger of their own (on tokens, for find_triggers).

- A demand that the other state cut or close its diplomatic presence is a measure taken
  against it: «МИД потребовал сократить персонал дипмиссий США до 455 человек», «потребовали
  от России закрыть генконсульство», «потребовал, чтобы Россия закрыла консульство» are
  sanctions, not only words.
- The closure of the other state's missions or property, announced or decided, is that
  measure: «объявила о закрытии двух дач российского посольства» (not «своего консульства»).
- A conference with the press is a press appearance: «провёл телефонную конференцию с
  журналистами». (Answering the press's questions stays words, joint.answering_press.)
- A document whose ending is told in its own clause («соглашение прекратило действие 1
  января») is the document that expires, not one concluded that day.
"""

from __future__ import annotations

from app.ingest.events.lexicon import (
    CLOSURE_NOUNS,
    CLOSURE_OBJECTS,
    CONFERENCE_NOUNS,
    DEMAND_ACTS,
    DEMAND_NOT_BY,
    DEMAND_OBJECTS,
    DEMAND_VERBS,
    NOUN_TRIGGERS,
    PRESS_WORDS,
)
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")", ".", "!", "?"})
# How far the act demanded may stand from the verb of demanding («потребовал от России до 2
# сентября закрыть»), and the mission from the act («сократить численность сотрудников
# посольства»).
_ACT_REACH = 10
_OBJECT_REACH = 6
# How far the press may stand after the word of the conference or the questions («с
# представителями российских СМИ»).
_PRESS_REACH = 5
_PHONE = frozenset({"телефонный"})


def _clause_after(tokens: list[Token], lemmas: list[str], i: int, reach: int) -> list[int]:
    """Indices after `i` in its clause, up to `reach` words; a «, чтобы» clause continues
    the demand («потребовал, чтобы Россия закрыла»)."""
    out: list[int] = []
    j = i + 1
    while j < len(tokens) and len(out) < reach:
        if tokens[j].text in _CLAUSE_ENDS:
            if tokens[j].text == "," and j + 1 < len(tokens) and lemmas[j + 1] == "чтобы":
                j += 2
                continue
            break
        out.append(j)
        j += 1
    return out


def demanded_measure(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """«потребовал сократить персонал дипмиссий», «потребовали закрыть генконсульство»: a
    verb of demanding, an act of cutting or closing after it in its clause, and a diplomatic
    mission or its staff after the act."""
    if lemmas[i] not in DEMAND_VERBS:
        return False
    for j in _clause_after(tokens, lemmas, i, _ACT_REACH):
        if lemmas[j] in DEMAND_ACTS:
            return any(
                lemmas[k] in DEMAND_OBJECTS for k in _clause_after(tokens, lemmas, j, _OBJECT_REACH)
            )
    return False


_OWN = frozenset({"свой"})


def closed_mission(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """«о закрытии двух дач российского посольства», «решение о закрытии генконсульства»: a
    noun of closing after «о», a mission or its property after it in the clause, and no
    «свой» between (one's own mission closed is no measure against another)."""
    if tokens[i].pos != "NOUN" or lemmas[i] not in CLOSURE_NOUNS:
        return False
    if i == 0 or lemmas[i - 1] not in ("о", "об"):
        return False
    after = _clause_after(tokens, lemmas, i, _OBJECT_REACH)
    for k in after:
        if lemmas[k] in _OWN:
            return False
        if lemmas[k] in CLOSURE_OBJECTS:
            return True
    return False


def demanded(tokens: list[Token], i: int) -> bool:
    """Is the trigger at `i` a verb of demanding (a measure demanded, see demanded_measure)?"""
    return lemma_of_token(tokens[i]) in DEMAND_VERBS


def demand_of_callers(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is the demand at `i` made by those who can only call for a measure: a crowd or
    lawmakers («протестующие потребовали», «депутаты потребовали»), or a participle standing
    for people? Such a demand takes no measure."""
    return any(
        h == i
        and rel in ("nsubj", "nsubj:pass")
        and (lemma_of_token(tokens[j]) in DEMAND_NOT_BY or tokens[j].pos in ("VERB", "AUX"))
        for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True))
    )


def lemma_of_token(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _press_after(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    return any(lemmas[k] in PRESS_WORDS for k in _clause_after(tokens, lemmas, i, _PRESS_REACH))


def press_conference(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """«телефонная конференция с журналистами», «конференция с представителями СМИ»: a
    conference noun with the press after «с» (or a telephone one with the press named)."""
    if tokens[i].pos in ("NOUN", "PROPN") and lemmas[i] in CONFERENCE_NOUNS:
        with_press = i + 1 < len(tokens) and lemmas[i + 1] in ("с", "со")
        by_phone = i > 0 and lemmas[i - 1] in _PHONE
        return (with_press or by_phone) and _press_after(tokens, lemmas, i)
    return False


def _clause_of(tokens: list[Token], i: int) -> tuple[int, int]:
    start = i
    while start > 0 and tokens[start - 1].text not in _CLAUSE_ENDS:
        start -= 1
    end = i
    while end + 1 < len(tokens) and tokens[end + 1].text not in _CLAUSE_ENDS:
        end += 1
    return start, end


def expiring_documents(
    tokens: list[Token], lemmas: list[str], found: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The triggers without the document nouns told as expiring: an agreement noun in the
    clause of an expiry trigger («соглашение прекратило действие», «прекращено действие
    договора») is what expires; the expiry is the news."""
    clauses = [_clause_of(tokens, i) for i, k in found if k == "expiry"]
    if not clauses:
        return found
    return [
        (i, k)
        for i, k in found
        if not (
            k == "agreement"
            and NOUN_TRIGGERS.get(lemmas[i]) == "agreement"
            and any(a <= i <= b for a, b in clauses)
        )
    ]
