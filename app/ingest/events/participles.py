"""A happening told in a participle phrase hung on the one who speaks: «Министр,
посетивший Пекин 12 июля, заявил, что ...», «Глава МИД, проведший в пятницу переговоры с
коллегой, заверил ...». The sentence's own event is the words; the phrase tells a second
happening of the speaker, which counts (aside.py) when it carries a date of its own.

Only an active participle (VerbForm=Part, Voice=Act) standing as a describing modifier
(acl/amod) of a noun counts here: the noun is its doer. A participle of a state
(«находящийся в отставке», «бывший») names no trigger and so tells nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.destination import DIRECTION_PREPOSITIONS
from app.ingest.events.model import SentenceParse
from app.ingest.events.participle_day import main_clause_day
from app.ingest.events.syntax import VERBAL, anchor_verb, hangs_under
from app.ingest.nlp import Token

# The links by which a participle hangs on the noun it describes.
_ON_NOUN = frozenset({"acl", "amod"})


def active_participle(tok: Token) -> bool:
    """An active participle («проведший», «посетившего», «встречавшийся»)."""
    f = tok.feats
    return tok.pos in VERBAL and f.get("VerbForm") == "Part" and f.get("Voice") == "Act"


def on_noun(tokens: list[Token], parse: SentenceParse, verb: int) -> int | None:
    """The noun an active participle describes (its doer), or None."""
    if not active_participle(tokens[verb]) or parse.rels[verb] not in _ON_NOUN:
        return None
    noun = parse.heads[verb]
    if noun < 0 or tokens[noun].pos not in ("NOUN", "PROPN", "PRON"):
        return None
    return noun


def beside_words(
    tokens: list[Token], parse: SentenceParse, triggers: Sequence[tuple[int, str]], speech: int
) -> bool:
    """Does a trigger of the sentence stand in an active participle phrase describing a
    noun of the clause whose verb is the speech verb at `speech` («Министр, посетивший
    Пекин 12 июля, заявил»)? The phrase then tells a happening of its own, beside the words."""
    said_by = anchor_verb(tokens, parse, speech)
    for i, _ in triggers:
        if i == speech:
            continue
        verb = anchor_verb(tokens, parse, i)
        noun = on_noun(tokens, parse, verb)
        if noun is not None and parse.heads[noun] == said_by:
            return True
    return False


def arrived_for(
    tokens: list[Token], parse: SentenceParse, mentions: Sequence[DateMention], trigger: int
) -> bool:
    """Is the visit trigger told by a perfective participle of arrival on a party of a
    dated clause («провёл в четверг переговоры с президентом, прилетевшим в Москву»)? The
    arrival is a happening of that day, not a description of the party: who arrived came
    for what the clause tells (participle_day.py dates it).

    A visit's other side is the place: an arrival that names only the gathering come to
    («с президентом, приехавшим на саммит в качестве наблюдателя») tells how the party
    came to the contact, no visit of its own; one naming where («прибывшим во
    Владивосток», «прилетевшим в Москву») or a visit («с визитом») tells one."""
    verb = anchor_verb(tokens, parse, trigger)
    return bool(main_clause_day(tokens, parse, mentions, trigger)) and _names_where(
        tokens, parse, verb
    )


_TO = frozenset({"в", "во", "на"})


def _names_where(tokens: list[Token], parse: SentenceParse, part: int) -> bool:
    """Does the participle at `part` name a place it went to (a proper name under «в»/«на»,
    any noun under «в» + accusative) or the visit it came on?"""
    for c, h in enumerate(parse.heads):
        if h != part:
            continue
        if tokens[c].lemma.lower() == "визит":
            return True
        preps = {
            tokens[j].lemma.lower()
            for j in range(len(tokens))
            if parse.heads[j] == c and parse.rels[j] == "case"
        }
        # «в Москву», «на Хоккайдо», «в российскую столицу»; not «на саммит»
        if (tokens[c].pos == "PROPN" and preps & _TO) or (
            tokens[c].feats.get("Case") == "Acc" and preps & DIRECTION_PREPOSITIONS
        ):
            return True
    return False


# Punctuation that closes a participle phrase standing after its noun.
_CLOSING = frozenset({",", ";", ":", "—", "–", "-", "(", ")", ".", "!", "?"})


_SUBJECT_RELS = ("nsubj", "nsubj:pass")
_AGREEMENT = ("Number", "Gender")
_SUBJECT_CASES = frozenset({"Nom", "Acc"})


def subject_participles(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang on its noun a participle phrase the parse made a second subject (in place): in
    «Визит Обамы, намеченный на начало сентября, не состоится» the participle, set off by
    a comma and agreeing with the subject before it, qualifies that subject («визит,
    намеченный на ...»), and its date is the visit's due day."""
    for p, tok in enumerate(toks):
        if (
            tok.feats.get("VerbForm") != "Part"
            or rels[p] not in _SUBJECT_RELS
            or p == 0
            or toks[p - 1].text != ","
        ):
            continue
        verb = heads[p]
        noun = next(
            (
                n
                for n in range(p - 1)
                if heads[n] == verb
                and rels[n] in _SUBJECT_RELS
                and toks[n].pos in ("NOUN", "PROPN")
            ),
            None,
        )
        if noun is None:
            continue
        # The tagger reads an inanimate participle's nominative as the like accusative
        # («намеченный»): the case agrees when it is either.
        case = tok.feats.get("Case")
        if case is not None and case not in _SUBJECT_CASES:
            continue
        if all(
            toks[noun].feats.get(f) == tok.feats.get(f)
            for f in _AGREEMENT
            if tok.feats.get(f) is not None
        ):
            heads[p], rels[p] = noun, "acl"


def close_phrases(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang on an active participle the words of its phrase that the parse gave to a word before it
    (in place). A participle phrase after its noun is set off by a comma and runs to the
    next mark of punctuation: in «с президентом, прилетевшим в Москву с рабочим визитом.»
    the visit is the participle's, not the talks' the noun hangs on."""
    for p, tok in enumerate(toks):
        if (
            not active_participle(tok)  # a passive one names a thing: «переговоры, приуроченные к»
            or rels[p] != "acl"
            or not 0 <= heads[p] < p
            or p == 0
            or toks[p - 1].text != ","
        ):
            continue
        end = next((k for k in range(p + 1, len(toks)) if toks[k].text in _CLOSING), len(toks))
        for j in range(p + 1, end):
            if 0 <= heads[j] < p - 1:
                heads[j] = p
                rels[j] = "obl" if rels[j] == "nmod" else rels[j]


def own_participle(tok: Token, parse: SentenceParse, participle: int, trigger: int) -> bool:
    """«Губернатор, встречавшийся с послом в октябре, в четверг предложил ...»: whom an
    active participle describing someone else than the trigger meets, visits or names
    takes part in that participle's happening, not in the trigger's. A participle on the
    trigger itself («переговоры, продлившиеся три часа») still tells of it, and a passive
    one's agent («делегация, возглавляемая министром») is the noun's own."""
    return (
        participle != trigger
        and active_participle(tok)
        and parse.rels[participle] in _ON_NOUN
        and parse.heads[participle] != trigger
    )


def loop_participles(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Put back on its noun a participle phrase cut off as a root of its own (in place).

    The parser sometimes closes a loop between a noun and the participle phrase after it:
    in «встретился с иранским президентом X, приехавшим на саммит» it hangs the participle
    on «президентом» and «президентом» on the participle, and the cut loop (nlp._acyclic)
    leaves the participle a second root holding the noun, so the meeting loses its
    counterpart. A participle set off by a comma right after a noun that agrees with it
    in case, number and (in the singular) gender describes that noun: the participle goes
    under the noun, and the noun back under the sentence's verb root it was taken from.
    """
    verb_roots = [r for r, h in enumerate(heads) if h < 0 and toks[r].pos in VERBAL]
    for p, tok in enumerate(toks):
        if heads[p] >= 0 or not active_participle(tok) or p < 2 or toks[p - 1].text != ",":
            continue
        root = next((r for r in verb_roots if r != p), None)
        if root is None:
            continue
        # The noun the comma closes: the head of the words just before it that hang on p.
        noun, steps = p - 2, 0
        while 0 <= heads[noun] < p - 1 and steps < p:  # «президентом ← Махмудом ← X»
            noun, steps = heads[noun], steps + 1
        if (
            noun < 0
            or heads[noun] != p
            or toks[noun].pos not in ("NOUN", "PROPN")
            or not _agrees(toks[noun], tok)
        ):
            continue
        heads[noun] = root
        heads[p], rels[p] = noun, "acl"


def back_to_noun(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang on the noun before it a participle phrase the parse gave to a noun after it (in
    place). A phrase set off by a comma after a noun qualifies that noun («Переговоры
    делегаций, прошедшие накануне в Стамбуле, не дали прорыва, заявил пресс-секретарь»);
    a participle before its noun takes no comma («прошедшие накануне переговоры»). It goes
    on the nearest noun before the comma it agrees with in case, number and (in the
    singular) gender: «делегаций» is not its noun, «Переговоры» is."""
    for p, tok in enumerate(toks):
        if (
            tok.feats.get("VerbForm") != "Part"
            or rels[p] != "acl"
            or heads[p] <= p
            or p == 0
            or toks[p - 1].text != ","
        ):
            continue
        noun = next((n for n in range(p - 2, -1, -1) if _agrees(toks[n], tok)), None)
        if noun is not None and not hangs_under(heads, noun, p):
            heads[p] = noun


def _agrees(noun: Token, participle: Token) -> bool:
    """Does a noun agree with a participle in case, number and (singular) gender? An
    inanimate nominative is read alike as an accusative («прошедшие»)."""
    if noun.pos not in ("NOUN", "PROPN"):
        return False
    nf, pf = noun.feats, participle.feats
    cases = {nf.get("Case"), pf.get("Case")}
    if None in cases or (len(cases) > 1 and cases != _SUBJECT_CASES):
        return False
    number = pf.get("Number")
    if number is None or nf.get("Number") != number:
        return False
    return number != "Sing" or nf.get("Gender") in (None, pf.get("Gender"))
