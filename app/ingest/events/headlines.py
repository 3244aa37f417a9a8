"""A headline's words are the words its body reports; its happening is the body's.

A heading line («МИД объяснил перенос сессии», «Москва ответит на санкции, пообещали в МИД»)
sums up a statement the body then tells with its day and its speaker, often the spokesman
of the body the headline names. Told without a day of its own, it is that statement, not a
second one on the day of publication.

A heading line that tells a happening («Лавров посетит Пекин на этой неделе», «Стороны
обменялись пленными») sums up the happening the body tells with its day, parties and
status: the headline is one more source of the body's event of the same kind, never a
second event beside it, and the body's reading of it wins.

A heading line that tells the parties agreed or signed («Лавров и Блинкен договорились о
письменном ответе», «Президенты условились продолжить контакты», «Россия и Парагвай
подписали протокол») over a body that tells their talks and
no document of theirs sums up what came of those talks: it is one more source of that
contact, not an agreement beside it.

A heading line that opens with a person's name and a colon («Песков: обмен не означает
оттепели», «Яковенко: программа визита согласована») gives that person's words: a happening
named after the colon is what the words are about, told by the body if at all, not a
happening the headline tells, when the body gives that person's words; the words themselves
are the person's statement. With no words of the person in the body («Лавров: Россия и Китай
подписали соглашение», the body on something else) the headline's happening stays.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from app.ingest.events.identity import actors_overlap
from app.ingest.events.lexicon import AGREEING_VERBS, SPEECH_TYPES
from app.ingest.events.model import ArticleInput, EventCandidate
from app.ingest.events.triggers import lemma_of

_STOPS = ".!?…"
_CLOSERS = "»\"”)' "


def heading_line(text: str, start: int) -> bool:
    """Is the line holding offset `start` a heading: a line that does not end with a stop?"""
    line_end = text.find("\n", start)
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]
    return line.rstrip(_CLOSERS)[-1:] not in _STOPS


def _in_heading(inp: ArticleInput, g: EventCandidate) -> bool:
    return bool(g.sentences) and all(heading_line(inp.text, s) for s, _ in g.sentences)


def _dated(inp: ArticleInput, g: EventCandidate) -> bool:
    """Does a sentence of `g` carry a date of its own (not the lead's, lent to a headline)?"""
    return any(s <= d.start < e for d in inp.dates for s, e in g.sentences)


def body_statement(
    inp: ArticleInput, groups: list[EventCandidate], h: EventCandidate
) -> EventCandidate | None:
    """The statement of the body a headline statement `h` with no day of its own sums up:
    one by the same speaker (or one it is part of), else, when the headline names only
    bodies or states («в МИД пообещали»), the body's one statement by a person."""
    if h.type not in SPEECH_TYPES or not _in_heading(inp, h) or _dated(inp, h):
        return None
    body = [g for g in groups if g.type in SPEECH_TYPES and not _in_heading(inp, g)]
    same = [g for g in body if actors_overlap(h.actors, g.actors, inp.parents)]
    if same:
        return same[0]
    if not all(_kind(inp.actors, a) not in (None, "person") for a in h.actors):
        return None
    spokesmen = [g for g in body if all(_kind(inp.actors, a) == "person" for a in g.actors)]
    return spokesmen[0] if len(spokesmen) == 1 else None


# Kinds of happening a headline and its body may tell in other words («Орбан прибыл в
# Москву» over «провёл в Кремле переговоры»): a contact is a contact.
_CONTACT = frozenset({"call", "meeting", "talks", "visit"})


def _family(type_: str) -> str:
    return "contact" if type_ in _CONTACT else type_


def body_happening(
    inp: ArticleInput, groups: list[EventCandidate], h: EventCandidate
) -> EventCandidate | None:
    """The body's happening a headline happening `h` sums up: one of the same family that
    shares an actor with it (of the same type first), else the body's only one of its
    type."""
    if h.type in SPEECH_TYPES or not _whole_heading(inp, h):
        return None
    body = [
        g
        for g in groups
        if _family(g.type) == _family(h.type) and not _in_heading(inp, g) and not _elsewhere(h, g)
    ]
    same = [g for g in body if actors_overlap(h.actors, g.actors, inp.parents)]
    same.sort(key=lambda g: g.type != h.type)
    if same:
        return same[0]
    alike = [g for g in body if g.type == h.type]
    return alike[0] if len(alike) == 1 else None


# «Россия и Парагвай подписали протокол»: a headline telling a document signed, over a body
# that tells the signing within the sitting («протокол заседания подписали в среду», read
# into that contact) and no agreement of its own, sums up that sitting as «договорились»
# does. Over talks that tell no signing the document stays an event of its own.
SIGNING_VERBS = frozenset({"подписать"})


def agreed_in_talks(
    inp: ArticleInput, groups: list[EventCandidate], h: EventCandidate
) -> EventCandidate | None:
    """The body's contact a headline agreement `h` told by a verb of agreeing
    («договорились») or of signing («подписали протокол») sums up the outcome of: one
    that shares an actor with it, when no agreement of the body does."""
    if h.type != "agreement" or not _whole_heading(inp, h):
        return None
    lemmas = {lemma_of(t) for s, e in h.sentences for t in inp.analysis.tokens_in(s, e)}
    agreed = bool(lemmas & AGREEING_VERBS)
    if not agreed and not lemmas & SIGNING_VERBS:
        return None
    body = [g for g in groups if not _in_heading(inp, g) and not _elsewhere(h, g)]
    shared = [g for g in body if actors_overlap(h.actors, g.actors, inp.parents)]
    if any(g.type == "agreement" for g in shared):
        return None
    contacts = [g for g in shared if g.type in _CONTACT and g.status == "happened"]
    if not agreed:
        # a signing the body tells as part of the sitting, read into that contact; a
        # body with no signing told («провёл переговоры») leaves the document its own
        contacts = [g for g in contacts if _tells(inp, g, SIGNING_VERBS)]
    return contacts[0] if contacts else None


def _tells(inp: ArticleInput, g: EventCandidate, verbs: frozenset[str]) -> bool:
    """Does a sentence of `g` hold one of the lemmas `verbs`?"""
    return any(lemma_of(t) in verbs for s, e in g.sentences for t in inp.analysis.tokens_in(s, e))


def words_heading(inp: ArticleInput, groups: list[EventCandidate], h: EventCandidate) -> bool:
    """Is `h` a happening told only in heading lines that open with a person's name and a
    colon («Песков: обмен Бута на Грайнер не означает оттепели»), a person whose words the
    body tells?"""
    if h.type in SPEECH_TYPES or not _whole_heading(inp, h):
        return False
    said = {
        a for g in groups if g.type in SPEECH_TYPES and not _in_heading(inp, g) for a in g.actors
    }
    return all(_speaker_opening(inp, s) in said for s, _ in h.sentences)


def _speaker_opening(inp: ArticleInput, start: int) -> str | None:
    """The person whose name and a colon open the line holding offset `start`, if any."""
    line_start = inp.text.rfind("\n", 0, start) + 1
    line = inp.text[line_start:]
    first = line_start + len(line) - len(line.lstrip())
    for hit in inp.actor_hits:
        if (
            hit.start == first
            and _kind(inp.actors, hit.actor_id) == "person"
            and inp.text[hit.end : hit.end + 2].lstrip().startswith(":")
        ):
            return hit.actor_id
    return None


def _elsewhere(h: EventCandidate, g: EventCandidate) -> bool:
    """Are `h` and `g` told at two different places? «Путин согласился приехать в Иран»
    over a body that also tells his trip to Ankara: the headline's trip is not that one."""
    return h.venue is not None and g.venue is not None and h.venue != g.venue


def _whole_heading(inp: ArticleInput, g: EventCandidate) -> bool:
    """Does every line of every sentence of `g` lack a stop? A sentence that runs on from
    a heading into the body («18 сен. 2024» over the day's entry) is the body's."""
    return bool(g.sentences) and all(
        heading_line(inp.text, i)
        for s, e in g.sentences
        for i in [s, *(k + 1 for k in range(s, e) if inp.text[k] == "\n")]
        if i < e
    )


def keep_body_parties(inp: ArticleInput, h: EventCandidate, body: EventCandidate) -> None:
    """A happening told in heading lines `h`, met by the body's report of it: the people
    the heading names are the body's, but the states and bodies only it names are left
    out: a heading glued to the page's menu or rubric («Все новости Израиль Мир
    Экономика») would else lend the body's event the menu's words as parties."""
    if h.type in SPEECH_TYPES or body.type in SPEECH_TYPES:
        return
    if not _whole_heading(inp, h) or _in_heading(inp, body):
        return
    keep = {a for a in h.actors if a in body.actors or _kind(inp.actors, a) == "person"}
    h.actors[:] = [a for a in h.actors if a in keep]
    h.actor_spans[:] = [s for s in h.actor_spans if s[2] in keep]
    for a in [a for a in h.roles if a not in keep]:
        del h.roles[a]


def add_source(target: EventCandidate, h: EventCandidate) -> None:
    """The headline `h` as one more source of `target`: its sentences only. The body tells
    the date, parties and status; a headline's shorthand («Лавров посетит КНДР на этой
    неделе», «Ушаков анонсировал переговоры») would only blur them."""
    if len(target.sentence_dates) != len(target.sentences):  # keep the two aligned
        target.sentence_dates[:] = [target.date] * len(target.sentences)
    target.sentences.extend(h.sentences)
    target.sentence_dates.extend(
        h.sentence_dates
        if len(h.sentence_dates) == len(h.sentences)
        else [replace(target.date, explicit=False)] * len(h.sentences)
    )


def _kind(kinds: Mapping[str, object], actor: str) -> str | None:
    info = kinds.get(actor)
    return getattr(info, "kind", None) if info is not None else None


def fold_headlines(
    inp: ArticleInput,
    groups: list[EventCandidate],
    absorb: Callable[[EventCandidate, EventCandidate], None],
) -> list[EventCandidate]:
    """`groups` with each headline statement absorbed into the body statement it sums up,
    and each headline happening one more source of the body's happening."""
    out: list[EventCandidate] = []
    for g in groups:
        target = body_statement(inp, groups, g)
        if target is not None:
            absorb(target, g)
            continue
        if words_heading(inp, groups, g):
            continue  # «Песков: обмен не означает оттепели»: what his words are about
        body = body_happening(inp, groups, g) or agreed_in_talks(inp, groups, g)
        if body is not None:
            add_source(body, g)
            continue
        out.append(g)
    return out
