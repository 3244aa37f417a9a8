"""Article identity: the same text in another file or encoding is one article."""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["ID_LENGTH", "article_id", "normalise_for_id"]

# An article id is this many hex digits of the SHA-256 of its normalised text.
ID_LENGTH = 16


def normalise_for_id(text: str) -> str:
    """NFC, every run of whitespace (newlines included) collapsed to one space, stripped.
    A byte-order mark left in the text is dropped."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    return " ".join(text.split())


def article_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of :func:`normalise_for_id` of ``text``."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:ID_LENGTH]
