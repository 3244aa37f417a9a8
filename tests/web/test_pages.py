"""HTML pages: full page vs htmx fragment, escaping, headers, language, errors, static."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests import factories

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
HX = {"HX-Request": "true"}


def test_timeline_full_page(client: Any) -> None:
    r = client.get("/", headers={"Accept-Language": "ru"})
    assert r.status_code == 200
    html = r.text
    assert html.startswith("<!doctype html>")
    assert '<html lang="ru">' in html
    assert "/static/vendor/htmx.min.js" in html
    # Honest date labels in Russian.
    for label in ("12 февраля 2025", "март 2025", "конец 2025", "до 30 декабря 2025",
                  "10–12 февраля 2025", "дата неизвестна"):
        assert label in html, label
    assert 'class="month-heading"' in html
    assert "запланировано" in html  # the planned meeting
    assert "<svg" in html and "<rect" in html  # histogram
    assert 'hx-push-url="true"' in html
    assert "2 источника" in html
    assert len(r.content) < 100_000


def test_timeline_english_labels(client: Any) -> None:
    html = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}).text
    for label in ("12 Feb 2025", "March 2025", "late 2025", "before 30 Dec 2025", "planned"):
        assert label in html, label


def test_fragment_vs_full_page(client: Any) -> None:
    full = client.get("/?actor=sergey-lavrov")
    frag = client.get("/?actor=sergey-lavrov", headers=HX)
    assert full.status_code == frag.status_code == 200
    for r in (full, frag):
        assert "HX-Request" in r.headers["vary"]
    assert "<html" in full.text and "<html" not in frag.text
    assert frag.text.lstrip().startswith('<div id="timeline"')
    assert 'hx-swap-oob="true"' in frag.text  # the language link follows the new URL
    # History restore needs the full page even though htmx sends HX-Request.
    restore = client.get("/", headers={**HX, "HX-History-Restore-Request": "true"})
    assert "<html" in restore.text


def test_more_button_pages_through(client: Any) -> None:
    r = client.get("/?limit=4")
    m = re.search(r'class="more" href="/\?([^"]+)"', r.text)
    assert m
    qs = m.group(1).replace("&amp;", "&")
    assert parse_qs(qs)["limit"] == ["4"] and "cursor" in parse_qs(qs)
    nxt = client.get(f"/?{qs}", headers=HX)
    assert "<html" not in nxt.text and 'id="timeline"' not in nxt.text
    assert "event" in nxt.text and 'class="more-wrap"' in nxt.text
    cold = client.get(f"/?{qs}")  # the no-JS "more" is a normal page
    assert cold.status_code == 200 and "<html" in cold.text


def test_chip_links_add_actor(client: Any) -> None:
    html = client.get("/?actor=vladimir-putin").text
    hrefs = re.findall(r'class="chip[^"]*" href="/\?([^"]+)"', html)
    assert any(
        parse_qs(h.replace("&amp;", "&"))["actor"] == ["vladimir-putin", "donald-trump"]
        for h in hrefs
    )


def test_histogram_links_to_month(client: Any) -> None:
    html = client.get("/").text
    assert '<a href="/?from=2025-03&amp;to=2025-03"' in html


def test_form_reflects_filter(client: Any) -> None:
    html = client.get("/?actor=sergey-lavrov&from=2025-03&to=2025&type=call&q=abc").text
    assert re.search(r'value="sergey-lavrov" checked', html)
    assert 'value="2025-03-01"' in html and 'value="2025-12-31"' in html
    assert '<option value="call" selected>' in html
    assert 'name="q" type="search" value="abc"' in html


def test_event_page(client: Any, built: factories.Built) -> None:
    ev = built.events["call"]
    r = client.get(f"/events/{ev.id}", headers={"Accept-Language": "ru"})
    assert r.status_code == 200
    html = r.text
    assert "12 февраля 2025" in html
    assert "«12 февраля» в статье от 30 декабря 2025" in html
    assert "прошедшее время" in html
    assert '<mark class="m-date">12 февраля</mark>' in html
    assert '<mark class="m-actor">Владимир Путин</mark>' in html
    for m in built.mentions["call"]:
        assert f'href="/articles/{m.article_id}#m-{m.id}"' in html
    assert f'href="/api/events/{ev.id}"' in html
    assert 'rel="prev"' in html and 'rel="next"' in html
    en = client.get(f"/events/{ev.id}", headers={"Accept-Language": "en"}).text
    assert "in an article of 30 Dec 2025" in en and "→ 12 Feb 2025" in en


def test_event_page_disagreement(client: Any, built: factories.Built) -> None:
    html = client.get(f"/events/{built.events['mfa'].id}", headers={"Accept-Language": "en"}).text
    assert "Sources disagree on the date" in html
    assert "3 Feb 2026" in html and "2 Feb 2026" in html


def test_event_redirect_and_404(client: Any) -> None:
    r = client.get("/events/2025-02-12-putin-trump-call")
    assert r.status_code == 301
    assert r.headers["location"] == "/events/2025-02-12-putin-trump-phone-call"
    r = client.get("/events/nope")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "nope" in r.text
    assert client.get("/actors/nobody").status_code == 404
    assert client.get("/articles/nothing").status_code == 404
    assert client.get("/no/such/page").status_code == 404


def test_source_view(client: Any, built: factories.Built) -> None:
    art = built.articles["004"]
    html = client.get(f"/articles/{art.id}").text
    for m in built.mentions["call"] + built.mentions["before"]:
        if m.article_id == art.id:
            assert f'<mark class="mention" id="m-{m.id}"><a href="/events/{m.event_id}"' in html
    assert 'class="excluded">' in html  # «Форма поиска по сайту» furniture
    assert "Форма поиска по сайту" in html
    assert html.count("<p>") >= 8  # paragraphs


def test_escaping_of_hostile_article(client: Any, built: factories.Built) -> None:
    art = built.articles["hostile"]
    ev = built.events["hostile"]
    pages = [
        client.get(f"/articles/{art.id}").text,
        client.get(f"/events/{ev.id}").text,
        client.get("/").text,
        client.get("/articles").text,
    ]
    for html in pages:
        assert "<script>alert" not in html
        assert '" onmouseover="' not in html
        assert "<b>жирный</b>" not in html
        assert "<i>Outlet</i>" not in html
        # only our own script tags, with src
        assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0]
    assert "&lt;b&gt;жирный&lt;/b&gt;" in pages[0]


def test_security_headers_everywhere(client: Any) -> None:
    for url in ("/", "/api/events", "/healthz", "/static/app.css", "/nope", "/api/events?limit=x"):
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP, url
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin"


def test_static_and_traversal(client: Any) -> None:
    assert client.get("/static/app.css").status_code == 200
    for url in ("/static/../app/config.py", "/static/%2e%2e/app/config.py",
                "/static/..%2fapp%2fconfig.py", "/static/%2e%2e/%2e%2e/etc/passwd"):
        assert client.get(url).status_code == 404, url


def test_language_switch(client: Any) -> None:
    r = client.get("/lang/ru", params={"next": "/actors?x=1"})
    assert r.status_code == 303 and r.headers["location"] == "/actors?x=1"
    assert "lang=ru" in r.headers["set-cookie"]
    html = client.get("/actors", headers={"Accept-Language": "en"}).text  # cookie wins
    assert '<html lang="ru">' in html and "Участники" in html
    r = client.get("/lang/en", params={"next": "/"})
    assert '<html lang="en">' in client.get("/").text
    for bad in ("https://evil.example/", "//evil.example", "/\\evil", "javascript:alert(1)"):
        r = client.get("/lang/en", params={"next": bad})
        assert r.headers["location"] == "/", bad
    assert client.get("/lang/de").status_code == 404


def test_switch_link_keeps_the_page(client: Any) -> None:
    html = client.get("/?actor=sergey-lavrov", headers={"Accept-Language": "en"}).text
    m = re.search(r'id="lang-switch" class="lang" href="([^"]+)"', html)
    assert m
    url = urlsplit(m.group(1).replace("&amp;", "&"))
    assert url.path == "/lang/ru"
    assert parse_qs(url.query)["next"] == ["/?actor=sergey-lavrov"]


def test_actor_pages(client: Any) -> None:
    html = client.get("/actors", headers={"Accept-Language": "en"}).text
    assert "Sergey Lavrov" in html and "Сергей Лавров" in html
    html = client.get("/actors/sergey-lavrov", headers={"Accept-Language": "en"}).text
    assert "глава мид рф" in html  # an alias
    assert "Meeting of Sergey Lavrov and Marco Rubio" in html


def test_no_inline_script_or_safe_in_templates() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "templates"
    for path in root.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", ""), path
        assert re.findall(r"<script(?![^>]*\bsrc=)", text) == [], path
        assert " style=" not in text and "<style" not in text, path


def test_cached_form_takes_each_requests_dates(client: Any) -> None:
    """The filter form is rendered once and reused (app.web.timeline.filters_html): each
    request still shows its own dates, and the other filters' values with them."""
    for lo, hi in [("2025-01-01", "2025-06-30"), ("2024-02-01", ""), ("", "2023-12-31")]:
        r = client.get(f"/?actor=sergey-lavrov&from={lo}&to={hi}&q=%3Cx%3E&status=planned")
        assert r.status_code == 200
        assert f'id="from" name="from" type="date" value="{lo}"' in r.text
        assert f'id="to" name="to" type="date" value="{hi}"' in r.text
        assert 'value="&lt;x&gt;"' in r.text
        assert '<option value="planned" selected>' in r.text
        assert "\ue000" not in r.text
    plain = client.get("/").text
    assert 'id="from" name="from" type="date" value=""' in plain
    assert 'class="count"' not in plain.split("</summary>")[0]
