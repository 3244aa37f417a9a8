"""The publication date written in an article's address: ``/2024/05/17/``, ``/17/05/2024/``,
``/news/2024-05-17/``, ``/20240517/``. News sites put the day of publication in the path;
an address without a full, valid date gives nothing (a year or a year and month alone are
archive sections, not days)."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

__all__ = ["date_from_url"]

_S = r"(?:^|[/_\-.])"  # a date starts a path segment or follows a separator in it
_E = r"(?=$|[/_\-.?#])"
_YMD = re.compile(_S + r"(?P<y>(?:19|20)\d{2})[/\-_.]?(?P<m>[01]\d)[/\-_.]?(?P<d>[0-3]\d)" + _E)
_YMD_SLASHED = re.compile(_S + r"(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})" + _E)
_DMY = re.compile(_S + r"(?P<d>[0-3]?\d)[/\-.](?P<m>[01]?\d)[/\-.](?P<y>(?:19|20)\d{2})" + _E)


def date_from_url(url: str | None) -> date | None:
    """The day in the path of ``url`` (the host and the query are not read), or None."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for rx in (_YMD_SLASHED, _YMD, _DMY):
        for m in rx.finditer(path):
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
    return None
