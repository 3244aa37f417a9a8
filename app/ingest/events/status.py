"""Whether a happening took place, as the grammar around its trigger says.

A trigger's status is read from the words that govern it (its ancestors in the parse) and
the words that modify it: «встречу отложили» (postponed), «отменил визит», «встреча не
состоялась» (cancelled), «подготовка к встрече продолжается» (planned: still to come).
Possibilities, requests, hearsay and denials are no happening at all: «возможная встреча»,
«не исключил встречи», «встреча может состояться», «попросил о встрече», «Моди якобы
приедет», «встреча не планируется». Tense (planned vs happened) is tree.future_clause's
job; this module only overrides it. The words are data (app/data/triggers.toml, [status]).
"""

from __future__ import annotations

from app.ingest.events.lexicon import (
    CANCEL_LEMMAS,
    HEARSAY_LEMMAS,
    MODAL_LEMMAS,
    POSSIBLE_LEMMAS,
    POSTPONE_LEMMAS,
    PREPARING_LEMMAS,
    REQUESTED_LEMMAS,
    TOOK_PLACE_LEMMAS,
)
from app.ingest.events.model import SentenceParse
from app.ingest.events.tree import ancestors, anchor_verb
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Statuses a trigger's surroundings can impose; "" leaves it to tense and dates.
BY_TENSE = ""
# Relations by which a word modifies the trigger itself («возможная встреча»,
# «отложенная сессия»).
MODIFIERS = frozenset({"amod", "acl"})


def _has_not(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    return any(
        h == i and lemma_of(tokens[j]) == "не" and tokens[j].pos == "PART"
        for j, h in enumerate(parse.heads)
    )


def trigger_status(
    tokens: list[Token], parse: SentenceParse, trigger: int, own_words_only: bool = False
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
    for a in [] if own_words_only else ancestors(parse, trigger):
        tok = tokens[a]
        lemma = lemma_of(tok)
        if lemma in POSSIBLE_LEMMAS:
            return None  # «не исключил встречи», «не исключено, что встретятся»
        if lemma in REQUESTED_LEMMAS:
            return None  # «попросил о встрече»: only asked for
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
    return BY_TENSE
