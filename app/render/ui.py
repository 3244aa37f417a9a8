"""What templates need to speak the request's language: phrases, labels, names, URLs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote

from app.render import datelabel, i18n


class Titled(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def title_en(self) -> str | None: ...


class Named(Protocol):
    @property
    def name(self) -> str | None: ...
    @property
    def name_ru(self) -> str: ...


@dataclass(frozen=True)
class UI:
    lang: str
    path: str  # the current path and query, for the language switch's `next`

    @property
    def other_lang(self) -> str:
        return "en" if self.lang == "ru" else "ru"

    def t(self, key: str) -> str:
        return i18n.t(key, self.lang)

    def date(self, start: dt.date | None, end: dt.date | None, precision: str) -> str:
        return datelabel.label(start, end, precision, self.lang)

    def day(self, d: dt.date | None) -> str:
        return datelabel.day(d, self.lang) if d else self.t("date_unknown")

    def month(self, key: str | None) -> str:
        return datelabel.month_key_label(key, self.lang) if key else self.t("undated")

    def iso(self, start: dt.date | None, end: dt.date | None) -> str:
        return datelabel.iso_interval(start, end)

    def type(self, key: str) -> str:
        return i18n.event_type(key, self.lang)

    def how(self, key: str) -> str:
        return i18n.how(key, self.lang)

    def published_how(self, key: str) -> str:
        return i18n.published_how(key, self.lang)

    def kind(self, key: str) -> str:
        return i18n.kind(key, self.lang)

    def name(self, actor: Named) -> str:
        # An actor without an English name is shown by its Russian one in either language.
        return actor.name_ru if self.lang == "ru" or not actor.name else actor.name

    def title(self, event: Titled) -> str:
        # The English title where ingest could build one; else the article's own.
        return event.title_en if self.lang == "en" and event.title_en else event.title

    def switch_url(self) -> str:
        return f"/lang/{self.other_lang}?next={quote(self.path, safe='')}"

    def sources(self, n: int) -> str:
        if self.lang == "ru":
            if n % 10 == 1 and n % 100 != 11:
                return f"{n} источник"
            if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
                return f"{n} источника"
            return f"{n} источников"
        return f"{n} source" if n == 1 else f"{n} sources"
