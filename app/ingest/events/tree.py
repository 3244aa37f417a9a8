"""Walking a sentence's dependency tree: which date and which actors belong to a trigger.

Grammar, not word lists: a date belongs to a happening when it modifies the trigger word
or the verb that governs it («разговор 12 февраля», «заявили в понедельник»), and an actor
takes part when it is the subject or a participant of that verb or noun, reached through
names, roles and coordination only («президенты Путин и Трамп»), never as the modifier of
some other noun («наследие администрации Байдена») or inside reported speech («Лавров
заявил, что Путин ...» does not make Putin a party to Lavrov's statement).
"""

from __future__ import annotations

from app.ingest.events.lexicon import PARTICIPATION_NOUNS, PERSON_TITLES, ROLE_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# Clauses hanging off a trigger that still describe it («разговор, в ходе которого ...»).
ATTACHED_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "xcomp", "conj"})
# Ways a name, role or list continues a phrase.
PHRASE_LINKS = frozenset({"conj", "appos", "flat", "flat:name", "flat:foreign", "nummod"})
# Reported content: what a statement is about, not who made it.
CONTENT_LINKS = frozenset({"ccomp", "parataxis", "csubj"})


def span_head(tokens: list[Token], parse: SentenceParse, start: int, end: int) -> int | None:
    """Sentence-local index of the token heading the character span [start, end)."""
    inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
    if not inside:
        inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
    if not inside:
        return None
    members = set(inside)
    for i in inside:
        h = parse.heads[i]
        if h < 0 or h not in members:
            return i
    return inside[0]


def ancestors(parse: SentenceParse, i: int) -> list[int]:
    out: list[int] = []
    seen = {i}
    h = parse.heads[i]
    while h >= 0 and h not in seen:
        out.append(h)
        seen.add(h)
        h = parse.heads[h]
    return out


def governing_verbs(tokens: list[Token], parse: SentenceParse, verb: int) -> list[int]:
    """Verbs whose infinitive complement `verb` is («могут встретиться», «намерены
    провести», «решили посетить»): their subject is the subject of `verb` too."""
    out: list[int] = []
    cur = verb
    while parse.rels[cur] == "xcomp" and parse.heads[cur] >= 0:
        cur = parse.heads[cur]
        if tokens[cur].pos not in VERBAL and tokens[cur].pos != "ADJ":  # «намерены»
            break
        out.append(cur)
    return out


def anchor_verb(tokens: list[Token], parse: SentenceParse, trigger: int) -> int:
    """The verb a trigger noun depends on («провели переговоры»), or the trigger itself."""
    if parse.rels[trigger] == "cop" and parse.heads[trigger] >= 0:
        return parse.heads[trigger]  # «Путин был в Монголии»: the place is the predicate
    if tokens[trigger].pos in VERBAL or tokens[trigger].lemma.lower() == "слово":
        return trigger  # «по словам X» is the attribution, not part of the clause it heads
    for a in ancestors(parse, trigger):
        if tokens[a].pos in VERBAL:
            return a
    return trigger


def in_reported_content(tokens: list[Token], parse: SentenceParse, i: int, top: int) -> bool:
    """True when token i sits inside a reported clause of verb `top` (ccomp/parataxis)."""
    cur = i
    while cur >= 0 and cur != top:
        if parse.rels[cur] in CONTENT_LINKS and parse.heads[cur] >= 0:
            return True
        cur = parse.heads[cur]
    return False


def date_belongs(tokens: list[Token], parse: SentenceParse, date_head: int, trigger: int) -> bool:
    """Does the date expression headed at `date_head` date the trigger's happening?"""
    anchor = anchor_verb(tokens, parse, trigger)
    above = ancestors(parse, date_head)
    for a in above:
        if a in (trigger, anchor):
            return True
        if tokens[a].pos in VERBAL or tokens[a].pos in NOMINAL:
            # The first content word above the date is something else: it dates that...
            break
    if tokens[trigger].pos in VERBAL or trigger not in above:
        return False
    # ...unless that word is inside the trigger noun's own phrase, with no clause of its
    # own in between: «встреча Моди и Путина в сентябре», «встречу, намеченную на 14 мая».
    return all(
        tokens[a].feats.get("VerbForm") not in ("Fin", "Inf") for a in above[: above.index(trigger)]
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
) -> bool:
    """Is the actor whose phrase is headed at `actor_head` a party to the trigger?

    `mutual`: the happening is done between parties (talks, an exchange), so «между X и Y»
    names them.

    `qualifier`: the actor is a state or body, which under a person's title («президент
    США») only says whose title it is.
    """
    anchor = anchor_verb(tokens, parse, trigger)
    if mutual and _between(tokens, parse, actor_head, trigger):
        return True
    targets = {trigger, anchor, *governing_verbs(tokens, parse, anchor)}
    if not speech and parse.rels[anchor] == "acl:relcl" and parse.heads[anchor] >= 0:
        # «посол, которая вручила грамоты»: the antecedent is who did it.
        targets.add(parse.heads[anchor])
    subtree_of_trigger = _subtree(parse, trigger)
    cur = actor_head
    for _ in range(len(tokens)):
        if cur in targets:
            return True
        parent = parse.heads[cur]
        if parent < 0:
            return False
        rel = parse.rels[cur]
        if parent in targets:
            # Reported content is not a party to the statement that reports it.
            return not (speech and rel in CONTENT_LINKS)
        tok = tokens[parent]
        if parent in actor_tokens:
            cur = parent
            continue
        if tok.pos in NOMINAL:
            # Whatever the link (an apposition too: «наследие ... Джо Байдена»), an actor
            # under a common noun that is no title is that noun's modifier.
            lemma = tok.lemma.lower()
            if qualifier and lemma in PERSON_TITLES:
                return False
            if (
                lemma in ROLE_NOUNS
                or lemma in PARTICIPATION_NOUNS
                or tok.pos == "PROPN"
                or (speech and lemma == "слово")
            ):
                cur = parent
                continue
            return False
        if rel in PHRASE_LINKS:
            cur = parent
            continue
        if tok.pos in VERBAL:
            # A clause attached to the trigger («в ходе которого ... выразили») still
            # describes it; any other verb is another happening.
            if parent in subtree_of_trigger and parse.rels[parent] in ATTACHED_CLAUSES:
                cur = parent
                continue
            return False
        cur = parent
    return False


def _between(tokens: list[Token], parse: SentenceParse, actor_head: int, trigger: int) -> bool:
    """«обмен заключёнными между Россией и США», «переговоры между делегациями»: «между»
    names the parties of the happening whose noun phrase it is in (no verb in between)."""
    first = actor_head
    while parse.rels[first] == "conj" and parse.heads[first] >= 0:
        first = parse.heads[first]  # «между Россией и США»: США joins Россия
    if not any(
        h == first and parse.rels[j] == "case" and tokens[j].text.lower() == "между"
        for j, h in enumerate(parse.heads)
    ):
        return False
    above = ancestors(parse, actor_head)
    if trigger not in above:
        return False
    return all(tokens[a].pos not in VERBAL for a in above[: above.index(trigger)])


PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})


def is_place(tokens: list[Token], parse: SentenceParse, actor_head: int) -> bool:
    """An actor named as where something happens («в Кремле», «в Турции», «на Смоленской
    площади»): the locative case under «в»/«на». It is the venue, not a party."""
    if tokens[actor_head].feats.get("Case") != "Loc":
        return False
    return any(
        h == actor_head
        and parse.rels[j] == "case"
        and tokens[j].lemma.lower() in PLACE_PREPOSITIONS
        for j, h in enumerate(parse.heads)
    )


def _subtree(parse: SentenceParse, root: int) -> set[int]:
    out = {root}
    changed = True
    while changed:
        changed = False
        for i, h in enumerate(parse.heads):
            if h in out and i not in out:
                out.add(i)
                changed = True
    return out


PLANNING_VERBS = frozenset(
    {"планировать", "намереваться", "собираться", "намерен", "предстоять", "ожидаться",
     "планироваться", "готовиться", "договориться", "мочь", "смочь", "хотеть"}
)  # fmt: skip


def future_clause(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """The trigger's verb speaks of the future: «встретятся», «будут обсуждать»,
    «планируют провести»."""
    verb = anchor_verb(tokens, parse, trigger)
    if tokens[verb].feats.get("Tense") == "Fut":
        return True
    for i, h in enumerate(parse.heads):
        if h == verb and tokens[i].pos == "AUX" and tokens[i].feats.get("Tense") == "Fut":
            return True
    head = parse.heads[verb]
    if parse.rels[verb] == "xcomp" and head >= 0:
        lemma = tokens[head].lemma.lower()
        return lemma in PLANNING_VERBS and lemma != "договориться"
    return False


def negated(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """The happening is denied or only possible, never asserted: «не встретились», «не
    заявлял», «встреча так и не состоялась», «не исключил встречи». The trigger's own verb,
    or the verb governing a trigger noun, carries «не»."""
    verb = anchor_verb(tokens, parse, trigger)
    if tokens[verb].pos not in VERBAL:
        return False
    return any(
        h == verb and tokens[i].lemma.lower() == "не" and tokens[i].pos == "PART"
        for i, h in enumerate(parse.heads)
    )


def flat_parse(n: int) -> SentenceParse:
    """A parse with no structure (every token a root): used when none is available."""
    return SentenceParse(heads=tuple([-1] * n), rels=tuple(["root"] * n))
