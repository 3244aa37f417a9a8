"""Letopis temporal-expression resolver: every Russian date expression of a text, resolved
honestly to an interval with its precision and its reason (see DESIGN.md, "Date model")."""

from typing import TYPE_CHECKING

from .model import (
    HOW_EXPLAINED,
    HOW_VALUES,
    DateMention,
    DateValue,
    How,
    Precision,
    Tense,
    mention_to_json,
)

if TYPE_CHECKING:
    from .extract import extract_dates
    from .publication import infer_publication_date

# The resolver's rules load on first use, not with the package: the ingest process that only
# stores facts reads the model (DateMention, DateValue) and never the rules (issue 13: every
# module it imports is CPU taken from the two workers on a 2-core machine).
_LAZY = {"extract_dates": ".extract", "infer_publication_date": ".publication"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "HOW_EXPLAINED",
    "HOW_VALUES",
    "DateMention",
    "DateValue",
    "How",
    "Precision",
    "Tense",
    "extract_dates",
    "infer_publication_date",
    "mention_to_json",
]
