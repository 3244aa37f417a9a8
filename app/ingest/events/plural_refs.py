"""«Они», «стороны», «лидеры», «страны»: a plural reference to the parties told just before.

News name a happening's parties once and go on with a plural word for them: «Путин и
Махатхир встретились во Владивостоке. Они уже виделись в прошлом году в Сингапуре»,
«Лавров провёл переговоры с Христодулидисом. Стороны условились ...», «Президент был с
визитом в Малайзии, тогда же страны договорились о поставках». When a trigger names no
party of its own and its subject (or its «с ними», «между ними») is such a word, the word
stands for the parties of the nearest sentence before it (the previous one first, within
its paragraph or the one before) that tells a happening of two or more parties or names
two parties joined by «и» («Сопредседателями являются X и Y. Они обсуждали ...»).

The word's class (app/data/plural_refs.toml) filters those parties: «они», «стороны» take
them as they were, «лидеры», «министры» only the persons, «страны» the states (a person's,
a body's, the place visited). A noun with a word of its own beside it names some other group
(«страны Запада», «стороны конфликта», «российские министры») and is left alone. The date
is the plural sentence's own: the antecedent only gives the parties.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.attribution import told_by_verb
from app.ingest.events.model import ActorSpan, ArticleInput, EventCandidate, SentenceParse
from app.ingest.events.parties import CONTACT, Antecedent, antecedent_for
from app.ingest.events.person_profiles import person_heads
from app.ingest.events.plural_words import ANY_TITLE, CLASSES, bare, told_count
from app.ingest.events.refs import LEADER_HEADS, LEADER_WORDS
from app.ingest.events.state_pair import state_of
from app.ingest.events.syntax import (
    VERBAL,
    anchor_verb,
    governing_verbs,
    plural,
    shared_subject_verb,
)
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

SUBJECT_LINKS = frozenset({"nsubj"})
# «встретился с ними», «переговоры между ними»: the pronoun as the other parties.
WITH = frozenset({"с", "со", "между"})
# Sentences back an antecedent may be, and paragraphs back.
REACH = 3
PARAGRAPHS = 1
_BREAK = re.compile(r"\n\s*")
# Words that stand for the parties of the article's story, however far back they were told:
# «стороны» is news's word for the two (or more) sides of the matter the article is about,
# where «они», «лидеры» point only at the sentences just before.
STORY_WORDS = frozenset({"сторона"})


def referring_word(
    toks: list[Token], parse: SentenceParse, trigger: int, others: Sequence[int] = ()
) -> int | None:
    """The token of a plural word that stands for the trigger's parties: the subject of its
    verb (or of the verb whose infinitive it is: «они намерены встретиться»), or «с ними» /
    «между ними» hung on the trigger or its verb. Not under a verb that is a happening of
    its own (`others`: «стороны договорились провести консультации» is their agreement), nor
    a noun the verb does not tell as happening."""
    verb = anchor_verb(toks, parse, trigger)
    above = governing_verbs(toks, parse, verb)
    if set(above) & set(others):
        return None
    if toks[trigger].pos not in VERBAL and not told_by_verb(toks, parse, trigger, set()):
        return None  # «лидеры обсудили обмен пленными»: a topic, not a happening of theirs
    verbs = {verb, *above} if toks[verb].pos in VERBAL else set()
    # «они встретились и подписали заявление»: the subject the verbs share
    shared = {shared_subject_verb(toks, parse, v) for v in verbs} - {None}
    verbs |= {v for v in shared if v is not None}
    for j, h in enumerate(parse.heads):
        if h in verbs and parse.rels[j] in SUBJECT_LINKS and _plural_word(toks, parse, j):
            return j
        if h in (trigger, verb) and _with_them(toks, parse, j):
            return j
    return None


def _plural_word(toks: list[Token], parse: SentenceParse, j: int) -> bool:
    """A plural word of a class, nominative, with nothing beside it but «оба», «эти»."""
    tok = toks[j]
    word = lemma_of(tok)
    if word not in CLASSES:
        return False
    if word == "они":
        return (
            tok.pos == "PRON"
            and tok.feats.get("Person", "3") == "3"
            and tok.feats.get("Case", "Nom") == "Nom"
        )
    # «обе страны»: the numeral puts the noun in the genitive singular
    many = plural(tok) or any(
        h == j and parse.rels[k].startswith("nummod") for k, h in enumerate(parse.heads)
    )
    return many and bare(toks, parse, j)


def _with_them(toks: list[Token], parse: SentenceParse, j: int) -> bool:
    """«с ними», «между ними»."""
    tok = toks[j]
    return (
        lemma_of(tok) == "они"
        and tok.pos == "PRON"
        and any(
            parse.heads[k] == j and parse.rels[k] == "case" and lemma_of(toks[k]) in WITH
            for k in range(len(toks))
        )
    )


def paragraph_of(text: str, at: int) -> int:
    """How many line breaks come before offset `at`: paragraphs apart are counted by it."""
    return len(_BREAK.findall(text, 0, at))


def parties(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    earlier: Sequence[EventCandidate],
    others: Sequence[int] = (),
) -> list[ActorSpan]:
    """The parties a plural word of the trigger stands for, as spans on that word; none when
    the trigger has no such word or no antecedent of two parties of its class is near.
    `others` are the sentence's other triggers."""
    j = referring_word(toks, parse, trigger, others)
    if j is None:
        return []
    return _resolved(inp, si, toks, j, earlier, told_count(toks, parse, j))


def partners(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    earlier: Sequence[EventCandidate],
    named: Sequence[str],
) -> list[ActorSpan]:
    """The parties «с ними», «между ними» stands for beside a trigger's own actors («с ними
    встретился Токаев»: the two told before met him), those not named already."""
    verb = anchor_verb(toks, parse, trigger)
    j = next(
        (
            k
            for k, h in enumerate(parse.heads)
            if h in (trigger, verb) and _with_them(toks, parse, k)
        ),
        None,
    )
    if j is None:
        return []
    return [a for a in _resolved(inp, si, toks, j, earlier) if a.actor_id not in named]


def _resolved(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    j: int,
    earlier: Sequence[EventCandidate],
    count: int | None = None,
) -> list[ActorSpan]:
    """The parties word j of sentence si stands for, as spans on it; of just `count` parties
    when a numeral says how many («четыре министра»)."""
    word = lemma_of(toks[j])
    cls = CLASSES[word]
    sentences = inp.analysis.sentences
    here = paragraph_of(inp.text, sentences[si].start)
    for sj in range(si, max(-1, si - 1 - REACH), -1):
        s = sentences[sj]
        if here - paragraph_of(inp.text, s.start) > PARAGRAPHS:
            break
        # its own sentence up to the word: «X встретился с Y, после чего стороны ...»
        end = toks[j].start if sj == si else s.end
        for found in _told_in(inp, (s.start, end), earlier):
            kept = _of_class(inp, cls, found, word)
            if len(kept) >= 2 and count in (None, len(kept)):
                return [ActorSpan(toks[j].start, toks[j].end, a) for a in kept]
        if sj < si and _other_group(inp.analysis.tokens_in(s.start, s.end)):
            return []  # «Прибыли сенаторы. С ними встретился ...»: a group named no party
    if word in STORY_WORDS:
        # «стороны» keeps to the story's parties further back than a pronoun does: the
        # parties of the latest act of two or more told earlier in the article
        before = sentences[si].start
        for g in reversed(earlier):
            if not any(a < before for a, _ in g.sentences):
                continue
            kept = _of_class(inp, cls, _with_place(inp, g), word)
            if len(kept) >= 2 and count in (None, len(kept)):
                return [ActorSpan(toks[j].start, toks[j].end, a) for a in kept]
    return []


def _other_group(toks: list[Token]) -> bool:
    """Does a sentence name a group of people in the nominative plural («сенаторы»,
    «дипломаты»), whom a plural word after it may stand for rather than parties told
    further back?"""
    return any(
        t.pos == "NOUN"
        and t.feats.get("Animacy") == "Anim"
        and t.feats.get("Number") == "Plur"
        and t.feats.get("Case") == "Nom"
        for t in toks
    )


def _told_in(
    inp: ArticleInput, span: tuple[int, int], earlier: Sequence[EventCandidate]
) -> list[list[str]]:
    """The party sets a sentence tells, latest first: its happenings of two or more actors
    (with the place visited), then names joined by «и» («X и Y»)."""
    out: list[list[str]] = []
    for g in reversed(earlier):
        if not any(a < span[1] and span[0] < b for a, b in g.sentences):
            continue
        found = _with_place(inp, g)
        if len(found) >= 2:
            out.append(found)
    out += _joined(inp, span)
    return out


def _with_place(inp: ArticleInput, g: EventCandidate) -> list[str]:
    """A happening's parties; a visit's other side is the state visited («Путин посетил
    Вьетнам»)."""
    place = [g.venue] if g.type == "visit" and g.venue else []
    return [*g.actors, *(p for p in place if state_for(inp, p) == p)]


def _joined(inp: ArticleInput, span: tuple[int, int]) -> list[list[str]]:
    """Two names of the same kind joined by «и», with no more than the second one's title
    between («Путин и Махатхир», «Мирхоликов и первый заместитель министра Ровенский»),
    latest first."""
    out: list[list[str]] = []
    for kind in ("person", "state"):
        hits = sorted(
            (
                h
                for h in inp.actor_hits
                if span[0] <= h.start and h.end <= span[1] and _kind(inp, h.actor_id) == kind
            ),
            key=lambda h: h.start,
        )
        for a, b in zip(hits, hits[1:], strict=False):
            between = inp.text[a.end : b.start]
            if a.actor_id != b.actor_id and _JOINED.fullmatch(between):
                out.append([a.actor_id, b.actor_id])
    return out[::-1]


# «и» first, then at most a title's words: no clause break, no second «и» of a list.
_JOINED = re.compile(r"\s+и\s+[^,;:.!?—()«»\"]{0,80}?|\s+и\s+")


def _kind(inp: ArticleInput, aid: str) -> str | None:
    info = inp.actors.get(aid)
    return info.kind if info is not None else None


def _of_class(inp: ArticleInput, cls: str, actors: list[str], word: str) -> list[str]:
    """The antecedent's parties a word of the class stands for."""
    out: list[str] = []
    heads = person_heads(inp) if cls == "people" else {}
    for a in actors:
        info = inp.actors.get(a)
        kind = info.kind if info is not None else None
        if cls == "people":
            kept = a if kind == "person" and _holds(word, heads.get(a, frozenset())) else None
        elif cls == "states":
            state = state_for(inp, a)
            # a state the article never names has no name to show: its person stands for it
            kept = state if state in inp.actors else a
        else:
            kept = a
        if kept is not None and kept not in out:
            out.append(kept)
    return out


def state_for(inp: ArticleInput, aid: str) -> str | None:
    """The state an actor is, belongs to, or (a person) holds a title of («президент
    Малайзии» -> malaysia)."""
    info = inp.actors.get(aid)
    if info is not None and info.kind == "person":
        for title in sorted(info.titles):
            for w in title.split():
                if w in inp.state_words:
                    return inp.state_words[w]
    return state_of(inp, aid)


def worth_parsing(toks: list[Token]) -> bool:
    """Has the sentence a word that may stand for parties told before (worth a parse)?"""
    return any(lemma_of(t) in CLASSES for t in toks)


def _holds(word: str, heads: frozenset[str]) -> bool:
    """Does a person of these title heads fit the plural title? «президенты» not for two
    ministers, «лидеры» only for heads of state or government; a person of no known title
    may be anyone, and «главы», «коллеги» anyone."""
    if not heads or word in ANY_TITLE:
        return True
    if word in LEADER_WORDS:
        return bool(heads & LEADER_HEADS)
    # «премьер» for «премьер-министр», and the other way round
    return any(word in h.split("-") or h in word.split("-") for h in heads)


def titled_speakers(
    inp: ArticleInput,
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    told_before: Sequence[Antecedent],
    triggers: Sequence[tuple[int, str]],
) -> tuple[list[ActorSpan], Antecedent | None]:
    """«Вечером президенты провели совместную пресс-конференцию»: the holders of a plural
    title among the parties of the contact told before (of a kind the sentence names, else
    the latest), as spans on the title, for joint speech; and that contact."""
    kinds = {k for j, k in triggers if j != trigger and k in CONTACT}
    found = antecedent_for(told_before, kinds)
    holders = titled_subject(inp, toks, parse, trigger, found.actors) if found else None
    if holders is None:
        return [], None
    here = toks[holders[0]]
    return [ActorSpan(here.start, here.end, a) for a in holders[1]], found


def titled_subject(
    inp: ArticleInput, toks: list[Token], parse: SentenceParse, trigger: int, actors: Sequence[str]
) -> tuple[int, list[str]] | None:
    """«Вечером президенты провели совместную пресс-конференцию»: a bare plural title of the
    people class as the subject of the trigger's verb stands for those of `actors` (a
    contact's parties) who hold it: the word and them; None when fewer than two do."""
    verb = anchor_verb(toks, parse, trigger)
    if toks[verb].pos not in VERBAL:
        return None
    for j, h in enumerate(parse.heads):
        word = lemma_of(toks[j])
        if (
            h == verb
            and parse.rels[j] in SUBJECT_LINKS
            and CLASSES.get(word) == "people"
            and plural(toks[j])
            and bare(toks, parse, j)
        ):
            kept = _of_class(inp, "people", list(actors), word)
            return (j, kept) if len(kept) >= 2 else None
    return None
