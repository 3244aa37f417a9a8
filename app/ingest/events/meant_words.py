"""The occasion of words meant is no happening told: «Блинкен на встрече намерен призвать
Россию к деэскалации».

A meeting noun hung on a word of intent («намерен», «собирается», «планирует») whose
infinitive is a verb of saying is where the words are to be said: the meeting itself is
told elsewhere (or not at all), and the object of the words («Россию») is no partner of it.
"""

from __future__ import annotations

from app.ingest.events.lexicon import MEANT_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import ancestors
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token


def occasion_of_meant_words(
    toks: list[Token], parse: SentenceParse, idx: int, statements: set[int]
) -> bool:
    """Is trigger noun `idx` the setting («на встрече») of an intent whose infinitive is a
    verb of saying among `statements` («намерен призвать»)?"""
    if toks[idx].pos not in ("NOUN", "PROPN") or parse.rels[idx] != "obl":
        return False
    intent = parse.heads[idx]
    if intent >= 0 and lemma_of(toks[intent]) in MEANT_LEMMAS:
        return any(
            parse.heads[j] == intent and parse.rels[j] == "xcomp" and j in statements
            for j in range(len(toks))
        )
    # «на встрече намерен продолжить контакты и призвать Россию предпринять шаги»: the
    # parser hangs the noun lower, under the infinitive of saying, itself meant
    words = [a for a in ancestors(parse, idx) if a in statements]
    return any(
        toks[j].feats.get("VerbForm") == "Inf"
        and any(
            lemma_of(toks[k]) in MEANT_LEMMAS and toks[k].feats.get("Tense") != "Past"
            for k in range(j)
        )
        for j in words
    )
