"""Held-back shares: packed with only their articles and gold, unpacked into a set the
gold loader reads like the real one, and an archive that would write elsewhere refused."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from bench.reading import held
from bench.reading.gold import load

GOLD = """
[[actor]]
key = "Сергей Лавров"
en = "Sergey Lavrov"
kind = "person"
aliases = ["Лавров"]

[[article]]
file = "z01_agency_talks.txt"
published = "2019-03-05"
published_where = "dateline"

[[event]]
id = "z-talks"
type = "talks"
status = "happened"
start = "2019-03-04"
end = "2019-03-04"
precision = "day"
participants = ["Сергей Лавров"]
title = "Переговоры"
[[event.sources]]
file = "z01_agency_talks.txt"
key = "Лавров провел переговоры в Женеве"
date_text = "в понедельник"
"""


@pytest.fixture
def held_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(held, "HELD", tmp_path / "held")
    src = tmp_path / "src"
    (src / "articles").mkdir(parents=True)
    (src / "gold").mkdir()
    (src / "articles" / "z01_agency_talks.txt").write_text(
        "МОСКВА, 5 марта. В понедельник Лавров провел переговоры в Женеве.\n", encoding="utf-8"
    )
    (src / "gold" / "z.toml").write_text(GOLD, encoding="utf-8")
    (src / "notes.md").write_text("not packed", encoding="utf-8")
    held.pack(src, "z")
    return tmp_path / "held"


def test_pack_and_unpack_give_a_set_the_loader_reads(held_dir: Path) -> None:
    with tarfile.open(held_dir / "z.tar.gz") as tar:
        assert sorted(tar.getnames()) == ["articles/z01_agency_talks.txt", "gold/z.toml"]
    with held.unpacked(["z"]) as root:
        gold, problems = load(None, root)
        assert problems == []
        assert [e.id for e in gold.events] == ["z-talks"]
        assert gold.articles_dir == root / "articles"
    assert not root.exists()


def test_an_unknown_share_is_named(held_dir: Path) -> None:
    with pytest.raises(SystemExit, match="no held share 'y'.*held: z"), held.unpacked(["y"]):
        pass


def test_a_member_outside_articles_or_gold_is_refused(held_dir: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        data = b"x"
        info = tarfile.TarInfo("../escape.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    (held_dir / "bad.tar.gz").write_bytes(buf.getvalue())
    with pytest.raises(SystemExit, match="unexpected member"), held.unpacked(["bad"]):
        pass
