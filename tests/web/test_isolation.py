"""The web process never loads the ingest package or NLP models (DESIGN.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys, warnings
warnings.simplefilter("ignore")
from app.config import Settings
from app.db.migrate import upgrade
from app.web.app import create_app
from fastapi.testclient import TestClient
url = sys.argv[1]
upgrade(url)
with TestClient(create_app(Settings(db=url))) as c:
    for path in ("/", "/api/events", "/actors", "/healthz", "/export.csv", "/export.ics"):
        assert c.get(path).status_code == 200, path
banned = ("app.ingest", "natasha", "pymorphy2", "pymorphy3", "yargy", "slovnet", "navec",
          "razdel", "trafilatura")
loaded = sorted(m for m in sys.modules if m.split(".")[0] in banned or m.startswith(banned))
print(",".join(loaded))
"""


def test_no_nlp_imports(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'iso.db'}"
    out = subprocess.run(
        [sys.executable, "-c", PROBE, url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == "", out.stdout
