"""Date pairs: how the resolver reads each gold source's own date expression.

Issue 11's held-out check counts (sentence, date expression) pairs that `letopis dates
--file` resolves exactly, with the whole article as context. The gold gives such pairs for
free: every source with a `date_text` is a sentence (the one holding its key phrase) and an
expression in it, and the event's date is what the expression should give. This module
reads each article as `letopis dates --file` does (`load_article`, `extract_dates`), finds
the resolver's mention of that expression nearest the key phrase, and compares:

- «ранее», «недавно», «на днях» alone say only "before publication": right when the
  mention is `before` and ends on the article's publication day (or, with no publication
  date, is `before` or unknown);
- a source of an event told by one source: the mention's start, end and precision are the
  gold's;
- a source of an event told by several: the mention's interval holds the gold's (a source
  may say «на прошлой неделе» of a day another source names);
- a day inside an event of several days («вечером 2 сентября» of a visit of 2–3 September)
  is right: the expression dates the part its sentence tells;
- an event whose sources disagree on the day is left out (each source is right of its own).

A pair whose expression the resolver does not find at all counts as wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gold import Gold, GoldEvent, Source, fold

BEFORE_WORDS = frozenset({"ранее", "недавно", "на днях", "прежде"})
# How far from the key phrase (characters) a mention of the expression may lie.
NEAR = 600


@dataclass
class Pair:
    event: str
    file: str
    date_text: str
    want: str
    got: str
    right: bool


def _loose(text: str) -> re.Pattern[str]:
    """A pattern for `text` that allows any white space between words and «е» for «ё»."""
    words = [re.escape(w).replace("е", "[её]") for w in fold(text).split()]
    return re.compile(r"\s+".join(words), re.IGNORECASE)


def _bodies(articles_dir: Path, files: set[str]) -> dict[str, tuple[str, str, list[Any]]]:
    """Each gold file's body, publication date and the resolver's mentions, as `letopis
    dates --file` reads them (a JSONL record `feed.jsonl#N` is the file's Nth record)."""
    from app.ingest.article import prepare
    from app.ingest.dates import extract_dates
    from app.ingest.reading import read_source
    from app.ingest.reading.errors import RejectedFile
    from app.ingest.reading.sources import iter_sources

    out: dict[str, tuple[str, str, list[Any]]] = {}
    by_path: dict[str, list[str]] = {}
    for name in files:
        by_path.setdefault(name.partition("#")[0], []).append(name)
    for path, names in by_path.items():
        found = iter_sources([str(articles_dir / path)])
        sources = [s for s in found if not isinstance(s, RejectedFile)]
        for name in names:
            line = name.partition("#")[2]
            index = int(line) - 1 if line else 0
            if index >= len(sources):
                continue
            art = prepare(read_source(sources[index]))
            mentions = list(extract_dates(art.body, art.published, era=art.era))
            out[name] = (art.body, art.published.isoformat() if art.published else "", mentions)
    return out


def _show(start: object, end: object, precision: str) -> str:
    return f"{start or '…'}..{end or '…'} {precision}"


def _judge(event: GoldEvent, src: Source, published: str, mention: Any) -> tuple[str, bool]:
    multi = len({s.file for s in event.sources}) > 1
    if mention is None:
        want = _show(event.start, event.end, event.precision)
        return want, False
    v = mention.value
    got_start = v.start.isoformat() if v.start else ""
    got_end = v.end.isoformat() if v.end else ""
    if fold(src.date_text) in BEFORE_WORDS:
        if published:
            return _show("", published, "before"), v.precision == "before" and got_end == published
        return "… before/unknown", v.precision in ("before", "unknown")
    want = _show(event.start, event.end, event.precision)
    if event.precision == "unknown":
        return want, v.precision == "unknown" or (v.start is None and v.end is None)
    if (got_start, got_end, v.precision) == (event.start, event.end, event.precision):
        return want, True
    if not (got_start and got_end and event.start and event.end):
        return want, False
    if v.precision == "day" and event.precision == "range":
        return want, event.start <= got_start <= event.end
    if multi:
        return want, got_start <= event.start and event.end <= got_end
    return want, False


def date_pairs(gold: Gold) -> list[Pair]:
    """Every gold source with a date expression, and whether the resolver reads it right."""
    wanted = [
        (e, s)
        for e in gold.events
        if "disagreement" not in e.tags
        for s in e.sources
        if s.date_text.strip()
    ]
    bodies = _bodies(gold.articles_dir, {s.file for _, s in wanted})
    pairs: list[Pair] = []
    for event, src in wanted:
        body, published, mentions = bodies.get(src.file, ("", "", []))
        key = _loose(src.key).search(body)
        at = key.start() if key else -1
        want_text = fold(src.date_text)
        near = [
            m
            for m in mentions
            if want_text in fold(m.text) or fold(m.text) in want_text
            if at < 0 or abs(m.start - at) <= NEAR
        ]
        mention = min(near, key=lambda m: abs(m.start - at)) if near else None
        want, right = _judge(event, src, published, mention)
        if mention is None:
            got = "not read"
        else:
            v = mention.value
            got = f"{_show(v.start, v.end, v.precision)} «{mention.text}»"
        pairs.append(Pair(event.id, src.file, src.date_text, want, got, right))
    return pairs


def report(pairs: list[Pair], lines: bool = True) -> list[str]:
    right = sum(p.right for p in pairs)
    out = []
    if lines:
        for p in pairs:
            if not p.right:
                out.append(f"DATEPAIR {p.event} {p.file} «{p.date_text}»: {p.got} ≠ {p.want}")
    ratio = right / len(pairs) if pairs else 1.0
    unread = sum(p.got == "not read" for p in pairs)
    out.append(f"date pairs: {ratio:.2f} ({right}/{len(pairs)}; {unread} not read)")
    return out
