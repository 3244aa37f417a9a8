"""Dataclasses passed between event extraction, merging and storing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.ingest.dates import DateMention, DateValue
from app.ingest.nlp import Analysis


@dataclass(frozen=True, slots=True)
class SentenceParse:
    """Dependency parse of one sentence: for token i (sentence-local), its head index
    (-1 for the root) and relation label (Universal Dependencies, as natasha gives them)."""

    heads: tuple[int, ...]
    rels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DateReading:
    """What one source says the date of a happening is."""

    value: DateValue
    text: str | None = None
    span: tuple[int, int] | None = None
    # True when the text itself dates the happening (not the publication fallback).
    explicit: bool = True


@dataclass(slots=True)
class EventCandidate:
    """One happening as one article states it (one or more evidence sentences)."""

    type: str
    title: str
    planned: bool
    date: DateReading
    sentences: list[tuple[int, int]]
    actors: list[str]
    actor_spans: list[tuple[int, int, str]]
    keys: frozenset[str] = field(default_factory=frozenset)
    # Per-sentence date readings, aligned with `sentences` (for mentions).
    sentence_dates: list[DateReading] = field(default_factory=list)
    gist: str | None = None
    # happened | planned | postponed | cancelled (DESIGN.md); `planned` == (status != happened).
    status: str = "happened"
    # Role of each of `actors`: "participant" or "speaker" (the speaker of a statement).
    roles: dict[str, str] = field(default_factory=dict)
    # Actor id of the place it happened in (a city or a state named as the place): shown as
    # the venue, never one of `actors`.
    venue: str | None = None
    # The English title, when every name it needs has an English name (titles_en.py).
    title_en: str | None = None
    # The trigger only points back at a happening told elsewhere (anaphora.py).
    refers_back: bool = False
    # The trigger is the subject of a verb of course («переговоры продлились»): undated, a
    # detail of the happening told before (told_course.py).
    course: bool = False
    # A round of consultations told by its order («следующий раунд консультаций»): the
    # states' foreign ministries hold it (ministry_rounds.py; the pipeline adds them).
    ministries: bool = False


@dataclass(frozen=True, slots=True)
class ActorSpan:
    start: int
    end: int
    actor_id: str


@dataclass(frozen=True, slots=True)
class ActorInfo:
    kind: str
    name_ru: str
    # A person's titles in the gazetteer, lemmatised («российский министр иностранный дело»),
    # for telling whom a bare title or pronoun stands for (coref.py).
    titles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ArticleInput:
    text: str
    published: dt.date | None
    excluded: Sequence[tuple[int, int]]
    analysis: Analysis
    dates: Sequence[DateMention]
    actor_hits: Sequence[ActorSpan]
    parses: Mapping[int, SentenceParse]
    actors: Mapping[str, ActorInfo]
    parents: Mapping[str, str] = field(default_factory=dict)
    # Lemmas of one-word names and adjectives of states -> state id («российский»,
    # «россия» -> russia), from the gazetteer.
    state_words: Mapping[str, str] = field(default_factory=dict)
    # Person id -> (head nouns of a role's titles, its first day, the day after its last),
    # from the gazetteer: who held a title on a day (events/title_pairs.py).
    terms: Mapping[str, tuple[tuple[frozenset[str], dt.date | None, dt.date | None], ...]] = (
        field(default_factory=dict)
    )
    # A feed item: its record is stamped with its hour, a report of the day
    # (events/stamped_lead.py).
    feed: bool = False


def in_excluded(start: int, end: int, excluded: Sequence[tuple[int, int]]) -> bool:
    """A sentence mostly inside page furniture (navigation, links, footers)."""
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in excluded)
    return covered * 2 >= max(1, end - start)
