"""Error responses: JSON under /api, an HTML page elsewhere; never a bare 500 for bad input."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from app.web.filters import FilterError
from app.web.render import render

TITLES = {400: "bad_request", 404: "not_found", 422: "bad_request"}


class NotFound(Exception):
    """An id in the path that names nothing."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"no {what} {ident!r}")
        self.message = f"no {what} {ident!r}"


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/healthz"


def error_response(request: Request, status: int, message: str, **extra: str) -> Response:
    if wants_json(request):
        return JSONResponse({"detail": message, **extra}, status_code=status)
    return render(
        request,
        "error.html",
        {"status": status, "message": message, "title_key": TITLES.get(status, "error")},
        status=status,
    )


def install(app: FastAPI) -> None:
    async def on_filter(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, FilterError)  # noqa: S101 - registered for FilterError only
        return error_response(request, exc.status, str(exc), param=exc.param)

    async def on_not_found(request: Request, exc: Exception) -> Response:
        return error_response(request, 404, str(exc))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)  # noqa: S101
        message = exc.detail if isinstance(exc.detail, str) else "error"
        response = error_response(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)  # noqa: S101
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(request, 422, f"{where}: {first.get('msg', 'invalid')}")

    app.add_exception_handler(FilterError, on_filter)
    app.add_exception_handler(NotFound, on_not_found)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
