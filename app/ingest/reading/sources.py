"""Files and folders -> sources -> raw articles.

:func:`iter_sources` walks the paths given (in the order given; folders in sorted name
order, recursively), follows symlinks safely, and yields a :class:`Source` for each readable
article (one per line for ``.jsonl``) or a :class:`.errors.RejectedFile` with a reason.
:func:`read_source` turns a source into a :class:`RawArticle` (pure: no I/O).

Rules:

* accepted extensions (any case): ``.txt``, ``.html``, ``.htm``, ``.jsonl``; inside folders
  other files and hidden entries (names starting with ``.``) are skipped silently; a file
  named explicitly with another extension is rejected;
* a file reached twice (named twice, or through two symlinks) is read once;
* a directory symlink pointing back to one of its ancestors is reported once as a
  ``symlink loop`` and not followed; a self-referencing symlink likewise; a directory reached
  again by another route is skipped silently; a dangling symlink is a ``broken symlink``;
* rejected: unreadable (``permission denied``), empty, over 5 MB (checked with ``stat``
  before reading: a big file is never loaded), binary, undecodable; by
  :func:`read_source`, an article whose text is over 1 M characters (:data:`MAX_CHARS`).
  For ``.jsonl`` the 5 MB limit applies to each line (the file is streamed), lines must be
  UTF-8, and each bad line is rejected alone as ``<path>#L<n>``.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from app.ingest.dates.page_year import year_of_yearless_stamp

from .decode import decode_bytes
from .errors import ContentError, RejectedFile
from .html import extract_html, page_text
from .identity import article_id
from .jsonl import JsonlRecord, RejectedLine, parse_jsonl_line
from .layout import PublishedHow, parse_layout
from .spans import Span, mask_spans
from .stamp_line import timestamp
from .stamps import reconcile, stamp_after_title, stamp_before_title
from .urldate import date_from_url

__all__ = [
    "EXTENSIONS",
    "MAX_BYTES",
    "MAX_CHARS",
    "Kind",
    "RawArticle",
    "Source",
    "iter_sources",
    "lead_title",
    "read_source",
]

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


@dataclass(frozen=True)
class RawArticle:
    file: str
    path: str
    text: str  # the stored text; spans below are offsets into it
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: date | None
    published_how: PublishedHow
    partial_date: tuple[int, int] | None
    excluded: tuple[Span, ...]
    lang: str
    encoding: str
    kind: Kind = "txt"
    date_span: Span | None = None

    @property
    def id(self) -> str:
        return article_id(self.text)

    @property
    def body(self) -> str:
        """The text with excluded spans blanked (same length: offsets stay valid)."""
        return mask_spans(self.text, self.excluded)


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


# --------------------------------------------------------------------------- reading

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”]?\s")


def lead_title(body: str, limit: int = 120) -> str | None:
    """A stand-in title: the first sentence of ``body`` (masked text), cut at a word
    boundary to ``limit`` characters with an ellipsis."""
    text = " ".join(body.split())
    if not text:
        return None
    m = _SENTENCE_END.search(text)
    first = text[: m.start()] if m else text
    first = first.rstrip()
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def read_source(src: Source) -> RawArticle:
    """The article of ``src``: text, metadata and layout.

    * ``txt``: the decoded text; everything from :func:`.layout.parse_layout`;
    * ``html``: the text extracted by trafilatura is the stored text; the page's metadata
      (title, published -> ``header``, author, site name, URL) win over layout guesses;
    * ``jsonl``: the record's fields win over layout guesses (``published`` -> ``header``).

    The article's own stamp replaces a record's or page's date when the two differ by one day
    («Вчера, 14:10» counts from it; see :mod:`.stamps`); with no date at all, the day in the
    record's or page's address (``url``, see :mod:`.urldate`).

    When no title is found the first sentence of the body stands in (see :func:`lead_title`).
    Raises :class:`.errors.RejectedFile` when an HTML page has no article text, or when the
    text is longer than :data:`MAX_CHARS`.
    """
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    text = src.text
    if src.kind == "html":
        try:
            page = extract_html(src.text)
        except ContentError as exc:
            raise RejectedFile(src.path, exc.reason) from exc
        text = page.text
        title, author, outlet, url, published = (
            page.title,
            page.author,
            page.outlet,
            page.url,
            page.published,
        )
    elif src.kind == "jsonl" and src.record is not None:
        rec = src.record
        text = rec.text
        title, author, outlet, url, published = (
            rec.title,
            rec.author,
            rec.outlet,
            rec.url,
            rec.published,
        )
    if len(text) > MAX_CHARS:
        raise RejectedFile(
            src.path,
            f"article text is {len(text) / 1e6:.1f} M characters, "
            f"over the {MAX_CHARS / 1e6:g} M limit",
        )
    layout = parse_layout(text)
    url = url or layout.url
    if src.kind == "html" and not any(c.isalpha() for c in mask_spans(text, layout.excluded)):
        raise RejectedFile(src.path, "no article text after extraction")
    how: PublishedHow = layout.published_how
    partial = layout.partial_date
    date_span = layout.date_span
    if published is not None:
        own = reconcile(published, layout.published, partial, layout.stamp_offset)
        if own is not None:  # the article's own stamp, a day off the record's date
            published = own
            how = layout.published_how if layout.published_how == "dateline" else "header"
        else:
            how = "header"
        partial = None
        date_span = layout.date_span if own is not None or layout.published == published else None
    else:
        published = layout.published
    if published is None and partial is None and src.kind == "html":
        # the stamp under the headline that main-text extraction left out
        whole, head = page_text(src.text), title or layout.title
        stamp = stamp_after_title(whole, head, timestamp) or stamp_before_title(
            whole, head, timestamp
        )
        if stamp is not None:
            published, how = stamp, "header"
    from_url = date_from_url(url) if published is None else None
    if from_url is not None and partial in (None, (from_url.day, from_url.month)):
        # the address's day, or the year for a stamp that gave the same day and month
        published, how = from_url, ("url" if partial is None else how)
        partial = None
    if published is None and src.kind == "html":
        # no day in the address either: a stamp's hour without its year on a page whose
        # copyright ends in that year (app.ingest.dates.page_year)
        published = year_of_yearless_stamp(
            src.text, mask_spans(text, layout.excluded), *(partial or (None, None))
        )
        if published is not None:
            how, partial = "header", None
    title = title or layout.title or lead_title(mask_spans(text, layout.excluded))
    return RawArticle(
        file=src.file,
        path=src.path,
        text=text,
        title=title,
        outlet=outlet or layout.outlet,
        author=author or layout.author,
        url=url,
        published=published,
        published_how=how,
        partial_date=partial,
        excluded=layout.excluded,
        lang=layout.lang,
        encoding=src.encoding,
        kind=src.kind,
        date_span=date_span,
    )
