"""When a meal is a meeting: one shared with someone the sentence names.

«Трамп завтракал с президентом Финляндии», «Лавров провёл рабочий обед с коллегой», «Путин
дал ужин в честь гостя», «устроил завтрак для премьер-министра», «Помпео и Лавров провели
рабочий завтрак»: the host and the guest met over the meal, a meeting of the two. A meal
with no one named («после переговоров запланирован рабочий обед», «ближе к обеду») is no
event, and talks that go on «за рабочим обедом» are the talks' own telling, not a second
meeting. The words are data (app/data/triggers.toml, [meals]).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.joint_subject import pair_discussed
from app.ingest.events.lexicon import (
    MEAL_DURING,
    MEAL_EATERS,
    MEAL_GUEST,
    MEAL_GUESTS,
    MEAL_HELD,
    MEAL_HONOUR,
    MEAL_NOUNS,
    MEAL_VERBS,
    PRESS_WORDS,
)
from app.ingest.events.model import SentenceParse
from app.ingest.events.talk_partner import PARTNER_WORDS, talk_with_official
from app.ingest.nlp import Token

_WITH = frozenset({"с", "со"})
# How far the partner's preposition may stand after the meal word («обедал в Кремле с ...»).
_REACH = 5
# How far «в честь» may stand after the meal («обед от имени президента РФ в честь ...»).
_HONOUR_REACH = 9
# How far the second of two joined eaters may stand after the meal word.
_JOINED_REACH = 16
# How far before the meal verb its plural subject may stand («президенты с супругами
# вечером ужинали»; «лидеры отправились обедать»).
_EATERS_REACH = 6
# Adjectives between a light verb and its meal («провели рабочий завтрак»).
_ADJ_REACH = 2


def meal_contact(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """Is the meal word at i (a noun or a verb of eating) a meal shared with someone named?"""
    if lemmas[i] in MEAL_VERBS:
        return (
            _partner_after(tokens, lemmas, i, _WITH, "Ins")
            or pair_discussed(list(tokens), list(lemmas), i)
            or _joined_after(tokens, lemmas, i, "Nom")
            or _eaters_before(tokens, lemmas, i)
        )
    if lemmas[i] not in MEAL_NOUNS:
        return False
    if any(w in MEAL_DURING for w in lemmas[max(0, i - _ADJ_REACH - 1) : i]):
        return False
    return (
        talk_with_official(tokens, lemmas, i)
        or _joined_after(tokens, lemmas, i, "Gen")
        or _partner_after(tokens, lemmas, i, MEAL_GUEST, "Gen")
        or _in_honour(tokens, lemmas, i)
        or _held_by_pair(tokens, lemmas, i)
    )


def _partner_after(
    tokens: Sequence[Token], lemmas: Sequence[str], i: int, preps: frozenset[str], case: str
) -> bool:
    """A preposition of `preps` soon after i (adverbs, places between), then a person in
    `case`: a titled official, a name, someone animate; not the press («ужин для прессы»)."""
    for k in range(i + 1, min(len(tokens), i + _REACH + 1)):
        if lemmas[k] in preps:
            return _person_at(tokens, lemmas, k + 1, case)
        if tokens[k].pos in ("VERB", "PUNCT", "CCONJ", "SCONJ"):
            return False
    return False


def _eaters_before(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """«Президенты с супругами ужинали в резиденции», «лидеры отправились обедать»: officials
    in the plural, the subject of the meal verb (plural, or an infinitive after a verb of
    going), earlier in its clause; the text has named them before (plural_refs.py)."""
    verb = tokens[i]
    if verb.feats.get("VerbForm") != "Inf" and verb.feats.get("Number") != "Plur":
        return False
    for k in range(i - 1, max(-1, i - _EATERS_REACH - 1), -1):
        t = tokens[k]
        if t.pos in ("PUNCT", "SCONJ", "CCONJ") or (t.pos == "VERB" and k < i - 1):
            return False
        if (
            lemmas[k] in MEAL_EATERS
            and t.feats.get("Case") == "Nom"
            and t.feats.get("Number") == "Plur"
        ):
            return True
    return False


def _in_honour(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """«ужин в честь президента», «обед от имени президента в честь гостя»: «в честь» a
    person after the meal, in its own clause."""
    for k in range(i + 1, min(len(tokens) - 2, i + _HONOUR_REACH)):
        if tokens[k].pos in ("VERB", "PUNCT", "SCONJ"):
            return False
        if lemmas[k] == "в" and lemmas[k + 1] == MEAL_HONOUR:
            return _person_at(tokens, lemmas, k + 2, "Gen")
    return False


def _joined_after(tokens: Sequence[Token], lemmas: Sequence[str], i: int, case: str) -> bool:
    """Two named people joined by «и» right after the meal word, in `case`: its eaters
    («обедали глава МИД Сергей Лавров и советник Джон Болтон», «обед Владимира Путина и
    президента Монголии»). A verb must be plural; only titles, names and their genitives
    stand between."""
    if tokens[i].pos == "VERB" and tokens[i].feats.get("Number") != "Plur":
        return False
    before = after = False
    for k in range(i + 1, min(len(tokens), i + _JOINED_REACH)):
        t = tokens[k]
        if lemmas[k] == "и" and t.pos == "CCONJ":
            if not before or after:
                return False
            after = True
            continue
        if t.pos not in ("PROPN", "NOUN", "ADJ") or lemmas[k] in MEAL_GUEST:
            break
        named = t.feats.get("Case") == case and (
            t.pos == "PROPN" or (after and lemmas[k] in PARTNER_WORDS)
        )
        if named and after:
            return True
        before = before or named
    return False


def _person_at(tokens: Sequence[Token], lemmas: Sequence[str], j: int, case: str) -> bool:
    """A person from j on (adjectives first): an official's title, a name, someone animate."""
    for k in range(j, min(len(tokens), j + 4)):
        t = tokens[k]
        if lemmas[k] in PRESS_WORDS:
            return False
        if t.pos in ("ADJ", "DET"):
            continue
        if t.feats.get("Case") != case:
            return False
        return (
            lemmas[k] in PARTNER_WORDS
            or lemmas[k] in MEAL_GUESTS  # «ужин для американской четы»
            or t.pos == "PROPN"
            or (t.pos == "NOUN" and t.feats.get("Animacy") == "Anim")
        )
    return False


def _held_by_pair(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """«Помпео и Лавров провели рабочий завтрак»: the meal the object of a light verb whose
    clause opens with two joined names."""
    for k in range(i - 1, max(-1, i - _ADJ_REACH - 2), -1):
        if lemmas[k] in MEAL_HELD:
            return pair_discussed(list(tokens), list(lemmas), k)
        if tokens[k].pos != "ADJ":
            return False
    return False


def meal_guest(tokens: Sequence[Token], parse: SentenceParse, actor: int, trigger: int) -> bool:
    """Is the actor headed at `actor` the guest of the meal noun at `trigger`, in its «для» or
    «в честь» phrase («завтрак для премьер-министра», «ужин в честь президента»)? For whom a
    meal is given takes part in it, where «для» elsewhere tells no party («встреча стала для
    Москвы итогом»). The parser may hang the phrase on the meal's light verb instead."""
    if _lemma(tokens[trigger]) not in MEAL_NOUNS:
        return False
    tops = {trigger, parse.heads[trigger]} if parse.heads[trigger] >= 0 else {trigger}
    guest = False
    cur = actor
    for _ in range(len(tokens)):
        guest = guest or _lemma(tokens[cur]) == MEAL_HONOUR or _case_of(tokens, parse, cur)
        parent = parse.heads[cur]
        if parent < 0 or tokens[parent].pos not in ("NOUN", "PROPN", "VERB"):
            return False
        if parent in tops:
            return guest
        cur = parent
    return False


def _case_of(tokens: Sequence[Token], parse: SentenceParse, i: int) -> bool:
    """Does a guest's preposition («для») hang on token i?"""
    return any(
        h == i and parse.rels[j] == "case" and _lemma(tokens[j]) in MEAL_GUEST
        for j, h in enumerate(parse.heads)
    )


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")
