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

from .decode import decode_bytes, normalise_text
from .errors import ContentError, RejectedFile
from .html import HtmlArticle, extract_html
from .identity import article_id, normalise_for_id
from .jsonl import JsonlRecord, RejectedLine, parse_jsonl
from .lang import guess_lang
from .layout import Layout, PublishedHow, parse_layout
from .sources import MAX_BYTES, MAX_CHARS, RawArticle, Source, iter_sources, lead_title, read_source
from .spans import mask_spans, merge_spans

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
