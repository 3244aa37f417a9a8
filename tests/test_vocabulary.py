"""The web explains every closed vocabulary that ingest writes (types, date reasons,
publication reasons) in both interface languages: nothing reaches the page raw."""

from __future__ import annotations

import typing

from app.ingest.dates import HOW_VALUES
from app.ingest.events import EVENT_TYPES
from app.ingest.reading import PublishedHow
from app.render import i18n


def test_every_event_type_has_labels() -> None:
    assert set(EVENT_TYPES) <= set(i18n.TYPES)


def test_every_date_reason_has_words() -> None:
    # The resolver's reasons, plus the fallbacks event extraction uses when a sentence
    # has no date of its own (see app/ingest/events/extract.py).
    fallbacks = {"publication-date", "before-publication", "unanchored"}
    assert set(HOW_VALUES) | fallbacks <= set(i18n.HOW)


def test_every_publication_reason_has_words() -> None:
    assert set(typing.get_args(PublishedHow)) <= set(i18n.PUBLISHED_HOW)


def test_labels_exist_in_both_languages() -> None:
    for table in (i18n.TYPES, i18n.HOW, i18n.PUBLISHED_HOW):
        for key, (en, ru) in table.items():
            assert en.strip() and ru.strip(), key
