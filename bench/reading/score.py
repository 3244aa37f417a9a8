"""Scoring predicted events against the realistic set's gold (rules: SPEC.md).

Pure functions over plain dicts (the API's JSON) and the gold dataclasses, so the scorer is
tested on small hand-made cases (tests/test_reading_score.py) apart from any ingest.

A prediction *matches* a gold entry when one of its sources is in a file of that entry and
its quote contains the entry's key phrase, and the type families agree. Each gold event is
paired with at most one prediction (the one sharing most of its sources) and each prediction
with at most one gold event; further predictions of a paired gold event are duplicates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .gold import Entry, Gold, GoldEvent, family, fold

# Headline figures: the ratchet test keeps each at or above the committed baseline
# (duplicates, where lower is better, at or below it).
HEADLINE = (
    "recall",
    "found",
    "precision",
    "duplicates",
    "sources",
    "dates",
    "status",
    "participants",
    "publication",
)
LOWER_IS_BETTER = frozenset({"duplicates"})
# Figures over the found events (or, for duplicates, over all predictions): finding one more
# gold event that is not wholly right, or dropping a wrong prediction, moves the ratio
# though nothing got worse. The ratchet keeps their counts instead (right ones at least the
# baseline's; duplicates at most), and lets the ratio of a figure over the found events fall
# by at most RATIO_SLACK, so that quantity cannot be traded for quality.
OF_FOUND = frozenset({"sources", "dates", "status", "participants"})
COUNTED = OF_FOUND | LOWER_IS_BETTER
RATIO_SLACK = 0.01


def status_of(event: dict[str, Any]) -> str:
    """The predicted status; a pipeline that knows only `planned` says planned or happened."""
    status = event.get("status")
    if isinstance(status, str) and status:
        return status
    return "planned" if event.get("planned") else "happened"


def _surname(name: str) -> str:
    words = re.findall(r"[\w-]+", fold(name))
    return words[-1] if words else ""


class ActorMap:
    """Predicted actors (API dicts) to gold actor keys, by any of the gold's names; people
    also by surname, since «Лавров» and «Сергей Лавров» are one person to an analyst."""

    def __init__(self, gold: Gold) -> None:
        self.by_name: dict[str, str] = {}
        # Every gold actor a name stands for: two writers may give one name to two people
        # («Джордж Буш» is the father in one share, the son in another).
        self.all_by_name: dict[str, set[str]] = defaultdict(set)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        for actor in gold.actors.values():
            for name in actor.names():
                for form in (name, name.replace(" ", "-")):
                    self.by_name.setdefault(form, actor.key)
                    self.all_by_name[form].add(actor.key)
            if actor.kind == "person":
                for name in [actor.key, *actor.aliases]:
                    if len(_surname(name)) >= 4:
                        self.by_surname[_surname(name)].add(actor.key)

    def key(self, actor: dict[str, Any]) -> str | None:
        values = [fold(str(v)) for v in (actor.get("name_ru"), actor.get("name"), actor.get("id"))
                  if v]
        # A name only one gold actor has decides; a shared name gives way to the next name
        # (the English one tells the two Bushes apart), and wins only when none decides.
        for value in values:
            if len(self.all_by_name.get(value, ())) == 1:
                return self.by_name[value]
        for value in values:
            if value in self.by_name:
                return self.by_name[value]
        if actor.get("kind") == "person":
            keys = self.by_surname.get(_surname(str(actor.get("name_ru") or "")), set())
            if len(keys) == 1:
                return next(iter(keys))
        return None


def gold_file(name: object) -> str:
    """The gold's name of an ingested file: a JSONL record `feed.jsonl#L2` is `feed.jsonl#2`."""
    return re.sub(r"#L(\d+)$", r"#\1", str(name or ""))


def _quotes(event: dict[str, Any]) -> list[tuple[str, str]]:
    return [(gold_file(s.get("file")), fold(str(s.get("quote") or ""))) for s in event["sources"]]


def _hits(quotes: list[tuple[str, str]], file: str, key: str) -> bool:
    k = fold(key)
    return any(f == file and k in q for f, q in quotes)


def _family_ok(pred_type: str, entry_type: str) -> bool:
    return entry_type == "any" or family(pred_type) == family(entry_type)


@dataclass
class Pair:
    gold: GoldEvent
    pred: dict[str, Any]
    shared: int  # gold sources the prediction lists
    date_ok: bool
    status_ok: bool
    all_participants: bool
    participants_exact: bool
    got_participants: list[str]

    @property
    def right(self) -> bool:
        return self.date_ok and self.all_participants


@dataclass
class Result:
    pairs: list[Pair] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    duplicates: list[tuple[dict[str, Any], GoldEvent]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    trap_hits: list[tuple[dict[str, Any], Entry]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)
    predicted: int = 0
    publication: list[tuple[str, str, str]] = field(default_factory=list)  # file, gold, got
    figures: dict[str, float] = field(default_factory=dict)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    by_tag: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)


def _date_ok(g: GoldEvent, pred: dict[str, Any]) -> bool:
    d = pred.get("date") or {}
    return (
        (d.get("start") or "") == g.start
        and (d.get("end") or "") == g.end
        and d.get("precision") == g.precision
    )


def _pair(g: GoldEvent, pred: dict[str, Any], actors: ActorMap) -> Pair:
    quotes = _quotes(pred)
    shared = sum(1 for s in g.sources if _hits(quotes, s.file, s.key))
    got = [actors.key(a) for a in pred.get("actors", [])]
    keys = {k for k in got if k}
    want = set(g.participants)
    allowed = want | set(g.optional)
    exact = want <= keys and keys <= allowed and None not in got
    return Pair(
        g,
        pred,
        shared,
        _date_ok(g, pred),
        status_of(pred) == g.status,
        want <= keys,
        exact,
        [
            k or f"?{a.get('name_ru') or a.get('id')}"
            for k, a in zip(got, pred["actors"], strict=True)
        ],
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def score(gold: Gold, events: list[dict[str, Any]], articles: list[dict[str, Any]]) -> Result:
    """Pair predictions with gold events and compute every figure of the report."""
    actors = ActorMap(gold)
    res = Result(predicted=len(events))
    quotes = [_quotes(p) for p in events]

    # Every (gold, prediction) pair that matches, best first: most shared sources, then a
    # right date and participants, then gold order (stable).
    candidates: list[tuple[int, int, int, int, Pair]] = []
    matched_gold: dict[int, list[int]] = defaultdict(list)
    for gi, g in enumerate(gold.events):
        for pi, p in enumerate(events):
            if not _family_ok(p["type"], g.type):
                continue
            if not any(_hits(quotes[pi], s.file, s.key) for s in g.sources):
                continue
            pair = _pair(g, p, actors)
            matched_gold[pi].append(gi)
            candidates.append((-pair.shared, -int(pair.right), gi, pi, pair))
    candidates.sort(key=lambda c: c[:4])
    gold_taken: dict[int, Pair] = {}
    pred_taken: set[int] = set()
    for _, _, gi, pi, pair in candidates:
        if gi in gold_taken or pi in pred_taken:
            continue
        gold_taken[gi] = pair
        pred_taken.add(pi)
    res.pairs = [gold_taken[gi] for gi in sorted(gold_taken)]
    res.missed = [g for gi, g in enumerate(gold.events) if gi not in gold_taken]

    extras_used: set[int] = set()
    for pi, p in enumerate(events):
        if pi in pred_taken:
            continue
        if matched_gold.get(pi):
            res.duplicates.append((p, gold.events[matched_gold[pi][0]]))
            continue
        extra = next(
            (
                xi
                for xi, x in enumerate(gold.extras)
                if xi not in extras_used
                and _family_ok(p["type"], x.type)
                and _hits(quotes[pi], x.file, x.key)
            ),
            None,
        )
        if extra is not None:
            extras_used.add(extra)
            res.extras.append(p)
            continue
        trap = next(
            (
                t
                for t in gold.traps
                if _family_ok(p["type"], t.type) and _hits(quotes[pi], t.file, t.key)
            ),
            None,
        )
        if trap is not None:
            res.trap_hits.append((p, trap))
        res.wrong.append(p)

    got_pub = {
        gold_file(a.get("file")): (a.get("published") or {}).get("date") or "" for a in articles
    }
    for art in gold.articles.values():
        res.publication.append((art.file, art.published, got_pub.get(art.file, "<not ingested>")))

    _figures(res, gold)
    return res


def _figures(res: Result, gold: Gold) -> None:
    n_gold = len(gold.events)
    pairs = res.pairs
    right = sum(1 for p in pairs if p.right)
    sources_total = sum(len(p.gold.sources) for p in pairs)
    sources_got = sum(p.shared for p in pairs)
    correct_preds = len(pairs) + len(res.extras)
    pubs_carried = [(f, g, got) for f, g, got in res.publication if g]
    pubs_ok = sum(1 for _, g, got in pubs_carried if g == got)
    counts = {
        "recall": (right, n_gold),
        "found": (len(pairs), n_gold),
        "precision": (correct_preds, res.predicted),
        "duplicates": (len(res.duplicates), res.predicted),
        "sources": (sources_got, sources_total),
        "dates": (sum(p.date_ok for p in pairs), len(pairs)),
        "status": (sum(p.status_ok for p in pairs), len(pairs)),
        "participants": (sum(p.participants_exact for p in pairs), len(pairs)),
        "publication": (pubs_ok, len(pubs_carried)),
        "no-publication": (
            sum(1 for _, g, got in res.publication if not g and not got),
            sum(1 for _, g, _ in res.publication if not g),
        ),
        "traps": (len(gold.traps) - len({id(t) for _, t in res.trap_hits}), len(gold.traps)),
    }
    res.counts = counts
    res.figures = {k: round(_ratio(*v), 4) for k, v in counts.items()}
    if counts["duplicates"][1] == 0:
        res.figures["duplicates"] = 0.0

    tags: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in gold.events:
        for tag in {*g.tags, f"type:{family(g.type)}", f"status:{g.status}"}:
            tags[tag].append(g)
    paired = {id(p.gold): p for p in pairs}
    for tag, members in sorted(tags.items()):
        ps = [paired[id(g)] for g in members if id(g) in paired]
        res.by_tag[tag] = {
            "recall": (sum(1 for p in ps if p.right), len(members)),
            "found": (len(ps), len(members)),
            "dates": (sum(p.date_ok for p in ps), len(ps)),
            "status": (sum(p.status_ok for p in ps), len(ps)),
            "participants": (sum(p.participants_exact for p in ps), len(ps)),
            "sources": (sum(p.shared for p in ps), sum(len(p.gold.sources) for p in ps)),
        }


def _d(date: dict[str, Any] | None) -> str:
    d = date or {}
    return f"{d.get('start') or '…'}..{d.get('end') or '…'} {d.get('precision')}"


def _g(g: GoldEvent) -> str:
    return f"{g.start or '…'}..{g.end or '…'} {g.precision}"


def _files(pred: dict[str, Any]) -> str:
    return ",".join(sorted({gold_file(s.get("file")) for s in pred["sources"]}))


def report(res: Result) -> Iterable[str]:
    """The table, the misses one a line, and the summary line last."""
    cols = ("recall", "found", "dates", "status", "participants", "sources")
    yield f"{'category':<26}" + "".join(f"{c:>17}" for c in cols)
    for tag, row in res.by_tag.items():
        cells = "".join(f"{f'{n}/{d} {_ratio(n, d):.2f}':>17}" for n, d in (row[c] for c in cols))
        yield f"{tag:<26}{cells}"
    yield ""
    for g in res.missed:
        files = ",".join(sorted({s.file for s in g.sources}))
        yield f"MISSED  {g.id} [{g.type} {_g(g)}] {g.title} ({files})"
    for p in res.pairs:
        faults = []
        if not p.date_ok:
            faults.append(f"date {_d(p.pred.get('date'))} ≠ {_g(p.gold)}")
        if not p.all_participants:
            faults.append(f"participants {p.got_participants} ⊉ {p.gold.participants}")
        elif not p.participants_exact:
            faults.append(f"participants {p.got_participants} ≠ {p.gold.participants}")
        if not p.status_ok:
            faults.append(f"status {status_of(p.pred)} ≠ {p.gold.status}")
        if p.shared < len(p.gold.sources):
            faults.append(f"sources {p.shared}/{len(p.gold.sources)}")
        if faults:
            yield f"PARTLY  {p.gold.id}: " + "; ".join(faults)
    for pred, g in res.duplicates:
        yield f"DUPLICATE of {g.id}: {pred['id']} [{pred['type']} {_d(pred.get('date'))}]"
    for pred, trap in res.trap_hits:
        yield f"TRAP    {trap.kind} {trap.file}: {pred['id']} [{pred['type']}] «{trap.key}»"
    trapped = {id(p) for p, _ in res.trap_hits}
    for pred in res.wrong:
        if id(pred) in trapped:
            continue
        quote = str(pred["sources"][0].get("quote") or "")[:90] if pred["sources"] else ""
        what = f"{pred['id']} [{pred['type']} {_d(pred.get('date'))}]"
        yield f"EXTRA   {what} ({_files(pred)}) «{quote}»"
    for file, want, got in res.publication:
        if want != got:
            yield f"PUBDATE {file}: {got or 'unknown'} ≠ {want or 'unknown'}"
    yield ""
    yield summary(res)


def summary(res: Result) -> str:
    parts = []
    for name in (*HEADLINE, "no-publication", "traps"):
        n, d = res.counts[name]
        parts.append(f"{name} {res.figures[name]:.2f} ({n}/{d})")
    return "reading: " + " · ".join(parts)
