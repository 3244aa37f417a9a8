"""HTTP caching: ETags from the data version, 304 for a client that has the answer, a new
ETag once ingest changes the data, none on errors, live health."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def _get(client: Any, url: str, **headers: str) -> Any:
    return client.get(url, headers=headers)


def test_pages_and_api_carry_an_etag_and_revalidate(client: Any) -> None:
    for url in ("/", "/api/events?limit=2", "/actors", "/export.csv"):
        first = _get(client, url)
        assert first.status_code == 200, url
        etag = first.headers["etag"]
        assert etag.startswith('W/"'), url
        assert first.headers["cache-control"] == "no-cache"
        vary = {v.strip().lower() for v in first.headers["vary"].split(",")}
        assert {"hx-request", "accept-language", "cookie"} <= vary, url
        again = _get(client, url, **{"If-None-Match": etag})
        assert again.status_code == 304, url
        assert again.content == b""
        assert again.headers["etag"] == etag


def test_the_fragment_and_each_language_have_their_own_etag(client: Any) -> None:
    page = _get(client, "/").headers["etag"]
    fragment = _get(client, "/", **{"HX-Request": "true"}).headers["etag"]
    russian = _get(client, "/", **{"Accept-Language": "ru"}).headers["etag"]
    other_filter = _get(client, "/?type=call").headers["etag"]
    assert len({page, fragment, russian, other_filter}) == 4


def test_a_change_of_the_data_changes_the_etag(client: Any, session: Session) -> None:
    before = _get(client, "/api/events?limit=2").headers["etag"]
    # Any write to articles (what every ingest does) bumps the version by trigger.
    session.execute(
        text("UPDATE articles SET title = title WHERE id IN (SELECT id FROM articles LIMIT 1)")
    )
    session.commit()
    after = _get(client, "/api/events?limit=2", **{"If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["etag"] != before


def test_errors_and_health_are_never_cached(client: Any) -> None:
    bad = _get(client, "/api/events?from=yesterday")
    assert bad.status_code == 400
    assert "etag" not in bad.headers
    missing = _get(client, "/api/events/no-such-event")
    assert missing.status_code == 404
    assert "etag" not in missing.headers
    assert "etag" not in _get(client, "/healthz").headers


def test_a_search_total_follows_ingest(client: Any, session: Session) -> None:
    """The web keeps each search's count and terms per connection until the data version
    moves (app.db.searchindex): a new matching event is counted once ingest stores it."""
    from tests import factories

    url = "/api/events?q=%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B"  # переговоры
    before = client.get(url).json()["total"]
    # «Переговорный»: a form the index had no term for
    factories.searchable_event(session, "undated-peregovornyi", None, "Переговорный раунд")
    session.execute(
        text("UPDATE articles SET title = title WHERE id IN (SELECT id FROM articles LIMIT 1)")
    )
    session.commit()
    assert client.get(url).json()["total"] == before + 1
