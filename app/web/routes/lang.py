"""`/lang/{code}?next=/path`: remember the interface language in a cookie, go back."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import RedirectResponse

from app.render import i18n
from app.web.errors import NotFound

router = APIRouter()
ONE_YEAR = 365 * 24 * 3600


def safe_next(value: str | None) -> str:
    """Only a local path: no scheme, no host (`//evil`, `/\\evil`), no control characters."""
    if (
        not value
        or not value.startswith("/")
        or value.startswith(("//", "/\\"))
        or any(ord(c) < 32 or c == "\\" for c in value)
        or len(value) > 2000
    ):
        return "/"
    return value


@router.get("/lang/{code}", include_in_schema=False)
def set_lang(code: str, next: str | None = None) -> RedirectResponse:  # noqa: A002
    if code not in i18n.LANGS:
        raise NotFound("language", code)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        i18n.COOKIE, code, max_age=ONE_YEAR, path="/", samesite="lax", httponly=True
    )
    return response
