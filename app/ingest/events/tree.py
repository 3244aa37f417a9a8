"""Walking a sentence's dependency tree: which actors belong to a trigger (which date does:
date_tree.py).

Grammar, not word lists: a date belongs to a happening when it modifies the trigger word
or the verb that governs it («разговор 12 февраля», «заявили в понедельник»), and an actor
takes part when it is the subject or a participant of that verb or noun, reached through
names, roles and coordination only («президенты Путин и Трамп»), never as the modifier of
some other noun («наследие администрации Байдена») or inside reported speech («Лавров
заявил, что Путин ...» does not make Putin a party to Lavrov's statement). The walking
primitives are in syntax.py, occasions and places in occasion.py, dates in date_tree.py,
whether the clause asserts the happening (ahead, denied) in clause_mood.py.
"""

from __future__ import annotations

from app.ingest.actors.orgs import COMPANY_WORDS, MEDIA_WORDS
from app.ingest.events.converbs import converb_subject_verb, opening_converb, set_by_converb
from app.ingest.events.counterparts import comitative_of_call
from app.ingest.events.date_tree import (
    ABOUT_LEMMAS,
    date_anchor,
    topic_of_report,
)
from app.ingest.events.host_venue import hosted
from app.ingest.events.joint_bodies import compound_on_body
from app.ingest.events.lexicon import (
    DIALOGUE_NOUNS,
    LANDING_CRAFT,
    NOUN_TRIGGERS,
    PARTICIPATION_NOUNS,
    PERSON_TITLES,
    ROLE_NOUNS,
)
from app.ingest.events.meals import meal_guest
from app.ingest.events.member_groups import members_of
from app.ingest.events.model import SentenceParse
from app.ingest.events.named_titles import named_title
from app.ingest.events.occasion import in_occasion
from app.ingest.events.offices import in_portfolio, unnamed_plural_title
from app.ingest.events.participles import own_participle
from app.ingest.events.principals import aide_of, principal_of
from app.ingest.events.relatives import foreign_clause, no_party, phrase_head
from app.ingest.events.sent_to import sent_to, spoken_in
from app.ingest.events.speaking_units import speaks_through
from app.ingest.events.syntax import (
    CONTENT_LINKS,
    NOMINAL,
    VERBAL,
    ancestors,
    anchor_verb,
    governing_verbs,
    shared_subject_verb,
    subtree,
)
from app.ingest.events.topic import is_topic
from app.ingest.nlp import Token

# Titles beyond the lexicon's: a person named under them is still that person («вице-премьер
# Денис Мантуров»), and a state under them only says whose title it is («замминистра
# финансов России»).
MORE_TITLES = frozenset(
    {
        "вице-премьер", "замминистра", "вице-министр", "замминистр", "генсек",
        "генсекретарь", "генеральный", "король", "принц", "эмир", "султан", "шейх",
        "постпред", "полпред", "губернатор", "мэр", "вице-спикер", "верховный",
    }
)  # fmt: skip
TITLE_NOUNS = ROLE_NOUNS | MORE_TITLES
QUALIFIED_TITLES = PERSON_TITLES | MORE_TITLES
# Nouns that say what kind of organisation the name beside them is.
NAME_CLASSIFIERS = COMPANY_WORDS | MEDIA_WORDS | frozenset({"организация", "ведомство"})
# Clauses hanging off a trigger that still describe it («разговор, в ходе которого ...»).
ATTACHED_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "xcomp", "conj"})
# Ways a name, role or list continues a phrase.
PHRASE_LINKS = frozenset({"conj", "appos", "flat", "flat:name", "flat:foreign", "nummod"})
# The object and the addressee of a verb of saying: spoken to or about, not speakers.
ADDRESSEE_LINKS = frozenset({"obj", "iobj"})


def _singular(tokens: list[Token], i: int) -> bool:
    """A singular verb form or participle: it agrees with one noun, not its conjuncts."""
    return tokens[i].feats.get("Number") == "Sing"


def _named_noun(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """A noun with a name in apposition («компания «Волгатрансмаш»»)."""
    return any(
        h == i and parse.rels[j] in ("appos", "flat", "flat:name", "flat:foreign")
        and tokens[j].pos == "PROPN"
        for j, h in enumerate(parse.heads)
    )


def actor_belongs(
    tokens: list[Token],
    parse: SentenceParse,
    actor_head: int,
    actor_tokens: set[int],
    trigger: int,
    speech: bool,
    qualifier: bool = False,
    mutual: bool = False,
    group: bool = False,
) -> bool:
    """Is the actor whose phrase is headed at `actor_head` a party to the trigger?

    `mutual`: the happening is done between parties (talks, an exchange), so «между X и Y»
    names them.

    `qualifier`: the actor is a state or body, which under a person's title («президент
    США») only says whose title it is.

    `group`: the actor is a group of member states, which acts through its members
    («лидеры ШОС подписали», member_groups.py).
    """
    if is_topic(tokens, parse, actor_head):
        return False  # «встреча по Сирии»: what it is about (topic.py)
    # The occasion of words the parser hung inside a clause that starts only after it («на
    # брифинге ... сообщила, что посол вручил»): its verb is the one above that clause.
    anchor = date_anchor(tokens, parse, trigger) if speech else anchor_verb(tokens, parse, trigger)
    if mutual and _between(tokens, parse, actor_head, trigger):
        return True
    if mutual and actor_tokens and _with_right_after(tokens, trigger, min(actor_tokens)):
        return True  # «переговоры с То Ламом», however a parser hangs a foreign name
    if in_occasion(tokens, parse, actor_head) and not in_occasion(tokens, parse, trigger):
        return False  # «переговоры на полях саммита БРИКС»: the summit is the occasion
    if meal_guest(tokens, parse, actor_head, trigger):
        return True  # «дал ужин в честь президента», «завтрак для премьера» (meals.py)
    if _has_preposition(tokens, parse, actor_head, BENEFICIARY_PREPOSITIONS):
        return False  # «встреча стала для Москвы итогом»: for whom, not who took part
    if speech and _has_preposition(tokens, parse, _first_conjunct(parse, actor_head), ABOUT_LEMMAS):
        return False  # «говорили о Сирии и США»: what is spoken of, not who speaks
    if mutual and not speech and comitative_of_call(tokens, parse, actor_head, trigger):
        return True  # «обсудил подготовку саммита по телефону с коллегой» (counterparts.py)
    if speech and set_by_converb(tokens, parse, actor_head, anchor):
        return False  # «Выступая в Кремле, Песков сказал»: where, not who (converbs.py)
    targets = {trigger, anchor, *governing_verbs(tokens, parse, anchor)}
    antecedent = -1
    # «Москва ответила, выслав дипломатов»: a converb's doer is its verb's subject
    shared = shared_subject_verb(tokens, parse, anchor)
    if shared is None and anchor == trigger:  # not «Открывая переговоры, сказал»
        shared = converb_subject_verb(tokens, parse, anchor)
    if shared is not None and (not speech or opening_converb(tokens, parse, anchor, shared)):
        targets.add(shared)  # «Выступая на брифинге, Песков назвал ...»: the verb's subject
    teller = -1
    if not speech and topic_of_report(tokens, parse, trigger, anchor):
        # «рассказал о подготовке саммита», «доложил Путину о переговорах»: the teller
        # tells of it, taking no part, and the one told takes none either; but «о своих
        # переговорах» are the teller's own.
        targets = {trigger}
        teller = anchor if _own(tokens, parse, trigger) else -1
    if speech and trigger != anchor and tokens[trigger].pos == "NOUN":
        # «На пресс-конференции Лавров назвал ..., а Боррель заявил ...»: who speaks in a
        # clause joined to the one the occasion sets speaks at it too.
        targets |= {
            j
            for j, h in enumerate(parse.heads)
            if h == anchor and parse.rels[j] == "conj" and tokens[j].pos in VERBAL
        }
    if (
        not speech
        and parse.heads[anchor] >= 0
        and (
            (parse.rels[anchor] == "acl:relcl" and not no_party(tokens, parse, anchor))
            or (parse.rels[anchor] == "acl" and tokens[anchor].feats.get("Voice") == "Act")
        )
    ):
        # «посол, которая вручила грамоты», «Каллас, вступившая в должность»: the
        # antecedent is who did it (an active participle's noun is its doer).
        targets.add(parse.heads[anchor])
        # «президент Турции Эрдоган, которого принял Путин»: the whole titled name
        antecedent = phrase_head(tokens, parse, parse.heads[anchor])
        targets.add(antecedent)
    subtree_of_trigger = subtree(parse, trigger)
    host = hosted(tokens, parse, trigger)
    cur = actor_head
    for _ in range(len(tokens)):
        if cur in targets:
            return True
        parent = parse.heads[cur]
        if parent < 0:
            return False
        rel = parse.rels[cur]
        if parent == teller and rel.startswith("nsubj"):
            return True
        if rel == "appos" and tokens[cur].pos == "PROPN":
            # «посол Турции Айдын Сезер» hung by the parser on a title further back
            # («представитель ... сообщила, что новый посол ... Сезер») or on one after it:
            # a name belongs to the title right before it.
            parent = _title_before(tokens, parent if parent < cur else -1, cur, parent)
        if parent in targets:
            if not speech and rel.startswith("nsubj") and parent == host:
                return False  # «Хельсинки примет встречу Путина и Трампа» (host_venue.py)
            if parent == shared and parent not in (trigger, anchor) and not rel.startswith("nsubj"):
                return False  # «встретился с Ван И и подписал соглашение»: only the subject
            if qualifier and parent == antecedent and rel == "nmod":
                return False  # «министр Турции, прибывший ...»: whose minister, not who
            if rel == "conj" and parent in (antecedent, parse.heads[anchor]) and _singular(
                tokens, anchor
            ):
                # «X, находящийся в России с визитом, и Y»: the participle is X's alone
                return False
            # Reported content is not a party to the statement that reports it, nor is
            # whom a speaker addresses or names («заявил RT», «назвал Россию партнёром»).
            if speech and tokens[parent].pos in VERBAL and rel in ADDRESSEE_LINKS:
                return False
            if speech and sent_to(tokens, parse, cur, parent):
                return False  # «направило в МИД ноту»: where it is sent (sent_to.py)
            if speech and spoken_in(tokens, parse, cur, parent):
                return False  # «Медведев выступил в университете»: where (sent_to.py)
            if (
                speech
                and rel.startswith("nsubj")
                and cur < parent
                and _postposed_subject(tokens, parse, parent)
            ):
                # «Путин посетит Монголию, сообщил Ушаков»: a parser may hang the reported
                # clause's subject on the verb of saying; the speaker is the one after it.
                return False
            # What a speaker promises or proposes to do («пообещал переубедить Путина»)
            # is in his words as much as what he says.
            return not (speech and (rel in CONTENT_LINKS or rel == "xcomp"))
        tok = tokens[parent]
        if parent in actor_tokens:
            cur = parent
            continue
        if tok.pos == "PROPN" and tok.lemma.lower() in NOUN_TRIGGERS:
            return False  # «Визит Путина» capitalised in a headline is still a visit
        if rel == "conj" and tok.pos in NOMINAL and _named_noun(tokens, parse, parent):
            # «компания «Ростех» и завод «Тата» подписали»: a conjunct stands where the
            # first conjunct does, when that one is a name's noun too (not «развитие
            # торговли и проекты «Газпрома»»).
            cur = parent
            continue
        if tok.pos in NOMINAL:
            if group and members_of(tokens, parse, actor_head, actor_tokens, parent, targets):
                # «лидеры ШОС подписали»: its members act as the group; not «главы
                # государств России и НАТО», where a state's title comes between
                cur = parent
                continue
            if not qualifier and principal_of(tokens, parse, cur, parent, actor_tokens):
                return False  # «советник Трампа провёл»: whose adviser (principals.py)
            # Whatever the link (an apposition too: «наследие ... Джо Байдена»), an actor
            # under a common noun that is no title is that noun's modifier.
            lemma = tok.lemma.lower()
            if (
                qualifier
                and lemma in QUALIFIED_TITLES
                and not unnamed_plural_title(tokens, parse, parent)  # offices.py
            ):
                return False
            if not qualifier and aide_of(tokens, cur, parent, rel, lemma):
                return False  # «советник Трампа провёл переговоры»: whose aide, not a party
            up = parse.heads[parent]
            if (
                lemma in TITLE_NOUNS
                or lemma in PARTICIPATION_NOUNS
                # «исполняющий обязанности министра»: the participle's object is its title
                or (
                    up >= 0
                    and tokens[up].pos in VERBAL
                    and _participle_title(tokens[up], parse.rels[up])
                )
                or (not speech and lemma in DIALOGUE_NOUNS)
                or tok.pos == "PROPN"
                or (speech and lemma == "слово")
                or speaks_through(lemma, speech)  # «сообщил департамент ... МИД»
                # «банковская группа Raiffeisen», «телеканал RT»: the noun that says what
                # the named organisation is.
                or (rel in ("appos", "flat:foreign", "nmod") and lemma in NAME_CLASSIFIERS)
                or named_title(tokens, parent, cur, rel)  # «депутат Госдумы Леонид Слуцкий»
                or in_portfolio(tokens, parse, parent, QUALIFIED_TITLES)  # «замминистр ... дел»
                # «российско-кипрской группы», «совета России и Франции» (joint_bodies.py)
                or (not speech and compound_on_body(tokens, parse, cur, parent, rel))
                # «самолёт президента приземлился»: who travels in the craft (movements.py)
                or (not speech and rel == "nmod" and lemma in LANDING_CRAFT)
            ):
                cur = parent
                continue
            return False
        if rel in PHRASE_LINKS:
            cur = parent
            continue
        if tok.pos in VERBAL and _participle_title(tok, parse.rels[parent]):
            cur = parent  # «Исполняющий обязанности министра Бахтиёр Саидов принял»
            continue
        if tok.pos in VERBAL:
            if speech and rel in CONTENT_LINKS:
                return False  # «сообщил ... и заверил, что Турция готова»: in the words
            if speech and rel in ADDRESSEE_LINKS:
                # «выступил на форуме и назвал Путина другом»: whom a speaker names in a
                # clause joined to his words is spoken of, not a speaker.
                return False
            if foreign_clause(tokens, parse, parent, targets):
                return False  # «X, с которым Y встретился, заявил»: Y's meeting (relatives.py)
            if not speech and rel.startswith("nsubj") and parse.rels[parent] == "conj":
                # «Лавров встретился с Фиданом, а Путин провёл разговор с Эрдоганом»: a
                # joined clause with a subject of its own tells that subject's happening.
                return False
            if own_participle(tok, parse, parent, trigger):
                return False  # «Куйвашев, встречавшийся с послом, предложил» (participles.py)
            # A clause attached to the trigger («в ходе которого ... выразили») still
            # describes it; any other verb is another happening.
            if parent in subtree_of_trigger and parse.rels[parent] in ATTACHED_CLAUSES:
                cur = parent
                continue
            return False
        cur = parent
    return False


WITH = frozenset({"с", "со"})


def _participle_title(tok: Token, own_rel: str) -> bool:
    """A participle standing as a noun, in a noun's place in its clause: «исполняющий
    обязанности министра Бахтиёр Саидов», «временно исполняющий обязанности посла X». It is
    the title of the name under it, as a noun title would be."""
    return tok.feats.get("VerbForm") == "Part" and own_rel.split(":")[0] in NOUN_PLACES


# The links of a noun phrase to its clause's verb, or to another noun.
NOUN_PLACES = frozenset({"nsubj", "obj", "iobj", "obl", "nmod"})


def _own(tokens: list[Token], parse: SentenceParse, noun: int) -> bool:
    """The noun has the reflexive possessive («о своих переговорах»): the subject's own."""
    return any(
        h == noun and tokens[j].lemma.lower() == "свой" for j, h in enumerate(parse.heads)
    )


def _with_right_after(tokens: list[Token], trigger: int, first: int) -> bool:
    """The actor's phrase opens right after «<trigger> с»: the counterpart of a mutual
    happening, by word order alone."""
    return (
        first == trigger + 2
        and tokens[trigger].pos == "NOUN"
        and tokens[trigger + 1].lemma.lower() in WITH
    )


# Whom a happening is for or about, never who takes part in it.
BENEFICIARY_PREPOSITIONS = frozenset({"для", "ради"})


def _first_conjunct(parse: SentenceParse, i: int) -> int:
    """The first of the conjuncts token i is one of («о России и США»: «России»)."""
    seen = {i}
    while parse.rels[i] == "conj" and parse.heads[i] >= 0 and parse.heads[i] not in seen:
        i = parse.heads[i]
        seen.add(i)
    return i


def _has_preposition(
    tokens: list[Token], parse: SentenceParse, i: int, lemmas: frozenset[str]
) -> bool:
    return any(
        h == i and parse.rels[j] == "case" and tokens[j].lemma.lower() in lemmas
        for j, h in enumerate(parse.heads)
    )


def _title_before(tokens: list[Token], start: int, name: int, parent: int) -> int:
    """The nearest title noun before `name` and after `start`, with only its own modifiers
    between («посол Турции в России»), else `parent`."""
    for k in range(name - 1, start, -1):
        tok = tokens[k]
        if tok.pos in VERBAL or tok.pos in ("SCONJ", "PUNCT", "PRON"):
            return parent
        # «представитель ... ведомства Ахмед»: an inanimate role noun (ведомство) is whose
        # title it is, not the title a person's name stands beside.
        if (
            tok.pos == "NOUN"
            and tok.lemma.lower() in TITLE_NOUNS | PERSON_TITLES
            and tok.feats.get("Animacy") != "Inan"
        ):
            return k
    return parent


def _postposed_subject(tokens: list[Token], parse: SentenceParse, verb: int) -> bool:
    """The verb of saying opens its clause after the reported words and its subject follows
    it («..., сообщил Ушаков»; «— заявил Лавров»)."""
    if verb == 0 or tokens[verb - 1].pos != "PUNCT":
        return False
    return any(
        h == verb and parse.rels[j].startswith("nsubj") and j > verb
        for j, h in enumerate(parse.heads)
    )


def _between(tokens: list[Token], parse: SentenceParse, actor_head: int, trigger: int) -> bool:
    """«обмен заключёнными между Россией и США», «переговоры между делегациями»: «между»
    names the parties of the happening whose noun phrase it is in (no verb in between)."""
    first = actor_head
    seen = {first}
    # «между Россией и США»: США joins Россия (a parser's cycle must not hang us)
    while parse.rels[first] == "conj" and parse.heads[first] >= 0:
        first = parse.heads[first]
        if first in seen:
            return False
        seen.add(first)
    if not any(
        h == first and parse.rels[j] == "case" and tokens[j].text.lower() == "между"
        for j, h in enumerate(parse.heads)
    ):
        return False
    above = ancestors(parse, actor_head)
    if trigger not in above:
        return False
    return all(tokens[a].pos not in VERBAL for a in above[: above.index(trigger)])
