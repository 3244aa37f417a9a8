"""The HTML timeline's frame written in Python (app/web/framehtml.py) is what
`timeline.html` (in `base.html`) and `_timeline.html` render, byte for byte: every page the
route serves below has its frame made both ways from the same context and compared (full
pages and htmx fragments, both languages, filtered or not, paged, empty, with odd values
in the query)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.render.ui import UI
from app.web import framehtml

QUERIES = [
    "",
    "limit=2",
    "actor=sergey-lavrov",
    "actor=sergey-lavrov&from=2025-01-01&order=newest",
    "actor=sergey-lavrov&actor=marco-rubio",
    "from=1990-01-01&to=1990-12-31",  # no events
    "order=newest&limit=3",
    "q=%3Cb%3E%20%26%20%22x%22",  # markup in the words
    "type=visit&status=planned",
    "actor_q=lav",
]


@pytest.fixture
def checked(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the frames compared (each page's Python against its template)."""
    seen: list[str] = []
    templates = app.state.templates
    python_page, python_fragment = framehtml.timeline_page, framehtml.timeline_html

    def both(name: str, make: Any) -> Any:
        def run(ctx: dict[str, Any], ui: UI) -> bytes:
            got = make(ctx, ui)
            want = templates.get_template(name).render({"ui": ui, **ctx})
            assert got.decode() == want, name
            seen.append(name)
            return got

        return run

    monkeypatch.setattr(framehtml, "timeline_page", both("timeline.html", python_page))
    monkeypatch.setattr(framehtml, "timeline_html", both("_timeline.html", python_fragment))
    return seen


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("fragment", [False, True])
def test_the_frame_is_the_template_byte_for_byte(
    client: TestClient, checked: list[str], lang: str, fragment: bool
) -> None:
    headers = {"Accept-Language": lang}
    if fragment:
        headers["HX-Request"] = "true"
    for query in QUERIES:
        r = client.get(f"/?{query}", headers=headers)
        assert r.status_code == 200, query
    # A full page's frame holds the fragment's: both are compared.
    each = ["_timeline.html"] if fragment else ["_timeline.html", "timeline.html"]
    assert checked == each * len(QUERIES)


def test_a_history_restore_gets_the_full_page(client: TestClient, checked: list[str]) -> None:
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    assert client.get("/?actor=sergey-lavrov", headers=headers).status_code == 200
    assert checked == ["_timeline.html", "timeline.html"]
