"""Files and folders: walking, rejections, HTML, JSON Lines, article identity."""

from __future__ import annotations

import builtins
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.ingest.reading import (
    JsonlRecord,
    RawArticle,
    RejectedFile,
    RejectedLine,
    Source,
    article_id,
    extract_html,
    iter_sources,
    normalise_for_id,
    parse_jsonl,
    read_source,
)
from app.ingest.reading import listing as sources_mod  # the walk (iter_sources) lives there
from app.ingest.reading.errors import ContentError

ARTICLE = (
    "Лавров и Ван И обсудили ситуацию на Корейском полуострове\n\n"
    "ПЕКИН, 1 апр — РИА Новости. Министр иностранных дел России Сергей Лавров и глава МИД "
    "КНР Ван И обсудили ситуацию на Корейском полуострове, сообщили в понедельник в "
    "российском внешнеполитическом ведомстве.\n\n"
    "Стороны договорились продолжить консультации. Следующая встреча запланирована на осень.\n"
)


def walk(*paths: Path | str) -> list[Source | RejectedFile]:
    return list(iter_sources([str(p) for p in paths]))


def rejected(items: list[Source | RejectedFile]) -> dict[str, str]:
    return {os.path.basename(r.path): r.reason for r in items if isinstance(r, RejectedFile)}


def sources(items: list[Source | RejectedFile]) -> list[Source]:
    return [s for s in items if isinstance(s, Source)]


# ------------------------------------------------------------------ walking


def test_folder_walk_is_sorted_recursive_and_filters_extensions(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.TXT").write_text(ARTICLE.replace("Лавров", "Рябков"), encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 whatever")
    (tmp_path / "README").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.htm").write_text("<html><body><p>" + ARTICLE + "</p></body></html>", "utf-8")
    (sub / "d.jsonl").write_text('{"text": "Первая статья."}\n{"text": "Вторая статья."}\n')
    items = walk(tmp_path)
    assert rejected(items) == {}
    got = [(s.file, s.kind) for s in sources(items)]
    assert got == [
        ("a.TXT", "txt"),
        ("b.txt", "txt"),
        ("c.htm", "html"),
        ("d.jsonl#L1", "jsonl"),
        ("d.jsonl#L2", "jsonl"),
    ]
    assert all(os.path.isabs(s.path) for s in sources(items))


def test_arguments_keep_their_order_and_duplicates_are_read_once(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "y.txt").write_text(ARTICLE + "Ещё абзац.\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "x.txt")
    items = walk(tmp_path / "y.txt", tmp_path, tmp_path / "x.txt")
    assert [s.file for s in sources(items)] == ["y.txt", "link.txt"]
    assert sources(items)[1].path == str((tmp_path / "x.txt").resolve())


def test_explicit_unknown_extension_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "article.docx"
    f.write_bytes(b"PK\x03\x04")
    assert rejected(walk(f)) == {
        "article.docx": "unsupported file type '.docx' (expected .txt, .html, .htm or .jsonl)"
    }


def test_missing_path(tmp_path: Path) -> None:
    assert rejected(walk(tmp_path / "nope.txt")) == {"nope.txt": "no such file or directory"}


# ------------------------------------------------------------------ rejections


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    (tmp_path / "blank.jsonl").write_text("\n\n", encoding="utf-8")
    assert rejected(walk(tmp_path)) == {
        "blank.jsonl": "empty file (only whitespace)",
        "blank.txt": "empty file (only whitespace)",
        "empty.txt": "empty file",
    }


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert rejected(walk(tmp_path)) == {"image.txt": "binary or not text (NUL bytes)"}


def test_undecodable_file(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Grüße aus Köln, schöne Straße".encode("latin-1"))
    assert rejected(walk(tmp_path)) == {
        "latin1.txt": "cannot decode: not UTF-8/UTF-16/Windows-1251/KOI8-R"
    }


def test_huge_sparse_file_is_rejected_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.touch()
    os.truncate(big, 50 * 1024 * 1024)  # sparse: costs no disk

    def no_open(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(sources_mod, "open", no_open, raising=False)
    assert rejected(walk(big)) == {"big.txt": "file is 50.0 MB, over the 5 MB limit"}


def test_just_over_the_limit(tmp_path: Path) -> None:
    f = tmp_path / "over.txt"
    f.write_bytes(("абв " * 2_000_000).encode("cp1251")[: 5 * 1024 * 1024 + 1])
    assert rejected(walk(f)) == {"over.txt": "file is 5.0 MB, over the 5 MB limit"}


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    f.chmod(0)
    try:
        if os.geteuid() == 0:  # root reads anyway: simulate the refusal
            real_open = builtins.open

            def denying_open(file: Any, *args: Any, **kwargs: Any) -> Any:
                if str(file).endswith("secret.txt"):
                    raise PermissionError(13, "Permission denied", str(file))
                return real_open(file, *args, **kwargs)

            monkeypatch.setattr(sources_mod, "open", denying_open, raising=False)
        assert rejected(walk(tmp_path)) == {"secret.txt": "permission denied"}
    finally:
        f.chmod(0o644)


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "locked"
    d.mkdir()

    def denying_scandir(path: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sources_mod.os, "scandir", denying_scandir)
    assert rejected(walk(d)) == {"locked": "permission denied"}


def test_symlink_loop_is_reported_once(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    inner = root / "inner"
    inner.mkdir(parents=True)
    (inner / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (inner / "back").symlink_to(root, target_is_directory=True)  # inner/back -> corpus
    (root / "self.txt").symlink_to(root / "self.txt")  # points at itself
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    items = walk(root)
    rej = [r for r in items if isinstance(r, RejectedFile)]
    assert sorted((os.path.basename(r.path), r.reason) for r in rej) == [
        ("back", "symlink loop"),
        ("dangling.txt", "broken symlink"),
        ("self.txt", "symlink loop"),
    ]
    assert [s.file for s in sources(items)] == ["a.txt"]


def test_two_routes_to_one_folder_are_not_a_loop(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    items = walk(tmp_path)
    assert rejected(items) == {}
    assert [s.file for s in sources(items)] == ["a.txt"]


# ------------------------------------------------------------------ encodings and identity


ENCODED = {
    "utf8.txt": ARTICLE.encode("utf-8"),
    "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
    "utf16le.txt": b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
    "utf16be.txt": b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
    "win.txt": ARTICLE.replace("—", "-").encode("cp1251"),
    "koi.txt": ARTICLE.replace("—", "-").encode("koi8_r"),
    "crlf.txt": ARTICLE.replace("\n", "\r\n").encode("utf-8"),
}


def test_each_encoding_reads_the_same_article(tmp_path: Path) -> None:
    for name, data in ENCODED.items():
        (tmp_path / name).write_bytes(data)
    arts = {s.file: read_source(s) for s in sources(walk(tmp_path))}
    assert {n: a.encoding for n, a in arts.items()} == {
        "bom.txt": "utf-8-sig",
        "crlf.txt": "utf-8",
        "koi.txt": "koi8-r",
        "utf16be.txt": "utf-16-be",
        "utf16le.txt": "utf-16-le",
        "utf8.txt": "utf-8",
        "win.txt": "cp1251",
    }
    unicode_ids = {
        arts[n].id for n in ("utf8.txt", "bom.txt", "utf16le.txt", "utf16be.txt", "crlf.txt")
    }
    assert unicode_ids == {article_id(ARTICLE)}
    assert arts["win.txt"].id == arts["koi.txt"].id == article_id(ARTICLE.replace("—", "-"))
    for art in arts.values():
        assert art.partial_date == (1, 4) and art.published_how == "dateline"
        assert art.outlet == "РИА Новости"
        assert art.title == "Лавров и Ван И обсудили ситуацию на Корейском полуострове"


def test_short_single_byte_files(tmp_path: Path) -> None:
    text = "Лавров: диалог с США идёт\n"
    (tmp_path / "a.txt").write_bytes(text.encode("koi8_r"))
    (tmp_path / "b.txt").write_bytes(text.encode("cp1251"))
    got = [(s.encoding, s.text) for s in sources(walk(tmp_path))]
    assert got == [("koi8-r", text), ("cp1251", text)]


def test_normalise_for_id() -> None:
    assert normalise_for_id("\ufeff  Два\r\n\tслова  ") == "Два слова"
    assert normalise_for_id("и\u0306") == "й"
    assert article_id("Два  слова") == article_id("Два\nслова\n")
    assert len(article_id("x")) == 16 and int(article_id("x"), 16) >= 0
    assert article_id("Два слова") != article_id("Три слова")


# ------------------------------------------------------------------ HTML


PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>Лавров провёл переговоры с Рубио — Новости Мира</title>
<meta property="og:title" content="Лавров провёл переговоры с Рубио">
<meta property="og:site_name" content="Новости Мира">
<meta name="author" content="Иван Петров">
<meta property="article:published_time" content="2025-02-18T10:15:00+03:00">
<link rel="canonical" href="https://example.ru/news/1">
<style>body { color: red } .secret { display: none }</style>
<script>var tracking = "СКРИПТ НЕ НУЖЕН";</script>
</head><body>
<nav><a href="/">Главная</a> <a href="/world">Мир</a> <a href="/x">НАВИГАЦИЯ САЙТА</a></nav>
<article><h1>Лавров провёл переговоры с Рубио</h1>
<p>Министр иностранных дел России Сергей Лавров провёл переговоры с госсекретарём США
Марко Рубио в Эр-Рияде, сообщили во вторник в МИД России.</p>
<p>Стороны обсудили восстановление работы посольств и подготовку возможной встречи
президентов двух стран.</p>
<p>«Разговор был полезным», — сказал Лавров журналистам после встречи.</p>
</article>
<footer>© 2014-2024 Новости Мира. Все права защищены.</footer>
<script>console.log("ЕЩЁ СКРИПТ")</script>
</body></html>"""


def test_extract_html_drops_script_style_nav_and_reads_metadata() -> None:
    page = extract_html(PAGE)
    assert page.title == "Лавров провёл переговоры с Рубио"
    assert page.published == date(2025, 2, 18)
    assert page.author == "Иван Петров"
    assert page.outlet == "Новости Мира"
    assert page.url == "https://example.ru/news/1"
    assert "Сергей Лавров провёл переговоры" in page.text
    assert "«Разговор был полезным»" in page.text
    for noise in ("СКРИПТ", "color: red", "НАВИГАЦИЯ", "display"):
        assert noise not in page.text


def test_html_without_date_markup_has_no_date_even_with_copyright() -> None:
    page = PAGE.replace(
        '<meta property="article:published_time" content="2025-02-18T10:15:00+03:00">', ""
    )
    assert extract_html(page).published is None


def test_html_source_in_cp1251(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(
        PAGE.replace('charset="utf-8"', 'charset="windows-1251"')
        .replace("—", "-")
        .replace("«", '"')
        .replace("»", '"')
        .replace("©", "(c)")
        .encode("cp1251")
    )
    (src,) = sources(walk(tmp_path))
    art = read_source(src)
    assert src.encoding == "cp1251"
    assert art.kind == "html"
    assert art.title == "Лавров провёл переговоры с Рубио"
    assert (art.published, art.published_how) == (date(2025, 2, 18), "header")
    assert art.outlet == "Новости Мира" and art.author == "Иван Петров"
    assert art.url == "https://example.ru/news/1"
    assert art.text.startswith("Лавров провёл переговоры с Рубио")


def test_html_without_article_text_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="no article text"):
        extract_html("<html><head><script>x=1</script></head><body></body></html>")
    (tmp_path / "blank.html").write_text("<html><body><nav>Меню</nav></body></html>", "utf-8")
    (src,) = sources(walk(tmp_path))
    with pytest.raises(RejectedFile, match="no article text after extraction"):
        read_source(src)


# ------------------------------------------------------------------ JSON Lines


def test_parse_jsonl_good_and_bad_lines() -> None:
    text = "\n".join(
        [
            '{"text": "Первая статья.", "title": "Один", "published": "2026-02-03",'
            ' "url": "https://e.x/1", "outlet": "ТАСС", "author": "Анна Петрова"}',
            "{not json",
            '{"title": "без текста"}',
            "",
            '["a list"]',
            '{"text": "Вторая.", "published": "2026-02-03T21:30:00Z"}',
            '{"text": "Третья.", "published": "вчера"}',
            '{"text": "   "}',
            '{"text": "Четвёртая.", "title": 5}',
            '{"text": "Пятая.\\r\\nСтрока.", "published": "2026-02-03 08:00"}',
        ]
    )
    got = list(parse_jsonl(text))
    assert got[0] == JsonlRecord(
        line=1,
        text="Первая статья.",
        title="Один",
        published=date(2026, 2, 3),
        url="https://e.x/1",
        outlet="ТАСС",
        author="Анна Петрова",
    )
    assert isinstance(got[1], RejectedLine) and got[1].line == 2
    assert got[1].reason.startswith("invalid JSON")
    assert got[2] == RejectedLine(3, '"text" is missing or not a string')
    assert got[3] == RejectedLine(5, "expected a JSON object, got list")
    assert got[4] == JsonlRecord(line=6, text="Вторая.", published=date(2026, 2, 3))
    assert got[5] == RejectedLine(7, "published 'вчера' is not an ISO date or datetime")
    assert got[6] == RejectedLine(8, '"text" is empty')
    assert got[7] == RejectedLine(9, '"title" is not a string')
    assert got[8] == JsonlRecord(line=10, text="Пятая.\nСтрока.", published=date(2026, 2, 3))
    assert len(got) == 9  # the blank line 4 is skipped


def test_jsonl_file_records_win_over_layout(tmp_path: Path) -> None:
    lines = [
        '{"text": ' + _json(ARTICLE) + ', "title": "Свой заголовок", "published": "2025-04-01",'
        ' "outlet": "Коммерсантъ", "url": "https://e.x/a"}',
        "oops",
        '{"text": ' + _json(ARTICLE) + "}",
    ]
    (tmp_path / "feed.jsonl").write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    items = walk(tmp_path)
    rej = [r for r in items if isinstance(r, RejectedFile)]
    assert [(os.path.basename(r.path), r.reason[:12]) for r in rej] == [
        ("feed.jsonl#L2", "invalid JSON")
    ]
    arts: list[RawArticle] = [read_source(s) for s in sources(items)]
    assert [a.file for a in arts] == ["feed.jsonl#L1", "feed.jsonl#L3"]
    first, third = arts
    assert (first.title, first.outlet, first.url) == (
        "Свой заголовок",
        "Коммерсантъ",
        "https://e.x/a",
    )
    assert (first.published, first.published_how, first.partial_date) == (
        date(2025, 4, 1),
        "header",
        None,
    )
    # without fields, the layout's guesses are used
    assert third.title == "Лавров и Ван И обсудили ситуацию на Корейском полуострове"
    assert third.outlet == "РИА Новости"
    assert (third.published, third.partial_date, third.published_how) == (
        None,
        (1, 4),
        "dateline",
    )
    assert first.id == third.id == article_id(ARTICLE)


def test_jsonl_line_not_utf8(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'{"text": "ok"}\n' + '{"text": "кои"}'.encode("koi8_r") + b"\n")
    items = walk(f)
    assert rejected(items) == {"mixed.jsonl#L2": "cannot decode: line is not UTF-8"}
    assert [s.file for s in sources(items)] == ["mixed.jsonl#L1"]


def _json(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)
