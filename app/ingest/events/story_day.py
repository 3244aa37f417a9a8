"""The day a narrative is on, carried to the next happenings told without a date.

A news item tells its happenings in order: once a sentence names the day («В пятницу в
Москве побывала турецкая делегация»), the past-tense happenings told after it with no date
of their own are on that day («Глава МИД провёл переговоры с Лавровым»; «Обращаясь к
журналистам у трапа, посол сказал ...»), until something resets the story's time:

- another date told in the story (a month, a year, «ранее», another day: the new day is
  carried instead); a plan («приедет летом») or a date inside a relative clause («который
  двумя днями ранее вёл переговоры») is an aside and leaves the story's day alone;
- a word stepping out of the story («Ранее», «Напомним», «До этого», «неоднократно»;
  data: app/data/story_day.toml): that sentence is background and the carry ends;
- a sentence told in the present or future tense with no past verb (a comment, a plan):
  the past told after it may be background («Изначально визит должен был ...»);
- a paragraph break, unless the day was told in the article's first paragraph (the lead:
  the paragraphs right after it tell the same news) and at most LEAD_PARAGRAPHS on.

A perfective past moves the story on and takes the day; an imperfective past tells a state
or a course of it («в переговорах участвовали») and neither takes nor ends it; a day told
with a visit of several days («прибыл 23 марта с двухдневным визитом») is only its first.
The day is the weakest source of a happening's day (events/extract.py): its own date, a
chronicle's heading, a connective going on from the day told (when.day_gone_on) all come
first; `carried_parties` says which happenings of the sentence take it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from datetime import date
from importlib import resources

from app.ingest.dates import DateMention, DateValue
from app.ingest.dates.clauses import in_relative_clause
from app.ingest.dates.morph import word
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ArticleInput, DateReading, EventCandidate, in_excluded
from app.ingest.events.state_voice import voiced
from app.ingest.events.triggers import find_triggers
from app.ingest.events.yesterday_news import yesterday_day
from app.ingest.nlp import Token

LEAD_PARAGRAPHS = 2  # paragraphs after the lead its day still carries to


def _background_words() -> re.Pattern[str]:
    with (resources.files("app") / "data" / "story_day.toml").open("rb") as f:
        words: list[str] = tomllib.load(f)["background"]
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])
    return re.compile(r"(?<![а-яёa-z\-])(?:" + alts + r")(?![а-яёa-z\-])", re.IGNORECASE)


_BACKGROUND = _background_words()
# «По его словам, ...», «По данным источника, ...»: a happening told in someone's words,
# on a day of its own the words do not give.
_IN_WORDS = re.compile(r"\s*по\s+(?:[а-яё]+\s+)?(?:словам|данным|информации)(?![а-яё])", re.I)
_LASTING = re.compile(
    r"(?<![а-яё])(?:двух|тр[её]х|четыр[её]х|пяти|нескольк[иоа]х?|\d+-?)дневн", re.IGNORECASE
)
_TOLD_THAT = re.compile(r",\s*что(?![а-яё])", re.IGNORECASE)
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^”]*”")


def carried_days(inp: ArticleInput) -> dict[int, DateMention]:
    """Sentence index -> the day the story is on, for the past-tense sentences with no date
    of their own told after a day and before anything resets it."""
    text = inp.text
    sentences = inp.analysis.sentences
    out: dict[int, DateMention] = {}
    current: DateMention | None = None
    told_in = -1  # paragraph the current day was told in
    paragraph = 0
    lead = -1  # the first paragraph of prose: the news item's lead
    last_end: int | None = None
    # a report of yesterday (yesterday_news.py): a paragraph that names yesterday again
    # goes on with the lead's news, and the paragraphs after it are the lead's as well
    yesterday = yesterday_day(inp)
    for si, sent in enumerate(sentences):
        if in_excluded(sent.start, sent.end, inp.excluded):
            continue
        if last_end is not None and "\n" in text[last_end : sent.start]:
            paragraph += 1
        last_end = sent.end
        prose = text[sent.start : sent.end].rstrip("»\"” )")[-1:] in ".!?…"
        if lead < 0 and prose:
            lead = paragraph
        if current is not None and paragraph != told_in and not (
            told_in == lead and paragraph - told_in <= LEAD_PARAGRAPHS
        ):
            current = None
        dates = _dates_in(inp, sent.start, sent.end)
        if _BACKGROUND.search(_bare(text, sent.start, sent.end, dates)):
            current = None
            continue
        story = [d for d in dates if not _aside(inp, sent.start, d)]
        if story:
            last = story[-1]
            # «прибыл 23 марта с двухдневным визитом»: the first of the days told, the
            # steps after it may be on the next
            lasting = _LASTING.search(text, sent.start, sent.end) is not None
            current = last if last.value.precision == "day" and not lasting else None
            told_in = paragraph
            if current is not None and yesterday is not None and _on(current, yesterday):
                lead = paragraph
            continue
        tense = _tense(inp.analysis.tokens_in(sent.start, sent.end), text, sent.start, sent.end)
        if tense == "past" and current is not None and not _IN_WORDS.match(text, sent.start):
            out[si] = current
        elif tense == "other":
            current = None
    return out


def _bare(text: str, start: int, end: int, dates: list[DateMention]) -> str:
    """The sentence without its quoted words and its dates: a word of background inside a
    date («двумя днями ранее») is the date's, read as a date."""
    chars = list(text[start:end])
    for d in dates:
        chars[d.start - start : d.end - start] = " " * (d.end - d.start)
    return _QUOTED.sub(" ", "".join(chars))


def _imperfective(t: Token) -> bool:
    """An imperfective verb: pymorphy3's dictionary aspect, where the tagger may guess
    wrong («подключались» tagged perfective)."""
    w = word(t.text.lower())
    if w.pos == "VERB" and w.grammemes & {"perf", "impf"}:
        return "impf" in w.grammemes
    return t.feats.get("Aspect") == "Imp"


def _dates_in(inp: ArticleInput, start: int, end: int) -> list[DateMention]:
    return [
        d
        for d in inp.dates
        if start <= d.start < end and not in_excluded(d.start, d.end, inp.excluded)
    ]


def _aside(inp: ArticleInput, start: int, d: DateMention) -> bool:
    """A date that leaves the story's day alone: a plan, one told in a relative clause, or
    one inside the words someone told («Он рассказал, что накануне провёл переговоры»)."""
    before = inp.text[start : d.start]
    return d.planned or in_relative_clause(before) or _TOLD_THAT.search(before) is not None


def _tense(tokens: list[Token], text: str, start: int, end: int) -> str | None:
    """"past" when a finite verb outside quoted words is past, "other" when the finite verbs
    outside them are all present or future, None with no finite verb (a headline's noun
    phrase, a caption)."""
    quoted = [(m.start() + start, m.end() + start) for m in _QUOTED.finditer(text[start:end])]
    seen: set[str] = set()
    for t in tokens:
        if any(s <= t.start < e for s, e in quoted) or t.pos not in ("VERB", "AUX"):
            continue
        form, short = t.feats.get("VerbForm"), t.feats.get("Variant") == "Short"
        if form != "Fin" and not (form == "Part" and short):
            continue
        tense = t.feats.get("Tense", "")
        # an imperfective past tells a state or a course of the time told, not a next step
        # («В переговорах участвовали ...», «Это был первый визит»): no day of its own
        if tense == "Past" and _imperfective(t):
            tense = "Past-Imp"
        seen.add(tense)
    if "Past" in seen:
        return "past"
    if "Past-Imp" in seen:
        return None
    return "other" if seen else None


def carried_parties(
    inp: ArticleInput,
    day: DateMention,
    cands: list[EventCandidate],
    groups: Sequence[EventCandidate],
) -> list[EventCandidate]:
    """The story's day for the happenings of a sentence left on the undated reading (before
    publication, or nothing without a publication date), when the story goes on with the
    same people: one of their parties was named since the day was told or took part in a
    happening told on it («Глава МИД провёл переговоры с Лавровым» after his delegation's
    visit that day). Never for a happening only talked about («заговорил о встрече»).

    Words told undated are the news of the publication day (said_there.py): they take the
    story's day only in a text with no publication date, where they would have none, and
    only from a speaker who took part that day («Обращаясь к журналистам у трапа, посол
    сказал» after his arrival) or at a press conference; and in a report of yesterday
    (yesterday_news.py), whose words told undated were said on the day it tells."""
    # the same day, however it was told («в пятницу», then «в это время» of that day)
    took_part = {a for g in groups if _same_day(g.date.value, day.value) for a in g.actors}
    since = next((t.start for t in reversed(inp.analysis.sentences) if t.start <= day.start), 0)
    upto = min((c.sentences[0][0] for c in cands if c.sentences), default=since)
    named = took_part | {h.actor_id for h in inp.actor_hits if since <= h.start < upto}
    reading = DateReading(day.value, text=day.text, span=(day.start, day.end), explicit=True)
    yesterday = yesterday_day(inp)
    said_then = yesterday is not None and _on(day, yesterday)
    for c in cands:
        if c.planned or c.date.explicit:
            continue
        # a report of yesterday: the words it tells were said on the story's day
        yesterdays_words = (
            said_then and c.type in SPEECH_TYPES and c.date.value.how == "publication-date"
        )
        if yesterdays_words:
            pass
        elif c.date.value.how not in _UNDATED:
            continue
        elif c.type in SPEECH_TYPES:
            if inp.published is not None or not (
                c.type in _OCCASIONS or set(c.actors) & took_part
            ):
                continue
        elif not goes_on_with(c.actors, named, day.value) or _topic_only(inp, c):
            continue
        c.date = reading
        c.sentence_dates = [reading for _ in c.sentences]
    return cands


def goes_on_with(actors: Sequence[str], named: set[str], day: DateValue) -> bool:
    """Does the story go on with the same parties: one of the happening's actors named
    since the day was told, or a leader or minister who spoke for a state named then
    («В четверг прошли переговоры России и Японии. Соглашение подписали Лавров и Асо»: the
    ministers of the states that met; state_voice.py, by the offices held that day)?"""
    if set(actors) & named:
        return True
    if day.start is None:
        return False
    return any(voiced(a, day.start) & named for a in actors)


def _same_day(a: DateValue, b: DateValue) -> bool:
    """Do two readings give the same time, whatever words or steps gave it?"""
    return (a.start, a.end, a.precision) == (b.start, b.end, b.precision)


def _on(d: DateMention, day: date) -> bool:
    """Is `d` that one day?"""
    return d.value.precision == "day" and d.value.start == day and d.value.end == day


# The readings of a happening told without a date (events/when.py reading_of).
_UNDATED = frozenset({"before-publication", "unanchored"})
_OCCASIONS = frozenset({"press-conference"})
_ABOUT = frozenset({"о", "об", "обо"})


def _topic_only(inp: ArticleInput, c: EventCandidate) -> bool:
    """Is every word of the happening's kind in its sentence the topic of talk («заговорил о
    встрече в будущем», «спорили о переговорах»)? Such a happening is talked about, not
    held on the day the story is on."""
    if not c.sentences:
        return False
    toks = inp.analysis.tokens_in(*c.sentences[0])
    own = [i for i, kind in find_triggers(toks) if kind == c.type]
    return bool(own) and all(
        any(toks[j].text.lower() in _ABOUT for j in range(max(0, i - 2), i)) for i in own
    )
