"""Shares of the reading set held back to read blind, kept packed in `held/NAME.tar.gz`.

A share written by a writer who never read `app/` measures how the reader does on news it
has never seen, but only while nobody writing rules has read it. Packed, it lands with the
repository (a branch that does not land is lost, as shares m and n were) and is not read by
`grep` or by accident; `python -m bench.reading --held NAME` unpacks it into a temporary
directory and scores it alone. To join the set, unpack it into `articles/` and `gold/`
(`python -m bench.reading.held join NAME`) and delete the archive.

    python -m bench.reading.held pack DIR NAME   # DIR holds articles/ and gold/
    python -m bench.reading.held join NAME       # the share joins the set
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELD = HERE / "held"


def archive(name: str) -> Path:
    path = HELD / f"{name}.tar.gz"
    if not path.is_file():
        have = ", ".join(sorted(p.name.removesuffix(".tar.gz") for p in HELD.glob("*.tar.gz")))
        raise SystemExit(f"no held share {name!r} ({path}); held: {have or 'none'}")
    return path


def pack(src: Path, name: str) -> Path:
    """Pack `src/articles` and `src/gold` (nothing else) into held/NAME.tar.gz."""
    for part in ("articles", "gold"):
        if not (src / part).is_dir():
            raise SystemExit(f"{src}: no {part}/ directory")
    HELD.mkdir(exist_ok=True)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for part in ("articles", "gold"):
            for path in sorted((src / part).iterdir()):
                if path.is_file():
                    tar.add(path, arcname=f"{part}/{path.name}")
    out = HELD / f"{name}.tar.gz"
    out.write_bytes(buf.getvalue())
    return out


def _extract(names: list[str], dest: Path) -> None:
    for name in names:
        with tarfile.open(archive(name)) as tar:
            for member in tar.getmembers():
                # Only plain files under articles/ or gold/: nothing an archive could place
                # elsewhere.
                parts = Path(member.name).parts
                if not member.isfile() or len(parts) != 2 or parts[0] not in ("articles", "gold"):
                    raise SystemExit(f"{name}: unexpected member {member.name!r}")
            tar.extractall(dest, filter="data")


@contextlib.contextmanager
def unpacked(names: list[str]) -> Iterator[Path]:
    """A temporary set (`articles/`, `gold/`) holding the named held shares."""
    with tempfile.TemporaryDirectory(prefix="letopis-held-") as tmp:
        root = Path(tmp)
        (root / "articles").mkdir()
        (root / "gold").mkdir()
        _extract(names, root)
        yield root


def join(name: str) -> None:
    """Unpack a held share into the set itself and remove its archive."""
    path = archive(name)
    with unpacked([name]) as root:
        for part in ("articles", "gold"):
            for f in (root / part).iterdir():
                target = HERE / part / f.name
                if target.exists():
                    raise SystemExit(f"{target} exists already: not joined")
        for part in ("articles", "gold"):
            for f in (root / part).iterdir():
                shutil.copy2(f, HERE / part / f.name)
    path.unlink()


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "pack":
        print(pack(Path(argv[1]).resolve(), argv[2]))
        return 0
    if len(argv) == 2 and argv[0] == "join":
        join(argv[1])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
