"""Whether a date, an actor or a place of a sentence belongs to one of its triggers, on
the parse (tree.py says how; this module applies it to the spans extract.py holds): the
date and actor spans a trigger takes, the speaker who is the subject of a reported clause,
a trigger that only says where another happening went on, and the kinds of actors
(bodies, media, places, destinations) the extraction asks about.
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events import attribution as words
from app.ingest.events import dash_aside
from app.ingest.events.clause_verb import clause_verb, noun_before_in_stretch
from app.ingest.events.date_clauses import apposed_phrase, own_side
from app.ingest.events.date_tree import date_belongs
from app.ingest.events.destination import is_destination
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.member_groups import is_group
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.name_host import off_the_name
from app.ingest.events.occasion import in_place_clause, is_place
from app.ingest.events.syntax import ancestors, anchor_verb, span_head
from app.ingest.events.tree import actor_belongs
from app.ingest.nlp import Token


def background_place(
    toks: list[Token], parse: SentenceParse, triggers: list[tuple[int, str]], idx: int
) -> bool:
    """Trigger `idx` only tells what went on where another happening of the sentence took
    place."""
    return in_place_clause(toks, parse, idx) and any(
        j != idx and t not in SPEECH_TYPES and not in_place_clause(toks, parse, j)
        for j, t in triggers
    )


# Happenings done between parties: «между X и Y» names them.
MUTUAL = frozenset({"call", "meeting", "talks", "agreement", "exchange"})


def date_attached(
    toks: list[Token], parse: SentenceParse, parsed: bool, d: DateMention, trigger: int
) -> bool:
    if not parsed:
        return True
    head = span_head(toks, parse, d.start, d.end)
    if head is None:
        return False
    mended = off_the_name(toks, dash_aside.rehung(toks, parse, head), head)  # «Раиси ← в январе»
    mended = own_side(toks, mended, head)  # «... 17 июля; ... назвал»: not across a «;»
    mended = apposed_phrase(toks, mended, head)  # «за неделю до визита, 3 марта, провели»
    if toks[head].lemma.lower() == "пока" and mended.rels[head] in ("mark", "advmod"):
        # «Пока они разговаривали, премьеры провели встречу»: the while-clause times the
        # main clause it hangs on, as from its own verb
        return mended.heads[head] >= 0 and date_belongs(toks, mended, mended.heads[head], trigger)
    inside = [i for i, t in enumerate(toks) if t.start >= d.start and t.end <= d.end]
    if not inside:
        return date_belongs(toks, mended, head, trigger)
    # «..., а в 2009 году побывала»: the verb of the date's own clause
    own = clause_verb(toks, mended, head, inside[0], inside[-1])
    if own is not mended and noun_before_in_stretch(toks, trigger, inside[0], inside[-1]):
        return True  # «, и заседания группы в Мюнхене 11–12 февраля»: the noun's own date
    return date_belongs(toks, own, head, trigger)


def actor_attached(
    toks: list[Token],
    parse: SentenceParse,
    parsed: bool,
    hit: ActorSpan,
    trigger: int,
    speech: bool,
    qualifier: bool,
    mutual: bool = False,
) -> bool:
    if not parsed:
        return True
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None:
        return False
    members = {i for i, t in enumerate(toks) if t.start >= hit.start and t.end <= hit.end}
    # «По приглашению президента Узбекистана Сердар Бердымухамедов прибыл»: the matcher
    # joins a title to the name after it, but the name is a subject of its own (mend.py);
    # the title belongs to another phrase, and the name heads the hit.
    named = [
        i
        for i in sorted(members)
        if i != head
        and toks[i].pos == "PROPN"
        and parse.rels[i] in ("nsubj", "nsubj:pass")
        and parse.heads[i] >= 0
        and parse.heads[i] not in members
    ]
    head = named[0] if named else head
    group = is_group(hit.actor_id)  # «лидеры ШОС подписали» (member_groups.py)
    return actor_belongs(toks, parse, head, members, trigger, speech, qualifier, mutual, group)


def speaker_subject(
    inp: ArticleInput,
    toks: list[Token],
    parse: SentenceParse,
    hits: list[ActorSpan],
    actors: list[ActorSpan],
    statements: set[int],
    trigger: int,
) -> list[ActorSpan]:
    """«Силуанов сообщил, что провёл переговоры с ...»: a reported clause without a subject
    of its own tells what the speaker did, so the speaker takes part in it."""
    verb = anchor_verb(toks, parse, trigger)
    # «сообщил, что Трамп намерен встретиться с Путиным»: the infinitive's subject is that
    # of the verb it completes, up the chain of infinitives.
    clause = [verb]
    while parse.rels[clause[-1]] == "xcomp" and parse.heads[clause[-1]] >= 0:
        clause.append(parse.heads[clause[-1]])
    if any(h in clause and parse.rels[j].startswith("nsubj") for j, h in enumerate(parse.heads)):
        return []
    # «Путин посетит ..., сообщил Ушаков»: words before an inverted verb of saying have a
    # subject of their own, whatever the parser hung it on.
    above = [
        s
        for s in ancestors(parse, trigger)
        if s in statements and not (s > 0 and toks[s - 1].pos == "PUNCT")
    ]
    return [
        h
        for h in hits
        if h not in actors
        and words.agrees(toks, parse, verb, h)
        and any(
            actor_attached(toks, parse, True, h, s, True, is_body(inp, h.actor_id)) for s in above
        )
    ]


def is_place_hit(toks: list[Token], parse: SentenceParse, hit: ActorSpan) -> bool:
    head = span_head(toks, parse, hit.start, hit.end)
    return head is not None and is_place(toks, parse, head)


def is_media(inp: ArticleInput, actor_id: str) -> bool:
    info = inp.actors.get(actor_id)
    return info is not None and info.kind == "media"


def is_destination_hit(
    inp: ArticleInput, toks: list[Token], parse: SentenceParse, hit: ActorSpan
) -> bool:
    head = span_head(toks, parse, hit.start, hit.end)
    return head is not None and is_body(inp, hit.actor_id) and is_destination(toks, parse, head)


def is_body(inp: ArticleInput, actor_id: str) -> bool:
    info = inp.actors.get(actor_id)
    return info is not None and info.kind != "person"
