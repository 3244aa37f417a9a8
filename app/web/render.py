"""Rendering templates with the request's language and the shared page context."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse

from app.config import Settings
from app.web import i18n
from app.web.ui import UI


def make_templates(settings: Settings) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(settings.templates_dir))
    env = templates.env
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.autoescape = True
    return templates


def request_lang(request: Request) -> str:
    settings: Settings = request.app.state.settings
    return i18n.negotiate(
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
        settings.default_lang,
    )


def ui_for(request: Request) -> UI:
    path = request.url.path
    if request.url.query:
        path += "?" + request.url.query
    return UI(lang=request_lang(request), path=path)


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
