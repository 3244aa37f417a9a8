"""A built gazetteer kept on disk between runs, so that a worker does not lemmatise the
world's ~2,000 aliases again on every start (pymorphy3 takes ~3 s over them, most of it
guessing foreign names it does not know).

The file is keyed by the SHA-256 of the data files' texts, of the code that builds the
gazetteer and of the pymorphy3 version, so any change to them builds it anew. It lives in
``$LETOPIS_CACHE_DIR`` (default: ``$XDG_CACHE_HOME/letopis`` or ``~/.cache/letopis``), is
written atomically, and is only ever read back by this same code from the user's own cache
directory; when it cannot be read or written the gazetteer is simply built.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import pickle  # noqa: S403  # our own cache file, see the module docstring
import tempfile
from collections.abc import Callable, Mapping
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ingest.actors.gazetteer import Gazetteer
    from app.ingest.actors.lemmas import Lemmatizer

_CODE = ("gazetteer.py", "gazetteer_data.py", "lemmas.py", "cache.py")


def cache_dir() -> Path:
    explicit = os.environ.get("LETOPIS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "letopis"


def _key(texts: Mapping[str, str]) -> str:
    h = hashlib.sha256()
    for name in sorted(texts):
        h.update(name.encode() + b"\0" + texts[name].encode() + b"\0")
    here = Path(__file__).parent
    for name in _CODE:
        h.update((here / name).read_bytes())
    with contextlib.suppress(metadata.PackageNotFoundError):
        h.update(metadata.version("pymorphy3").encode())
    return h.hexdigest()[:32]


def cached(
    texts: Mapping[str, str], build: Callable[[], Gazetteer], lemmatizer: Lemmatizer
) -> Gazetteer:
    """The gazetteer of `texts`: read from the cache when a file for them is there, else
    `build()` and stored for the next run."""
    path = cache_dir() / f"gazetteer-{_key(texts)}.pickle"
    try:
        with path.open("rb") as f:
            stored = pickle.load(f)  # noqa: S301  # written by `_store` below, never foreign
        return dataclasses.replace(stored, lemmatizer=lemmatizer)  # type: ignore[no-any-return]
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
        pass
    gaz = build()
    _store(path, dataclasses.replace(gaz, lemmatizer=None))  # type: ignore[arg-type]
    return gaz


def _store(path: Path, gaz: object) -> None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
