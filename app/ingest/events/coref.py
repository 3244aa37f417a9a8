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

What each person's titles say is read in person_profiles.py; who fits a referring word,
nearest first, in antecedents.py; this module finds the referring words.
"""

from __future__ import annotations

from dataclasses import replace

from app.ingest.events.antecedents import (
    COMITATIVE,
    NAME_LINKS,
    PRONOUN_GENDER,
    Want,
    antecedent,
    has_any_case,
    has_case,
    nearest_before,
)
from app.ingest.events.lexicon import PERSON_TITLES
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.person_profiles import Profile, profiles_of
from app.ingest.events.person_profiles import lemma as _lemma
from app.ingest.events.possessors import owner_gender
from app.ingest.events.refs import class_heads
from app.ingest.events.syntax import anchor_verb, plural, span_head
from app.ingest.events.tree import actor_belongs
from app.ingest.nlp import Token

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
# Endings of adjectives made from the name of a place or body («вьетнамский», «европейский»).
OF_PLACE = ("ский", "цкий")


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
        if want is None or (owner is None and not argument(toks, parse, i)):
            continue
        if gender is not None and want.gender is None:
            want = replace(want, gender=gender)
        # A proposal's addressee told by a title («предложил президенту ответ») is no party
        # to it, as a named one is not (trigger_actors.py); an invitee's pronoun («пригласил
        # его посетить Анкару») is kept, as test_events_relatives.py has it.
        addressed = typ == "proposal" and tok.pos != "PRON"
        if owner is None and not actor_belongs(
            toks, parse, i, {i}, trigger, addressed, False, typ in MUTUAL
        ):
            continue
        profiles = profiles if profiles is not None else profiles_of(inp)
        if want.gender is not None:
            # A pronoun may stand for a party already named in another clause («Лавров
            # прилетел в ..., где его принял король»), never for its own verb's other
            # argument («он встретился с ним»).
            others = _co_arguments(toks, parse, i, actors)
            found = (
                nearest_before(inp, si, tok.start, want, others, profiles)
                if owner is not None  # «Теббун говорил, что его визит ...»: Tebboune's
                else None
            ) or antecedent(inp, si, tok.start, want, others, profiles, speaking=speaking)
        else:
            found = antecedent(inp, si, tok.start, want, taken, profiles, speaking=speaking)
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
        profiles = profiles if profiles is not None else profiles_of(inp)
        start = inp.analysis.sentences[si].start
        found = antecedent(inp, si, start, Want(), taken, profiles, strict=True)
        if found is not None:
            out.append(ActorSpan(toks[trigger].start, toks[trigger].end, found))
    return out


# Happenings between parties, as extract.py's MUTUAL; those a «с X» alone leaves one short.
MUTUAL = frozenset({"call", "meeting", "talks", "agreement", "exchange"})
CONTACT = frozenset({"call", "meeting", "talks"})
# How a referring word takes part: as subject, object, agent of a noun or «с» counterpart.
ARGUMENT_LINKS = frozenset({"obj", "iobj"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def argument(toks: list[Token], parse: SentenceParse, i: int) -> bool:
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
        if has_case(toks, parse, i, COMITATIVE):
            return True
        return toks[i].feats.get("Case") == "Gen" and not has_any_case(toks, parse, i)
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
                if not has_any_case(toks, parse, j):
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
    if plural(tok):
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
    return has_case(toks, parse, head, COMITATIVE)
