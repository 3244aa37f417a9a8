"""Dataclasses passed between event extraction, merging and storing."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.ingest.dates import DateValue


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
