"""«Документ подписали X и Y»: the document just told, signed by the people who signed it.

News tells a document concluded («Ростуризм и управление по туризму подписали меморандум о
сотрудничестве»), then who put their names to it in a sentence of its own: «Документ
подписали руководитель агентства и губернатор управления», «Соглашение с российской стороны
подписал министр». The bare document noun (no complement of its own: no «о ...», no
adjective but a pointing one, «этот», «данный») as what the verb of concluding concludes
points back at the document told before; with no date of its own, the sentence is one more
telling of that agreement, its signatories joining it, not an agreement of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import DOCUMENT_NOUNS, SIGN_VERBS, VERB_TRIGGERS
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.signatures import signs
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Links of the document to its verb: what is signed («подписали документ»), or the subject
# of the passive («документ был подписан»).
_DOCUMENT_LINKS = frozenset({"obj", "nsubj:pass"})
# Dependents a document noun pointing back may have: a pointing word, punctuation.
_BARE = frozenset({"det", "punct"})


def bare_document(toks: Sequence[Token], parse: SentenceParse, verb: int) -> int | None:
    """The document noun the verb of concluding concludes, when it has nothing of its own
    (a plain «документ», «этот меморандум»), else None; for a signature put («подписи под
    соответствующим документом поставили»), the document under «под»."""
    if lemma_of(toks[verb]) in SIGN_VERBS and signs(toks, parse, verb):
        return _signed_under(toks, parse, verb)
    if VERB_TRIGGERS.get(lemma_of(toks[verb])) != "agreement":
        return None
    for j, h in enumerate(parse.heads):
        if h != verb or parse.rels[j] not in _DOCUMENT_LINKS:
            continue
        if lemma_of(toks[j]) not in DOCUMENT_NOUNS:
            continue
        own = [k for k, hk in enumerate(parse.heads) if hk == j]
        if all(parse.rels[k] in _BARE for k in own):
            return j
    return None


# Adjectives that only point back at a document told: «под соответствующим документом».
_POINTING = frozenset({"соответствующий", "данный", "указанный", "этот"})


def _signed_under(toks: Sequence[Token], parse: SentenceParse, verb: int) -> int | None:
    """The bare document a signature is put under («подписи под документом»), else None."""
    marks = {j for j, h in enumerate(parse.heads) if h == verb and parse.rels[j] == "obj"}
    for j, h in enumerate(parse.heads):
        if (h != verb and h not in marks) or lemma_of(toks[j]) not in DOCUMENT_NOUNS:
            continue
        own = [k for k, hk in enumerate(parse.heads) if hk == j]
        if all(
            parse.rels[k] in _BARE
            or parse.rels[k] == "case"
            or (parse.rels[k] == "amod" and lemma_of(toks[k]) in _POINTING)
            for k in own
        ):
            return j
    return None


def signed_again(
    toks: Sequence[Token], parse: SentenceParse, idx: int, typ: str, own_date: bool
) -> bool:
    """Does an agreement trigger, with no date of its own, tell again the document told
    before («Документ подписали руководитель агентства и губернатор»)?"""
    if typ != "agreement" or own_date:
        return False
    return bare_document(toks, parse, idx) is not None


# Links of a clause of its own beside another, with no conjunction: «..., стороны подписали».
_OWN_CLAUSE = frozenset({"root", "parataxis"})


def signed_beside(tokens: Sequence[Token], parse: SentenceParse, verb: int, main: int) -> bool:
    """«Заседание прошло в понедельник, сопредседатели подписали итоговый протокол»: a
    signing told in a clause of its own after the sentence's happening, joined by a comma
    alone, is a second happening of that day (as «прошло ... и подписали» is), when the verb
    of concluding names what it concludes."""
    if verb <= main or tokens[verb].pos not in ("VERB", "AUX"):
        return False
    if VERB_TRIGGERS.get(lemma_of(tokens[verb])) != "agreement":
        return False
    if parse.rels[verb] not in _OWN_CLAUSE:
        return False
    if parse.rels[verb] == "parataxis" and parse.heads[verb] != main:
        return False
    if parse.rels[verb] == "root" and parse.rels[main] != "root":
        return False
    if not any(t.text == "," for t in tokens[main + 1 : verb]):
        return False
    # «подписали итоговый протокол», «подписали ряд соглашений»: what is signed is named.
    return any(
        h == verb and parse.rels[j] == "obj" and tokens[j].pos in ("NOUN", "PROPN")
        for j, h in enumerate(parse.heads)
    )


# Happenings a document may be concluded after: «согласовано после переговоров министров».
_CONTACTS = frozenset({"call", "meeting", "talks"})
# Prepositions that make a contact the setting a document was concluded in: «после переговоров»,
# «на встрече», «в ходе переговоров», «во время встречи» (natasha parses «ходе», «время» as
# `fixed` under the preposition).
_AFTER = frozenset({"после"})
_AT = frozenset({"на"})
_DURING = frozenset({"ход", "время"})
# Nouns a contact may hang under as what the document came of: «по итогам переговоров», «в
# рамках встречи».
_OUTCOME = frozenset({"итог", "рамка", "результат"})


def signed_after(
    tokens: Sequence[Token],
    parse: SentenceParse,
    idx: int,
    kind: str,
    triggers: Sequence[tuple[int, str]],
) -> bool:
    """«Перемирие было согласовано 10 октября после одиннадцати часов переговоров
    министров», «договорённость достигнута на встрече президентов», «в ходе переговоров
    подписаны документы»: a contact named under «после», «на», «в ходе», «во время» (or under
    «по итогам», «в рамках») in the clause of a verb of concluding is the way to the document,
    the setting of the news; the document concluded is the news."""
    if kind not in _CONTACTS or tokens[idx].pos not in ("NOUN", "PROPN"):
        return False
    path = [idx]
    while parse.heads[path[-1]] >= 0 and tokens[parse.heads[path[-1]]].pos in ("NOUN", "NUM"):
        path.append(parse.heads[path[-1]])
        if len(path) > 3:
            return False
    verb = parse.heads[path[-1]]
    if verb < 0 or (verb, "agreement") not in triggers or tokens[verb].pos not in ("VERB", "AUX"):
        return False
    return any(
        h in path and parse.rels[j] == "case" and _setting_case(tokens, parse, j, h == idx)
        for j, h in enumerate(parse.heads)
    )


def _setting_case(tokens: Sequence[Token], parse: SentenceParse, j: int, on_contact: bool) -> bool:
    """Is the preposition at j one that sets a contact as a document's setting: «после»
    anywhere on the way up; «на встрече», «в ходе», «во время» on the contact itself;
    «по итогам», «в рамках» on the noun the contact hangs under?"""
    lemma = lemma_of(tokens[j])
    if lemma in _AFTER:
        return True
    if on_contact:
        fixed = {lemma_of(tokens[k]) for k, h in enumerate(parse.heads) if h == j}
        return lemma in _AT or bool(fixed & _DURING)
    return lemma_of(tokens[parse.heads[j]]) in _OUTCOME


def after_parties(
    tokens: list[Token],
    parse: SentenceParse,
    idx: int,
    hits: Sequence[ActorSpan],
    triggers: Sequence[tuple[int, str]],
) -> list[ActorSpan]:
    """The parties of the contact a document was concluded after («согласовано после
    переговоров министров Лаврова, Байрамова и Мнацаканяна»): the document's, when the
    sentence names no other."""
    from app.ingest.events.attach import actor_attached  # attach -> aside -> here

    contacts = [j for j, k in triggers if signed_after(tokens, parse, j, k, triggers)]
    if not contacts or parse.heads[contacts[0]] < 0:
        return []
    return [
        h for h in hits if actor_attached(tokens, parse, True, h, contacts[0], False, False, True)
    ]
