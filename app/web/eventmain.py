"""The event page's main block written in Python: `event.html`'s, byte for byte.

The page's own block through Jinja (its date macro, the loops over sources and quote
segments, an attribute lookup per value) was about a third of an event page's time. It is
small and fixed, so it is written here from the same context the template gets;
`event_page.html` puts it into `base.html`. tests/web/test_event_main.py renders
`event.html` and this for the same events and compares.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2.utils import url_quote
from markupsafe import Markup, escape

from app.render.ui import UI


def _e(value: Any) -> str:
    """`{{ value }}` under autoescape."""
    return str(escape(value))


def _attr(d: Any, key: str) -> Any:
    """`d.key` in Jinja on a dict: the item, else undefined (rendered as nothing)."""
    if isinstance(d, Mapping):
        return d.get(key, "") if key in d else ""
    return getattr(d, key, "")


def _unique_count(values: list[Any]) -> int:
    """`|unique|list|length`: Jinja's `unique` compares strings case-insensitively."""
    return len({v.lower() if isinstance(v, str) else v for v in values})


def _date(ui: UI, start: Any, end: Any, precision: str) -> str:
    return f'<time datetime="{_e(ui.iso(start, end))}">{_e(ui.date(start, end, precision))}</time>'


def _head(ui: UI, event: Any, reason: str) -> list[str]:
    out = []
    badge = ""
    if event.status != "happened":
        planned = " planned" if event.planned else ""
        badge = (
            f' <span class="badge status-{_e(event.status)}{planned}">'
            f"{_e(ui.t('status_' + str(event.status)))}</span>"
        )
    out.append(
        '<article class="event-page">\n<header class="event-head">\n'
        f'<p class="meta"><span class="type">{_e(ui.type(event.type))}</span>{badge}</p>\n'
        f"<h1>{_e(ui.title(event))}</h1>\n"
        f'<p class="event-date">{_date(ui, event.date_start, event.date_end, event.precision)}'
        "</p>\n"
    )
    venue = event.venue
    if venue:
        name = venue.name if ui.lang == "en" and venue.name else venue.name_ru
        out.append(f'<p class="venue"><strong>{_e(ui.t("venue"))}:</strong> {_e(name)}</p>\n')
    out.append(
        f'<p class="reason"><strong>{_e(ui.t("why_date"))}:</strong> {_e(reason)}</p>\n'
        f'<ul class="chips" aria-label="{_e(ui.t("actors"))}">\n'
    )
    for a in event.actors:
        speaker = ""
        if a.role == "speaker":
            speaker = f' <span class="muted">({_e(ui.t("role_speaker"))})</span>'
        out.append(
            f'<li><a class="chip" href="/?actor={_e(url_quote(a.id))}">{_e(ui.name(a))}</a>'
            f"{speaker}</li>\n"
        )
    out.append(
        "</ul>\n"
        f'<p class="links"><a href="/api/events/{_e(event.id)}" type="application/json">'
        f"{_e(ui.t('json'))}</a></p>\n"
        "</header>\n"
    )
    return out


def _disagreement(
    ui: UI, disagreeing: list[Any], extra: list[Any], titles: Mapping[Any, Any]
) -> list[str]:
    if not (disagreeing or extra):
        return []
    says = _e(ui.t("source_says"))
    out = [
        '<section class="disagreement" aria-labelledby="dis-h">\n'
        f'<h2 id="dis-h">{_e(ui.t("disagreement"))}</h2>\n<ul>\n'
    ]
    for sv in disagreeing:
        s = sv.source
        text = f", «{_e(s.date_text)}»" if s.date_text else ""
        out.append(
            f'<li><a href="#s-{_e(s.mention_id)}">{_e(s.outlet or s.file)}</a> {says} '
            f"<strong>{_e(sv.date_label)}</strong> ({_e(ui.how(s.date_how))}{text})</li>\n"
        )
    for d in extra:
        article_id = _attr(d, "article_id")
        title = titles.get(article_id, article_id) if article_id != "" else ""
        out.append(
            f"<li>{_e(title)} {says} <strong>{_e(_attr(d, 'start'))} – {_e(_attr(d, 'end'))}"
            f"</strong> ({_e(ui.how(_attr(d, 'how') or ''))})</li>\n"
        )
    out.append("</ul>\n</section>\n")
    return out


def _quote(segments: list[Any]) -> str:
    parts = []
    for seg in segments:
        if seg.kind == "date":
            parts.append(f'<mark class="m-date">{_e(seg.text)}</mark>')
        elif seg.kind == "actor":
            parts.append(f'<mark class="m-actor">{_e(seg.text)}</mark>')
        else:
            parts.append(_e(seg.text))
    return "".join(parts)


def _sources(ui: UI, event: Any, sources: list[Any]) -> list[str]:
    count = _unique_count([s.article_id for s in event.sources])
    out = [
        '<section class="sources" aria-labelledby="src-h">\n'
        f'<h2 id="src-h">{_e(ui.sources(count))}</h2>\n<ol class="source-list">\n'
    ]
    date_word = _e(ui.t("date"))
    open_source = _e(ui.t("open_source"))
    unknown = ui.t("unknown_outlet")
    for sv in sources:
        s = sv.source
        mid = _e(s.mention_id)
        aid = _e(s.article_id)
        warn = "" if sv.agrees else ' <span class="badge warn">≠</span>'
        out.append(
            f'<li class="source" id="s-{mid}">\n'
            f'<p class="src-head"><a href="/articles/{aid}">{_e(s.title or s.file)}</a><br>'
            f'<span class="muted">{_e(s.outlet or unknown)} · {_e(ui.day(s.published))}'
            "</span></p>\n"
            f'<blockquote class="quote">{_quote(sv.segments)}</blockquote>\n'
            f'<p class="src-date">{date_word}: <strong>{_e(sv.date_label)}</strong> · '
            f"{_e(ui.how(s.date_how))}{warn}</p>\n"
            f'<p><a class="to-source" href="/articles/{aid}#m-{mid}">{open_source} →</a></p>\n'
            "</li>\n"
        )
    out.append("</ol>\n</section>\n")
    return out


def _nav(ui: UI, prev_id: Any, next_id: Any) -> str:
    prev = (
        f'<a rel="prev" href="/events/{_e(prev_id)}">← {_e(ui.t("previous"))}</a>'
        if prev_id
        else "<span></span>"
    )
    nxt = f'<a rel="next" href="/events/{_e(next_id)}">{_e(ui.t("next"))} →</a>' if next_id else ""
    return (
        f'<nav class="prevnext" aria-label="{_e(ui.t("previous"))} / {_e(ui.t("next"))}">\n'
        f"{prev}{nxt}</nav>\n</article>\n"
    )


def main_block(ctx: Mapping[str, Any]) -> Markup:
    """`event.html`'s `main` block for the context the template would get."""
    ui: UI = ctx["ui"]
    event = ctx["event"]
    parts = _head(ui, event, ctx["reason"])
    parts += _disagreement(ui, ctx["disagreeing"], ctx["extra_disagreement"], ctx["article_titles"])
    parts += _sources(ui, event, ctx["sources"])
    parts.append(_nav(ui, ctx["prev_id"], ctx["next_id"]))
    # Every value above is escaped; the markup around it is this module's own.
    return Markup("".join(parts))  # noqa: S704
