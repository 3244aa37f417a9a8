"""What a person does in the browser: filter, open an event, check a source, go back."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def wait_js(page: Any, expression: str, arg: Any = None, timeout: float = 15.0) -> None:
    """Poll a JavaScript predicate until it holds.

    Not page.wait_for_function: when its first check fails it re-checks through eval(),
    which the app's Content-Security-Policy forbids (as it should); page.evaluate is not
    subject to it.
    """
    deadline = time.monotonic() + timeout
    while True:
        if page.evaluate(expression, arg):
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression!r} ({arg!r})")
        time.sleep(0.05)


def wait_url(page: Any, pattern: str) -> None:
    """Wait until location matches; htmx's pushState is not a navigation Playwright waits on."""
    wait_js(
        page,
        "p => new RegExp(p).test(location.href)"
        " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')",
        pattern,
    )


def _page(browser: Any, **kwargs: Any) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(locale="en-GB", **kwargs)
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda m: problems.append(f"{m.text} @ {m.location}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error('VIOL',"
        " e.violatedDirective, e.target && e.target.outerHTML"
        " && e.target.outerHTML.slice(0, 300), e.sample, location.href))"
    )
    return context, page, problems


def test_filter_open_event_follow_source_and_back(browser: Any, server: str, shots: Path) -> None:
    context, page, problems = _page(browser, viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    assert page.locator("li.event").count() == 10
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)
    page.evaluate("window.__noReload = 1")

    # Pick an actor: htmx replaces the list and pushes the URL, without a reload.
    page.get_by_label(re.compile(r"^Vladimir Putin")).check()
    wait_url(page, r"actor=vladimir-putin")
    wait_js(page, "() => document.querySelectorAll('li.event').length === 2")
    assert page.evaluate("window.__noReload") == 1
    assert page.get_by_label(re.compile(r"^Vladimir Putin")).is_checked()

    # A date range: February 2025.
    page.fill("#from", "2025-02-01")
    wait_url(page, r"from=2025-02-01")
    page.fill("#to", "2025-02-28")
    wait_url(page, r"to=2025-02-28")
    assert "actor=vladimir-putin" in page.url
    titles = page.locator("li.event h3").all_inner_texts()
    assert "Phone call between Vladimir Putin and Donald Trump" in titles
    assert page.evaluate("window.__noReload") == 1
    filtered_url = page.evaluate("location.href")

    # Open the event.
    page.get_by_role("link", name="Phone call between Vladimir Putin and Donald Trump").click()
    page.wait_for_url(re.compile(r"/events/2025-02-12-putin-trump-phone-call$"))
    assert page.locator("h1").inner_text() == "Phone call between Vladimir Putin and Donald Trump"
    assert "12 Feb 2025" in page.locator(".event-date").inner_text()
    assert page.locator("mark.m-date").count() == 2
    page.screenshot(path=str(shots / "event.png"), full_page=True)

    # Follow a source link to the highlighted mention.
    link = page.locator("a.to-source").first
    href = link.get_attribute("href")
    assert href and "#m-" in href
    link.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+#m-\d+$"))
    mark_id = href.split("#", 1)[1]
    target = page.evaluate("(document.querySelector(':target') || {}).id")
    assert target == mark_id
    mark = page.locator(f"#{mark_id}")
    assert "12 февраля" in mark.inner_text()
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled into view
    outline = page.evaluate(f"getComputedStyle(document.getElementById('{mark_id}')).outlineStyle")
    assert outline == "solid"  # :target emphasis
    page.screenshot(path=str(shots / "source.png"))

    # Back to the event, back to the filtered timeline.
    page.go_back()
    page.wait_for_url(re.compile(r"/events/"))
    page.go_back()
    wait_url(page, re.escape(filtered_url) + "$")
    page.wait_for_selector("li.event")
    assert page.locator("li.event").count() >= 1
    assert page.get_by_label(re.compile(r"^Vladimir Putin")).is_checked()
    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
    context.close()


def test_more_button_and_histogram(browser: Any, server: str) -> None:
    context, page, problems = _page(browser)
    page.goto(server + "/?limit=3")
    wait_js(page, "() => !!window.htmx")
    assert page.locator("li.event").count() == 3
    before = page.evaluate("location.href")
    page.locator("a.more").click()
    wait_js(page, "() => document.querySelectorAll('li.event').length === 6")
    assert page.evaluate("location.href") == before  # "more" does not change the filter URL
    page.locator(".histogram a").first.click()
    wait_url(page, r"from=\d{4}-\d{2}&to=\d{4}-\d{2}")
    assert page.locator("rect.bar.on").count() == 1
    assert not problems, problems
    context.close()


def test_keyboard_focus_is_visible(browser: Any, server: str) -> None:
    context, page, _ = _page(browser)
    page.goto(server + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip"
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth, s.left]; })()"
    )
    assert style[0] == "solid" and style[1] != "0px" and not style[2].startswith("-")
    # Tab reaches a checkbox of the actor picker and Space toggles it (filters via htmx).
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "actor":
            break
    assert page.evaluate("document.activeElement.name") == "actor"
    page.keyboard.press("Space")
    wait_url(page, r"actor=")
    context.close()


def test_phone_width(browser: Any, server: str, shots: Path) -> None:
    context, page, _ = _page(browser, viewport={"width": 360, "height": 740})
    for path in ("/", "/events/2025-02-12-putin-trump-phone-call", "/actors"):
        page.goto(server + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (path, overflow)
    page.goto(server + "/")
    page.screenshot(path=str(shots / "timeline-phone.png"), full_page=False)
    context.close()


def test_works_without_javascript(browser: Any, server: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="ru-RU")
    page = context.new_page()
    page.goto(server + "/")
    page.get_by_label(re.compile(r"^Сергей Лавров")).check()
    page.get_by_role("button", name="Показать").click()
    page.wait_for_url(re.compile(r"actor=sergey-lavrov"))
    assert page.locator("li.event").count() == 4
    context.close()


def test_actor_chip_narrows_the_timeline_in_place(browser: Any, server: str) -> None:
    """A chip's one link is boosted by htmx: the timeline is swapped (no new page), the URL
    carries the new filter, the view does not jump, the "more" link after it still
    appends; with no script the same link is a plain page load."""
    context, page, problems = _page(browser)
    page.goto(server + "/?limit=3")
    wait_js(page, "() => !!window.htmx")
    page.evaluate("window.__sameDocument = true")
    chip = page.locator("li.event .chips a.chip").first
    name = chip.inner_text()
    chip.scroll_into_view_if_needed()
    y = page.evaluate("window.scrollY")
    chip.click()
    wait_url(page, r"actor=")
    assert page.evaluate("window.__sameDocument") is True  # swapped, not reloaded
    assert page.evaluate("window.scrollY") == y
    assert page.locator("a.chip.on", has_text=name).count() >= 1
    assert page.locator("#actor-options input[type=checkbox]:checked").count() == 1
    if page.locator("a.more").count():
        n = page.locator("li.event").count()
        page.locator("a.more").click()
        wait_js(page, "n => document.querySelectorAll('li.event').length > n", n)
    page.go_back()
    wait_js(page, "() => !/actor=/.test(location.href)")
    assert not problems, problems
    context.close()

    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    page.goto(server + "/")
    page.locator("li.event .chips a.chip").first.click()
    page.wait_for_url(re.compile(r"actor="))
    assert page.locator("li.event").count() >= 1
    assert page.locator("a.chip.on").count() >= 1
    context.close()
