"""In the browser: reading newest or oldest first, histogram months that keep the filters,
searching actors, and the notice of events ingested while the page is open."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.config import Settings
from app.db.engine import make_engine, make_sessionmaker
from app.web.app import create_app
from tests import factories
from tests.browser.conftest import populated_db, serving
from tests.browser.test_timeline_flow import wait_js, wait_url

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A server of its own (this module adds events), polling for new events every second."""
    url = populated_db(tmp_path_factory.mktemp("scale"))
    app = create_app(Settings(db=url))
    app.state.new_events_poll = 1
    with serving(app) as base:
        yield base, url


def _event_ids(page: Any) -> list[str]:
    ids: list[str] = page.evaluate(
        "() => [...document.querySelectorAll('li.event a[href^=\"/events/\"]')]"
        ".map(a => a.getAttribute('href').split('/')[2].split('#')[0])"
        ".filter((v, i, all) => all.indexOf(v) === i)"
    )
    return ids


def test_order_control(own_server: tuple[str, str], browser: Any) -> None:
    base, _ = own_server
    page = browser.new_page()
    page.goto(f"{base}/")
    newest = _event_ids(page)
    page.select_option("#order", "oldest")
    wait_url(page, "order=oldest")
    oldest = _event_ids(page)
    assert oldest == list(reversed(newest)) and len(oldest) > 3
    page.reload()
    assert page.locator("#order").input_value() == "oldest"
    page.close()


def test_histogram_month_keeps_filters(own_server: tuple[str, str], browser: Any) -> None:
    base, _ = own_server
    page = browser.new_page()
    page.goto(f"{base}/?actor=sergey-lavrov&order=oldest")
    bar = page.locator("figure.histogram a").first
    bar.click()
    wait_url(page, "from=")
    assert "actor=sergey-lavrov" in page.url and "order=oldest" in page.url
    months = page.locator("figure.histogram a").count()
    assert months == 1  # the histogram spans the month chosen
    page.close()


def test_actors_search(own_server: tuple[str, str], browser: Any) -> None:
    base, _ = own_server
    page = browser.new_page()
    page.goto(f"{base}/actors")
    page.fill("#actors-q", "Лаврову")
    page.click("#actor-search button[type=submit]")
    page.wait_for_url("**/actors?q=*")
    links = page.locator("table.actors tbody a[href^='/actors/']")
    assert links.count() == 1 and links.first.get_attribute("href") == "/actors/sergey-lavrov"
    page.close()


def test_new_events_notice(own_server: tuple[str, str], browser: Any) -> None:
    base, url = own_server
    page = browser.new_page()
    page.goto(f"{base}/?order=oldest&status=happened")
    assert page.locator("#new-events strong").count() == 0
    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        factories.add_bulk_events(session, 3)
    engine.dispose()
    wait_js(page, "() => !!document.querySelector('#new-events strong')", timeout=20)
    assert page.locator("#new-events strong").inner_text() == "3"
    page.click("#new-events a")
    wait_js(page, "() => !document.querySelector('#new-events strong')", timeout=20)
    # "Show them" reloads the view the reader was on, filters kept.
    assert "order=oldest" in page.url and "status=happened" in page.url
    assert page.locator("#status").input_value() == "happened"
    page.close()
