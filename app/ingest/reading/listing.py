"""Files and folders -> sources: the walk of `letopis ingest` over the paths it is given.

The rules are those of :mod:`.sources` (which re-exports all of this): extensions, symlinks,
sizes, decoding, one source per JSON Lines line. Apart from the reading of a source into an
article (layout, stamps, dates: :func:`.sources.read_source`) so that the ingest process,
which lists the files and stores the workers' facts, imports none of the reader's rules
(issue 13: on 2 cores its CPU is taken from the workers).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from .decode import decode_bytes
from .errors import ContentError, RejectedFile
from .jsonl import JsonlRecord, RejectedLine, parse_jsonl_line

__all__ = ["EXTENSIONS", "MAX_BYTES", "MAX_CHARS", "Kind", "Source", "iter_sources"]

Kind = Literal["txt", "html", "jsonl"]

MAX_BYTES = 5 * 1024 * 1024
# Analysis time and memory grow with the text, not the file: 3 MB of HTML can hold 1.5 M
# characters of text (measured: > 5 min and > 3 GB). About 8,000 news sentences.
MAX_CHARS = 1_000_000
EXTENSIONS: dict[str, Kind] = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


@dataclass(frozen=True)
class Source:
    path: str  # resolved absolute path of the file
    file: str  # base name as named or walked; "name.jsonl#L3" for a JSON Lines article
    kind: Kind
    text: str  # decoded, normalised text (for a JSON Lines article: its "text")
    encoding: str
    record: JsonlRecord | None = None  # JSON Lines only


# --------------------------------------------------------------------------- walking


def _size_reason(size: int, limit: int) -> str:
    return f"file is {size / 2**20:.1f} MB, over the {limit / 2**20:g} MB limit"


def _stat_error_reason(path: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(exc, FileNotFoundError):
        return "broken symlink" if os.path.islink(path) else "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def _stored_name(name: str) -> str:
    """A path or file name as stored (UTF-8 text): the bytes of a name that is not valid
    UTF-8 (os gives them as surrogate escapes, which no database accepts) become ``\\xNN``."""
    if not any("\udc80" <= c <= "\udcff" for c in name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class _Walker:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.seen_files: set[str] = set()
        self.seen_dirs: set[tuple[int, int]] = set()

    def arg(self, path: str) -> Iterator[Source | RejectedFile]:
        try:
            st = os.stat(path)
        except OSError as exc:
            yield RejectedFile(path, _stat_error_reason(path, exc))
            return
        if stat.S_ISDIR(st.st_mode):
            yield from self.directory(path, st, ())
        elif stat.S_ISREG(st.st_mode):
            ext = os.path.splitext(path)[1].lower()
            if ext not in EXTENSIONS:
                yield RejectedFile(
                    path,
                    f"unsupported file type {ext or '(no extension)'!r} "
                    "(expected .txt, .html, .htm or .jsonl)",
                )
                return
            yield from self.file(path, st)
        else:
            yield RejectedFile(path, "not a regular file")

    def directory(
        self, path: str, st: os.stat_result, stack: tuple[tuple[int, int], ...]
    ) -> Iterator[Source | RejectedFile]:
        key = (st.st_dev, st.st_ino)
        if key in self.seen_dirs:
            return
        self.seen_dirs.add(key)
        stack = (*stack, key)
        try:
            with os.scandir(path) as it:
                names = sorted(entry.name for entry in it)
        except OSError as exc:
            yield RejectedFile(path, _stat_error_reason(path, exc))
            return
        for name in names:
            if name.startswith("."):
                continue
            full = os.path.join(path, name)
            try:
                child = os.stat(full)
            except OSError as exc:
                if os.path.splitext(name)[1].lower() in EXTENSIONS or exc.errno == errno.ELOOP:
                    yield RejectedFile(full, _stat_error_reason(full, exc))
                continue
            if stat.S_ISDIR(child.st_mode):
                if (child.st_dev, child.st_ino) in stack:
                    yield RejectedFile(full, "symlink loop")
                    continue
                yield from self.directory(full, child, stack)
            elif stat.S_ISREG(child.st_mode):
                if os.path.splitext(name)[1].lower() in EXTENSIONS:
                    yield from self.file(full, child)

    def file(self, path: str, st: os.stat_result) -> Iterator[Source | RejectedFile]:
        resolved = os.path.realpath(path)
        if resolved in self.seen_files:
            return
        self.seen_files.add(resolved)
        name = os.path.basename(path)
        kind = EXTENSIONS[os.path.splitext(name)[1].lower()]
        if st.st_size == 0:
            yield RejectedFile(path, "empty file")
            return
        if kind == "jsonl":
            yield from self.jsonl(path, resolved, name)
            return
        if st.st_size > self.max_bytes:
            yield RejectedFile(path, _size_reason(st.st_size, self.max_bytes))
            return
        try:
            with open(resolved, "rb") as fh:
                data = fh.read(self.max_bytes + 1)
        except OSError as exc:
            yield RejectedFile(path, _stat_error_reason(path, exc))
            return
        if len(data) > self.max_bytes:  # grew since stat
            yield RejectedFile(path, _size_reason(len(data), self.max_bytes))
            return
        try:
            text, encoding = decode_bytes(data)
        except ContentError as exc:
            yield RejectedFile(path, exc.reason)
            return
        if not text.strip():
            yield RejectedFile(path, "empty file (only whitespace)")
            return
        yield Source(
            path=_stored_name(resolved),
            file=_stored_name(name),
            kind=kind,
            text=text,
            encoding=encoding,
        )

    def jsonl(self, path: str, resolved: str, name: str) -> Iterator[Source | RejectedFile]:
        try:
            fh = open(resolved, "rb")  # streamed line by line below
        except OSError as exc:
            yield RejectedFile(path, _stat_error_reason(path, exc))
            return
        found = False
        with fh:
            number = 0
            while True:
                raw = fh.readline(self.max_bytes + 1)
                if not raw:
                    break
                number += 1
                where = f"{path}#L{number}"
                if len(raw) > self.max_bytes and not raw.endswith(b"\n"):
                    while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                        raw = fh.readline(self.max_bytes + 1)
                    found = True
                    limit = f"{self.max_bytes / 2**20:g} MB"
                    yield RejectedFile(where, f"line is over the {limit} limit")
                    continue
                if number == 1:
                    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                        yield RejectedFile(path, "cannot decode: JSON Lines must be UTF-8")
                        return
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    found = True
                    yield RejectedFile(where, "cannot decode: line is not UTF-8")
                    continue
                result = parse_jsonl_line(line, number)
                if result is None:
                    continue
                found = True
                if isinstance(result, RejectedLine):
                    yield RejectedFile(where, result.reason)
                    continue
                # Each record is an article of its own: keyed by its line, so the next
                # record of the same file does not "replace" it.
                yield Source(
                    path=_stored_name(f"{resolved}#L{number}"),
                    file=_stored_name(f"{name}#L{number}"),
                    kind="jsonl",
                    text=result.text,
                    encoding="utf-8",
                    record=result,
                )
        if not found:
            yield RejectedFile(path, "empty file (only whitespace)")


def iter_sources(
    paths: Sequence[str], *, max_bytes: int = MAX_BYTES
) -> Iterator[Source | RejectedFile]:
    """Walk ``paths`` (files or folders) and yield sources or rejections, deterministically."""
    walker = _Walker(max_bytes)
    for path in paths:
        yield from walker.arg(os.fspath(path))
