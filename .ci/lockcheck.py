"""Is requirements/lock.txt the lock of pyproject.toml as it stands? (CI and `make setup`.)

`make lock` compiles the lock with pip-tools (every package pinned with its hashes) and
stamps it with a digest of what it was compiled from: the project's dependencies, extras,
Python requirement and requirements/build.in. A change to any of them without `make lock`
makes this check fail, so a stale lock never installs quietly.

    python .ci/lockcheck.py            check (exit 1 when stale)
    python .ci/lockcheck.py --stamp    write the digest into the lock (after pip-compile)
    python .ci/lockcheck.py --pip      print the lock's pip pin with its hashes
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
BUILD_IN = ROOT / "requirements" / "build.in"
STAMP = "# inputs-sha256: "


def digest() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    inputs = {
        "requires-python": project.get("requires-python"),
        "dependencies": sorted(project.get("dependencies", [])),
        "optional-dependencies": {
            k: sorted(v) for k, v in sorted(project.get("optional-dependencies", {}).items())
        },
        "build.in": [
            line.split("#")[0].strip()
            for line in BUILD_IN.read_text("utf-8").splitlines()
            if line.split("#")[0].strip()
        ],
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def stamped() -> str | None:
    for line in LOCK.read_text("utf-8").splitlines():
        if line.startswith(STAMP):
            return line[len(STAMP) :].strip()
    return None


def stamp() -> None:
    lines = [x for x in LOCK.read_text("utf-8").splitlines() if not x.startswith(STAMP)]
    LOCK.write_text("\n".join([STAMP + digest(), *lines]) + "\n", "utf-8")


def pip_pin() -> str:
    """The `pip==X --hash=...` block of the lock, as a requirements file of its own."""
    m = re.search(r"^pip==\S+ \\\n(?:\s+--hash=\S+(?: \\)?\n)+", LOCK.read_text("utf-8"), re.M)
    if m is None:
        raise SystemExit("lockcheck: the lock pins no pip (requirements/build.in names it)")
    return m.group(0).rstrip(" \\\n") + "\n"


def main(argv: list[str]) -> int:
    if argv == ["--stamp"]:
        stamp()
        return 0
    if argv == ["--pip"]:
        sys.stdout.write(pip_pin())
        return 0
    if stamped() != digest():
        print(
            "lockcheck: requirements/lock.txt is stale: pyproject.toml's dependencies changed "
            "since it was compiled; run `make lock` and commit the lock",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
