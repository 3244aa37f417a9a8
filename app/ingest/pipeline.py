"""One article in, its facts out: the whole NLP side of ingest, with no database.

`Pipeline.process(raw)` runs natasha once (sentences, tokens, entities), the date resolver,
the actor matcher, a dependency parse of the sentences that may hold an event, and event
extraction. The result is plain data that the store step writes in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from app.ingest.actors import Gazetteer, actors_of, match_actors
from app.ingest.actors.foreign_ministries import foreign_ministry
from app.ingest.actors.gazetteer import ActorRecord
from app.ingest.actors.profile import person_titles, state_words, titles_on
from app.ingest.actors.title_days import title_days
from app.ingest.article import PreparedArticle, prepare
from app.ingest.dates import extract_dates
from app.ingest.events import ArticleInput, EventCandidate, SentenceParse, extract_events
from app.ingest.events.extract import sentences_to_parse
from app.ingest.events.live_blog import stamp
from app.ingest.events.model import ActorInfo, ActorSpan, in_excluded
from app.ingest.events.spokespeople import spokespeople
from app.ingest.events.title_pairs import role_terms
from app.ingest.facts import ActorFact, ArticleFacts
from app.ingest.heading_lines import heading_cuts
from app.ingest.joined_names import state_name_test
from app.ingest.line_breaks import line_cuts
from app.ingest.list_lines import broken_at_month, dated_line_cuts
from app.ingest.nlp import Analysis, Nlp, Span
from app.ingest.reading import RawArticle
from app.ingest.reading.identity import ID_LENGTH, normalise_for_id

# Languages natasha's Russian models can read (Ukrainian headlines over Russian text are
# common; a wholly English article yields no events rather than nonsense).
NLP_LANGS = frozenset({"ru", "uk"})


class Pipeline:
    """Holds the loaded models: build one per worker process, reuse for every article."""

    def __init__(self, nlp: Nlp, gazetteer: Gazetteer) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.parents = {a.id: a.part_of for a in gazetteer.actors.values() if a.part_of}
        self.titles = person_titles(gazetteer)
        self.is_name = state_name_test(gazetteer)
        self.state_words = state_words(gazetteer)
        self.terms = role_terms(gazetteer)  # who held a title when (events/title_pairs.py)

    @classmethod
    def load(cls) -> Pipeline:
        return cls(Nlp.load(), Gazetteer.load())

    def process(self, raw: RawArticle) -> ArticleFacts:
        art = prepare(raw, self.gazetteer)
        facts = _facts(art)
        if raw.lang not in NLP_LANGS or not art.body.strip():
            return facts
        return self._with_events(art, facts)

    def _with_events(self, art: PreparedArticle, facts: ArticleFacts) -> ArticleFacts:
        text, excluded = art.raw.text, tuple(art.raw.excluded)
        # «саммит Россия-АСЕАН»: the parts are names (joined_names.py)
        analysis = paragraph_sentences(self.nlp.analyse(art.body, self.is_name))
        spans = [(s.start, s.end) for s in analysis.sentences]
        dates = [
            d
            for d in extract_dates(
                art.body, art.published, sentences=spans, era=art.era
            )
            if not in_excluded(d.start, d.end, excluded) and not stamp(art.body, d.start, d.end)
        ]
        # A title in a sentence dated far from the publication is read at that date.
        day_at = title_days(spans, dates, art.published, art.era)
        hits = match_actors(analysis, self.gazetteer, on=art.published, day_at=day_at)
        records = actors_of(hits, analysis, self.gazetteer)
        # A state named only by its adjective («эфиопский министр») may be a party too
        # (events/unnamed_officials.py): its record is at hand.
        for tok in analysis.tokens:
            state = self.state_words.get(tok.lemma.lower().replace("ё", "е"))
            if state is not None and state not in records and (rec := self.gazetteer.get(state)):
                records[state] = rec
        actor_spans = [ActorSpan(h.start, h.end, h.actor_id) for h in hits if h.actor_id in records]
        to_parse = sentences_to_parse(analysis, actor_spans, excluded)
        words = [[t.text for t in analysis.tokens_in(spans[i][0], spans[i][1])] for i in to_parse]
        parses = {
            i: SentenceParse(heads, rels)
            for i, (heads, rels) in zip(to_parse, self.nlp.parse(words), strict=True)
        }
        infos = {
            aid: ActorInfo(
                r.kind, r.short_ru or r.name_ru, titles_on(self.titles.get(aid, ()), art.published)
            )
            for aid, r in records.items()
        }
        # Bodies the gazetteer lacks («Минфин Японии») speak for their state too.
        parents = self.parents | {a: r.part_of for a, r in records.items() if r.part_of}
        # «пресс-секретарь Белого дома Джей Карни»: whose voice a person is, by apposition.
        spokes = spokespeople(
            analysis.tokens, actor_spans, lambda a: r.kind if (r := records.get(a)) else None
        )
        events = extract_events(
            ArticleInput(
                text=text,
                published=art.published,
                excluded=excluded,
                analysis=analysis,
                dates=dates,
                actor_hits=actor_spans,
                parses=parses,
                actors=infos,
                parents=parents,
                state_words=self.state_words,
                terms=self.terms,
                feed=art.raw.kind == "jsonl",
            )
        )
        # A round of consultations: the states' foreign ministries hold it too.
        for e in events:
            if e.ministries:
                self._with_ministries(e, records)
        # The venue too: the title names it («Визит Лаврова в Китай»).
        used = {a for e in events for a in (*e.actors, e.venue) if a}
        actors = {
            aid: ActorFact(
                id=aid,
                name=r.name,
                name_ru=r.name_ru,
                kind=r.kind,
                curated=aid in self.gazetteer.actors,
                aliases=r.aliases,
            )
            for aid, r in records.items()
            if aid in used
        }
        return ArticleFacts(
            **{
                **facts.__dict__,
                "events": events,
                "actors": actors,
                "parents": parents,
                "spokes": spokes,
            }
        )

    def _with_ministries(self, e: EventCandidate, records: dict[str, ActorRecord]) -> None:
        """Each state party's foreign ministry joins the event as a participant, marked
        where its state is (the store reads an event's actors from the marks)."""
        for aid in list(e.actors):
            rec = foreign_ministry(self.gazetteer, aid)
            if rec is None or rec.id in e.actors:
                continue
            records.setdefault(rec.id, rec)
            e.actors.append(rec.id)
            e.roles[rec.id] = "participant"
            e.actor_spans += [(a, b, rec.id) for a, b, x in e.actor_spans if x == aid][:1]


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
# «безопасности.Ранее»: scraped text often loses the space after a full stop. A word of
# three or more lower-case letters, a stop, a capital: a sentence boundary (initials such
# as «В.В.Путин» do not match).
_GLUED_STOP = re.compile(r"(?<=[а-яё]{3}[.!?])(?=[А-ЯЁ][а-яё])")


def paragraph_sentences(analysis: Analysis) -> Analysis:
    """Sentences never run across a paragraph break or a glued full stop: a headline or a
    blanked-out link line without final punctuation would otherwise join the next
    paragraph, and two sentences without a space between them would be read as one."""
    text = analysis.text
    verbs = [t.start for t in analysis.tokens if t.pos in ("VERB", "AUX")]
    out: list[Span] = []
    for sent in _joined_at_months(text, analysis.sentences):
        cuts = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text, sent.start, sent.end)]
        cuts += [(m.start(), m.start()) for m in _GLUED_STOP.finditer(text, sent.start, sent.end)]
        cuts += heading_cuts(text, sent.start, sent.end)
        cuts += dated_line_cuts(text, sent.start, sent.end)
        cuts += line_cuts(text, sent.start, sent.end, verbs)
        start = sent.start
        for cut_start, cut_end in sorted(cuts):
            out.extend(_trimmed(text, start, cut_start))
            start = cut_end
        out.extend(_trimmed(text, start, sent.end))
    return replace(analysis, sentences=out)


def _joined_at_months(text: str, sentences: list[Span]) -> list[Span]:
    """The splitter's sentences, with one it ended at «30 сен.» joined to the next that
    opens with the year (list_lines.py)."""
    out: list[Span] = []
    for sent in sentences:
        if out and broken_at_month(text, (out[-1].start, out[-1].end), (sent.start, sent.end)):
            out[-1] = Span(out[-1].start, sent.end)
            continue
        out.append(sent)
    return out


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return [Span(start + left, start + right)] if right > left else []


def _facts(art: PreparedArticle) -> ArticleFacts:
    raw = art.raw
    sha = hashlib.sha256(normalise_for_id(raw.text).encode("utf-8")).hexdigest()
    return ArticleFacts(
        id=sha[:ID_LENGTH],  # article_id(), without hashing the text twice
        sha256=sha,
        file=raw.file,
        path=raw.path,
        title=raw.title,
        outlet=raw.outlet,
        author=raw.author,
        url=raw.url,
        published=art.published,
        published_how=art.published_how,
        lang=raw.lang,
        encoding=raw.encoding,
        text=raw.text,
        excluded=tuple(raw.excluded),
        era=art.era,
    )
