"""Whose words a sentence reports and what they report: content clauses («заявил, что ...»),
attributions after or around the words («..., сообщил X», «По словам X, ...»), the occasion
words were said on («по итогам встречи X заявил»), topics and denials of saying.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.date_tree import date_belongs
from app.ingest.events.lexicon import (
    DENIAL_LEMMAS,
    NOUN_TRIGGERS,
    REPORTING_VERBS,
    SPEECH_TYPES,
)
from app.ingest.events.model import (
    ActorSpan,
    SentenceParse,
)
from app.ingest.events.said_clause import closes_clause
from app.ingest.events.sourcing import THANKED_FOR, THANKING_VERBS
from app.ingest.events.syntax import (
    CONTENT_LINKS,
    VERBAL,
    ancestors,
    anchor_verb,
    in_reported_content,
    span_head,
)
from app.ingest.events.trigger_parse import ROLE_VERBS
from app.ingest.events.triggers import TALK_NOUNS, lemma_of
from app.ingest.nlp import Token


def asserted(toks: list[Token], parse: SentenceParse, idx: int, statements: set[int]) -> bool:
    """Does a reported clause state the happening itself (a verb says it took or will take
    place: «Путин проведёт переговоры», «встреча прошла»), rather than a readiness or a
    topic («готова к переговорам», «о важности переговоров»)?"""
    verb = anchor_verb(toks, parse, idx)
    if verb in statements or toks[verb].pos not in VERBAL:
        return False
    if toks[verb].feats.get("VerbForm") == "Inf":
        return False  # «предложила министрам встретиться»: proposed, not stated as held
    path = [idx, *ancestors(parse, idx)]
    return all(toks[j].pos not in ("ADJ", "NOUN", "PROPN") for j in path[1 : path.index(verb)])


COMPLEMENTIZERS = frozenset({"что", "чтобы"})


ABOUT = frozenset({"о", "об", "обо"})


def said(toks: list[Token], parse: SentenceParse, statements: set[int], idx: int) -> bool:
    """Is trigger `idx` part of what a verb of saying reports? Its content clause («заявили,
    что передали предложения») or its topic («сообщила о передаче предложений») is; the
    setting is not («сообщил в ходе телефонного разговора»: the call stays an event)."""
    above = ancestors(parse, idx)
    if toks[idx].pos not in VERBAL and anchor_verb(toks, parse, idx) in statements:
        if not setting(toks, parse, statements, idx):
            return True  # «назвал переговоры полезными», «призвал к переговорам»: a topic
    for s in statements & set(above):
        if in_reported_content(toks, parse, idx, s):
            return True
        path = [idx, *above[: above.index(s)]]
        if any(
            parse.heads[j] in path and parse.rels[j] == "case" and lemma_of(toks[j]) in ABOUT
            for j in range(len(toks))
        ):
            return True
    return reported(toks, parse, statements, idx)


def reported(toks: list[Token], parse: SentenceParse, statements: set[int], idx: int) -> bool:
    """Word order, for when the parse splits a sentence: «X заявил(,) что ... T» puts T in
    what X said; so do an attribution after the words («T ..., сообщил X», «T ..., —
    говорится в заявлении») and a parenthetical one before them («Как сообщил X, T ...»,
    «По словам X, T ...»)."""
    for s in statements:
        if s < idx and _speakers_own(toks, parse, s, idx):
            continue  # «заявил, что ..., и предложил»: the speaker's act (said_clause.py)
        if s < idx and any(
            lemma_of(t) in COMPLEMENTIZERS and t.pos == "SCONJ" for t in toks[s + 1 : idx]
        ):
            return True
        if s > idx and after_words(toks, parse, s):
            return True
        if s < idx and parenthetical(toks, s, idx):
            return True
    return False


def _speakers_own(toks: list[Token], parse: SentenceParse, s: int, idx: int) -> bool:
    """Is verb `idx` coordinated with the verb of saying `s` after «, и» that closes the
    words: a second predicate of the speaker, not part of what was said?"""
    return (
        parse.heads[idx] == s
        and parse.rels[idx] == "conj"
        and toks[idx].pos in VERBAL
        and closes_clause(toks, list(parse.heads), list(parse.rels), idx)
    )


ATTRIBUTION_PUNCT = frozenset({",", "—", "–", "-"})


def after_words(toks: list[Token], parse: SentenceParse, s: int) -> bool:
    """«..., сообщил X», «..., — отмечается в сообщении»: a finite verb of saying right
    after a comma or dash, with nothing of its own before it but the words, closes the
    words it attributes («Кулеба, выступая перед журналистами, сообщил» does not)."""
    if toks[s].feats.get("VerbForm") != "Fin":
        return False
    if any(
        h == s and j < s and parse.rels[j] not in ("punct", *CONTENT_LINKS)
        for j, h in enumerate(parse.heads)
    ):
        return False
    j = s - 1
    marks: list[str] = []
    while j >= 0 and toks[j].pos == "PUNCT":
        marks.append(toks[j].text)
        j -= 1
    return j >= 0 and any(m in ATTRIBUTION_PUNCT for m in marks)


def attribution_colon(toks: list[Token], hits: Sequence[ActorSpan]) -> int | None:
    """«Песков: ...», «Глава МИД Лавров: ...»: a line opened by nothing but an actor and a
    colon; the index of that colon."""
    for k, t in enumerate(toks):
        if t.text == ":":
            return k if k > 0 else None
        if not any(h.start <= t.start and t.end <= h.end for h in hits):
            return None
    return None


def parenthetical(toks: list[Token], s: int, idx: int) -> bool:
    """«Как сообщил Ушаков, T ...», «По словам Ушакова, T ...»: an attribution that opens the
    sentence and is closed by a comma before T."""
    opener = lemma_of(toks[s - 1]) if s > 0 else ""
    if lemma_of(toks[s]) == "слово":
        if opener != "по":
            return False
    elif opener != "как":
        return False
    return any(t.text == "," for t in toks[s + 1 : idx])


def denied(toks: list[Token], statements: set[int]) -> bool:
    """A sentence whose words are a denial («опроверг», «отрицает»): what they deny is no
    happening."""
    return any(lemma_of(toks[s]) in DENIAL_LEMMAS for s in statements)


# Phrases that place words of saying at a happening: «по итогам встречи», «в ходе
# переговоров», «на полях саммита», or the happening itself under a preposition of time or
# place («после переговоров», «на пресс-конференции»).
SETTING_NOUNS = frozenset(
    {
        "итог", "ход", "время", "завершение", "окончание", "рамка", "поле", "начало", "конец",
        "день",
    }
)  # fmt: skip
# Verbs whose object is a topic, not a happening («обсудили обмен пленными»).
TOPIC_VERBS = frozenset(
    {
        "обсудить", "обсуждать", "рассмотреть", "рассматривать", "затронуть", "затрагивать",
        "коснуться", "касаться", "обговорить", "упомянуть", "приветствовать", "осудить",
    }
)  # fmt: skip
# Links of a trigger noun that a verb tells as happening («провели переговоры», «переговоры
# прошли», «встреча была организована»).
CORE_LINKS = frozenset({"obj", "nsubj", "nsubj:pass"})


def told_by_verb(toks: list[Token], parse: SentenceParse, i: int, said: set[int]) -> bool:
    """Does a verb other than one of saying tell trigger noun `i` as happening?"""
    head = parse.heads[i]
    return (
        head >= 0
        and parse.rels[i] in CORE_LINKS
        and toks[head].pos in VERBAL
        and head not in said
        and lemma_of(toks[head]) not in TOPIC_VERBS
    )


SETTING_PREPOSITIONS = frozenset({"после", "на", "в", "во", "перед", "по", "при"})


def setting(toks: list[Token], parse: SentenceParse, statements: set[int], idx: int) -> bool:
    """Is trigger noun `idx` the occasion on which a verb of saying was said («По итогам
    встречи с Путиным Раиси сообщил», «На переговорах Лавров заявил»)? Not its topic («заявил
    о переговорах») nor what it calls for («призвал к переговорам»)."""
    if toks[idx].pos in VERBAL:
        return False
    cur = idx
    for _ in range(len(toks)):
        head = parse.heads[cur]
        if head < 0:
            return False
        if head in statements:
            if parse.rels[cur] != "obl":
                return False
            preps = {
                lemma_of(toks[j])
                for j, h in enumerate(parse.heads)
                if h == cur and parse.rels[j] == "case"
            }
            return bool(preps) and preps <= SETTING_PREPOSITIONS
        lemma = lemma_of(toks[head])
        if toks[head].pos in VERBAL or not (
            lemma in SETTING_NOUNS or NOUN_TRIGGERS.get(lemma) in SPEECH_TYPES
        ):
            return False  # «на пресс-конференции после переговоров» is a setting too
        cur = head
    return False


def earlier_speech(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    verb = toks[anchor_verb(toks, parse, idx)]
    return (
        verb.pos in VERBAL
        and verb.feats.get("Aspect") == "Imp"
        and verb.feats.get("Tense") == "Past"
        and lemma_of(verb) in REPORTING_VERBS
    )


def in_words(toks: list[Token], parse: SentenceParse, hit: ActorSpan, verb: int) -> bool:
    head = span_head(toks, parse, hit.start, hit.end)
    return head is not None and in_reported_content(toks, parse, head, verb)


def occasion(
    toks: list[Token], parse: SentenceParse, statements: set[int], triggers: list[tuple[int, str]]
) -> int | None:
    """The happening words were said on («рассказал после разговора, который состоялся
    накануне», «по итогам переговоров заявил»), for words with no day of their own: they
    were said the day it took place."""
    happenings = {j for j, t in triggers if t not in SPEECH_TYPES} | {
        j
        for j, t in enumerate(toks)
        if lemma_of(t) in TALK_NOUNS  # «после разговора»
    }
    return next(
        (
            j
            for j in sorted(happenings)
            if toks[j].pos not in VERBAL and setting(toks, parse, statements, j)
        ),
        None,
    )


def dates_occasion(toks: list[Token], parse: SentenceParse, d: DateMention, j: int) -> bool:
    """Does date `d` date the occasion `j` words were said on? A date in a clause of the
    occasion's phrase («после разговора с Путиным, который состоялся накануне») does,
    however the parse hangs the clause; a date of a noun in it («по соглашению 2015
    года») does not."""
    head = span_head(toks, parse, d.start, d.end)
    if head is None:
        return False
    if date_belongs(toks, parse, head, j):
        return True
    above = ancestors(parse, head)
    return j in above and toks[above[0]].pos in VERBAL


def uttered(toks: list[Token], parse: SentenceParse, statements: set[int], idx: int) -> bool:
    """Is trigger noun `idx` what a verb of saying comes out with («выступили с совместным
    заявлением»), not what it is about («заявили о совместном заявлении», «назвали
    соглашение важным»)? A joint document uttered so is concluded, not reported."""
    return (
        toks[idx].pos not in VERBAL
        and parse.heads[idx] in statements
        and parse.rels[idx] == "obl"
        and any(
            parse.heads[j] == idx and parse.rels[j] == "case" and lemma_of(toks[j]) in WITH
            for j in range(len(toks))
        )
    )


WITH = frozenset({"с", "со"})


def delivering(toks: list[Token], parse: SentenceParse, statements: set[int], idx: int) -> bool:
    """Was proposal `idx` made in a speech the sentence tells («выступая на саммите,
    предложил», «выступив в парламенте, предложил»)? The speech is words of its own."""
    return any(
        parse.heads[s] == idx
        and toks[s].feats.get("VerbForm") == "Conv"
        and lemma_of(toks[s]) in ROLE_VERBS
        for s in statements
    )


def agrees(toks: list[Token], parse: SentenceParse, verb: int, hit: ActorSpan) -> bool:
    """The subjectless verb could have the speaker as its subject: number (and gender, in
    the singular past) agree. «Песков объявил, что консультации перенесли» is an
    indefinite-personal plural, not something Peskov did; «Захарова сообщила, что провела
    брифинг» agrees."""
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None or toks[verb].pos not in VERBAL:
        return True
    v, n = toks[verb].feats, toks[head].feats
    # «Лавров и Ван И заявили, что провели ...»: coordinated speakers are plural together.
    coordinated = parse.rels[head] == "conj" or any(
        h == head and parse.rels[j] == "conj" for j, h in enumerate(parse.heads)
    )
    number = "Plur" if coordinated else n.get("Number")
    if v.get("Number") and number and v["Number"] != number:
        return False
    if v.get("Number") == "Sing" and v.get("Gender") and n.get("Gender"):
        return v["Gender"] == n["Gender"]
    return True


# Titles of those who speak for a body rather than for themselves.
SPOKESMEN = frozenset({"представитель", "пресс-секретарь", "спикер", "пресс-служба"})


def under_spokesman(toks: list[Token], parse: SentenceParse, hit: ActorSpan) -> bool:
    """Is the body named under a spokesman's title («представитель МИД Турции»)? A head
    of a body speaks for themselves («глава ЦБ сообщила»): the person, whom the sentence
    does not name."""
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None or parse.heads[head] < 0:
        return False
    return lemma_of(toks[parse.heads[head]]) in SPOKESMEN


SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})
ABOUT = frozenset({"о", "об", "обо"})


def topic_of(toks: list[Token], parse: SentenceParse, idx: int, verb: int) -> bool:
    """Is trigger noun `idx` what verb of saying `verb` is about: its object («назвала
    высылку необоснованной») or in its «о» phrase («о датах визита объявила»)? Not the
    occasion it was said on («в ходе разговора подтвердили»)."""
    path = [idx]
    for a in ancestors(parse, idx):
        if a == verb:
            break
        if toks[a].pos in VERBAL:
            return False
        path.append(a)
    else:
        return False
    return parse.rels[path[-1]] == "obj" or any(
        parse.heads[j] in path and parse.rels[j] == "case" and lemma_of(toks[j]) in ABOUT
        for j in range(len(toks))
    )


def speaking_subject(toks: list[Token], parse: SentenceParse, hit: ActorSpan, verb: int) -> bool:
    """Is `hit` (with what it names, through no verb) the subject of verb of saying
    `verb`? «О датах визита объявила Мария Захарова»: the speaker of what the visit is
    the topic of, no party to the visit."""
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None:
        return False
    for j in [head, *ancestors(parse, head)]:
        if parse.heads[j] == verb:
            return parse.rels[j] in SUBJECT_RELS
        if toks[j].pos in VERBAL:
            return False
    return False


def thanked_for(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` what someone thanks for («поблагодарил за приглашение»)? It
    was made before, by the one thanked: no happening of the thanker's."""
    head = parse.heads[idx]
    return (
        head >= 0
        and toks[idx].pos not in VERBAL
        and lemma_of(toks[head]) in THANKING_VERBS
        and any(
            parse.heads[j] == idx and parse.rels[j] == "case" and lemma_of(toks[j]) in THANKED_FOR
            for j in range(len(toks))
        )
    )
