"""Going somewhere told by a verb of movement: where one goes, and landing there.

«Лавров отправится в Пномпень» is a visit (trigger_parse.confirmed) when the place is named.
A place is named by a proper noun in the accusative, and also by two forms the tagger reads
otherwise:
- a name that does not inflect, or whose accusative is its nominative, tagged as another
  case: «отправился в Кэмп-Дэвид», «вылетит в Сан-Франциско» (a locative inflects: «в
  Москве»; a form equal to the dictionary form under «в» on a verb of going is where to);
- a capitalised adjective before a noun of geography, the name of a region: «отправится в
  Кремниевую долину» (app/data/triggers.toml [travel] named_nouns).

Landing somewhere is arriving there: «самолёт президента приземлился в Сан-Франциско»,
«министр приземлился в аэропорту Внуково»; a visit when the one who lands is a person or the
craft is a person's (its genitive), not «самолёт авиакомпании приземлился». Touring a named
place is visiting it: «Кремниевую долину Медведев объехал в среду».
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import (
    LANDING_AT,
    LANDING_CRAFT,
    LANDING_VERBS,
    TOUR_VERBS,
    TRAVEL_NAMED_NOUNS,
)
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _animate(tok: Token) -> bool:
    return tok.pos in ("NOUN", "PROPN") and tok.feats.get("Animacy") == "Anim"


def destination_at(tokens: Sequence[Token], j: int) -> bool:
    """Is the word at j (after «в»/«во») a named place one goes to?"""
    tok = tokens[j]
    if tok.pos == "PROPN":
        return tok.feats.get("Case") == "Acc" or (
            tok.feats.get("Case") in ("Nom", "Loc") and _uninflected(tok)
        )
    return named_region(tokens, j)


def _uninflected(tok: Token) -> bool:
    """The word is its own dictionary form («Кэмп-Дэвид», «Сан-Франциско»): under «в» on a
    verb of going, that form can only be the accusative of an inanimate name."""
    return tok.feats.get("Animacy") != "Anim" and tok.text.lower().replace("ё", "е") == _lemma(tok)


def named_region(tokens: Sequence[Token], j: int) -> bool:
    """«Кремниевую долину»: a noun of geography in the accusative right after a capitalised
    adjective (one opening the sentence too: a sentence seldom opens with a region's noun
    in the accusative unless it names one)."""
    tok = tokens[j]
    if tok.pos != "NOUN" or tok.feats.get("Case") != "Acc" or _lemma(tok) not in TRAVEL_NAMED_NOUNS:
        return False
    if j < 1:
        return False
    adj = tokens[j - 1]
    # «Приморский край»: an inanimate masculine's accusative is its nominative, and the tagger
    # may read the adjective so
    return adj.pos == "ADJ" and adj.text[:1].isupper() and adj.feats.get("Case") in ("Acc", "Nom")


def may_land(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """On tokens alone: a verb of landing, a place after it («в», «на») and someone animate in
    the sentence (the parse checks who lands, `landed`)."""
    return (
        lemmas[i] in LANDING_VERBS
        and any(lemmas[j] in LANDING_AT for j in range(i + 1, len(tokens) - 1))
        and any(_animate(t) for j, t in enumerate(tokens) if j != i)
    )


def landed(tokens: Sequence[Token], parse: SentenceParse, i: int) -> bool:
    """«Самолёт президента приземлился в Сан-Франциско», «министр приземлился на базе»: the
    landing verb at i has a place («в»/«на») and its subject is a person or a craft whose
    genitive (or «с» phrase: «самолёт с Путиным») is one."""
    kids = [j for j, h in enumerate(parse.heads) if h == i]
    place = any(
        parse.rels[j].startswith("obl")
        and any(
            parse.heads[k] == j and parse.rels[k] == "case" and _lemma(tokens[k]) in LANDING_AT
            for k in range(len(tokens))
        )
        for j in kids
    )
    return place and any(parse.rels[j] == "nsubj" and _lander(tokens, parse, j) for j in kids)


def _lander(tokens: Sequence[Token], parse: SentenceParse, j: int) -> bool:
    if _animate(tokens[j]) or tokens[j].pos == "PRON":
        return True
    if _lemma(tokens[j]) not in LANDING_CRAFT:
        return False
    return any(
        parse.heads[k] == j and parse.rels[k] in ("nmod", "appos") and _animate(tokens[k])
        for k in range(len(tokens))
    )


def may_tour(tokens: Sequence[Token], lemmas: Sequence[str], i: int) -> bool:
    """On tokens alone: a verb of touring and a named place in the accusative in the
    sentence (the parse checks it is the verb's object, `toured`)."""
    return lemmas[i] in TOUR_VERBS and any(
        (t.pos == "PROPN" and t.feats.get("Case") == "Acc") or named_region(tokens, j)
        for j, t in enumerate(tokens)
    )


def toured(tokens: Sequence[Token], parse: SentenceParse, i: int) -> bool:
    """«Медведев объехал Кремниевую долину»: the touring verb's object is a named place and
    its subject a person."""
    kids = [j for j, h in enumerate(parse.heads) if h == i]
    place = any(
        parse.rels[j] == "obj"
        and (
            (tokens[j].pos == "PROPN" and tokens[j].feats.get("Case") == "Acc")
            or named_region(tokens, j)
        )
        for j in kids
    )
    person = any(
        parse.rels[j] == "nsubj" and (_animate(tokens[j]) or tokens[j].pos == "PRON") for j in kids
    )
    return place and person
