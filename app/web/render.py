"""Rendering templates with the request's language and the shared page context."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.responses import HTMLResponse

from app.config import Settings
from app.render import i18n
from app.render.ui import UI
from app.web.pagehtml import page_html
from app.web.rows import event_rows

T = TypeVar("T")


def make_templates(settings: Settings) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(settings.templates_dir))
    env = templates.env
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.autoescape = True
    # Templates are read once per process: the app's ETags already assume the files of
    # the build it started with (caching.build_token), and a stat per include per
    # request showed in profiles.
    env.auto_reload = False
    env.globals["event_rows"] = event_rows
    env.globals["page_html"] = page_html
    return templates


class FragmentCache:
    """Rendered HTML fragments keyed by EVERYTHING they are rendered from (an LRU).

    A key names the template's inputs themselves (filter, language, the counts shown), never
    a time or a version, so a hit is always the fragment the template would render now.
    """

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], str]) -> Markup:
        # An autoescaped template's output (see `fragment`), never raw input.
        return self.value(key, lambda: Markup(make()))  # noqa: S704

    def value(self, key: Hashable, make: Callable[[], T]) -> T:
        """`make()`, kept under `key` like a fragment (for what is made of fragments)."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return cast(T, found)
        made = make()
        with self._lock:
            self._items[key] = made
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return made


def fragments(request: Request) -> FragmentCache:
    cache: FragmentCache = request.app.state.fragments
    return cache


def fragment(request: Request, key: Hashable, name: str, context: dict[str, Any]) -> Markup:
    """`name` rendered with `context`, cached under `key` (which must determine it)."""
    templates: Jinja2Templates = request.app.state.templates
    cache: FragmentCache = request.app.state.fragments
    return cache.get((name, key), lambda: templates.get_template(name).render(context))


def request_lang(request: Request) -> str:
    settings: Settings = request.app.state.settings
    return i18n.negotiate(
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
        settings.default_lang,
    )


def ui_for(request: Request) -> UI:
    return UI(lang=request_lang(request), path=_path_and_query(request))


def _path_and_query(request: Request) -> str:
    """The request's path and query as `request.url` spells them, read from the scope:
    building `request.url` (host header, netloc, urlsplit) was ~4% of an event page. A
    path or query that `request.url` would escape or cut (?, #, \\, a leading //, control
    or non-ASCII characters) takes the long way, so the answer is the same."""
    scope = request.scope
    path: str = scope["path"]
    raw: bytes = scope.get("query_string", b"")
    if (
        path.isascii()
        and path.isprintable()
        and not path.startswith("//")
        and "?" not in path
        and "#" not in path
        and "\\" not in path
        and " " not in path
        and raw.isascii()
        and b"#" not in raw
        and b" " not in raw
        and raw.decode().isprintable()
    ):
        query = raw.decode()
        return f"{path}?{query}" if query else path
    path = request.url.path
    if request.url.query:
        path += "?" + request.url.query
    return path


def html_response(
    request: Request, html: str | bytes, ui: UI, *, vary: tuple[str, ...] = ()
) -> HTMLResponse:
    """`html` (markup written in Python; bytes: UTF-8) answered as `render` answers a
    template."""
    response = HTMLResponse(html)
    response.headers["Vary"] = ", ".join(("Accept-Language", "Cookie", *vary))
    response.headers["Content-Language"] = ui.lang
    return response


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    status: int = 200,
    vary: tuple[str, ...] = (),
) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    ui = context.get("ui") or ui_for(request)
    response = templates.TemplateResponse(request, name, {"ui": ui, **context}, status_code=status)
    response.headers["Vary"] = ", ".join(("Accept-Language", "Cookie", *vary))
    response.headers["Content-Language"] = ui.lang
    return response
