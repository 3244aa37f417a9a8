"""The person a referring word stands for: what it asks of him (`Want`: a pronoun's
gender, a title, a state), and the nearest person named before it who fits, the subject
or agent of his sentence first (coref.py reads the referring words).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.ingest.events.lexicon import PERSON_TITLES, REPORTING_VERBS
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.person_profiles import Profile, profiles_of
from app.ingest.events.principals import principal_of, served_by_order
from app.ingest.events.syntax import span_head
from app.ingest.nlp import Token

PRONOUN_GENDER = {"он": "Masc", "она": "Fem"}
# Nouns of compound prepositions («от имени», «в честь», «в лице», «в адрес»): a name in
# the genitive on them is no agent of a happening.
PREPOSITION_NOUNS = frozenset({"имя", "честь", "лицо", "адрес"})
# How many sentences back an antecedent may be.
WINDOW = 6
COMITATIVE = frozenset({"с", "со"})
# How much of a state's adjective its name shares («вьетнамский», «Вьетнам»).
STEM = 5
NAME_LINKS = frozenset({"flat", "flat:name", "flat:foreign", "appos"})


@dataclass(frozen=True, slots=True)
class Want:
    """What a referring word asks of its antecedent."""

    gender: str | None = None  # a pronoun's
    title: str | None = None  # a title noun's lemma (None: any person)
    adjective: str | None = None  # a state's adjective on the title («российский»)
    state: str | None = None  # the state it names
    heads: frozenset[str] | None = None  # a class of posts («лидер»): any of these heads


def _fits(want: Want, prof: Profile) -> bool:
    if want.gender is not None and prof.genders:
        if prof.genders.most_common(1)[0][0] != want.gender:
            return False
    if want.title is not None and want.title not in prof.heads:
        # «премьер» for «премьер-министр», and the other way round.
        if not any(want.title in t.split("-") or t in want.title.split("-") for t in prof.heads):
            return False
    if want.heads is not None and not prof.heads & want.heads:
        # «лидер» for «премьер-министр», «глава государства» for «президент».
        return False
    if want.adjective is not None:
        if want.state is not None:
            return want.adjective in prof.words or want.state in prof.states
        # «вьетнамский» for «президент Вьетнама»: the adjective and the name share a stem.
        stem = want.adjective[:STEM]
        return any(w.startswith(stem) for w in prof.words)
    if want.state is not None:  # «госсекретарь США»: a holder of that state's
        return want.state in prof.states
    return True


def antecedent(
    inp: ArticleInput,
    si: int,
    before: int,
    want: Want,
    taken: set[str],
    profiles: dict[str, Profile],
    strict: bool = False,
    speaking: bool = False,
) -> str | None:
    """The person `want` refers to: the nearest sentence with one that fits; in it the
    subject or agent first. `strict`: only a subject or agent will do. `speaking`: a
    speaker counts as a subject (see _rank)."""
    fallback: str | None = None
    sentences = inp.analysis.sentences
    for sj in range(si, max(-1, si - WINDOW - 1), -1):
        sent = sentences[sj]
        ranked = [
            (_rank(inp, sj, h, speaking), _depth(inp, sj, h), h.start, h.actor_id)
            for h in _fitting(inp, sent.start, sent.end, want, taken, profiles)
            if h.start < before
        ]
        if not ranked:
            continue
        rank, _, _, best = min(ranked)
        if rank < 2:
            return best
        fallback = fallback or best
    return None if strict else fallback


def nearest_before(
    inp: ArticleInput,
    si: int,
    before: int,
    want: Want,
    taken: set[str],
    profiles: dict[str, Profile],
) -> str | None:
    """The last person of sentence si before `before` that `want` fits, whatever his role:
    a possessive refers to the nearest person of its clause («X сказал, что его визит»)."""
    sent = inp.analysis.sentences[si]
    hits = _fitting(inp, sent.start, before, want, taken, profiles)
    found = [(h.start, h.actor_id) for h in hits]
    return max(found)[1] if found else None


def _fitting(
    inp: ArticleInput,
    start: int,
    end: int,
    want: Want,
    taken: set[str],
    profiles: dict[str, Profile],
) -> list[ActorSpan]:
    """The person hits within [start, end) that `want` fits, none of `taken`."""
    return [
        h
        for h in inp.actor_hits
        if start <= h.start
        and h.end <= end
        and h.actor_id not in taken
        and (prof := profiles.get(h.actor_id)) is not None
        and _fits(want, prof)
    ]


def _rank(inp: ArticleInput, sj: int, hit: ActorSpan, speaking: bool = False) -> int:
    """0: the subject of a verb that is no verb of saying, or the agent of a noun («визит
    министра»); 2: a speaker, or a counterpart named with «с»; 1: anything else. When the
    referring word itself speaks («Глава государства подчеркнул»), a speaker told before
    is 0: the words go on («— заявил президент Жапаров. Глава государства подчеркнул»)."""
    parse = inp.parses.get(sj)
    sent = inp.analysis.sentences[sj]
    toks = inp.analysis.tokens_in(sent.start, sent.end)
    if parse is None or len(parse.heads) != len(toks):
        # Unparsed, by word order: «советника Трампа ... Джона Болтона» (principals.py)
        return 2 if served_by_order(toks, hit, inp.actor_hits) else 1
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None:
        return 1
    if parse.heads[head] >= 0 and principal_of(toks, parse, head, parse.heads[head], set()):
        return 1  # «приезд советника Трампа Джона Болтона»: the adviser came (principals.py)
    seen = {head}
    while (
        parse.rels[head] in NAME_LINKS
        and parse.heads[head] >= 0
        and parse.heads[head] not in seen  # the parser may hang a word on itself
        and toks[parse.heads[head]].lemma.lower() in PERSON_TITLES
    ):
        head = parse.heads[head]  # «министром ... Мауро Виейрой»: the title heads the phrase
        seen.add(head)
    if has_case(toks, parse, head, COMITATIVE):
        return 2
    rel = parse.rels[head]
    parent = parse.heads[head]
    if rel.startswith("nsubj") and parent >= 0:
        return 2 if toks[parent].lemma.lower() in REPORTING_VERBS and not speaking else 0
    if rel == "nmod" and toks[head].feats.get("Case") == "Gen" and parent >= 0:
        if toks[parent].lemma.lower() in PREPOSITION_NOUNS:
            return 1  # «от имени Трампа», «в честь Путина»: on whose behalf, not who acts
        return 0 if toks[parent].pos == "NOUN" and not has_any_case(toks, parse, head) else 1
    return 1


def _depth(inp: ArticleInput, sj: int, hit: ActorSpan) -> int:
    """How deep a person hangs in his sentence's tree: of two named alike, the one nearer
    the clause's verb is what the sentence is about; a name deep in a participle's phrase
    («на приёме, организованном от имени Трампа, ...») is a weak antecedent."""
    parse = inp.parses.get(sj)
    sent = inp.analysis.sentences[sj]
    toks = inp.analysis.tokens_in(sent.start, sent.end)
    if parse is None or len(parse.heads) != len(toks):
        return 0
    head = span_head(toks, parse, hit.start, hit.end)
    depth, seen = 0, set()
    while head is not None and head >= 0 and head not in seen:
        seen.add(head)
        if parse.rels[head] not in NAME_LINKS:
            depth += 1
        head = parse.heads[head]
    return depth


def has_case(toks: list[Token], parse: SentenceParse, i: int, lemmas: frozenset[str]) -> bool:
    return any(
        h == i and parse.rels[j] == "case" and toks[j].lemma.lower() in lemmas
        for j, h in enumerate(parse.heads)
    )


def has_any_case(toks: list[Token], parse: SentenceParse, i: int) -> bool:
    return any(h == i and parse.rels[j] == "case" for j, h in enumerate(parse.heads))


def pronoun_for(inp: ArticleInput, si: int, tok: Token, taken: set[str]) -> str | None:
    """The person a personal pronoun «он»/«она» of sentence si stands for (not one of
    `taken`), or None: the nearest fitting person before it, its subject first."""
    lemma = tok.lemma.lower().replace("ё", "е")
    if tok.pos != "PRON" or lemma not in PRONOUN_GENDER or tok.feats.get("Number") == "Plur":
        return None
    want = Want(gender=tok.feats.get("Gender") or PRONOUN_GENDER[lemma])
    return antecedent(inp, si, tok.start, want, taken, profiles_of(inp))


def person_near(inp: ArticleInput, si: int, at: int, taken: set[str]) -> str | None:
    """The person (not one of `taken`) a word at `at` of sentence si refers to when it may
    stand for anyone: the nearest person of its own sentence, before or after it (the
    speaker of «Мы с X ...», — сказал Y»), else the nearest before it in the article."""
    profiles = profiles_of(inp)
    sent = inp.analysis.sentences[si]
    here = [
        (abs(h.start - at), h.actor_id)
        for h in inp.actor_hits
        if sent.start <= h.start
        and h.end <= sent.end
        and h.actor_id not in taken
        and h.actor_id in profiles
    ]
    if here:
        return min(here)[1]
    return antecedent(inp, si, at, Want(), taken, profiles)
