"""Dates in other typography read as their plain form: «2011 г.» before a name (year_words.py)
and a day with an ordinal ending («1-го сентября», dates/written.py), on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import event_rows, raw_article

PUB = dt.date(2012, 11, 16)  # a Friday

PLAIN_AND_VARIANTS: list[tuple[str, list[str]]] = [
    (
        "3 октября 2012 года Индия и Вьетнам подписали соглашение о торговле.",
        [
            "3 октября 2012 г. Индия и Вьетнам подписали соглашение о торговле.",
            "3-го октября 2012 года Индия и Вьетнам подписали соглашение о торговле.",
        ],
    ),
    (
        "В 2010 году Индия и Вьетнам подписали соглашение о торговле.",
        ["В 2010 г. Индия и Вьетнам подписали соглашение о торговле."],
    ),
    (
        "Премьер Индии и президент Вьетнама встретились в Ханое 1 ноября.",
        [
            "Премьер Индии и президент Вьетнама встретились в Ханое 1-го ноября.",
            "Премьер Индии и президент Вьетнама встретились в Ханое 1-е ноября.",
        ],
    ),
]


@pytest.mark.parametrize(("plain", "variants"), PLAIN_AND_VARIANTS)
def test_variant_reads_as_plain(pipeline: Pipeline, plain: str, variants: list[str]) -> None:
    expected = event_rows(pipeline.process(raw_article(plain, PUB)).events)
    assert expected
    for text in variants:
        assert event_rows(pipeline.process(raw_article(text, PUB)).events) == expected, text
