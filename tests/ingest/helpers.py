"""Building raw articles from plain strings, as the reader would produce them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.ingest.dates import DateMention
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Nlp, Token
from app.ingest.reading import RawArticle

# A date mention as the resolver tables write it: text, start, end, precision, how, planned.
DateRow = tuple[str, str | None, str | None, str, str, bool]


def date_rows(mentions: list[DateMention]) -> list[DateRow]:
    """The resolver's mentions as table rows (ISO dates), for the table-driven tests."""
    return [
        (
            m.text,
            m.value.start.isoformat() if m.value.start else None,
            m.value.end.isoformat() if m.value.end else None,
            m.value.precision,
            m.value.how,
            m.planned,
        )
        for m in mentions
    ]


def raw_article(
    text: str,
    published: dt.date | None = None,
    *,
    file: str = "test.txt",
    path: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    excluded: tuple[tuple[int, int], ...] = (),
) -> RawArticle:
    return RawArticle(
        file=file,
        path=path or f"/tmp/letopis-tests/{file}",
        text=text,
        title=title,
        outlet=outlet,
        author=None,
        url=None,
        published=published,
        published_how="header" if published else "unknown",
        partial_date=None,
        excluded=excluded,
        lang="ru",
        encoding="utf-8",
    )


# An event as the status tables write it: type, status, start, end, precision, actors.
EventRow = tuple[str, str, dt.date | None, dt.date | None, str, list[str]]


def event_rows(events: list[Any]) -> list[EventRow]:
    """The pipeline's events as rows of the status and agreement tables (the actors are
    the event's own: the target of sanctions is named, not one of them)."""
    return [
        (
            e.type,
            e.status,
            e.date.value.start,
            e.date.value.end,
            e.date.value.precision,
            sorted(a for a in e.actors if e.roles.get(a) != "subject"),
        )
        for e in events
    ]


# A happening as the contact tables write it: type, ISO start, actors (words left out).
DayRow = tuple[str, str | None, list[str]]


def day_rows(events: list[Any]) -> list[DayRow]:
    """The pipeline's events other than statements as rows of the contact tables."""
    return [
        (t, start.isoformat() if start else None, actors)
        for t, _, start, _, _, actors in event_rows(events)
        if t != "statement"
    ]


# An event as the speaker tables write it: type, status, actors, ISO start, precision.
SpeechRow = tuple[str, str, list[str], str | None, str]


def speech_rows(events: list[Any]) -> list[SpeechRow]:
    """The pipeline's events as rows of the speaker and sourcing tables."""
    return [
        (
            e.type,
            e.status,
            sorted(e.actors),
            e.date.value.start.isoformat() if e.date.value.start else None,
            e.date.value.precision,
        )
        for e in events
    ]


def toks(*words: tuple[str, str, dict[str, str]]) -> list[Token]:
    """Tokens of a sentence of our own, each (text, part of speech, features), spaced by
    one blank: for rules tested on a parse written by hand."""
    out, at = [], 0
    for text, pos, feats in words:
        out.append(Token(at, at + len(text), text, text.lower(), pos, feats))
        at += len(text) + 1
    return out


# An event as the word-list tables write it: type, status, ISO start, actors.
HappeningRow = tuple[str, str, str | None, list[str]]


def happening_rows(events: list[Any]) -> list[HappeningRow]:
    """The pipeline's events as rows of tables that check a trigger word's reading."""
    return [
        (
            e.type,
            e.status,
            e.date.value.start.isoformat() if e.date.value.start else None,
            sorted(e.actors),
        )
        for e in events
    ]


def first_sentence_parse(nlp: Nlp, text: str) -> tuple[list[Token], SentenceParse]:
    """The tokens of `text`'s first sentence and natasha's parse of them."""
    an = nlp.analyse(text)
    s = an.sentences[0]
    toks = an.tokens_in(s.start, s.end)
    heads, rels = nlp.parse([[t.text for t in toks]])[0]
    return toks, SentenceParse(heads, rels)
