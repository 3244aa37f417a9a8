"""Check gold files of the realistic set: `python3 check_gold.py [gold/x.toml ...]`.

Prints each problem on a line and a summary; exits 1 when there are problems.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import load  # noqa: E402


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv] or None
    gold, problems = load(paths)
    for p in problems:
        print(p)
    multi = sum(1 for e in gold.events if len({s.file for s in e.sources}) >= 2)
    tags = Counter(t for e in gold.events for t in e.tags)
    print(
        f"{len(gold.articles)} articles, {len(gold.events)} events ({multi} multi-source), "
        f"{len(gold.extras)} extras, {len(gold.traps)} traps, {len(gold.actors)} actors; "
        f"{len(problems)} problems"
    )
    print("tags: " + ", ".join(f"{t} {n}" for t, n in sorted(tags.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
