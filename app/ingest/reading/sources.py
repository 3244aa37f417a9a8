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

import re
from dataclasses import dataclass
from datetime import date

from app.ingest.dates.page_year import year_of_yearless_stamp

from .errors import ContentError, RejectedFile
from .html import extract_html, page_text
from .identity import article_id
from .layout import PublishedHow, parse_layout
from .listing import EXTENSIONS, MAX_BYTES, MAX_CHARS, Kind, Source, iter_sources
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
