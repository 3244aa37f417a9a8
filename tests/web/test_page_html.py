"""A timeline page's events block written in Python (app/web/pagehtml.py) is what
`_page.html` renders, byte for byte: factory pages (first and following pages, filtered
and not, both languages, with and without htmx chips) and made-up pages (markup in the
values, undated months, empty pages, a continued month, odd "more" links)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from starlette.datastructures import QueryParams

from app.db.cards import StoredRow
from app.db.queries.records import ActorRef
from app.render import rows as stored_rows
from app.render.ui import UI
from app.web import rows
from app.web.filters import parse_timeline
from app.web.pagehtml import page_bytes, page_html
from app.web.timeline import MonthGroup, page_context
from tests import factories
from tests.web.made import Made as _Made


def _template(app: FastAPI, ctx: dict[str, Any], ui: UI, hx: bool | None) -> str:
    values = {**ctx, "ui": ui}
    if hx is not None:  # None: `hx_chips` undefined, as on an actor's page
        values["hx_chips"] = hx
    return str(app.state.templates.get_template("_page.html").render(values))


@pytest.mark.parametrize(
    "query",
    [
        "",
        "limit=2",
        "actor=sergey-lavrov&limit=1",
        "actor=sergey-lavrov&from=2025-01-01&order=newest",
        "from=1990-01-01&to=1990-12-31",  # no events
        "order=newest&limit=3",
    ],
)
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("hx", [True, False, None])
def test_factory_pages_are_the_template_byte_for_byte(
    app: FastAPI, session: Session, built: factories.Built, query: str, lang: str, hx: bool | None
) -> None:
    pages = 0
    while True:
        tq = parse_timeline(QueryParams(query), default_limit=50, max_limit=500)
        ui = UI(lang=lang, path="/?" + query)
        ctx = page_context(session, tq, 50, lang=lang if pages % 2 == 0 else None)
        got = page_html(ctx["groups"], ctx["page"], tq, ui, ctx["more_qs"], hx or False)
        assert str(got) == _template(app, ctx, ui, hx)
        # The same page as UTF-8 from rows read as bytes (the timeline's own answers).
        raw = page_context(session, tq, 50, lang=lang, as_bytes=True)
        assert any(isinstance(getattr(e, "row", None), bytes) for e in raw["page"].events) or (
            not raw["page"].events or tq.filter.is_empty
        )
        made = page_bytes(raw["groups"], raw["page"], tq, ui, raw["more_qs"], hx or False)
        assert made.decode() == str(got)
        pages += 1
        if not ctx["more_qs"] or pages > 4:
            break
        query = ctx["more_qs"]  # the "more" link's page: its first month may continue
    assert pages >= (2 if "limit" in query else 1)


@dataclass
class _Page:
    events: list[Any]


_A = [ActorRef("a&b=c/d", "Tom & <Jerry>", 'Том "и" Джерри', "person")]
_E1 = _Made("e<1>", "<b>Визит</b> &", "A <visit>", "visit", "planned", True,
            dt.date(2024, 5, 1), None, "day", 2, _A)  # fmt: skip
_E2 = _Made("e2", "Звонок", None, "call", "happened", False, None, None, "unknown", 1, [])


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("hx", [True, False, None])
@pytest.mark.parametrize(
    ("groups", "cursor", "more_qs"),
    [
        ([MonthGroup("2024-05", [_E1], True), MonthGroup(None, [_E2], True)], None, None),
        ([MonthGroup("2024-05", [_E1, _E1], False)], None, "actor=a%26b&cursor=x<y>&z=\"'"),
        ([], None, None),  # nothing found: "no events"
        ([], "cursor", None),  # a page past the last: nothing, not "no events"
        ([MonthGroup(None, [_E2], False)], None, "limit=1&cursor=abc"),
    ],
)
def test_made_up_pages_are_the_template_byte_for_byte(
    app: FastAPI,
    groups: list[MonthGroup],
    cursor: str | None,
    more_qs: str | None,
    lang: str,
    hx: bool | None,
) -> None:
    tq = parse_timeline(QueryParams("actor=a%26b%3Dc%2Fd"), default_limit=50, max_limit=500)
    if cursor:
        tq = _with_cursor(tq)
    ui = UI(lang=lang, path="/")
    page = _Page([e for g in groups for e in g.events])
    ctx = {"groups": groups, "page": page, "tq": tq, "more_qs": more_qs}
    got = page_html(groups, page, tq, ui, more_qs, hx or False)
    assert str(got) == _template(app, ctx, ui, hx)
    assert page_bytes(groups, page, tq, ui, more_qs, hx or False).decode() == str(got)


def _with_cursor(tq: Any) -> Any:
    """`tq` as if on a following page (only the cursor's truth is read)."""

    class _Continued:
        def __getattr__(self, name: str) -> Any:
            return True if name == "cursor" else getattr(tq, name)

        def __hash__(self) -> int:
            return hash(tq)

        def __eq__(self, other: object) -> bool:
            return other is self

    return _Continued()


def test_a_title_holding_the_chip_placeholders_is_shown_as_written(
    app: FastAPI, client: TestClient
) -> None:
    odd = f"Визит {stored_rows.CHIP_OPEN}x{stored_rows.CHIP_CLOSE} и {stored_rows.CHIP_CLOSE}"
    made = _Made("e9", odd, None, "visit", "happened", False, None, None, "unknown", 1, _A)
    tq = parse_timeline(QueryParams(""), default_limit=50, max_limit=500)
    ui = UI(lang="ru", path="/")
    html = str(page_html([MonthGroup(None, [made], True)], _Page([made]), tq, ui, None))
    # The title keeps its text (as character references, the same in a browser) ...
    assert "Визит &#xe001;x&#xe002; и &#xe002;</a></h3>" in html
    # ... and only the chip's real placeholder became a link: nothing left unfilled.
    assert stored_rows.CHIP_OPEN not in html and stored_rows.CHIP_CLOSE not in html
    assert html.count('<a class="chip') == 1 and 'href="/?actor=a%26b%3Dc%2Fd"' in html
    name = ActorRef("n", f"N{stored_rows.CHIP_OPEN}", f"Н{stored_rows.CHIP_CLOSE}", "person")
    made.actors = [name]
    html = str(page_html([MonthGroup(None, [made], True)], _Page([made]), tq, ui, None))
    assert '<a class="chip" href="/?actor=n">Н&#xe002;</a>' in html
    # The same from the row's bytes, with the chips' htmx too.
    row = StoredRow("e9", rows.row_of(made, "ru").encode(), "2024-05-01", 3)
    for hx in (False, True):
        want = str(page_html([MonthGroup(None, [made], True)], _Page([made]), tq, ui, None, hx))
        got = page_bytes([MonthGroup(None, [row], True)], _Page([row]), tq, ui, None, hx)
        assert got.decode() == want


@pytest.mark.parametrize(
    "query",
    [
        "",
        "actor=x",
        "actor=x%3Cy&actor=a%26b%3Dc%2Fd",
        "from=2024-01-01&to=2024-02-01&order=oldest",
        "actor=x&from=2024-01-01&q=a%3Cb%26c&type=visit",
    ],
)
def test_chips_from_bytes_keep_the_filter_around_the_actor(query: str) -> None:
    """The bytes pass builds a chip not chosen yet from parts made once per page: the same
    link as the text pass's, chosen or not, whatever the filter around it holds."""
    tq = parse_timeline(QueryParams(query), default_limit=50, max_limit=500)
    ui = UI(lang="en", path="/")
    x = ActorRef("x", "X <1>", "Икс", "person")
    made = _Made("e7", "Т", None, "visit", "happened", False, None, None, "unknown", 1, [*_A, x])
    row = StoredRow("e7", rows.row_of(made, "en").encode(), "2024-05-01", 3)
    for hx in (False, True):
        want = str(page_html([MonthGroup(None, [made], True)], _Page([made]), tq, ui, None, hx))
        got = page_bytes([MonthGroup(None, [row], True)], _Page([row]), tq, ui, None, hx)
        assert got.decode() == want
        assert want.count('<a class="chip') == 2
