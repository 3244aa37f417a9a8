"""The wording of a sentence as a set of stem roots: what tells two reports of a happening
apart or together (identity.similar), minus triggers, actors, dates and stop words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import snowballstemmer

from app.ingest.dates import DateMention
from app.ingest.events.lexicon import (
    NOUN_TRIGGERS,
    REPORTING_VERBS,
    SPEECH_TYPES,
    STOP_LEMMAS,
    VERB_TRIGGERS,
)
from app.ingest.events.model import ActorSpan, ArticleInput, EventCandidate
from app.ingest.events.ordinals import ordinal_keys
from app.ingest.events.places import place_keys
from app.ingest.events.triggers import PHONE, TALK_NOUNS, lemma_of
from app.ingest.nlp import Token

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})
TRIGGER_LEMMAS = (
    frozenset(NOUN_TRIGGERS) | frozenset(VERB_TRIGGERS) | REPORTING_VERBS | TALK_NOUNS | PHONE
)
_STEMMER = snowballstemmer.stemmer("russian")
# Wording is compared on the first letters of stems, so that words of one root meet across
# parts of speech («пересмотреть», «пересмотр»; «преодолеть», «преодоление»).
ROOT_LETTERS = 6


def keys(
    toks: list[Token], actors: Sequence[ActorSpan], mentions: Sequence[DateMention]
) -> frozenset[str]:
    """Stems of the sentence's content words, minus triggers, actors, dates and stop words."""
    skip = [(a.start, a.end) for a in actors] + [(d.start, d.end) for d in mentions]
    out: set[str] = set()
    for t in toks:
        if t.pos not in CONTENT_POS or any(s <= t.start < e for s, e in skip):
            continue
        lemma = lemma_of(t)
        if len(lemma) < 3 or lemma in STOP_LEMMAS or lemma in TRIGGER_LEMMAS:
            continue
        if not any(c.isalpha() for c in lemma):
            continue
        out.add(root(lemma))
    out |= place_keys(toks, lambda t: root(lemma_of(t)))
    out |= ordinal_keys(
        toks, lambda t: root(lemma_of(t)), lambda t: any(s <= t.start < e for s, e in skip)
    )
    return frozenset(out)


@lru_cache(maxsize=100_000)
def root(lemma: str) -> str:
    # Cached: the stemmer costs ~0.1 ms a word and the same lemmas recur in every article.
    return str(_STEMMER.stemWord(lemma))[:ROOT_LETTERS]


BILATERAL = root("двусторонний")


def add_quoted_words(
    inp: ArticleInput, groups: list[EventCandidate], plain: Mapping[int, frozenset[str]]
) -> None:
    """A statement's words run on into the sentences around its attribution («"...". —
    говорится в ответах МИД»): the next and previous sentences that state no event of
    their own count towards its wording, so other outlets quoting it still match."""
    position = {(s.start, s.end): i for i, s in enumerate(inp.analysis.sentences)}
    for g in groups:
        if g.type not in SPEECH_TYPES:
            continue
        extra: set[str] = set()
        for span in g.sentences:
            i = position.get(span)
            if i is None:
                continue
            extra.update(plain.get(i - 1, frozenset()))
            extra.update(plain.get(i + 1, frozenset()))
        g.keys = g.keys | extra
