"""Loading and checking the realistic set's gold (format: SPEC.md beside this file).

Used by the scorer (`python -m bench.reading`) and by `check_gold.py`, so the writers of
the set and the scorer read the gold the same way.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"

TYPES = {
    "call",
    "meeting",
    "visit",
    "talks",
    "agreement",
    "sanctions",
    "proposal",
    "interview",
    "press-conference",
    "answers",
    "statement",
    "exchange",
    "appointment",
    "expiry",
}
FAMILIES = {
    "statement": "speech",
    "interview": "speech",
    "press-conference": "speech",
    "answers": "speech",
    "call": "contact",
    "meeting": "contact",
    "talks": "contact",
    "visit": "contact",
}
STATUSES = {"happened", "planned", "postponed", "cancelled"}
PRECISIONS = {"day", "range", "part", "month", "year", "before", "unknown"}
KINDS = {"person", "state", "body", "company", "media", "intl-org"}
WHERE = {"header", "dateline", "stamp", "url", "jsonl", "html-meta", "none"}
TRAP_KINDS = {"denial", "possibility", "background", "speculative", "furniture", "other"}


def family(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


def fold(text: str) -> str:
    """Case, «ё» and runs of white space folded: how key phrases are compared with quotes."""
    text = text.replace("\u00a0", " ").replace("ё", "е").replace("Ё", "Е").lower()
    return re.sub(r"\s+", " ", text).strip()


def article_text(name: str, articles: Path = ARTICLES) -> str:
    """The readable text of one article of the set (`FILE` or `FILE.jsonl#N`) in `articles`."""
    file, _, line = name.partition("#")
    raw = (articles / file).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1251")
    if file.endswith(".jsonl"):
        rows = [r for r in text.splitlines() if r.strip()]
        record = json.loads(rows[int(line or "1") - 1])
        return f"{record.get('title', '')}\n{record.get('text', '')}"
    if file.endswith((".html", ".htm")):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        return html.unescape(text)
    return text


@dataclass
class Source:
    file: str
    key: str
    date_text: str = ""


@dataclass
class GoldEvent:
    id: str
    type: str
    status: str
    start: str
    end: str
    precision: str
    participants: list[str]
    optional: list[str]
    sources: list[Source]
    title: str = ""
    venue: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class Entry:
    """An acceptable extra or a trap: a sentence of an article and a type family."""

    file: str
    key: str
    type: str
    kind: str = ""
    note: str = ""


@dataclass
class GoldArticle:
    file: str
    published: str
    published_where: str
    outlet_model: str = ""
    format: str = ""


@dataclass
class GoldActor:
    key: str
    en: str
    kind: str
    aliases: list[str]

    def names(self) -> set[str]:
        return {fold(n) for n in [self.key, self.en, *self.aliases] if n}


@dataclass
class Gold:
    actors: dict[str, GoldActor] = field(default_factory=dict)
    articles: dict[str, GoldArticle] = field(default_factory=dict)
    events: list[GoldEvent] = field(default_factory=list)
    extras: list[Entry] = field(default_factory=list)
    traps: list[Entry] = field(default_factory=list)
    articles_dir: Path = ARTICLES



def _date_ok(value: str) -> bool:
    if value == "":
        return True
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def load(paths: list[Path] | None = None, root: Path | None = None) -> tuple[Gold, list[str]]:
    """All gold files (or the ones named) merged, and the problems found in them. `root` is
    another set laid out like this one (`articles/`, `gold/`), e.g. a held-back share."""
    gold = Gold(articles_dir=root / "articles") if root else Gold()
    problems: list[str] = []
    for path in paths or sorted(((root / "gold") if root else GOLD).glob("*.toml")):
        where = path.name
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{where}: not readable TOML: {exc}")
            continue
        for a in data.get("actor", []):
            actor = GoldActor(a["key"], a.get("en", ""), a.get("kind", ""), a.get("aliases", []))
            if actor.kind not in KINDS:
                problems.append(f"{where}: actor {actor.key}: kind {actor.kind!r} not in {KINDS}")
            gold.actors.setdefault(actor.key, actor)
        for a in data.get("article", []):
            art = GoldArticle(
                a["file"],
                a.get("published", ""),
                a.get("published_where", ""),
                a.get("outlet_model", ""),
                a.get("format", ""),
            )
            if art.file in gold.articles:
                problems.append(f"{where}: article {art.file} listed twice")
            if not _date_ok(art.published):
                problems.append(f"{where}: article {art.file}: bad published {art.published!r}")
            if art.published_where not in WHERE:
                problems.append(f"{where}: article {art.file}: published_where not in {WHERE}")
            if bool(art.published) == (art.published_where == "none"):
                problems.append(
                    f"{where}: article {art.file}: published and published_where disagree"
                )
            gold.articles[art.file] = art
        for e in data.get("event", []):
            try:
                event = GoldEvent(
                    e["id"],
                    e["type"],
                    e.get("status", "happened"),
                    e.get("start", ""),
                    e.get("end", ""),
                    e["precision"],
                    list(e.get("participants", [])),
                    list(e.get("optional", [])),
                    [Source(s["file"], s["key"], s.get("date_text", "")) for s in e["sources"]],
                    e.get("title", ""),
                    e.get("venue", ""),
                    list(e.get("tags", [])),
                )
            except KeyError as exc:
                problems.append(f"{where}: event {e.get('id')}: missing {exc}")
                continue
            gold.events.append(event)
        for kind, bucket in (("extra", gold.extras), ("trap", gold.traps)):
            for x in data.get(kind, []):
                try:
                    bucket.append(
                        Entry(
                            x["file"],
                            x["key"],
                            x.get("type", "any"),
                            x.get("kind", ""),
                            x.get("note", ""),
                        )
                    )
                except KeyError as exc:
                    problems.append(f"{where}: {kind} missing {exc}")
    problems += check(gold)
    return gold, problems


def _check_key(file: str, key: str, what: str, gold: Gold, texts: dict[str, str]) -> list[str]:
    if file not in gold.articles:
        return [f"{what}: file {file} is not a gold [[article]]"]
    if file not in texts:
        try:
            texts[file] = fold(article_text(file, gold.articles_dir))
        except (OSError, ValueError, IndexError) as exc:
            return [f"{what}: cannot read {file}: {exc}"]
    if fold(key) not in texts[file]:
        return [f"{what}: key {key!r} not found in {file}"]
    words = len(key.split())
    if not 3 <= words <= 16:
        return [f"{what}: key {key!r} has {words} words (5-12 wanted)"]
    return []


def check(gold: Gold) -> list[str]:
    problems: list[str] = []
    texts: dict[str, str] = {}
    seen: set[str] = set()
    for art in gold.articles.values():
        try:
            article_text(art.file, gold.articles_dir)
        except (OSError, ValueError, IndexError) as exc:
            problems.append(f"article {art.file}: cannot read: {exc}")
    for e in gold.events:
        what = f"event {e.id}"
        if e.id in seen:
            problems.append(f"{what}: id used twice")
        seen.add(e.id)
        if e.type not in TYPES:
            problems.append(f"{what}: type {e.type!r} not in {sorted(TYPES)}")
        if e.status not in STATUSES:
            problems.append(f"{what}: status {e.status!r} not in {sorted(STATUSES)}")
        if e.precision not in PRECISIONS:
            problems.append(f"{what}: precision {e.precision!r} not in {sorted(PRECISIONS)}")
        if not (_date_ok(e.start) and _date_ok(e.end)):
            problems.append(f"{what}: bad start/end")
        elif e.start and e.end and e.start > e.end:
            problems.append(f"{what}: start after end")
        if e.precision == "unknown" and (e.start or e.end):
            problems.append(f"{what}: unknown precision with dates")
        if e.precision == "before" and (e.start or not e.end):
            problems.append(f"{what}: before means start '' and end = publication")
        if e.precision not in ("unknown", "before") and not (e.start and e.end):
            problems.append(f"{what}: precision {e.precision} needs start and end")
        if e.precision == "day" and e.start != e.end:
            problems.append(f"{what}: a day has start == end")
        for name in [*e.participants, *e.optional]:
            if name not in gold.actors:
                problems.append(f"{what}: participant {name!r} is not an [[actor]] key")
        if not e.participants:
            problems.append(f"{what}: no participants")
        if not e.sources:
            problems.append(f"{what}: no sources")
        for s in e.sources:
            problems += _check_key(s.file, s.key, what, gold, texts)
    for kind, bucket in (("extra", gold.extras), ("trap", gold.traps)):
        for x in bucket:
            what = f"{kind} {x.file}:{x.key[:30]!r}"
            if x.type != "any" and x.type not in TYPES:
                problems.append(f"{what}: type {x.type!r} unknown")
            if kind == "trap" and x.kind not in TRAP_KINDS:
                problems.append(f"{what}: kind {x.kind!r} not in {sorted(TRAP_KINDS)}")
            problems += _check_key(x.file, x.key, what, gold, texts)
    return problems
