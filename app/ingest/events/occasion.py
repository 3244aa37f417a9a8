"""Where and on what occasion, on the parse: an occasion phrase («на полях саммита», «в
рамках визита»), a clause telling what went on at a place («в Казани, где проходил
саммит»), and a place named as where something happens («в Кремле», «визит в Монголию»).
What stands there is the setting of a happening, not one of its parties.
"""

from __future__ import annotations

from app.ingest.events.destination import is_destination
from app.ingest.events.lexicon import VENUE_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors, anchor_verb
from app.ingest.nlp import Token

# Phrases that name the occasion of a happening, not its parties: «на полях саммита»,
# «в рамках визита».
OCCASION_NOUNS = {
    "поле": frozenset({"на"}),
    "рамка": frozenset({"в", "во"}),
    "кулуар": frozenset({"в", "во"}),  # «в кулуарах форума» (the lemma the tagger gives)
}
# Words an occasion's phrase runs on through: its nouns, names, adjectives and dashes.
OCCASION_RUN = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "CCONJ"})
DASHES = frozenset({"–", "—", "-"})


def in_occasion(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Does token i stand inside an occasion phrase («на полях министерской встречи Россия –
    ССАГПЗ»)? By the parse (an occasion noun above it, no verb between) or, as parsers
    split a format's dashed name, by word order (only the phrase's own words between)."""
    for a in ancestors(parse, i):
        if tokens[a].pos in VERBAL:
            break
        if _occasion_noun(tokens, a):
            return True
    if not _in_dashed_name(tokens, i):
        return False  # word order alone does not show where the phrase ends
    for k in range(i - 1, -1, -1):
        tok = tokens[k]
        if _occasion_noun(tokens, k):
            return True
        if tok.pos in OCCASION_RUN or tok.text in DASHES:
            continue
        return False
    return False


PLACE_RELATIVES = frozenset({"где", "куда"})
# An infinitive under «предстоит», «планирует», «должен»: its clause is its head's.
_INFINITIVE_LINKS = frozenset({"csubj", "xcomp"})


def in_place_clause(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Token i tells what went on at a place the sentence names («переговоры в Казани, где
    проходил саммит»): it stands in a relative clause opened by «где»/«куда»."""
    verb = anchor_verb(tokens, parse, i)
    while parse.rels[verb] in _INFINITIVE_LINKS and parse.heads[verb] >= 0:
        verb = parse.heads[verb]  # «где ему предстоит встретиться»: the clause is the modal's
    if parse.rels[verb] != "acl:relcl":
        return False
    return any(
        h == verb and tokens[j].lemma.lower() in PLACE_RELATIVES for j, h in enumerate(parse.heads)
    )


def _in_dashed_name(tokens: list[Token], i: int) -> bool:
    """«Россия – АСЕАН»: a part of a format's name joined by a dash."""
    return (i > 0 and tokens[i - 1].text in DASHES) or (
        i + 1 < len(tokens) and tokens[i + 1].text in DASHES
    )


def _occasion_noun(tokens: list[Token], k: int) -> bool:
    preps = OCCASION_NOUNS.get(tokens[k].lemma.lower())
    return preps is not None and k > 0 and tokens[k - 1].text.lower() in preps


PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})


def is_place(tokens: list[Token], parse: SentenceParse, actor_head: int) -> bool:
    """An actor named as where something happens («в Кремле», «в Турции», «на Смоленской
    площади»): the locative case under «в»/«на». It is the venue, not a party; so is where
    somebody goes («визит в Монголию», see destination.py)."""
    if is_destination(tokens, parse, actor_head):
        return True
    if _conjoined_place(tokens, parse, actor_head):
        return True  # «в Эмиратах и Саудовской Аравии»: the preposition serves both
    if tokens[actor_head].feats.get("Case") != "Loc":
        return False
    return any(
        h == actor_head
        and parse.rels[j] == "case"
        and tokens[j].lemma.lower() in PLACE_PREPOSITIONS
        for j, h in enumerate(parse.heads)
    )


def _conjoined_place(tokens: list[Token], parse: SentenceParse, actor_head: int) -> bool:
    """A name joined to a place by «и» with no preposition of its own is a place too,
    whatever case the tagger gave it (a feminine «-ии» reads as the genitive as well)."""
    head = parse.heads[actor_head]
    return (
        head >= 0
        and parse.rels[actor_head] == "conj"
        and tokens[actor_head].pos == "PROPN"
        and not any(h == actor_head and parse.rels[j] == "case" for j, h in enumerate(parse.heads))
        and _in_named_place(tokens, parse, head)
    )


# Links inside one multi-word name («Объединённых Арабских Эмиратах», parsed with the first
# word as its head).
_NAME_LINKS = frozenset({"nmod", "flat", "flat:name", "appos"})


def _in_named_place(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is token i a place, or a word inside a place's multi-word name?"""
    for _ in range(3):
        if is_place(tokens, parse, i):
            return True
        head = parse.heads[i]
        if head < 0 or parse.rels[i] not in _NAME_LINKS or tokens[head].pos != "PROPN":
            return False
        i = head
    return False


_VENUE_PREPOSITIONS = frozenset({"в", "во", "на"})


def named_venue(tokens: list[Token], start: int, end: int) -> bool:
    """Is the actor spanning [start, end) a building or grounds named after the noun for it,
    told as where something happens («в гостинице «Хёндэ»», «в резиденции «Дяоюйтай»»)? The
    organisation found there is the venue, never a party, whatever clause lists it: the
    noun opens the span (the organisation's hit takes in its head noun), after «в»/«на»
    and any adjectives; a name after such a noun outside the span may be a person («в
    резиденции Путин принял ...»). Only nouns for buildings (VENUE_NOUNS): «в компании
    «Роснефть» заявили» is the company's voice."""
    for k, tok in enumerate(tokens):
        if tok.start < start:
            continue
        if tok.start >= end:
            return False
        if tok.lemma.lower() not in VENUE_NOUNS:
            return False
        j = k - 1
        while j >= 0 and tokens[j].pos == "ADJ":  # «в государственной резиденции»
            j -= 1
        return j >= 0 and tokens[j].text.lower() in _VENUE_PREPOSITIONS
    return False
