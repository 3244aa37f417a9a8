"""Reading articles: files -> decoded text -> layout -> raw articles (pure, no DB).

Public API::

    iter_sources(paths) -> Iterator[Source | RejectedFile]
    read_source(src) -> RawArticle                  (raises RejectedFile for an empty HTML page)
    decode_bytes(data) -> (text, encoding)          (raises ContentError)
    extract_html(html) -> HtmlArticle               (raises ContentError)
    parse_jsonl(text) -> Iterator[JsonlRecord | RejectedLine]
    parse_layout(text) -> Layout
    normalise_for_id(text) -> str;  article_id(text) -> str
    mask_spans(text, spans) -> str                  (body text with offsets kept)
"""

from typing import TYPE_CHECKING

from .decode import decode_bytes, normalise_text
from .errors import ContentError, RejectedFile
from .html import HtmlArticle, extract_html
from .identity import article_id, normalise_for_id
from .jsonl import JsonlRecord, RejectedLine, parse_jsonl
from .listing import MAX_BYTES, MAX_CHARS, Source, iter_sources
from .spans import mask_spans, merge_spans

if TYPE_CHECKING:
    from .lang import guess_lang
    from .layout import Layout, PublishedHow, parse_layout
    from .sources import RawArticle, lead_title, read_source

# The layout rules and the reading of a source load on first use, not with the package: the
# ingest process lists files (iter_sources) and stores facts, and never reads an article
# (issue 13: on 2 cores every second of its CPU is taken from the workers).
_LAZY = {
    "guess_lang": ".lang",
    "Layout": ".layout",
    "PublishedHow": ".layout",
    "parse_layout": ".layout",
    "RawArticle": ".sources",
    "lead_title": ".sources",
    "read_source": ".sources",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_BYTES",
    "MAX_CHARS",
    "ContentError",
    "HtmlArticle",
    "JsonlRecord",
    "Layout",
    "PublishedHow",
    "RawArticle",
    "RejectedFile",
    "RejectedLine",
    "Source",
    "article_id",
    "decode_bytes",
    "extract_html",
    "guess_lang",
    "iter_sources",
    "lead_title",
    "mask_spans",
    "merge_spans",
    "normalise_for_id",
    "normalise_text",
    "parse_jsonl",
    "parse_layout",
    "read_source",
]
