"""Who does what a converb (деепричастие) tells: the subject of the verb it hangs on.

Russian grammar gives a converb no subject of its own: in «Москва ответила, выслав двух
дипломатов» or «Пекин отреагировал, объявив дипломата персоной нон грата» the one who
expelled is Moscow, the subject of the finite verb the converb modifies. The parser hangs
the converb on that verb (advcl), or on a word of its clause (an adverb, by conj); the doer
is the subject of the nearest finite verb above it.
"""

from __future__ import annotations

from app.ingest.events.lexicon import NOUN_TRIGGERS, SPEECH_TYPES, VERB_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.nlp import Token

# Links that keep a converb inside the clause of the verb above it; a reported clause
# («сказал, что ...») or a relative one has a subject of its own.
_CLAUSE_LINKS = frozenset({"advcl", "conj", "advmod", "obl", "xcomp", "root"})


def is_converb(token: Token) -> bool:
    return token.pos in VERBAL and token.feats.get("VerbForm") == "Conv"


def converb_subject_verb(tokens: list[Token], parse: SentenceParse, verb: int) -> int | None:
    """The finite verb whose subject does what converb `verb` tells, or None when `verb` is
    no converb or hangs on no such verb within its clause.

    None too when that verb tells a happening of its own («провёл переговоры, посетив перед
    этим Стамбул»): the sentence's news is the verb's happening, the converb only what went
    with it. A verb of saying or reacting («ответила, выслав») tells none: the converb's
    act is what was done."""
    if not is_converb(tokens[verb]):
        return None
    cur = verb
    for above in ancestors(parse, verb):
        if parse.rels[cur] not in _CLAUSE_LINKS:
            return None
        if tokens[above].pos in VERBAL and not is_converb(tokens[above]):
            has_subject = any(
                h == above and parse.rels[j].startswith("nsubj") for j, h in enumerate(parse.heads)
            )
            return above if has_subject and not _tells_happening(tokens, parse, above) else None
        cur = above
    return None


def _tells_happening(tokens: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Does `verb` (or a noun it governs: «провёл переговоры») name a happening that is
    not words?"""

    def happening(typ: str | None) -> bool:
        return typ is not None and typ not in SPEECH_TYPES

    if happening(VERB_TRIGGERS.get(tokens[verb].lemma.lower())):
        return True
    return any(
        h == verb
        and parse.rels[j] in ("obj", "nsubj", "nsubj:pass")
        and happening(NOUN_TRIGGERS.get(tokens[j].lemma.lower()))
        for j, h in enumerate(parse.heads)
    )


def converb_dated(tokens: list[Token], parse: SentenceParse, date_head: int, verb: int) -> bool:
    """«Пекин 12 марта отреагировал, выслав двух дипломатов»: a date on the verb a converb
    hangs on dates the converb's act too (it is done as, or just before, the verb's)."""
    above = ancestors(parse, date_head)
    return bool(above) and above[0] == converb_subject_verb(tokens, parse, verb)


def set_by_converb(tokens: list[Token], parse: SentenceParse, actor_head: int, verb: int) -> bool:
    """«Выступая в Кремле, Песков сказал», «Комментируя слова Трампа, Лавров заявил»: what
    a converb of verb `verb` names (a place, what is commented on) is the scene of the
    words, not who says them; so too when `verb` is that converb itself («Выступая на
    брифинге в Кремле, Песков назвал ...»: the finite verb's subject speaks). Not the
    converb's subject, where a parser hangs the speaker («Выступая, Песков сказал»)."""
    cur = actor_head
    for above in ancestors(parse, actor_head):
        if is_converb(tokens[above]) and parse.rels[above] == "advcl":
            if parse.heads[above] == verb or (
                above == verb and converb_subject_verb(tokens, parse, above) is not None
            ):
                return not parse.rels[cur].startswith("nsubj")
        if above == verb:
            return False
        cur = above
    return False


def opening_converb(tokens: list[Token], parse: SentenceParse, converb: int, verb: int) -> bool:
    """«Выступая на брифинге в Кремле, Песков назвал ...»: a converb of speaking that opens
    the clause, before the verb and its subject, sets the scene of what the subject then
    says, and its speaker is that subject. Not one that follows («распустил конгресс,
    обвинив парламентариев»: what went with the act) or stands between the subject and
    its verb («Лавров, выступая вслед за ним, ограничился ...»)."""
    if not is_converb(tokens[converb]) or converb > verb:
        return False
    return all(
        converb < j
        for j, h in enumerate(parse.heads)
        if h == verb and parse.rels[j].startswith("nsubj")
    )
