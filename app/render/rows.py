"""An event's row of the HTML timeline (`_event_item.html`), in one UI language, built once.

What a row shows depends on the event and the language only, but for its actor chips'
links: each keeps the page's current filter (the chip adds its actor to it), is marked when
its actor is already chosen, and carries htmx attributes on some pages. So the row is
written here with each chip's opening tag left as a placeholder, CHIP_OPEN + the actor's id
+ CHIP_CLOSE; app.db.cards stores these per language at ingest, and app.web.rows fills the
placeholders of a page's rows with one pass of CHIP (a regular expression) over them.

The placeholders are private-use characters, which escaping leaves alone; `row` refuses
an actor id containing them, and writes them in a title or a name as character references
(the same text in a browser), so no value of a row can open or close a placeholder.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from markupsafe import escape

from app.render import datelabel
from app.render.ui import UI

CHIP_OPEN = "\ue001"
CHIP_CLOSE = "\ue002"
CHIP = f"{CHIP_OPEN}([^{CHIP_OPEN}{CHIP_CLOSE}]*){CHIP_CLOSE}"

LANGS = ("en", "ru")


@lru_cache(maxsize=16384)
def _when(lang: str, start: dt.date | None, end: dt.date | None, precision: str) -> tuple[str, str]:
    """(datetime attribute, label) of a row's date, escaped: pure functions of these four,
    and pages of one window repeat the same days."""
    return (
        str(escape(datelabel.iso_interval(start, end))),
        str(escape(datelabel.label(start, end, precision, lang))),
    )


@lru_cache(maxsize=4096)
def _label(lang: str, kind: str, key: str) -> str:
    ui = _UIS[lang]
    if kind == "type":
        text = ui.type(key)
    elif kind == "status":
        text = ui.t("status_" + key)
    else:
        text = ui.sources(int(key))
    return str(escape(text))


_UIS = {lang: UI(lang, "/") for lang in LANGS}

_REFS = str.maketrans({CHIP_OPEN: "&#xe001;", CHIP_CLOSE: "&#xe002;"})


def _text(value: str) -> str:
    """`value` escaped, its placeholder characters (if any: a title is the article's text)
    as character references."""
    out = str(escape(value))
    if CHIP_OPEN in out or CHIP_CLOSE in out:
        out = out.translate(_REFS)
    return out


def chips_open(lang: str) -> str:
    return f'<ul class="chips" aria-label="{escape(_UIS[lang].t("actors"))}">\n'


def row(e: Any, event_id: str, lang: str) -> str:
    """The row of `e` (an EventItem, or a card's decoded fields: the same attribute names)
    in `lang`, its chips' opening tags as placeholders."""
    ui = _UIS[lang]
    status = e.status
    badge = ""
    if status != "happened":
        planned = " planned" if e.planned else ""
        badge = (
            f' <span class="badge status-{escape(status)}{planned}">'
            f"{_label(lang, 'status', status)}</span>"
        )
    iso, when = _when(lang, e.date_start, e.date_end, e.precision)
    chips = []
    for a in e.actors:
        if CHIP_OPEN in a.id or CHIP_CLOSE in a.id:
            raise ValueError(f"actor id {a.id!r} holds a placeholder character")
        chips.append(f"<li>{CHIP_OPEN}{a.id}{CHIP_CLOSE}{_text(ui.name(a))}</a></li>\n")
    return (
        f'<li class="event{" is-planned" if e.planned else ""}">\n'
        f'<div class="when"><time datetime="{iso}">{when}</time></div>\n'
        '<div class="what">\n'
        f'<p class="meta"><span class="type">{_label(lang, "type", e.type)}</span>{badge}'
        f' <span class="n-sources">· {_label(lang, "sources", str(e.sources_count))}</span></p>\n'
        f'<h3 class="title"><a href="/events/{escape(event_id)}">{_text(ui.title(e))}</a></h3>\n'
        f"{chips_open(lang)}{''.join(chips)}</ul>\n\n"
        "</div>\n"
        "</li>"
    )
