"""Hostile input: every bad file is rejected with one clear line or ingested whole.

One real `letopis ingest` run over a folder of hostile files (module fixture), then one
test per case on its outcome; cases that need their own run (a changed file, the 50 MB
file's memory, permissions, big inputs) have their own.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.config import Settings
from app.ingest.reading import normalise_text

from .corpus import article
from .helpers import (
    ROOT,
    assert_clean_stderr,
    check_integrity,
    child_env,
    connect,
    rejections,
    run_ingest_cli,
)

XSS_TITLE = '<script>alert(1)</script> Лавров ответил на вопросы " onmouseover=alert(2) x="'
XSS_BODY = (
    f"{XSS_TITLE}\n\n"
    "МОСКВА, 12 марта 2025 года. Министр иностранных дел России Сергей Лавров 11 марта 2025 "
    "года провёл переговоры с госсекретарём США Марко Рубио. <script>alert(1)</script> "
    'Стороны обсудили " onmouseover=alert(3) data-x=" урегулирование на Украине.\n'
)

HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>Лавров провёл переговоры с Ван И</title>
<meta property="article:published_time" content="2025-04-02T10:00:00+03:00">
<style>body { color: red } .STYLE_MARKER { display: none }</style>
<script>var SCRIPT_MARKER = "document.cookie"; alert("SCRIPT_MARKER");</script>
</head><body>
<nav><a href="/">Главная</a> <a href="/world">В мире</a></nav>
<article><h1>Лавров провёл переговоры с Ван И</h1>
<p>ПЕКИН, 2 апреля 2025 года. Министр иностранных дел России Сергей Лавров 1 апреля 2025 года
провёл переговоры с главой МИД КНР Ван И, сообщили в российском внешнеполитическом
ведомстве.</p>
<script>document.write("SCRIPT_MARKER inline")</script>
<p>Стороны обсудили подготовку визита и договорились продолжить консультации.</p>
<noscript>NOSCRIPT_MARKER</noscript>
</article>
<footer>© 2025 Новости</footer>
<script src="/tracker.js"></script>
</body></html>
"""

DATES = """Лавров рассказал о переговорах с Рубио

МОСКВА, 10 марта 2025 года. Министр иностранных дел России Сергей Лавров заявил, что \
встретился с госсекретарём США Марко Рубио 31 февраля 2025 года.

Следующие консультации Лавров и Рубио назначили на 32.13.2025, сообщил МИД России.

Лавров напомнил, что первые переговоры России и США о торговле прошли в 1900 году.

Президент России Владимир Путин и президент США Дональд Трамп встретятся в 2100 году, \
заявил Лавров.
"""

BIG = 50 * 2**20


@dataclass(frozen=True)
class Run:
    folder: Path
    db_url: str
    proc: subprocess.CompletedProcess[str]
    rejected: dict[str, str]

    def path(self, name: str) -> str:
        return str(self.folder / name)

    def article_by_file(self, name: str) -> tuple[str, str, str | None] | None:
        con = connect(self.db_url)
        try:
            return con.execute(
                "SELECT id, text, title FROM articles WHERE file = ?", (name,)
            ).fetchone()
        finally:
            con.close()


ENCODED = {
    "cp1251.txt": ("cp1251", 9001),
    "koi8r.txt": ("koi8-r", 9002),
    "utf16.txt": ("utf-16", 9003),  # with its byte-order mark
}


def _make_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    rnd = random.Random(7)
    (folder / "binary.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(4096))
    )
    (folder / "elf.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)
    for name, (codec, seed) in ENCODED.items():
        (folder / name).write_bytes(article(seed).encode(codec))
    with open(folder / "big.txt", "wb") as fh:  # sparse: no 50 MB written to disk
        fh.truncate(BIG)
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    # 2 MB on disk (under the 5 MB limit) but 1.1 M characters of text to analyse
    (folder / "long_text.txt").write_text("Лавров заявил. " * 75_000, encoding="utf-8")
    (folder / "xss.txt").write_text(XSS_BODY, encoding="utf-8")
    (folder / "twin_a.txt").write_text(article(9004), encoding="utf-8")
    (folder / "twin_b.txt").write_text(article(9004), encoding="utf-8")
    (folder / "dates.txt").write_text(DATES, encoding="utf-8")
    (folder / "plain.txt").write_text(article(9005), encoding="utf-8")
    sub = folder / "sub"
    sub.mkdir()
    (sub / "loop").symlink_to("..", target_is_directory=True)  # sub/loop -> folder
    (folder / "self.txt").symlink_to("self.txt")  # a symlink to itself
    (folder / "dangling.txt").symlink_to("nowhere.txt")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "in"
    _make_folder(folder)
    db_url = f"sqlite:///{base / 'letopis.db'}"
    proc = run_ingest_cli(db_url, folder)
    return Run(folder, db_url, proc, rejections(proc.stderr))


def test_run_finishes_with_exit_1_and_one_clean_line_per_rejection(run: Run) -> None:
    assert run.proc.returncode == 1, run.proc.stderr
    assert_clean_stderr(run.proc.stderr)
    lines = [x for x in run.proc.stderr.splitlines() if x]
    assert len(lines) == len(run.rejected), "one line per rejected file"
    assert set(run.rejected) == {
        run.path(n)
        for n in (
            "empty.txt", "blank.txt", "binary.txt", "elf.txt", "big.txt",
            "self.txt", "dangling.txt", "sub/loop", "long_text.txt",
        )
    }, run.rejected  # fmt: skip
    # ingested: 3 encodings, html, xss, one of the twins, dates, plain
    assert "ingested 8, unchanged 1, rejected 9" in run.proc.stdout, run.proc.stdout


def test_no_half_article(run: Run) -> None:
    counts = check_integrity(run.db_url)
    assert counts["articles"] == 8


def test_empty_and_blank_files_rejected(run: Run) -> None:
    assert run.rejected[run.path("empty.txt")] == "empty file"
    assert run.rejected[run.path("blank.txt")] == "empty file (only whitespace)"


def test_binary_files_named_txt_rejected(run: Run) -> None:
    assert run.rejected[run.path("binary.txt")].startswith("binary or not text")
    assert run.rejected[run.path("elf.txt")].startswith("binary or not text")


def test_50mb_file_rejected_by_size(run: Run) -> None:
    assert run.rejected[run.path("big.txt")] == "file is 50.0 MB, over the 5 MB limit"


def test_too_much_text_rejected(run: Run) -> None:
    assert run.rejected[run.path("long_text.txt")] == (
        "article text is 1.1 M characters, over the 1 M limit"
    )


def test_symlink_loops_and_broken_links_rejected(run: Run) -> None:
    assert run.rejected[run.path("sub/loop")] == "symlink loop"
    assert run.rejected[run.path("self.txt")] == "symlink loop"
    assert run.rejected[run.path("dangling.txt")] == "broken symlink"


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_legacy_encodings_ingested_with_the_original_text(run: Run, name: str) -> None:
    codec, seed = ENCODED[name]
    row = run.article_by_file(name)
    assert row is not None, run.proc.stderr
    aid, text, title = row
    assert text == normalise_text(article(seed))
    assert title and title.startswith(article(seed).splitlines()[0][:20])
    con = connect(run.db_url)
    try:
        encoding = con.execute("SELECT encoding FROM articles WHERE id = ?", (aid,)).fetchone()
        dated = con.execute(
            "SELECT e.id, e.date_start FROM mentions m JOIN events e ON e.id = m.event_id "
            "WHERE m.article_id = ? AND e.date_start IS NOT NULL",
            (aid,),
        ).fetchall()
    finally:
        con.close()
    assert encoding[0] == {"utf-16": "utf-16-le"}.get(codec, codec)
    assert dated, "events with dates come out of a re-encoded article"
    assert all(eid[:4] in ("2024", "2025") for eid, _ in dated), dated


def test_html_scripts_and_styles_dropped(run: Run) -> None:
    row = run.article_by_file("page.html")
    assert row is not None
    _, text, title = row
    assert "Сергей Лавров" in text and "Ван И" in text
    for marker in ("SCRIPT_MARKER", "STYLE_MARKER", "alert(", "document.", "color: red"):
        assert marker not in text
    assert title == "Лавров провёл переговоры с Ван И"


def test_markup_in_text_stored_verbatim(run: Run) -> None:
    row = run.article_by_file("xss.txt")
    assert row is not None
    _, text, title = row
    assert text == XSS_BODY
    assert title is not None and "<script>alert(1)</script>" in title
    assert '" onmouseover=alert(2)' in title


def test_markup_rendered_escaped_in_pages(run: Run) -> None:
    from app.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    row = run.article_by_file("xss.txt")
    assert row is not None
    aid = row[0]
    con = connect(run.db_url)
    try:
        events = [r[0] for r in con.execute(
            "SELECT DISTINCT event_id FROM mentions WHERE article_id = ?", (aid,)
        )]  # fmt: skip
    finally:
        con.close()
    assert events
    app = create_app(Settings(db=run.db_url))
    try:
        with TestClient(app) as client:
            urls = ["/", "/articles", f"/articles/{aid}", "/export.csv", "/export.ics"]
            urls += [f"/events/{e}" for e in events]
            for url in urls:
                r = client.get(url)
                assert r.status_code == 200, url
                if "html" not in r.headers["content-type"]:
                    continue
                assert "<script>alert(" not in r.text, url
                assert "onmouseover=alert" not in r.text.replace("&#34; onmouseover", ""), url
            page = client.get(f"/articles/{aid}").text
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    finally:
        app.state.engine.dispose()


def test_same_article_under_two_names_is_one_article(run: Run) -> None:
    con = connect(run.db_url)
    try:
        rows = con.execute(
            "SELECT file FROM articles WHERE file IN ('twin_a.txt', 'twin_b.txt')"
        ).fetchall()
    finally:
        con.close()
    assert rows == [("twin_a.txt",)]


def test_impossible_and_far_dates(run: Run) -> None:
    row = run.article_by_file("dates.txt")
    assert row is not None
    aid = row[0]
    con = connect(run.db_url)
    try:
        mentions = con.execute(
            "SELECT date_text, date_start, date_end, date_precision FROM mentions "
            "WHERE article_id = ?",
            (aid,),
        ).fetchall()
        events = dict(con.execute(
            "SELECT e.id, e.planned FROM events e JOIN mentions m ON m.event_id = e.id "
            "WHERE m.article_id = ?", (aid,)
        ).fetchall())  # fmt: skip
    finally:
        con.close()
    texts = {m[0] for m in mentions}
    # impossible dates are never read as dates (no 2025-02-31, no 13th month)
    assert not any(t and ("31 февраля" in t or "32.13" in t) for t in texts), mentions
    for _, start, end, _ in mentions:
        if start and end:
            assert start <= end
    assert ("в 1900 году", "1900-01-01", "1900-12-31", "year") in mentions
    assert ("в 2100 году", "2100-01-01", "2100-12-31", "year") in mentions
    far = [eid for eid in events if eid.startswith("2100")]
    assert far and all(events[e] for e in far), "an event in 2100 can only be planned"


# ------------------------------------------------------------ cases with their own run


def _child_maxrss_mb(argv: list[str]) -> tuple[int, float, str]:
    """Run argv in a fresh child (via a small wrapper) and return rc, peak RSS (MB), stderr."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "sys.stderr.write(p.stderr)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(p.returncode)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", wrapper, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=child_env(),
        check=False,
    )
    return proc.returncode, int(proc.stdout.split()[-1]) / 1024, proc.stderr


def test_50mb_file_memory_stays_bounded(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'letopis.db'}"
    small = tmp_path / "small.txt"
    small.write_bytes(b"")
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(BIG)
    argv = [sys.executable, "-m", "app", "ingest", "--db", db_url]
    rc0, base_mb, _ = _child_maxrss_mb([*argv, str(small)])
    rc, peak_mb, stderr = _child_maxrss_mb([*argv, str(big)])
    assert (rc0, rc) == (1, 1)
    assert_clean_stderr(stderr)
    assert rejections(stderr) == {str(big): "file is 50.0 MB, over the 5 MB limit"}
    assert peak_mb - base_mb < 300, (base_mb, peak_mb)
    assert peak_mb < base_mb + 50, "the big file is never loaded"


def test_changed_file_replaces_its_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    f = folder / "news.txt"
    f.write_text(article(9101), encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'letopis.db'}"
    first = run_ingest_cli(db_url, folder)
    assert first.returncode == 0, first.stderr
    con = connect(db_url)
    try:
        (old_id,) = con.execute("SELECT id FROM articles").fetchone()
        old_events = {r[0] for r in con.execute("SELECT id FROM events")}
    finally:
        con.close()
    assert old_events
    # the same file, edited: the phone call now took place a day later, and Rubio's
    # name is gone from the last sentence
    text = article(9101)
    lines = text.split("\n")
    # "провёл D M YYYY года" -> "провёл D+1 M YYYY года"
    words = lines[2].split()
    i = words.index("провёл")
    words[i + 1] = str(int(words[i + 1]) + 1)
    lines[2] = " ".join(words)
    f.write_text("\n".join(lines), encoding="utf-8")
    second = run_ingest_cli(db_url, folder)
    assert second.returncode == 0, second.stderr
    assert "(replaced 1)" in second.stdout
    check_integrity(db_url)
    con = connect(db_url)
    try:
        articles = con.execute("SELECT id, text FROM articles").fetchall()
        new_events = {r[0] for r in con.execute("SELECT id FROM events")}
        redirects = dict(con.execute("SELECT old_id, new_id FROM event_redirects"))
        stale = con.execute(
            "SELECT count(*) FROM mentions WHERE article_id = ?", (old_id,)
        ).fetchone()
    finally:
        con.close()
    assert len(articles) == 1 and articles[0][0] != old_id
    assert articles[0][1] == "\n".join(lines)
    assert stale == (0,)
    changed = old_events - new_events
    assert changed, "the call's date (part of its id) changed"
    for old in changed:
        assert redirects.get(old) in new_events, (old, redirects)
    # and the web app answers the old id with a 301 to the new one
    from app.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    app = create_app(Settings(db=db_url))
    try:
        with TestClient(app, follow_redirects=False) as client:
            for old in changed:
                r = client.get(f"/api/events/{old}")
                assert r.status_code == 301
                assert r.headers["location"].endswith(f"/api/events/{redirects[old]}")
    finally:
        app.state.engine.dispose()


def test_unreadable_file_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions: real EACCES as user nobody (a forked child: root reads anything), and
    the whole run in-process with open() failing, to check the run goes on."""
    from app.ingest.reading import RejectedFile, Source, iter_sources

    folder = tmp_path / "in"
    folder.mkdir()
    locked = folder / "locked.txt"
    locked.write_text(article(9201), encoding="utf-8")
    locked.chmod(0)
    closed = folder / "closed"
    closed.mkdir()
    (closed / "inside.txt").write_text(article(9202), encoding="utf-8")
    closed.chmod(0)
    (folder / "ok.txt").write_text(article(9203), encoding="utf-8")
    tmp_path.chmod(0o755)
    parents = [p for p in tmp_path.parents if p != Path("/")]
    modes = {p: p.stat().st_mode for p in parents}
    r, w = os.pipe()
    try:
        for p in parents:
            p.chmod(modes[p] | 0o111)  # let nobody traverse down to tmp_path
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(r)
            code = 0
            try:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
                items = list(iter_sources([str(folder)]))
                lines = [
                    f"R {x.path}: {x.reason}" if isinstance(x, RejectedFile) else f"S {x.path}"
                    for x in items
                ]
                os.write(w, "\n".join(lines).encode())
            except BaseException as exc:  # noqa: BLE001 - report anything to the parent
                os.write(w, f"ERROR {exc!r}".encode())
                code = 1
            finally:
                os._exit(code)
        os.close(w)
        with os.fdopen(r, "rb") as fh:
            out = fh.read().decode()
        _, status = os.waitpid(pid, 0)
    finally:
        for p in parents:
            p.chmod(modes[p])
        closed.chmod(0o755)
    assert os.waitstatus_to_exitcode(status) == 0, out
    assert sorted(out.splitlines()) == [
        f"R {closed}: permission denied",
        f"R {locked}: permission denied",
        f"S {folder / 'ok.txt'}",
    ], out
    assert isinstance(Source, type)

    # The same in a whole run: open() fails for locked.txt; the run goes on.
    import io

    from app.ingest.runner import run_ingest

    real_open = open

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    err, out_io = io.StringIO(), io.StringIO()
    db_url = f"sqlite:///{tmp_path / 'letopis.db'}"
    report = run_ingest([str(locked), str(folder / "ok.txt")], Settings(db=db_url), err=err,
                        out=out_io)  # fmt: skip
    assert report.rejected == [(str(locked), "permission denied")]
    assert err.getvalue() == f"letopis: rejected {locked}: permission denied\n"
    assert report.ingested == 1
    monkeypatch.undo()
    check_integrity(db_url)


def test_unusable_database_is_one_line_exit_2(tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    f.write_text(article(9301), encoding="utf-8")
    garbage = tmp_path / "garbage.db"
    garbage.write_text("not a database at all\n" * 100)
    cases = {
        f"sqlite:///{garbage}": "file is not a database",
        f"sqlite:///{tmp_path / 'file.txt' / 'x.db'}": "File exists",
    }
    (tmp_path / "file.txt").write_text("a file where a folder should be")
    for url, why in cases.items():
        proc = run_ingest_cli(url, f)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr
        lines = proc.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("letopis: cannot use the database ")
        assert why in lines[0]


def test_odd_file_names(tmp_path: Path) -> None:
    """A newline and bytes that are not UTF-8 in file names: stored and reported on one
    line each (names escaped), never a crash of the store step."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "new\nline.txt").write_text(article(9401), encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"bad\xff\xfename.txt"), "wb") as fh:
        fh.write(article(9402).encode())
    (folder / "empty\nname.txt").write_bytes(b"")
    db_url = f"sqlite:///{tmp_path / 'letopis.db'}"
    proc = run_ingest_cli(db_url, folder)
    assert proc.returncode == 1
    assert_clean_stderr(proc.stderr)
    assert proc.stderr == f"letopis: rejected {folder}/empty\\nname.txt: empty file\n"
    con = connect(db_url)
    try:
        files = sorted(r[0] for r in con.execute("SELECT file FROM articles"))
    finally:
        con.close()
    assert files == ["bad\\xff\\xfename.txt", "new\nline.txt"]
    check_integrity(db_url)


@pytest.mark.slow
def test_article_of_5000_sentences(tmp_path: Path) -> None:
    rnd = random.Random(5)
    names = ["Сергей Лавров", "Марко Рубио", "Дмитрий Песков", "Мария Захарова"]
    months = ["января", "февраля", "марта", "апреля", "мая", "июня"]
    # one sentence in ten names an actor and a date (news-like density), the rest is talk
    sentences = [
        f"{rnd.choice(names)} {rnd.randint(1, 28)} {rnd.choice(months)} 2025 года заявил, "
        f"что стороны обсудили вопрос номер {i}."
        if i % 10 == 0
        else f"Эксперты отмечают, что пункт {i} повестки остаётся предметом консультаций."
        for i in range(5000)
    ]
    paras = [" ".join(sentences[i : i + 10]) for i in range(0, 5000, 10)]
    text = "Длинная статья о переговорах\n\n" + "\n\n".join(paras) + "\n"
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    assert f.stat().st_size < 5 * 2**20
    db_url = f"sqlite:///{tmp_path / 'letopis.db'}"
    # No timing assertion (speed is bench/'s business, and a loaded machine made one flaky):
    # the subprocess timeout is the guard against an article that never finishes.
    proc = run_ingest_cli(db_url, f, timeout=600)
    assert proc.returncode == 0, proc.stderr
    counts = check_integrity(db_url)
    assert counts["articles"] == 1 and counts["events"] > 0


@pytest.mark.slow
def test_folder_of_10000_small_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        sub = folder / f"d{i // 1000}"
        sub.mkdir(exist_ok=True)
        p = sub / f"f{i:05d}.txt"
        if i % 100 == 0:  # 100 tiny articles that are not news
            p.write_text(f"Заметка номер {i}: сегодня хорошая погода.\n", encoding="utf-8")
        elif i % 3 == 0:
            p.write_bytes(b"")
        elif i % 3 == 1:
            p.write_text("   \n", encoding="utf-8")
        else:
            p.write_bytes(b"\x00\x01\x02" * 10)
    db_url = f"sqlite:///{tmp_path / 'letopis.db'}"
    proc = run_ingest_cli(db_url, folder, timeout=600)  # the guard; speed is bench/'s
    assert proc.returncode == 1
    assert_clean_stderr(proc.stderr)
    rejected = rejections(proc.stderr)
    assert len(rejected) == 9_900
    assert "ingested 100, unchanged 0, rejected 9900" in proc.stdout
    counts = check_integrity(db_url)
    assert counts["articles"] == 100
    # peak memory of the child stays modest
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1_500_000
