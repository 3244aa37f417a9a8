"""Letopis temporal-expression resolver: every Russian date expression of a text, resolved
honestly to an interval with its precision and its reason (see DESIGN.md, "Date model")."""

from .extract import extract_dates
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
from .publication import infer_publication_date

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
