"""`ui_for` reads the path and query from the scope; the answer is what `request.url`
gives, for ordinary and odd paths alike."""

from __future__ import annotations

import pytest
from starlette.requests import Request

from app.web.render import _path_and_query


def _request(path: str, query: bytes, host: bytes | None = b"example.org") -> Request:
    headers = [(b"host", host)] if host is not None else []
    return Request(
        {
            "type": "http",
            "method": "GET",
            "scheme": "http",
            "server": ("127.0.0.1", 8000),
            "path": path,
            "query_string": query,
            "headers": headers,
        }
    )


def _slow(request: Request) -> str:
    path = request.url.path
    if request.url.query:
        path += "?" + request.url.query
    return path


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/", b""),
        ("/", b"actor=sergey-lavrov&from=2024-01&to=2024-06"),
        ("/events/abc123", b""),
        ("/events/abc123", b"x=%D0%B8%D0%B4"),
        ("/events/a?b", b"q=1"),
        ("/events/a#b", b""),
        ("/events/a\\b", b""),
        ("//events", b""),
        ("/events/ид", b""),
        ("/events/a b", b""),
        ("/events/a\tb", b""),
        ("/events/a ", b""),
        ("/", b"q=a#b"),
        ("/", b"q=a b"),
        ("/", b"q=\xd0\xb8"),
        ("/", b"q=a\nb"),
    ],
)
@pytest.mark.parametrize("host", [b"example.org", b"127.0.0.1:8000", None])
def test_path_and_query_is_what_request_url_gives(
    path: str, query: bytes, host: bytes | None
) -> None:
    assert _path_and_query(_request(path, query, host)) == _slow(_request(path, query, host))
