"""Which date of a sentence belongs to a trigger, on its dependency tree.

A date belongs to a happening when it modifies the trigger word or the verb that governs
it («разговор 12 февраля», «заявили в понедельник»), not when it modifies another noun or
opens a clause of its own; a due date belongs through the infinitive it governs
(«встреча должна пройти в мае»). tree.py asks `date_anchor` too, for the verb an
occasion's words hang from.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.converbs import converb_dated
from app.ingest.events.enacted_content import enacting_act
from app.ingest.events.fronted_topic import fronted_topic_day
from app.ingest.events.lexicon import ACHIEVED_HEADS, MEANT_LEMMAS, NOUN_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.participle_phrase import phrase_participle
from app.ingest.events.put_off_after import put_off_after
from app.ingest.events.round_phrase import round_of
from app.ingest.events.syntax import (
    NOMINAL,
    VERBAL,
    ancestors,
    anchor_verb,
    span_head,
)
from app.ingest.nlp import Token

# Verbs of planning whose dates are the planned happening's: «в мае планирует посетить».
PLAN_HEADS = MEANT_LEMMAS | frozenset({"планировать", "планироваться", "предстоять"})
# Verbs of managing to do something, whose dates are the deed's: «в сентябре 2013 года
# министры сумели договориться» (the agreeing's month).
DATE_PASSING_HEADS = PLAN_HEADS | ACHIEVED_HEADS

TIME_OF_DAY = frozenset({"утро", "вечер", "ночь", "полдень", "полночь"})


def _transparent(tok: Token) -> bool:
    """A word between a date and its verb that passes the date on: a time of day, or an
    imperfective converb, whose action runs at the time of its verb («выступая на
    пресс-конференции днём ранее, Лавров заявил»)."""
    if tok.lemma.lower() in TIME_OF_DAY:
        return True
    if tok.lemma.lower() == "день" and tok.feats.get("Case") == "Ins":
        return True  # «днём в понедельник»: the daytime, as «утром» (parsed as a noun)
    return tok.feats.get("VerbForm") == "Conv" and tok.feats.get("Aspect") == "Imp"


# Nouns that measure how long something went on («более двух часов»): a bare date after
# one is no part of that measure, but the time of its clause.
DURATION_NOUNS = frozenset({"час", "минута", "сутки"})


def _duration(tokens: list[Token], parse: SentenceParse, noun: int, date_head: int) -> bool:
    """«разговаривали более двух часов 7 декабря»: a duration noun with a number, right
    before a date with no preposition, passes the date on to its verb."""
    return (
        tokens[noun].lemma.lower() in DURATION_NOUNS
        and noun < date_head
        and any(h == noun and parse.rels[j].startswith("nummod") for j, h in enumerate(parse.heads))
        and not any(h == date_head and parse.rels[j] == "case" for j, h in enumerate(parse.heads))
    )


SETTING_PREPS = frozenset({"на", "в", "во"})
# Acts by which an appointment, a recall or a ratification is made: their date is the act's.
DECREE_NOUNS = frozenset({"указ", "распоряжение", "постановление", "приказ"})


def _decree(tokens: list[Token], parse: SentenceParse, noun: int, verb: int) -> bool:
    """«назначен послом указом президента от 3 июня»: the decree the verb's act was done by
    passes its date on to the verb (it is the day of the act)."""
    return (
        tokens[noun].lemma.lower() in DECREE_NOUNS
        and parse.heads[noun] == verb
        and parse.rels[noun] in ("obl", "xcomp", "nmod")
    )


def _decree_date(tokens: list[Token], parse: SentenceParse, date_head: int, verb: int) -> bool:
    """«указом президента от 3 июня»: «от» and a date right after a decree noun (and the
    genitives that name whose it is) date the decree, however the parser hangs them; the
    decree hanging on the verb, its date is the act's."""
    k = date_head - 1
    if k < 0 or tokens[k].lemma.lower() != "от":
        return False
    k -= 1
    while k >= 0 and tokens[k].pos in ("NOUN", "PROPN") and tokens[k].feats.get("Case") == "Gen":
        k -= 1
    return k >= 0 and _decree(tokens, parse, k, verb)


def _dated_setting(tokens: list[Token], parse: SentenceParse, noun: int, verb: int) -> bool:
    """«сообщила на брифинге в четверг»: the occasion where the verb's act took place, with
    its day, passes the day on to the verb."""
    head = parse.heads[noun]
    if head >= 0 and tokens[head].pos in VERBAL and _clause_after(tokens, parse, head, noun):
        head = parse.heads[head]  # hung inside a clause that starts after it: see below
    return (
        tokens[noun].pos == "NOUN"
        and head == verb
        and parse.rels[noun] == "obl"
        and tokens[noun].feats.get("Case") == "Loc"
        and any(
            parse.heads[j] == noun
            and parse.rels[j] == "case"
            and tokens[j].lemma.lower() in SETTING_PREPS
            for j in range(len(tokens))
        )
    )


def _opens_sentence(tokens: list[Token], date_head: int) -> bool:
    """The date stands before any word of a clause («Днём ранее о том, что ..., объявил»)."""
    return all(
        (t.pos in ("ADP", "ADV", "CCONJ", "PUNCT", "NUM", "ADJ") and "VerbForm" not in t.feats)
        or t.lemma.lower() in TIME_OF_DAY
        for t in tokens[:date_head]
    )


def date_belongs(tokens: list[Token], parse: SentenceParse, date_head: int, trigger: int) -> bool:
    """Does the date expression headed at `date_head` date the trigger's happening?"""
    anchor = date_anchor(tokens, parse, trigger)
    # «Позиция, изложенная во вторник в заявлении МИД, остаётся ...»: the participle of the
    # phrase the noun lies in, whatever verb the parse hung it on (participle_phrase.py)
    anchor = phrase_participle(tokens, parse, trigger, anchor) or anchor
    above = ancestors(parse, date_head)
    if (
        parse.heads[anchor] < 0
        and date_head < anchor
        and tokens[anchor].pos in VERBAL
        and _opens_sentence(tokens, date_head)
        and any(tokens[a].pos in VERBAL and a > date_head for a in above[:1])
        and not any(a == anchor for a in above)
    ):
        # A date that opens the sentence scopes over its main clause; a parse that hangs
        # it inside a clause beginning only after it («..., что встречу отложили») is wrong.
        return _clause_after(tokens, parse, above[0], date_head)
    if _decree_date(tokens, parse, date_head, anchor):
        return True  # «назначен указом от 3 июня»: the decree's day is the appointment's
    if converb_dated(tokens, parse, date_head, trigger):
        return True  # «В августе Москва ответила, выслав дипломатов»: the expelling's month
    if above and _planned_for(tokens, parse, anchor, above[0]):
        return True  # «В мае Путин планирует посетить Китай»: the visit's month
    for a in above:
        if a == trigger:
            return not _after_time_reference(tokens, parse, trigger, date_head)
        if a == anchor:
            # «рассказал в пятницу о подготовке саммита»: the day of the report, not of
            # the summit it is about.
            return not topic_of_report(tokens, parse, trigger, anchor)
        if (
            _transparent(tokens[a])
            or _duration(tokens, parse, a, date_head)
            or _dated_setting(tokens, parse, a, anchor)
            or _decree(tokens, parse, a, anchor)
            # «О поездке в понедельник сообщил»: the day of the telling (fronted_topic.py)
            or fronted_topic_day(tokens, parse, a, date_head, anchor)
        ):
            continue
        if tokens[a].pos in VERBAL and _clause_after(tokens, parse, a, date_head):
            # «встречались в сентябре 2023 года, когда министр приезжал»: a clause whose
            # conjunction comes after the date cannot hold it; the parse is wrong.
            continue
        if _noun_after(tokens, parse, a, date_head):
            # «был во Вьетнаме в ноябре 2017 года на саммите»: a prepositional phrase
            # modifies a noun from after it, so one hung on a later noun is the clause's.
            continue
        if tokens[a].pos in VERBAL or tokens[a].pos in NOMINAL:
            # The first content word above the date is something else: it dates that...
            break
    if tokens[trigger].pos in VERBAL:
        return False
    if trigger in above and _in_phrase(tokens, parse, above, date_head, trigger, trigger):
        return True
    # «раунд консультаций, состоявшийся 5 декабря»: the round noun's own phrase dates the
    # contact it is a round of, as it would the contact noun (round_phrase.py)
    held = round_of(tokens, parse, trigger)
    if (
        held is not None
        and held in above
        and _in_phrase(tokens, parse, above, date_head, held, held)
    ):
        return True
    # «законопроект о санкциях, который сенат одобрил в четверг»: the act that carries the
    # trigger out stands for it, through a relative clause on it (enacted_content.py)
    act = enacting_act(tokens, parse, trigger)
    return (
        act is not None
        and act in above
        and _in_phrase(tokens, parse, above, date_head, trigger, act)
    )


def _in_phrase(
    tokens: list[Token],
    parse: SentenceParse,
    above: list[int],
    date_head: int,
    trigger: int,
    holder: int,
) -> bool:
    """Is the date inside the phrase of `holder` (the trigger noun, or the act that carries
    it out), with no clause of its own in between?"""
    if above[0] != holder and _bare_genitive(tokens, parse, date_head):
        return False  # «переговоры на основе декларации 1956 года»: the year names the text
    # ...unless that word is inside the trigger noun's own phrase, with no clause of its
    # own in between: «встреча Моди и Путина в сентябре», «встречу, намеченную на 14 мая»,
    # or a relative clause on the trigger itself («саммит, который пройдёт 22–24 октября»).
    path = above[: above.index(holder)]
    if any(_misattached_participle(tokens, parse, a) for a in path):
        return False  # «встречу, на которой обсудили договор, истекающему в 2009 году»
    if any(time_reference(tokens, parse, a) for a in path):
        return False  # «первый визит с момента вступления в должность в 2004 году»
    relcl = [k for k, a in enumerate(path) if parse.rels[a] == "acl:relcl"]
    own = relcl[-1] if relcl and _relative_on(tokens, parse, path[relcl[-1]], holder) else None
    if holder != trigger and own is None:
        return False  # only the act's relative clause: «закон о санкциях 1996 года» is no date
    return all(
        tokens[a].feats.get("VerbForm") not in ("Fin", "Inf")
        or k == own
        # «встречу, которую планировали провести 24 февраля»: that clause's infinitive
        # (the subject of an impersonal «которое планировалось провести»)
        or (own is not None and k < own and parse.rels[a] in ("xcomp", "csubj"))
        for k, a in enumerate(path)
    )


def _misattached_participle(tokens: list[Token], parse: SentenceParse, a: int) -> bool:
    """A full participle hung on a noun of another case («провели встречу [Acc] ... по
    договору о СНВ, истекающему [Dat] в декабре»): it agrees with another noun, so the
    parser's attachment is wrong and what it carries is not the first noun's."""
    t = tokens[a]
    h = parse.heads[a]
    if t.feats.get("VerbForm") != "Part" or t.feats.get("Variant") == "Short" or h < 0:
        return False
    case, head_case = t.feats.get("Case"), tokens[h].feats.get("Case")
    if tokens[h].pos not in NOMINAL or case is None or head_case is None or case == head_case:
        return False
    # the accusative shares its form with the nominative (inanimate) or the genitive
    # (animate), and the tagger may take one for the other: no sign of another noun
    return "Acc" not in (case, head_case) or {case, head_case} - {"Nom", "Acc", "Gen"} != set()


# Prepositions that place a noun's phrase in time against another happening («после
# саммита», «до выборов», «накануне визита»): a date inside it dates that happening.
BEFORE_AFTER_PREPS = frozenset({"после", "до", "перед", "накануне"})
# «с момента», «со времени» + the happening counted from.
SINCE_NOUNS = frozenset({"момент", "время"})


def first_day_of(
    tokens: list[Token], parse: SentenceParse, mentions: Sequence[DateMention], verb: int
) -> list[DateMention]:
    """The first told, anchored date (not a plan) that dates `verb`'s clause, as a list of at
    most one: the day another clause lends a happening that has none of its own."""
    for d in mentions:
        if d.planned or d.value.precision == "unknown":
            continue
        head = span_head(tokens, parse, d.start, d.end)
        if head is not None and date_belongs(tokens, parse, head, verb):
            return [d]
    return []


def time_reference(tokens: list[Token], parse: SentenceParse, noun: int) -> bool:
    """Is `noun` the head of a phrase placing the trigger in time against another
    happening («визит после саммита в июне», «с момента вступления в должность в 2004
    году»)? A date under it dates that happening, not the trigger."""
    preps = {
        tokens[j].lemma.lower()
        for j in range(len(tokens))
        if parse.heads[j] == noun and parse.rels[j] == "case"
    }
    if not preps or tokens[noun].pos != "NOUN":
        return False
    since = bool(preps & {"с", "со"}) and tokens[noun].lemma.lower() in SINCE_NOUNS
    return since or bool(preps & BEFORE_AFTER_PREPS)


def _after_time_reference(
    tokens: list[Token], parse: SentenceParse, trigger: int, date_head: int
) -> bool:
    """Does the date, hung on the trigger, follow a phrase of the trigger's placing it
    against another happening, with nothing but that phrase's words between («визит с
    момента назначения на пост в 2019 году»)? A prepositional phrase modifies the
    nearest noun before it: the date is that happening's; the parse hung it too high."""
    for k in range(date_head - 1, trigger, -1):
        if parse.heads[k] != trigger:
            continue
        if not time_reference(tokens, parse, k):
            return False  # another phrase of the trigger's stands between
        return not any(t.pos == "PUNCT" for t in tokens[k + 1 : date_head])
    return False


def _relative_on(tokens: list[Token], parse: SentenceParse, verb: int, noun: int) -> bool:
    """Is the relative clause headed by `verb` about `noun`? The parse says so, or it hung
    the clause on a word of the noun's phrase while «который» agrees with the noun
    («встречу с Лавровым, которую планировали ...»)."""
    head = parse.heads[verb]
    if head == noun:
        return True
    if head < 0 or noun not in ancestors(parse, head):
        return False
    want = (tokens[noun].feats.get("Gender"), tokens[noun].feats.get("Number"))
    for j, t in enumerate(tokens):
        if t.lemma.lower() == "который" and verb in ancestors(parse, j):
            got = (t.feats.get("Gender"), t.feats.get("Number"))
            mine = (tokens[head].feats.get("Gender"), tokens[head].feats.get("Number"))
            return got == want and got != mine
    return False


def due_infinitive(tokens: list[Token], parse: SentenceParse, trigger: int) -> int | None:
    """«Следующий раунд должен пройти до конца февраля»: the infinitive of the «должен»
    whose subject the trigger noun (or the noun it qualifies: «раунд переговоров») is, a
    happening still due («должен был пройти», a due date gone by, is not)."""
    subject = trigger
    seen = {trigger}
    while (
        parse.rels[subject] == "nmod"
        and parse.heads[subject] >= 0
        and parse.heads[subject] not in seen  # a mended parse may loop
        and tokens[parse.heads[subject]].pos == "NOUN"
    ):
        subject = parse.heads[subject]
        seen.add(subject)
    head = parse.heads[subject]
    if (
        head < 0
        or not parse.rels[subject].startswith("nsubj")
        or tokens[head].lemma.lower() != "должный"
        or tokens[head].feats.get("Variant") != "Short"
        or (
            any(
                h == head and parse.rels[j] == "cop" and tokens[j].feats.get("Tense") == "Past"
                for j, h in enumerate(parse.heads)
            )
            # «должна была пройти 14 июня, однако её перенесли»: the day it was due is the
            # day of the happening put off (put_off_after.py)
            and not put_off_after(tokens, parse, trigger)
        )
    ):
        return None
    return next(
        (
            j
            for j, h in enumerate(parse.heads)
            if h == head and parse.rels[j] == "xcomp" and tokens[j].feats.get("VerbForm") == "Inf"
        ),
        None,
    )


def _planned_for(tokens: list[Token], parse: SentenceParse, anchor: int, holder: int) -> bool:
    """Is the date held by the verb of planning whose infinitive the anchor is («До конца
    года Путин планирует посетить Китай», «в мае министр намерен приехать»)? A plan's date
    is the date of what is planned; not so a verb of agreeing or deciding, whose date is
    that of the agreeing («в понедельник договорились провести встречу 5 мая»)."""
    return (
        parse.heads[anchor] == holder
        and parse.rels[anchor] == "xcomp"
        and tokens[anchor].pos in VERBAL
        and tokens[holder].lemma.lower().replace("ё", "е") in DATE_PASSING_HEADS
    )


def date_anchor(tokens: list[Token], parse: SentenceParse, trigger: int) -> int:
    """The verb whose dates date the trigger: its anchor verb, unless the parse put the
    trigger noun inside a clause whose conjunction comes only after it («на брифинге в
    четверг сообщила, что посол вручил ...»): then the verb above that clause."""
    due = due_infinitive(tokens, parse, trigger)
    if due is not None:
        return due  # «раунд должен пройти до конца февраля»: the date of its taking place
    anchor = anchor_verb(tokens, parse, trigger)
    seen = {anchor}
    while anchor != trigger and _clause_after(tokens, parse, anchor, trigger):
        up = next((a for a in ancestors(parse, anchor) if tokens[a].pos in VERBAL), None)
        if up is None or up in seen:
            break
        anchor = up
        seen.add(up)
    return anchor


ABOUT_LEMMAS = frozenset({"о", "об", "обо"})
# Verbs that tell about a happening rather than perform it: «объявил о санкциях» imposes
# them that day, «рассказал о подготовке саммита» only tells of it.
TELLING_VERBS = frozenset(
    {
        "рассказать",
        "рассказывать",
        "говорить",
        "напомнить",
        "напоминать",
        "вспомнить",
        # «доложил Путину о переговорах»: a report to someone is telling too
        "доложить",
        "докладывать",
        "проинформировать",
        "информировать",
        "отчитаться",
        "отчитываться",
    }
)
ANNOUNCING_VERBS = frozenset({"объявить", "объявлять"})
CONTACT_TYPES = frozenset({"call", "meeting", "talks", "visit"})


def topic_of_report(tokens: list[Token], parse: SentenceParse, trigger: int, anchor: int) -> bool:
    """Is the trigger noun what a verb of telling is about («рассказал о подготовке
    саммита»)?"""
    if trigger == anchor:
        return False
    verb = tokens[anchor].lemma.lower()
    # «объявили о дате встречи»: a contact announced is told of, not held, that day (an act
    # announced, «объявил о санкциях», is done by announcing it).
    contact = NOUN_TRIGGERS.get(tokens[trigger].lemma.lower()) in CONTACT_TYPES
    if verb not in TELLING_VERBS and not (contact and verb in ANNOUNCING_VERBS):
        return False
    path = [trigger, *ancestors(parse, trigger)]
    if anchor not in path:
        return False
    phrase = set(path[: path.index(anchor)])
    return any(
        parse.heads[j] in phrase
        and parse.rels[j] == "case"
        and tokens[j].lemma.lower() in ABOUT_LEMMAS
        for j in range(len(tokens))
    )


def _bare_genitive(tokens: list[Token], parse: SentenceParse, date_head: int) -> bool:
    """A date in the genitive with no preposition under a noun qualifies that noun
    («декларация 1956 года», «договор от ...» aside): it is no time adverbial."""
    head = parse.heads[date_head]
    return (
        head >= 0
        and tokens[head].pos in NOMINAL
        and tokens[date_head].feats.get("Case") == "Gen"
        and parse.rels[date_head] == "nmod"
        and not any(
            parse.heads[j] == date_head and parse.rels[j] == "case" for j in range(len(tokens))
        )
    )


def _clause_after(tokens: list[Token], parse: SentenceParse, verb: int, date_head: int) -> bool:
    """Does `verb` head a subordinate clause whose conjunction comes after the date?"""
    return any(
        parse.heads[j] == verb and parse.rels[j] == "mark" and date_head < j < verb
        for j in range(len(tokens))
    )


def _noun_after(tokens: list[Token], parse: SentenceParse, noun: int, date_head: int) -> bool:
    """Is `noun` a noun standing after the prepositional date phrase headed at `date_head`?
    Such a phrase cannot modify it: Russian puts a noun's prepositional modifiers after it."""
    return (
        tokens[noun].pos == "NOUN"
        and noun > date_head
        and any(
            parse.heads[j] == date_head and parse.rels[j] == "case" and j < date_head
            for j in range(len(tokens))
        )
    )
