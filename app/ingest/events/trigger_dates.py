"""The dates a trigger's own words give it: those attached to it in the parse, else those
of the visit it was done on, of the day a clause names, of the happening it was done at the
close of, or of the occasion words were said on.
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events import attribution as words
from app.ingest.events.attach import date_attached
from app.ingest.events.colon_day import spelled_out_day
from app.ingest.events.counterparts import visit_of
from app.ingest.events.decided_day import decision_day
from app.ingest.events.documents import preposed_dates, signing_dates
from app.ingest.events.expiring import infinitive_dates
from app.ingest.events.future_words import future_appearance
from app.ingest.events.instructed import instruction_day
from app.ingest.events.opening_day import opening_day
from app.ingest.events.outcome_day import occasion_dates
from app.ingest.events.participle_day import main_clause_day
from app.ingest.events.relative_day import relative_clause_day
from app.ingest.events.superseded_plan import later_dates
from app.ingest.events.syntax import span_head, subtree
from app.ingest.events.trigger_scene import Trigger, dated
from app.ingest.events.when_clause import when_clause_day
from app.ingest.nlp import Token


def own_dates(t: Trigger) -> tuple[list[DateMention], int | None]:
    """The date mentions that date the trigger, and the occasion (a noun) its words were
    said on, if it is words said on one."""
    s, idx, typ = t.s, t.idx, t.typ
    toks, parse, parsed, mentions = s.toks, s.parse, s.parsed, s.mentions
    attached = [d for d in mentions if date_attached(toks, parse, parsed, d, idx)]
    if parsed:
        # «соглашения, подписанного в июле 2011 года и вступившего в силу 1 ноября»: the
        # signing's day, not the entry into force's (documents.py)
        attached = signing_dates(toks, parse, mentions, idx, typ) or attached
        # «Заседание, намеченное на 11 мая, пройдет 18 мая»: the day it takes place
        attached = later_dates(toks, parse, idx, attached)  # (superseded_plan.py)
    if parsed and not dated(attached):
        # «посетил Ханой 6 июля и провёл переговоры»: the talks on the visit's day
        visit = visit_of(toks, parse, idx, typ, s.triggers)
        if visit is not None:
            attached = [d for d in mentions if date_attached(toks, parse, True, d, visit)]
    if parsed and not t.speech and not dated(attached):
        attached = (
            spelled_out_day(toks, parse, mentions, idx)  # «пришлась на среду: провели»
            or main_clause_day(toks, parse, mentions, idx)  # «..., прилетевшим с визитом»
            or decision_day(toks, parse, mentions, idx, typ)  # «2 мая решил продлить санкции»
            or instruction_day(toks, parse, mentions, idx, typ)  # «в четверг поручил пригласить»
            # «по итогам саммита 16 июня подписали»: on the summit's day
            or occasion_dates(toks, parse, mentions, idx, s.triggers)
            # «Помпео, которого Трамп 13 марта выдвинул»: the clause's own day
            or relative_clause_day(toks, parse, mentions, idx)
            # «в мае прошлого года, когда Меркель приезжала в Сочи»: the date it follows
            or when_clause_day(toks, parse, mentions, idx)
            # «9 августа Эрдоган приехал в Петербург, и эта встреча закрыла кризис»
            or opening_day(toks, parse, mentions, idx)
            # «Подписанный 3 января 1993 года договор»: the signing's own day (documents.py)
            or preposed_dates(toks, parse, mentions, idx)
            # «перестаёт действовать 1 октября»: the expiry's day (expiring.py)
            or infinitive_dates(toks, parse, mentions, idx, typ)
            or attached
        )
    occasion = words.occasion(toks, parse, s.uttering, s.triggers) if t.speech and parsed else None
    if occasion is not None and not dated(attached):
        # «рассказал после разговора, который состоялся накануне»: said that day
        attached = [d for d in mentions if words.dates_occasion(toks, parse, d, occasion)]
    if t.speech and parsed:
        # «подтвердил, что Путин 22 октября выступит»: that day is the appearance's to come,
        # not the day of the words (future_words.py)
        ahead: set[int] = set()
        for j, _ in s.triggers:
            if j != idx and future_appearance(toks, parse, s.statement_idx, j):
                ahead |= subtree(parse, j)
        attached = [d for d in attached if span_head(toks, parse, d.start, d.end) not in ahead]
    if t.typ == "proposal" and parsed and _done_verb(toks[idx]):
        # «пригласил Трампа на празднование 9 мая 2020 года» (said in June 2019): a day
        # still ahead is the occasion's invited to, not the day of a proposal made
        published = s.inp.published
        attached = [
            d
            for d in attached
            if published is None or d.value.start is None or d.value.start <= published
        ]
    return attached, occasion


def _done_verb(tok: Token) -> bool:
    """A perfective finite verb in the past («пригласил», «предложил»): an act done."""
    feats = tok.feats
    return (
        tok.pos in ("VERB", "AUX")
        and feats.get("Aspect") == "Perf"
        and feats.get("VerbForm") == "Fin"
        and feats.get("Tense") == "Past"
    )
