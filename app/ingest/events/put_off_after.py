"""A happening told as due, then put off or called off by a pronoun in the next clause.

«Первоначально встреча должна была пройти 14 июня в Вене, однако её перенесли в Женеву»,
«Встречу планировали провести 5 июня, но затем её отложили», «Переговоры должны были
состояться в июне, но их решили перенести», «Визит намечался на май, но он был отменён»:
the first clause tells the happening as due (not held), the second puts it off, naming it
by a pronoun only, so no second trigger restates it (status.restated_status). The
happening is then the one put off (or called off), on the day it was due.

The pronoun must agree with the trigger noun in number (and gender in the singular) and be
the object of the verb of putting off (or of the infinitive it takes: «решили перенести»),
or its passive subject («он был отменён»); the clause must come after the trigger and be
joined to the trigger's clause (a conjunct of it) or open with a word of contrast («но»,
«однако»: the parser may leave it a root of its own). The verbs are data
(app/data/triggers.toml, [status] postponed/cancelled).
"""

from __future__ import annotations

from app.ingest.events.lexicon import CANCEL_LEMMAS, POSTPONE_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Personal pronouns of the third person that can stand for a happening.
_PRONOUNS = frozenset({"он", "она", "оно", "они"})
# How the pronoun hangs on the verb of putting off.
_PRONOUN_LINKS = frozenset({"obj", "nsubj:pass"})
# Words of contrast that open the clause putting the happening off.
_CONTRAST = frozenset({"но", "однако", "а"})


def put_off_after(tokens: list[Token], parse: SentenceParse, trigger: int) -> str:
    """"postponed" or "cancelled" when a later clause puts off (calls off) the trigger's
    happening by a pronoun; "" otherwise."""
    if tokens[trigger].pos in VERBAL:
        return ""
    above = {trigger, *ancestors(parse, trigger)}
    for p in range(trigger + 1, len(tokens)):
        if lemma_of(tokens[p]) not in _PRONOUNS or parse.rels[p] not in _PRONOUN_LINKS:
            continue
        if not _agrees(tokens[p], tokens[trigger]):
            continue
        verb = parse.heads[p]
        if verb < 0 or verb in above:
            continue
        status = _putting_off(lemma_of(tokens[verb]))
        clause = verb
        if parse.rels[verb] == "xcomp" and parse.heads[verb] >= 0:
            clause = parse.heads[verb]  # «решили перенести»: the clause is the deciding verb's
        if status and clause not in above and _joined(tokens, parse, clause, above):
            return status
    return ""


def _putting_off(lemma: str) -> str:
    if lemma in POSTPONE_LEMMAS:
        return "postponed"
    if lemma in CANCEL_LEMMAS:
        return "cancelled"
    return ""


def _agrees(pronoun: Token, noun: Token) -> bool:
    """«её» for «встреча», «его» for «визит», «их» for «переговоры»."""
    number = noun.feats.get("Number")
    if pronoun.feats.get("Number") != number:
        return False
    if number == "Plur":
        return True
    gender, own = noun.feats.get("Gender"), pronoun.feats.get("Gender")
    if gender in ("Masc", "Neut"):
        return own in ("Masc", "Neut")  # «его» is both
    return own == gender


def _joined(tokens: list[Token], parse: SentenceParse, clause: int, above: set[int]) -> bool:
    """Is `clause` a conjunct of the trigger's clause, or opened by a word of contrast?"""
    if parse.rels[clause] == "conj" and parse.heads[clause] in above:
        return True
    return any(
        parse.heads[j] == clause and tokens[j].text.lower() in _CONTRAST
        for j in range(len(tokens))
    )
