"""Main text and metadata of an HTML page, with trafilatura (no hand-written tag regexes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .decode import normalise_text
from .errors import ContentError


def _trafilatura() -> Any:
    # Imported on first use: the ingest process that lists files and stores facts never
    # reads a page, and trafilatura (with lxml, courlan, htmldate) is a third of a second of
    # CPU taken from the workers (issue 13); the workers' fork server imports it once.
    import trafilatura

    return trafilatura


__all__ = ["HtmlArticle", "extract_html", "page_text"]


@dataclass(frozen=True)
class HtmlArticle:
    title: str | None
    text: str
    published: date | None
    author: str | None
    outlet: str | None
    url: str | None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _iso_date(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def page_text(html: str) -> str:
    """All the text of a page in one line, furniture included (to find the stamp that the
    main-text extraction leaves out)."""
    return " ".join((_trafilatura().html2txt(html) or "").split())


def extract_html(html: str) -> HtmlArticle:
    """Extract the article of an HTML page.

    The main text comes from trafilatura (scripts, styles, navigation, comments and
    boilerplate dropped; paragraphs on their own lines). Metadata (title, author, site name
    as outlet, canonical URL) come from trafilatura's metadata extraction; the publication
    date only from the page's explicit date markup (meta tags, JSON-LD, ``<time>``, URL):
    the extensive text search is off so that a copyright year or a date in the article's
    text is never taken as the publication date.

    Raises :class:`ContentError` when the page has no article text.
    """
    doc = _trafilatura().bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not text.strip():
        raise ContentError("no article text after extraction")
    return HtmlArticle(
        title=_clean(getattr(doc, "title", None)),
        text=normalise_text(text.strip()),
        published=_iso_date(getattr(doc, "date", None)),
        author=_clean(getattr(doc, "author", None)),
        outlet=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)),
    )
