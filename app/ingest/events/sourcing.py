"""When a verb of saying only names the source of a happening, and so is no statement.

«Министры провели переговоры в среду, сообщило ведомство»: the news is the talks; the
ministry that made them known is where the text got them from, not a speaker whose words
are news of their own. A person who says so on a day the text gives is still a statement
(«..., сообщила во вторник Мария Захарова»), and so is a body announcing what is to come or
was called off («Саммит пройдёт в июне, сообщили в Кремле»).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

from app.ingest.events import denied_plans
from app.ingest.events.joint import answering_press
from app.ingest.events.model import ActorInfo, EventCandidate, SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token


def _load() -> dict[str, Any]:
    with (resources.files("app") / "data" / "speech.toml").open("rb") as f:
        return tomllib.load(f)


_DATA = _load()
_SOURCE = _DATA["source"]
REMINDING_VERBS = frozenset(_DATA["repeated"]["reminding"])
HABITUAL_ADVERBS = frozenset(_DATA["repeated"]["habitual"])
OUTLET_TELLING = frozenset(_DATA["furniture"]["telling"])
# How the words promised hang on the outlet's verb: «Рассказываем, что ответили в Кремле».
_PROMISED_LINKS = frozenset({"ccomp", "obj", "xcomp"})
FREQUENCY_ADVERBS = frozenset(_DATA["repeated"]["frequency"])
RELATIVE_WORDS = frozenset(_DATA["aside"]["relative"])
STANCE_PREPOSITIONS = frozenset(_DATA["stance"]["prepositions"])
STANCE_VERBS = frozenset(_DATA["stance"]["speaking"])
# Links of a relative word to the verb of its clause: «что» as its object or subject,
# «где», «когда» as its adverb (a complementizer «что» is a «mark» of the verb below).
_RELATIVE_LINKS = frozenset({"obj", "nsubj", "advmod"})
ANONYMOUS_SPEAKERS = frozenset(_SOURCE["anonymous"])
ANNOUNCING_VERBS = frozenset(_SOURCE["announcing"])
TOOK_PLACE_VERBS = frozenset(_SOURCE["took_place"])
CONFIRMING_VERBS = frozenset(_SOURCE["confirming"])
ACTS_BY_WORD = frozenset(_SOURCE["acts"])
# «в свою очередь», «в ответ»: lemmas of phrases that make words a reply (replies.py).
REPLY_PHRASES = tuple(tuple(p.split()) for p in _DATA["reply"]["phrases"])
PROCLAIMING = frozenset(_DATA["reply"]["proclaiming"])
# «поблагодарил за приглашение»: verbs of thanking and what they thank for (attribution.py).
THANKING_VERBS = frozenset(_DATA["thanks"]["verbs"])
THANKED_FOR = frozenset(_DATA["thanks"]["prepositions"])
# Contacts whose parties, speaking together in them, tell what the contact settled.
CONTACTS = frozenset({"call", "meeting", "talks"})
SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass"})


def anonymous_speaker(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Is the subject of verb of saying `verb` an unnamed source («сообщил источник»)?"""
    return any(
        parse.heads[j] == verb
        and parse.rels[j] in SUBJECT_LINKS
        and lemma_of(toks[j]) in ANONYMOUS_SPEAKERS
        for j in range(len(toks))
    )


# «по словам источника», «по данным собеседника»: nouns of an attribution hung on a verb.
ATTRIBUTING_NOUNS = frozenset({"слово", "данные"})


def anonymously_told(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Are the words of verb `verb` told «по словам» of an unnamed source («По словам
    собеседника в МИД, лидер подтвердил готовность»)? What one is said to have said
    through a nameless go-between is hearsay, no statement of one's own."""
    return any(
        (parse.heads[j] == verb or j == verb)  # the attribution itself, or hung on the verb
        and lemma_of(toks[j]) in ATTRIBUTING_NOUNS
        and any(
            parse.heads[k] == j and lemma_of(toks[k]) in ANONYMOUS_SPEAKERS
            for k in range(len(toks))
        )
        for j in range(len(toks))
    )


def restated(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Words that recall what is known («напомнил, что ...») or that a speaker says over
    and over («неоднократно заявляли»): no statement of one occasion."""
    return lemma_of(toks[verb]) in REMINDING_VERBS or any(
        parse.heads[j] == verb
        and lemma_of(toks[j]) in HABITUAL_ADVERBS
        for j in range(len(toks))
    )


def outlet_promise(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Is verb of saying `verb` the question an outlet promises to answer («Рассказываем,
    что ответили в Кремле», «Разбираемся, что заявили в МИД»)? The words are the article's
    own furniture; what was answered is told, if at all, in the sentences after it."""
    head = parse.heads[verb]
    if head < 0 or parse.rels[verb] not in _PROMISED_LINKS:
        return False
    feats = toks[head].feats
    return (
        lemma_of(toks[head]) in OUTLET_TELLING
        and feats.get("Person") == "1"
        and feats.get("Tense") in ("Pres", "Fut")
    )


def aside(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Is verb of saying `verb` the head of a relative clause commenting on the clause it
    hangs on («ракеты ударили по порту, что Киев назвал провокацией»)?"""
    return parse.heads[verb] >= 0 and any(
        parse.heads[j] == verb
        and j < verb
        and parse.rels[j] in _RELATIVE_LINKS
        and lemma_of(toks[j]) in RELATIVE_WORDS
        for j in range(len(toks))
    )


def stance(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """«Россия и Иран выступают против проекта»: a position held, not words of a day."""
    return lemma_of(toks[verb]) in STANCE_VERBS and any(
        parse.heads[k] == j and parse.rels[k] == "case" and lemma_of(toks[k]) in STANCE_PREPOSITIONS
        for j in range(len(toks))
        if parse.heads[j] == verb
        for k in range(len(toks))
    )


def holds(toks: list[Token], verb: int) -> bool:
    """«Российская сторона такие обвинения отрицает»: a verb of saying in the present tense,
    active, tells a position held, not words of a day («говорится в заявлении», passive,
    still quotes a statement)."""
    feats = toks[verb].feats
    return (
        feats.get("VerbForm") == "Fin"
        and feats.get("Tense") == "Pres"
        and feats.get("Aspect") == "Imp"
        and feats.get("Voice") == "Act"
    )


def passing(toks: list[Token], parse: SentenceParse, verb: int, dated: bool = True) -> bool:
    """Words said in passing, not on an occasion of their own: recalled, habitual, an
    aside on another clause, or a position held (`dated`: the words have a day of their
    own, which a present tense then only places)."""
    return (
        restated(toks, parse, verb)
        or outlet_promise(toks, parse, verb)
        or aside(toks, parse, verb)
        or stance(toks, parse, verb)
        or (not dated and holds(toks, verb))
    )


def announces_act(toks: list[Token], verb: int, typ: str) -> bool:
    """Is `verb` announcing a measure its speaker takes by announcing it («Минфин объявил о
    санкциях»), not words about one («назвала высылку необоснованной»)?"""
    return typ in ACTS_BY_WORD and lemma_of(toks[verb]) in ANNOUNCING_VERBS


def took_place_before(toks: list[Token], verb: int) -> bool:
    """Do the words before verb of saying `verb` tell that something took place, in the
    past («Процедура прошла в четверг, сообщили в МИД»)?"""
    return any(
        lemma_of(t) in TOOK_PLACE_VERBS
        and t.feats.get("Tense") == "Past"
        and t.feats.get("VerbForm") == "Fin"
        for t in toks[:verb]
    )


def took_place_after(toks: list[Token], verb: int) -> bool:
    """Do the words after verb of saying `verb` tell that something took place, in the
    past («Как сообщили в МИД, звонок состоялся по инициативе Вашингтона»)?"""
    return took_place_before(toks[verb + 1 :], len(toks) - verb - 1)


def opening(toks: list[Token], verb: int) -> bool:
    """Does verb of saying `verb` open the sentence as a parenthetical «Как сообщили в X,
    ...», attributing the words after it?"""
    return verb > 0 and lemma_of(toks[verb - 1]) == "как" and any(
        t.text == "," for t in toks[verb + 1 :]
    )


def source_only(
    toks: list[Token],
    parse: SentenceParse,
    verb: int,
    closing: bool,
    speakers: Sequence[str],
    kinds: Mapping[str, ActorInfo],
    own_date: bool,
    reported: EventCandidate | None,
    happening_words: bool,
    on_occasion: bool = False,
    parents: Mapping[str, str] | None = None,
) -> bool:
    """Does statement verb `verb` only name where the happening `reported` (told in the
    same sentence) came from? `closing`: the verb closes the words it attributes
    («..., сообщили в МИД»); `own_date`: the verb has a date of its own;
    `happening_words`: the sentence names a happening at all, even one that yields no
    event («визит делегации отменён»); `on_occasion`: the words were said in a happening
    the sentence names («в ходе разговора подтвердили»); `parents`: the state or body each
    actor belongs to."""
    if happening_words and anonymous_speaker(toks, parse, verb):
        return True  # «Встреча отложена, сообщил источник в МИД»
    if anonymously_told(toks, parse, verb):
        return True  # «По словам источника, Ким подтвердил ...»: hearsay, no words of Kim's
    bodies = bool(speakers) and all(
        (info := kinds.get(a)) is not None and info.kind != "person" for a in speakers
    )
    opens = opening(toks, verb)  # «Как сообщили в МИД, ...»: the words after it
    if reported is None:
        # «Процедура прошла в четверг, сообщили в МИД», «Как сообщили в МИД, звонок
        # состоялся по инициативе США»: a happening the text told before, named by a word
        # of no kind of its own or retold, took place; the body is where it came from.
        # «Встреча пока не планируется, уточнили в МИД»: the body is where the denial
        # came from (denied_plans.py).
        return (
            bodies
            and not own_date
            and (
                (closing and took_place_before(toks, verb))
                or (opens and took_place_after(toks, verb))
                or (
                    (
                        closing
                        or denied_plans.inside_words(toks, verb)
                        or denied_plans.closing_after_adverb(toks, parse, verb)
                    )
                    and denied_plans.denies_plan(toks, parse, verb)
                )
            )
        )
    if (
        on_occasion
        and reported.type in CONTACTS
        and len(set(speakers)) >= 2
        and set(speakers) <= set(reported.actors)
        and not answering_press(toks, parse, verb)  # «ответили на вопросы журналистов»
    ):
        return True  # «в ходе разговора президенты подтвердили ...»: what the call settled
    if (
        bodies
        and announces_act(toks, verb, reported.type)
        and set(speakers) <= set(reported.actors)
    ):
        return True  # «Минфин объявил о санкциях»: the announcing is the measure
    if bodies and not own_date and reported.status == "happened" and reported.type in CONTACTS:
        # «МИД подтвердил, что министры провели телефонный разговор»: the contact is the news
        if lemma_of(toks[verb]) in CONFIRMING_VERBS:
            return True
    # «Следующий раунд пройдёт в Анкоридже, сообщили в пресс-службе ведомства»: a body that
    # is a party of the contact it announces, or of a party state, makes its own plan known
    # (about_this.py, the same for «Об этом сообщили»); the plan is the news. The words of a
    # body of no part in it («Путин посетит Китай, сообщили в посольстве») stay its statement.
    own_plan = reported.status == "planned" and all(
        a in reported.actors or (parents or {}).get(a) in reported.actors for a in speakers
    )
    return (
        bodies
        and (closing or opens)
        and not own_date
        and (reported.status == "happened" or own_plan)
    )
