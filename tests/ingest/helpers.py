"""Building raw articles from plain strings, as the reader would produce them."""

from __future__ import annotations

import datetime as dt

from app.ingest.reading import RawArticle


def raw_article(
    text: str,
    published: dt.date | None = None,
    *,
    file: str = "test.txt",
    path: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    excluded: tuple[tuple[int, int], ...] = (),
) -> RawArticle:
    return RawArticle(
        file=file,
        path=path or f"/tmp/letopis-tests/{file}",
        text=text,
        title=title,
        outlet=outlet,
        author=None,
        url=None,
        published=published,
        published_how="header" if published else "unknown",
        partial_date=None,
        excluded=excluded,
        lang="ru",
        encoding="utf-8",
    )
