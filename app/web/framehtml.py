"""The HTML timeline's frame written in Python: `timeline.html` (in `base.html`) and
`_timeline.html`, byte for byte.

The page's parts that vary by filter are already strings made elsewhere (the filter form
and the histogram, cached per their inputs; the events block, app.web.pagehtml), so what
the templates still did per request was to join them with a few labels and links: through
Jinja's TemplateResponse (a context per template and include, the block machinery) that
was about a seventh of the page's CPU. The templates stay the reference (and serve every
other page); tests/web/test_frame_html.py renders them and this for the same pages and
compares. The page is written as UTF-8 bytes: its rows are read as the bytes stored, and
the text around them is encoded once (the header's, once per language).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2.filters import do_urlencode
from markupsafe import escape

from app.render.ui import UI
from app.web.pagehtml import page_bytes


@lru_cache(maxsize=4)
def _head(lang: str) -> str:
    """`base.html` up to the language link: a function of the language alone."""
    ui = UI(lang=lang, path="/")

    def t(key: str) -> str:
        return str(escape(ui.t(key)))

    return (
        "<!doctype html>\n"
        f'<html lang="{escape(lang)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="htmx-config" content=\'{"includeIndicatorStyles": false, '
        '"allowEval": false, "allowScriptTags": false, "historyCacheSize": 10, '
        '"attributesToSettle": ["class", "width", "height"]}\'>\n'
        f"<title>{t('site_title')}</title>\n"
        '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">\n'
        '<link rel="stylesheet" href="/static/app.css">\n'
        '<script src="/static/vendor/htmx.min.js" defer></script>\n'
        '<script src="/static/app.js" defer></script>\n'
        "</head>\n"
        "<body>\n"
        f'<a class="skip" href="#main">{t("skip")}</a>\n'
        '<header class="site">\n'
        f'<a class="brand" href="/">{t("brand")}</a>\n'
        f'<nav class="site-nav" aria-label="{t("brand")}">\n'
        f'<a href="/">{t("nav_timeline")}</a>\n'
        f'<a href="/actors">{t("nav_actors")}</a>\n'
        f'<a href="/articles">{t("nav_articles")}</a>\n'
        "</nav>\n"
    )


def lang_link(ui: UI, oob: bool) -> str:
    """`_lang.html`."""
    other = escape(ui.other_lang)
    swap = ' hx-swap-oob="true"' if oob else ""
    return (
        f'<a id="lang-switch" class="lang" href="{escape(ui.switch_url())}" hreflang="{other}"'
        f' lang="{other}"{swap}>{escape(ui.t("lang_switch"))}</a>'
    )


def _around(ctx: dict[str, Any], ui: UI) -> tuple[str, str]:
    """`_timeline.html` before and after its events block."""
    tq = ctx["tq"]
    qs = tq.query_string(order=tq.order)
    eqs, back = escape(qs), escape(do_urlencode(qs))
    before = "".join(
        (
            '<div id="timeline" class="timeline-layout">\n',
            str(escape(ctx["filters_html"])),
            f'\n<section id="results" class="results" aria-label="{escape(ui.t("events"))}">\n',
            f'<p class="summary" role="status"><span><strong>{escape(ctx["page"].total)}</strong>'
            f" {escape(ui.t('events_found'))}</span>\n",
            f'<span class="exports">{escape(ui.t("export"))}: '
            f'<a href="/api/events?{eqs}" type="application/json">JSON</a>'
            f' <a href="/export.csv?{eqs}" download>CSV</a>'
            f' <a href="/export.ics?{eqs}" download>iCal</a></span></p>\n',
            # `_new_events.html` as the timeline includes it (none new yet).
            '<div id="new-events" class="new-events" role="status" aria-live="polite"'
            f' hx-get="/new-events?since={escape(ctx["loaded_total"])}&amp;back={back}"'
            f' hx-trigger="every {escape(ctx["poll"])}s" hx-swap="outerHTML"></div>',
            str(escape(ctx["histogram_html"])),
            # The chips' boosted links (app.web.rows) inherit what they replace from here;
            # `show:none` keeps htmx from scrolling to the top as after a boosted link.
            '\n<div id="events" class="event-list" hx-target="#timeline"'
            ' hx-swap="outerHTML show:none">\n',
        )
    )
    after = "</div>\n</section>\n"
    if ctx.get("oob"):
        after += lang_link(ui, True)
    return before, after + "</div>"


def timeline_html(ctx: dict[str, Any], ui: UI) -> bytes:
    """`_timeline.html` with the route's context `ctx` (its `oob`, `hx_chips`...), as UTF-8:
    the events block's rows are the bytes read (app.web.pagehtml.page_bytes)."""
    before, after = _around(ctx, ui)
    events = page_bytes(
        ctx["groups"], ctx["page"], ctx["tq"], ui, ctx["more_qs"], bool(ctx.get("hx_chips"))
    )
    return b"".join((before.encode(), events, after.encode()))


@lru_cache(maxsize=4)
def _head_bytes(lang: str) -> bytes:
    return _head(lang).encode()


def timeline_page(ctx: dict[str, Any], ui: UI) -> bytes:
    """`timeline.html`: `base.html` around the timeline (not out of band), as UTF-8."""
    top = "".join(
        (
            lang_link(ui, bool(ctx.get("oob"))),
            '</header>\n<main id="main" tabindex="-1">\n',
            f'<h1 class="visually-hidden">{escape(ui.t("site_title"))}</h1>\n',
        )
    )
    return b"".join(
        (
            _head_bytes(ui.lang),
            top.encode(),
            timeline_html(ctx, ui),
            b"</main>\n</body>\n</html>",
        )
    )
