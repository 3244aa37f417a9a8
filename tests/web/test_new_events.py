"""The "N new events" notice: it counts events added since the page loaded, and its link
reloads the view the reader is on (its filters), not the unfiltered timeline."""

from __future__ import annotations

import re
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy.orm import Session

from tests import factories


def notice_link(html: str) -> str:
    m = re.search(r'<div id="new-events".*?<a href="([^"]*)"', html, re.S)
    assert m, html
    return unescape(m.group(1))


def poll_url(html: str) -> str:
    m = re.search(r'<div id="new-events"[^>]*hx-get="([^"]*)"', html)
    assert m, html
    return unescape(m.group(1))


def test_page_polls_with_its_own_filters(client: Any) -> None:
    page = client.get("/?actor=sergey-lavrov&from=2025-01-01&status=happened")
    assert page.status_code == 200
    url = urlsplit(poll_url(page.text))
    assert url.path == "/new-events"
    back = parse_qs(parse_qs(url.query)["back"][0])
    assert back["actor"] == ["sergey-lavrov"]
    assert back["from"] == ["2025-01-01"]
    assert back["status"] == ["happened"]


def test_show_them_keeps_the_filters(client: Any, session: Session) -> None:
    before = client.get("/api/count").json()["events"]
    factories.add_bulk_events(session, 2)
    back = "actor=sergey-lavrov&order=newest&type=call"
    r = client.get("/new-events", params={"since": before, "back": back})
    assert r.status_code == 200
    assert "<strong>2</strong>" in r.text
    link = urlsplit(notice_link(r.text))
    assert link.path == "/"
    assert parse_qs(link.query) == {
        "actor": ["sergey-lavrov"], "order": ["newest"], "type": ["call"],
    }  # fmt: skip
    # The poll goes on with the same view.
    assert parse_qs(urlsplit(poll_url(r.text)).query)["back"] == [back]


def test_back_is_only_ever_a_query_string(client: Any) -> None:
    r = client.get("/new-events", params={"since": 0, "back": 'javascript:alert(1)"><b>'})
    assert r.status_code == 200
    link = notice_link(r.text) if "<a href" in r.text else "/?"
    assert link.startswith("/?")
    assert "<b>" not in r.text


def test_bad_parameters_are_400(client: Any) -> None:
    assert client.get("/new-events?since=x").status_code == 400
    too_long = {"since": 1, "back": "a=" + "x" * 5000}
    assert client.get("/new-events", params=too_long).status_code == 400
