"""The dates of a put-off or called-off happening: not those of putting it off.

«Визит, намеченный на четверг, перенесли накануне»: the day in the trigger's own phrase
(a participle, a relative clause, a modifier of the noun) is the day the happening was due;
a day counted from the news on the verb that puts it off is the day of putting off
(«накануне», «в среду», «вчера»), and a day with «на» on that verb the new day it was put
off to («перенесли на март»), neither the day it was due (SPEC: a postponed or cancelled
happening is dated by when it was due). A date written out on that verb («встречу 5 мая
отменили») still names the day it was due: the parse often hangs it there.
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events.lexicon import SCHEDULED_LEMMAS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import NOMINAL, VERBAL, ancestors, anchor_verb, span_head
from app.ingest.nlp import Token

# dates counted from the day of the news: on the verb of putting off, that day's
NEWS_DAY = frozenset({"relative", "weekday-from-publication", "publication-date"})


def due_dates(
    toks: list[Token], parse: SentenceParse, attached: list[DateMention], trigger: int
) -> list[DateMention]:
    """Of the dates attached to a put-off or called-off trigger, all but those of the verb
    that puts it off (a verb trigger, «не приедет в четверг», keeps the dates it governs)."""
    verb = anchor_verb(toks, parse, trigger)
    if verb == trigger:
        return attached
    kept = []
    for d in attached:
        head = span_head(toks, parse, d.start, d.end)
        if head is None or head == trigger:
            kept.append(d)
            continue
        above = ancestors(parse, head)
        first_word = next((a for a in above if toks[a].pos in (*VERBAL, *NOMINAL)), None)
        # an unanchored one («на первый квартал будущего года» with no year to count
        # from) dates nothing either way; kept, it still tells this happening's sentence
        news_day = d.value.precision != "unknown" and (
            d.value.how in NEWS_DAY or d.text.lower().startswith("на ")
        )
        if first_word != verb or trigger in above or not news_day:
            kept.append(d)
    return kept


def _agrees(participle: Token, noun: Token) -> bool:
    """The participle is in the noun's case and number (and gender, in the singular)."""
    p, n = participle.feats, noun.feats
    if not p.get("Case") or p.get("Case") != n.get("Case") or p.get("Number") != n.get("Number"):
        return False
    return p.get("Number") != "Sing" or p.get("Gender") == n.get("Gender")


def scheduled_for(
    toks: list[Token], parse: SentenceParse, mentions: list[DateMention], trigger: int
) -> list[DateMention]:
    """«Заседание комиссии по ..., намеченное на 5–6 декабря, перенесено на март»: the dates
    under a participle of scheduling after the trigger noun that agrees with it in case,
    number and gender: the day it was due, wherever the parse hung the participle (a long
    noun phrase often draws it to a later noun, «на первый квартал»)."""
    noun = toks[trigger]
    if noun.pos not in NOMINAL:
        return []
    out = []
    for d in mentions:
        head = span_head(toks, parse, d.start, d.end)
        if head is None:
            continue
        verb = next((a for a in (head, *ancestors(parse, head)) if toks[a].pos in VERBAL), None)
        if verb is None or verb < trigger:
            continue
        t = toks[verb]
        if (
            t.feats.get("VerbForm") == "Part"
            and t.lemma.lower() in SCHEDULED_LEMMAS
            and _agrees(t, noun)
        ):
            out.append(d)
    return out
