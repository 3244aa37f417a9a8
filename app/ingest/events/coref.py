"""Who a pronoun or a bare title stands for: the parties a clause does not name.

News name a person once and then refer back to him: «Там он встретился с ...», «белорусский
лидер встретил российского гостя», «встреча министра с ...», or leave a party out
altogether («Первым пунктом программы стали переговоры с ...»). A referring word that takes
part in a happening (by the same grammar as a name, tree.py) stands for the last person the
article named before it whom it fits:

- a pronoun «он»/«она» fits a person of its gender;
- a title noun («министр», «президент», «лидер») fits a person whose titles hold it: the
  gazetteer's roles, or the words the article puts in or before his name («председатель
  Национального собрания Чан Тхань Ман»); a word for a visitor or counterpart («гость»,
  «коллега», «собеседник») fits any person;
- a state's adjective on it («российский гость») must name that person's state, read from the
  same titles («президент России Владимир Путин»);
- the person is not already a party to that happening («Чонг встретился с гостем»).

The nearest sentence that has such a person wins; within it the subject or the agent of a
happening comes before a speaker who only tells of something or a counterpart named with
«с». A talk or meeting told only «с X» («переговоры с X») has a party left out: the person
the previous sentences are about.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

from app.ingest.events.lexicon import PERSON_TITLES, REPORTING_VERBS
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.possessors import owner_gender
from app.ingest.events.refs import class_heads
from app.ingest.events.syntax import anchor_verb, span_head
from app.ingest.events.tree import actor_belongs
from app.ingest.nlp import Token

PRONOUN_GENDER = {"он": "Masc", "она": "Fem"}
# Words for whoever is visiting or talking with someone: any person fits them.
ANY_PERSON = frozenset({"гость", "коллега", "собеседник", "визави", "дипломат"})
# Titles that stand alone for their holder once the article has named him.
TITLE_WORDS = frozenset(
    {
        "министр", "президент", "лидер", "премьер", "премьер-министр", "канцлер",
        "председатель", "генсек", "генсекретарь", "госсекретарь", "секретарь", "посол",
        "король", "принц", "эмир", "шейх", "спикер",
    }
)  # fmt: skip
# Nouns of compound prepositions («от имени», «в честь», «в лице», «в адрес»): a name in
# the genitive on them is no agent of a happening.
PREPOSITION_NOUNS = frozenset({"имя", "честь", "лицо", "адрес"})
# How many sentences back an antecedent may be.
WINDOW = 6
# Words of a title before a name: how far back they are read.
TITLE_REACH = 5
COMITATIVE = frozenset({"с", "со"})
# Endings of adjectives made from the name of a place or body («вьетнамский», «европейский»).
OF_PLACE = ("ский", "цкий")
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


@dataclass(slots=True)
class Profile:
    """What the article says of one person: title words, states, grammatical gender."""

    heads: set[str]  # head nouns of his titles («министр», «президент», «председатель»)
    words: set[str]  # every word of them («российский», «россия», «иностранный»)
    states: set[str]
    genders: Counter[str]


def referents(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    hits: list[ActorSpan],
    actors: list[ActorSpan],
    trigger: int,
    typ: str,
    gender: str | None = None,
    speaking: bool = False,
) -> list[ActorSpan]:
    """Persons the sentence's pronouns and bare titles that take part in `trigger` stand
    for (each as a span of the referring word), or the party a «с X» talk leaves out.
    `gender`: the gender a bare title's holder must have (its verb's: «министр заявила»).
    `speaking`: the referring word says words, so a speaker told before may be its holder."""
    taken = {a.actor_id for a in actors}
    inside = {i for i, t in enumerate(toks) for h in hits if t.start >= h.start and t.end <= h.end}
    profiles: dict[str, Profile] | None = None
    out: list[ActorSpan] = []
    for i, tok in enumerate(toks):
        if i in inside:
            continue
        owner = owner_gender(toks, parse, i, trigger)  # «Его переговоры с ...» (possessors.py)
        want = Want(gender=owner) if owner is not None else _referring(inp, toks, parse, i, inside)
        if want is None or (owner is None and not _argument(toks, parse, i)):
            continue
        if gender is not None and want.gender is None:
            want = replace(want, gender=gender)
        if owner is None and not actor_belongs(
            toks, parse, i, {i}, trigger, False, False, typ in MUTUAL
        ):
            continue
        profiles = profiles if profiles is not None else _profiles(inp)
        if want.gender is not None:
            # A pronoun may stand for a party already named in another clause («Лавров
            # прилетел в ..., где его принял король»), never for its own verb's other
            # argument («он встретился с ним»).
            others = _co_arguments(toks, parse, i, actors)
            found = (
                _nearest_before(inp, si, tok.start, want, others, profiles)
                if owner is not None  # «Теббун говорил, что его визит ...»: Tebboune's
                else None
            ) or _antecedent(inp, si, tok.start, want, others, profiles, speaking=speaking)
        else:
            found = _antecedent(inp, si, tok.start, want, taken, profiles, speaking=speaking)
        if found is not None and found not in taken:
            taken.add(found)
            out.append(ActorSpan(tok.start, tok.end, found))
    if (
        not out
        and typ in CONTACT
        and actors
        and all(_comitative(toks, parse, a) for a in actors)
        and _subjectless(toks, parse, trigger)
    ):
        profiles = profiles if profiles is not None else _profiles(inp)
        start = inp.analysis.sentences[si].start
        found = _antecedent(inp, si, start, Want(), taken, profiles, strict=True)
        if found is not None:
            out.append(ActorSpan(toks[trigger].start, toks[trigger].end, found))
    return out


# Happenings between parties, as extract.py's MUTUAL; those a «с X» alone leaves one short.
MUTUAL = frozenset({"call", "meeting", "talks", "agreement", "exchange"})
CONTACT = frozenset({"call", "meeting", "talks"})
# How a referring word takes part: as subject, object, agent of a noun or «с» counterpart.
ARGUMENT_LINKS = frozenset({"obj", "iobj"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _argument(toks: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is token i an argument of its clause (subject, object, a noun's agent, a «с»
    counterpart), not a circumstance («в качестве министра», «по словам министра»)?"""
    seen = {i}
    while parse.rels[i] == "conj" and parse.heads[i] >= 0 and parse.heads[i] not in seen:
        i = parse.heads[i]  # «Глава МИД и европейский дипломат встретились»
        seen.add(i)
    rel = parse.rels[i]
    if rel.startswith("nsubj") or rel in ARGUMENT_LINKS:
        return True
    if rel in ("nmod", "obl"):
        if _has_case(toks, parse, i, COMITATIVE):
            return True
        return toks[i].feats.get("Case") == "Gen" and not _has_any_case(toks, parse, i)
    return False


def _co_arguments(
    toks: list[Token], parse: SentenceParse, i: int, actors: list[ActorSpan]
) -> set[str]:
    """Actors that are other arguments of the verb or noun token i depends on."""
    head = parse.heads[i]
    out: set[str] = set()
    for a in actors:
        j = span_head(toks, parse, a.start, a.end)
        if j is not None and head >= 0 and (parse.heads[j] == head or j == head):
            out.add(a.actor_id)
    return out


def _subjectless(toks: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """No one but the «с» counterpart is named as a party: the trigger's clause has no
    subject but the trigger noun itself («Первым пунктом стали переговоры с ...»), and the
    noun no agent of its own («встреча министров с ...»)."""
    anchor = anchor_verb(toks, parse, trigger)
    for j, h in enumerate(parse.heads):
        if j == trigger:
            continue
        if h in (anchor, trigger) and parse.rels[j].startswith("nsubj"):
            return False
        if h == trigger and parse.rels[j] in ("nmod", "nmod:poss", "amod", "det"):
            if toks[j].pos in ("NOUN", "PROPN", "PRON", "DET"):
                if not _has_any_case(toks, parse, j):
                    return False
    verb = toks[anchor]
    if verb.feats.get("VerbForm") == "Fin":
        # A parser may hang the subject elsewhere («семья Рида ... встречалась с ...»): a
        # nominative before the verb that agrees with it is its subject all the same.
        for j in range(anchor):
            t = toks[j]
            if j == trigger or t.pos not in NOMINAL or t.feats.get("Case") != "Nom":
                continue
            if t.feats.get("Number") != verb.feats.get("Number"):
                continue
            if verb.feats.get("Gender") and t.feats.get("Gender") != verb.feats.get("Gender"):
                continue
            return False
    return True


def _referring(
    inp: ArticleInput, toks: list[Token], parse: SentenceParse, i: int, inside: set[int]
) -> Want | None:
    """What token i asks of an antecedent, if it is a word that refers back at all."""
    tok = toks[i]
    lemma = tok.lemma.lower().replace("ё", "е")
    if tok.feats.get("Number") == "Plur":
        return None
    if tok.pos == "PRON" and lemma in PRONOUN_GENDER:
        return Want(gender=tok.feats.get("Gender") or PRONOUN_GENDER[lemma])
    if tok.pos != "NOUN" and not _capital_title(toks, i, lemma):
        return None
    # A word for a class of posts: «лидер», «глава государства» (refs.py).
    cls = class_heads(toks, parse, i)
    if cls is None and lemma not in ANY_PERSON and lemma not in TITLE_WORDS:
        return None
    deps = [j for j, h in enumerate(parse.heads) if h == i]
    if cls is not None and cls[1] is not None:
        body = cls[1]  # «государства» of «глава государства»: its adjectives count too
        deps = [j for j in deps if j != body] + [
            j for j, h in enumerate(parse.heads) if h == body
        ]
    # «госсекретарь США», «президент Египта»: a title with only its state still refers to
    # the holder told before; the state says whose.
    of_state = next((j for j in deps if _state_of_title(inp, toks, parse, j)), None)
    if of_state is not None and _other_year(inp, toks):
        return None  # «президент Алжира приезжал в Россию в 2008 году»: that year's holder
    deps = [j for j in deps if j != of_state]
    up = parse.heads[i]
    if (
        of_state is not None
        and up >= 0
        and parse.rels[i] == "nmod"
        and toks[up].pos == "NOUN"
        and toks[up].feats.get("Animacy") == "Anim"
    ):
        return None  # «советник президента США Салливан»: whose adviser, not a party
    if any(j in inside or toks[j].pos in ("NOUN", "PROPN", "NUM") for j in deps):
        return None  # a full title («министр иностранных дел Бразилии») or a named one
    head = parse.heads[i]
    if head >= 0 and parse.rels[i] != "conj" and (head in inside or toks[head].pos == "PROPN"):
        return None  # «Лула, президент страны»: the title of a name
    if i + 1 < len(toks) and i + 1 in inside and i + 1 != of_state:
        return None  # a title right before a name is that name's
    # An adjective of a state or body («российский», «европейский»), not of a quality
    # («новый», «генеральный»): the antecedent's titles must name it.
    adjective = next(
        (
            _lemma(toks[j])
            for j in deps
            if toks[j].pos == "ADJ"
            and (_lemma(toks[j]) in inp.state_words or _lemma(toks[j]).endswith(OF_PLACE))
        ),
        None,
    )
    title = None if lemma in ANY_PERSON or cls is not None else lemma
    state = inp.state_words.get(adjective) if adjective else None
    if state is None and of_state is not None:
        state = inp.state_words[_lemma(toks[of_state])]
    heads = cls[0] if cls is not None else None
    return Want(title=title, adjective=adjective, state=state, heads=heads)


def _state_of_title(
    inp: ArticleInput, toks: list[Token], parse: SentenceParse, j: int
) -> bool:
    """Is token j a bare state name in the genitive under a title («США» of «госсекретарь
    США»), with nothing of its own?"""
    return (
        toks[j].pos == "PROPN"
        and parse.rels[j] == "nmod"
        and _lemma(toks[j]) in inp.state_words
        and not any(h == j for h in parse.heads)
    )


def _other_year(inp: ArticleInput, toks: list[Token]) -> bool:
    """Does the sentence date something in a year other than the publication's? A title
    then names whoever held it that year, not necessarily the holder the article names."""
    if inp.published is None or not toks:
        return False
    lo, hi, year = toks[0].start, toks[-1].end, inp.published.year
    return any(
        lo <= d.start < hi and d.value.start is not None and d.value.start.year != year
        for d in inp.dates
    )


def _capital_title(toks: list[Token], i: int, lemma: str) -> bool:
    """A title opening its sentence as its subject, which a tagger may take for a name for
    its capital («Канцлер заявила ...»)."""
    tok = toks[i]
    return (
        i == 0
        and tok.pos == "PROPN"
        and tok.feats.get("Case") == "Nom"
        and (lemma in TITLE_WORDS or lemma in ANY_PERSON)
    )


def _profiles(inp: ArticleInput) -> dict[str, Profile]:
    """Every person's titles, states and gender, from all his mentions and the gazetteer."""
    tokens = inp.analysis.tokens
    starts = [t.start for t in tokens]
    out: dict[str, Profile] = {}
    spans = sorted((h.start, h.end) for h in inp.actor_hits)
    hits = {(a.start, a.end): a.actor_id for a in inp.actor_hits}
    for h in inp.actor_hits:
        info = inp.actors.get(h.actor_id)
        if info is None or info.kind != "person":
            continue
        prof = out.get(h.actor_id)
        if prof is None:
            words = {w for title in info.titles for w in title.split()}
            prof = Profile(_title_heads(info.titles), words, set(), Counter())
            out[h.actor_id] = prof
        lo = bisect.bisect_left(starts, h.start)
        hi = bisect.bisect_left(starts, h.end)
        k = lo
        posting = lo  # where a «в России» of the title («посол Индонезии в России») begins
        while k > 0 and lo - k < TITLE_REACH:
            t = tokens[k - 1]
            if _posting(t, tokens, k, inp, hits):
                posting = k - 1
            elif t.pos in ("PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "ADV"):
                break
            else:
                other = bisect.bisect_right(spans, (t.start, 10**9)) - 1
                if other >= 0 and spans[other][0] <= t.start < spans[other][1]:
                    if _state_at(t, inp, hits) is None:
                        break  # some other actor's phrase
            k -= 1
        if posting < lo and posting == k:
            k = lo  # the title ends at the preposition: no title words before it
        phrase = [t for j, t in enumerate(tokens[k:hi], start=k) if not posting <= j < lo]
        for t in phrase:
            prof.words.add(_lemma(t))
            # Only the name's own words tell the gender: not a state in the title
            # («премьер-министр Литвы»).
            if t.pos == "PROPN" and t.feats.get("Gender") and t.feats.get("Animacy") != "Inan":
                prof.genders[t.feats["Gender"]] += 1
        head = next((t for t in phrase if t.pos == "NOUN"), None)
        if head is not None:
            prof.heads.add(_lemma(head))
    for prof in out.values():
        prof.states = {inp.state_words[w] for w in prof.words if w in inp.state_words}
    return out


# Prepositions of the place a title holder is posted to («посол Индонезии в России»,
# «постпред при ООН»).
POSTING = frozenset({"в", "во", "при"})


def _state_at(tok: Token, inp: ArticleInput, hits: dict[tuple[int, int], str]) -> str | None:
    """The state or international body whose name token `tok` is (a whole hit of its
    own), else None: a state in a title («посол Индонезии») is no other person's phrase."""
    for (start, end), actor_id in hits.items():
        if start <= tok.start and tok.end <= end:
            info = inp.actors.get(actor_id)
            return actor_id if info is not None and info.kind in ("state", "intl-org") else None
    return None


def _posting(
    tok: Token, tokens: list[Token], k: int, inp: ArticleInput, hits: dict[tuple[int, int], str]
) -> bool:
    """Is `tok` (at k - 1) the preposition of a posting before a name, a state right
    after it («посол Индонезии в России Хосе ...»)?"""
    return (
        tok.pos == "ADP"
        and _lemma(tok) in POSTING
        and k < len(tokens)
        and _state_at(tokens[k], inp, hits) is not None
    )


_ADJ_ENDINGS = ("ий", "ый", "ой", "ая", "ое", "ые", "ие")


def _title_heads(titles: frozenset[str]) -> set[str]:
    """Head nouns of a gazetteer's lemmatised titles: the first word that is no adjective
    («российский министр иностранный дело» -> «министр»)."""
    out: set[str] = set()
    for title in titles:
        head = next((w for w in title.split() if not w.endswith(_ADJ_ENDINGS)), None)
        if head is not None:
            out.add(head)
    return out


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


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


def _antecedent(
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


def _nearest_before(
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
        return 1
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None:
        return 1
    seen = {head}
    while (
        parse.rels[head] in NAME_LINKS
        and parse.heads[head] >= 0
        and parse.heads[head] not in seen  # the parser may hang a word on itself
        and toks[parse.heads[head]].lemma.lower() in PERSON_TITLES
    ):
        head = parse.heads[head]  # «министром ... Мауро Виейрой»: the title heads the phrase
        seen.add(head)
    if _has_case(toks, parse, head, COMITATIVE):
        return 2
    rel = parse.rels[head]
    parent = parse.heads[head]
    if rel.startswith("nsubj") and parent >= 0:
        return 2 if toks[parent].lemma.lower() in REPORTING_VERBS and not speaking else 0
    if rel == "nmod" and toks[head].feats.get("Case") == "Gen" and parent >= 0:
        if toks[parent].lemma.lower() in PREPOSITION_NOUNS:
            return 1  # «от имени Трампа», «в честь Путина»: on whose behalf, not who acts
        return 0 if toks[parent].pos == "NOUN" and not _has_any_case(toks, parse, head) else 1
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


def _has_case(toks: list[Token], parse: SentenceParse, i: int, lemmas: frozenset[str]) -> bool:
    return any(
        h == i and parse.rels[j] == "case" and toks[j].lemma.lower() in lemmas
        for j, h in enumerate(parse.heads)
    )


def _has_any_case(toks: list[Token], parse: SentenceParse, i: int) -> bool:
    return any(h == i and parse.rels[j] == "case" for j, h in enumerate(parse.heads))


def _comitative(toks: list[Token], parse: SentenceParse, hit: ActorSpan) -> bool:
    """Is the actor named with «с» («переговоры с Виейрой»)?"""
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None:
        return False
    while (
        parse.rels[head] in NAME_LINKS
        and parse.heads[head] >= 0
        and toks[parse.heads[head]].lemma.lower() in PERSON_TITLES
    ):
        head = parse.heads[head]
    return _has_case(toks, parse, head, COMITATIVE)


def person_heads(inp: ArticleInput) -> dict[str, frozenset[str]]:
    """Each person's title heads, from the gazetteer and the words the article puts before
    his name (for a plural title: title_pairs.py)."""
    return {aid: frozenset(p.heads) for aid, p in _profiles(inp).items()}


def pronoun_for(
    inp: ArticleInput, si: int, tok: Token, taken: set[str]
) -> str | None:
    """The person a personal pronoun «он»/«она» of sentence si stands for (not one of
    `taken`), or None: the nearest fitting person before it, its subject first."""
    lemma = tok.lemma.lower().replace("ё", "е")
    if tok.pos != "PRON" or lemma not in PRONOUN_GENDER or tok.feats.get("Number") == "Plur":
        return None
    want = Want(gender=tok.feats.get("Gender") or PRONOUN_GENDER[lemma])
    return _antecedent(inp, si, tok.start, want, taken, _profiles(inp))


def person_near(inp: ArticleInput, si: int, at: int, taken: set[str]) -> str | None:
    """The person (not one of `taken`) a word at `at` of sentence si refers to when it may
    stand for anyone: the nearest person of its own sentence, before or after it (the
    speaker of «Мы с X ...», — сказал Y»), else the nearest before it in the article."""
    profiles = _profiles(inp)
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
    return _antecedent(inp, si, at, Want(), taken, profiles)


def person_genders(inp: ArticleInput) -> dict[str, str | None]:
    """Each person's grammatical gender as the article's forms of his name show it (None
    when they do not), for a pronoun speaker (pronoun_speakers.py)."""
    return {
        aid: (p.genders.most_common(1)[0][0] if p.genders else None)
        for aid, p in _profiles(inp).items()
    }
