"""Check gold files of the realistic set: `python3 check_gold.py [gold/x.toml ...]`, or of
another set laid out the same way (`articles/`, `gold/`): `python3 check_gold.py --set DIR`.

Prints each problem on a line and a summary; exits 1 when there are problems.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import load  # noqa: E402


def main(argv: list[str]) -> int:
    root = None
    if argv[:1] == ["--set"]:
        if len(argv) < 2:
            print("--set needs a directory holding articles/ and gold/")
            return 2
        root, argv = Path(argv[1]).resolve(), argv[2:]
        if not (root / "articles").is_dir() or not (root / "gold").is_dir():
            print(f"{root}: no articles/ and gold/ directories in it")
            return 2
    paths = [Path(a).resolve() for a in argv] or None
    gold, problems = load(paths, root)
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
