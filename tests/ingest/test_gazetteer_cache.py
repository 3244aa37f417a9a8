"""The built gazetteer cached on disk: read back when its data is unchanged, built anew when
the data changes or the file is damaged, and never a reason to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ingest.actors.cache import cached
from app.ingest.actors.gazetteer import Gazetteer
from app.ingest.actors.lemmas import Lemmatizer

TOML = """
[[actor]]
id = "sergey-lavrov"
name = "Sergey Lavrov"
name_ru = "Сергей Лавров"
kind = "person"
aliases = ["Сергей Лавров"]
"""


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return Lemmatizer()


def _load(lem: Lemmatizer, text: str, builds: list[int]) -> Gazetteer:
    def build() -> Gazetteer:
        builds.append(1)
        return Gazetteer.from_toml(text, lemmatizer=lem)

    return cached({"t.toml": text}, build, lem)


def test_read_back_while_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lem: Lemmatizer
) -> None:
    monkeypatch.setenv("LETOPIS_CACHE_DIR", str(tmp_path))
    builds: list[int] = []
    first = _load(lem, TOML, builds)
    second = _load(lem, TOML, builds)
    assert builds == [1]
    assert second.actors == first.actors and second.index == first.index
    assert second.lemmatizer is lem
    assert second.lemmatize("Сергея Лаврова") == "сергей лавров"
    # Changed data: built anew.
    _load(lem, TOML.replace("Sergey Lavrov", "S. Lavrov"), builds)
    assert builds == [1, 1]


def test_damaged_or_unwritable_cache_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lem: Lemmatizer
) -> None:
    monkeypatch.setenv("LETOPIS_CACHE_DIR", str(tmp_path))
    builds: list[int] = []
    _load(lem, TOML, builds)
    for f in tmp_path.glob("gazetteer-*.pickle"):
        f.write_bytes(b"not a pickle")
    assert "sergey-lavrov" in _load(lem, TOML, builds).actors
    assert builds == [1, 1]
    # A cache directory that cannot be made: the gazetteer is still built.
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("LETOPIS_CACHE_DIR", str(blocker / "sub"))
    assert "sergey-lavrov" in _load(lem, TOML, builds).actors
