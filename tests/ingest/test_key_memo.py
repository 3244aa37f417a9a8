"""The merge's views of a key set (places, plain words, numbered nouns, venues) are worked
out once per frozenset and read the same as from any other iterable (key_memo.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from app.ingest.events import ordinals, places, same_voice, trips
from app.ingest.events.key_memo import signature_keys

# Signatures of my own: a place, a numbered noun, a venue and plain words.
SIGNATURES = [
    "@казан переговор #раунд=3 %RU-TA делегац",
    "@минск @брест встреч министр",
    "#пакет=12 санкц банк",
    "",
]

VIEWS: list[Callable[[Iterable[str]], object]] = [
    places.places,
    places.words,
    ordinals.numbered,
    ordinals.plain,
    trips.venues,
    trips.plain,
    same_voice.wording,  # type: ignore[list-item]
]


@pytest.mark.parametrize("signature", SIGNATURES)
@pytest.mark.parametrize("view", VIEWS)
def test_view_of_a_frozenset_is_kept_and_reads_as_before(
    signature: str, view: Callable[[Iterable[str]], object]
) -> None:
    keys = signature_keys(signature)
    first = view(keys)
    assert view(keys) is first  # worked out once
    assert first == view(list(signature.split()))  # the same as from a list


@pytest.mark.parametrize("signature", SIGNATURES)
def test_one_key_set_per_signature_text(signature: str) -> None:
    again = "".join(list(signature))  # an equal text, another object (as read from a row)
    assert signature_keys(signature) is signature_keys(again)
    assert signature_keys(signature) == frozenset(signature.split())


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("#пакет=12 санкц", "#пакет=13 санкц", True),
        ("#пакет=12 санкц", "#пакет=12 банк", False),
        ("#раунд=2 консультац", "#пакет=3 санкц", False),
    ],
)
def test_ordinals_tell_apart_from_memo(a: str, b: str, apart: bool) -> None:
    for _ in range(2):  # the second time from the memo
        assert ordinals.apart(signature_keys(a), signature_keys(b)) is apart
