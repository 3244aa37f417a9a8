"""The ingest process that lists files and stores the workers' facts imports none of the
reader: not natasha and its models, not the date, layout or event rules, not trafilatura
(issue 13: on a 2-core machine every second of its CPU is taken from the two workers).

Each case imports modules in a fresh interpreter (this one has the reader loaded by other
tests) and lists which of the banned modules came with them. The packages whose rules now
load on first use still answer every name they export.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Modules (and the packages under them) the storing process must not import.
BANNED = (
    "natasha",
    "slovnet",
    "navec",
    "pymorphy2",
    "pymorphy3",
    "yargy",
    "trafilatura",
    "app.ingest.pipeline",
    "app.ingest.article",
    "app.ingest.preload",
    "app.ingest.events.extract",
    "app.ingest.dates.extract",
    "app.ingest.actors.match",
    "app.ingest.reading.layout",
    "app.ingest.reading.sources",
)

PROBE = """
import sys
for name in sys.argv[2].split(","):
    __import__(name)
banned = tuple(sys.argv[1].split(","))
under = tuple(b + "." for b in banned)
loaded = sorted(m for m in sys.modules if m in banned or m.startswith(under))
print(",".join(loaded))
"""


def _loaded_with(*modules: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(BANNED), ",".join(modules)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return out.stdout.strip()


@pytest.mark.parametrize(
    "modules",
    [
        ("app.ingest.store",),  # the store step
        ("app.ingest.runner",),  # the runner: lists files, hands them to workers
        ("app.ingest.runner", "app.ingest.store"),  # both, as `letopis ingest` does
        ("app.ingest.facts",),  # the facts the workers pickle for the main process
        ("app.ingest.reading.listing",),  # the walk over files and folders
    ],
)
def test_storing_imports_no_reader(modules: tuple[str, ...]) -> None:
    assert _loaded_with(*modules) == ""


def test_watch_scan_imports_no_reader(tmp_path: Path) -> None:
    """`letopis ingest --watch` scans its folder in the main process at every poll."""
    (tmp_path / "a.txt").write_text("МОСКВА, 3 мая. Министры встретились.\n", encoding="utf-8")
    probe = PROBE.replace(
        "banned = ",
        f"import app.ingest.runner as r; assert len(r._scan({str(tmp_path)!r})) == 1\nbanned = ",
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, ",".join(BANNED), "app.ingest.runner"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    ("package", "name", "home"),
    [
        ("app.ingest.events", "extract_events", "app.ingest.events.extract"),
        ("app.ingest.dates", "extract_dates", "app.ingest.dates.extract"),
        ("app.ingest.dates", "infer_publication_date", "app.ingest.dates.publication"),
        ("app.ingest.actors", "match_actors", "app.ingest.actors.match"),
        ("app.ingest.actors", "actors_of", "app.ingest.actors.match"),
        ("app.ingest.actors", "ActorHit", "app.ingest.actors.match"),
        ("app.ingest.reading", "read_source", "app.ingest.reading.sources"),
        ("app.ingest.reading", "RawArticle", "app.ingest.reading.sources"),
        ("app.ingest.reading", "parse_layout", "app.ingest.reading.layout"),
        ("app.ingest.reading", "guess_lang", "app.ingest.reading.lang"),
        ("app.ingest.reading", "iter_sources", "app.ingest.reading.listing"),
        ("app.ingest.reading", "Source", "app.ingest.reading.listing"),
    ],
)
def test_lazy_names_resolve(package: str, name: str, home: str) -> None:
    got = getattr(__import__(package, fromlist=[name]), name)
    assert got is getattr(__import__(home, fromlist=[name]), name)


@pytest.mark.parametrize(
    "package", ["app.ingest.events", "app.ingest.dates", "app.ingest.actors", "app.ingest.reading"]
)
def test_unknown_name_is_an_attribute_error(package: str) -> None:
    with pytest.raises(AttributeError):
        _ = __import__(package, fromlist=["x"]).no_such_name


def test_the_pipeline_hands_the_same_facts() -> None:
    from app.ingest import facts, pipeline

    assert pipeline.ArticleFacts is facts.ArticleFacts
    assert pipeline.ActorFact is facts.ActorFact
