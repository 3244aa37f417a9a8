"""Layout of a plain-text article: title, outlet, author, language, publication date, and
the character spans that are page furniture rather than article body.

The text is never changed: :attr:`Layout.excluded` lists spans of the original text, so the
source view keeps the original and offsets stay valid (see :func:`.spans.mask_spans` for the
body text event extraction should see).

Shapes handled (general rules; none is tied to one site):

* a crawler header line `` date 2026-02-03 <rest>`` on the first line: the date is the
  publication date (``header``); the rest of that line is page furniture (a photo caption,
  "Форма поиска по сайту") and is excluded, never the title;
* a headline line: the first content line when it reads as a headline (not ending with a
  period, not too long); a run of two or more rubric words before it ("Геополитика Россия")
  is breadcrumbs and is excluded; if the first content line is a body paragraph there is no
  title (``None``);
* a time stamp line near the top (``3 февраля, 09:55``, ``03.02.2026 10:15``,
  ``Опубликовано: 2 февраля 2026 г.``);
* an agency dateline at the start of a paragraph: ``Москва. 2 февраля. INTERFAX.RU - ``,
  ``МОСКВА, 2 фев — РИА Новости.``, ``Вашингтон, 5 марта /ТАСС/.``,
  ``MOSCOW, Feb 2 (Reuters) -``, with or without a year; the agency becomes the outlet;
* an author line: ``Автор: ...``/``Текст: ...``/``By ...`` or a short line that is a person's
  name (two or three capitalised words) among the top lines or the last lines;
* furniture anywhere: breadcrumb lines (``Главная / Политика``), navigation lines
  ("Поиск", "Поделиться", social network names), photo credits (``Фото: Reuters``),
  «Смотрите также» / «Читайте также» / «Читайте нас» lines, key-points box headings
  ("Основні тези", "Главное"), tag lines;
* a footer in the second half of the text: from ``©``/``Copyright`` to the end, and lines with
  contacts, phones, e-mails, 18+ notices; the outlet may come from it
  (``Информационный портал «antmsk.ru»`` -> ``antmsk.ru``). A copyright year is never a date;
* trailing headline-shaped lines without final punctuation after the body (related links).

Publication date signalling:

* full date found: ``published`` set, ``published_how`` is ``"header"`` (crawler header or a
  time stamp line with a year) or ``"dateline"`` (agency dateline with a year);
* day and month without a year: ``published=None``, ``partial_date=(day, month)``, and
  ``published_how`` is what the caller should store once it has inferred the year from the
  text's own dates: ``"dateline"`` for an agency dateline, ``"inferred"`` for a bare time
  stamp. If the caller cannot infer a year it must store ``"unknown"``;
* nothing: ``published=None``, ``partial_date=None``, ``published_how="unknown"``.

``date_span`` is the span of the date expression used (inside an excluded span), so the dates
module can skip it.

The passes over the lines live in layout_head.py (the top), layout_dateline.py (an agency
dateline) and layout_tail.py (the end); page_lines.py holds the lines and what the passes
find; this module sets aside furniture anywhere and chooses the date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.ingest.reading.furniture import (
    _KEYPOINTS_RE,
    _PHOTO_RE,
    _SEE_ALSO_RE,
    _ends_sentence,
    _is_breadcrumb_line,
    _is_doubled_line,
    _is_menu_row,
    _is_nav_line,
)

from .lang import guess_lang
from .layout_dateline import pass_dateline
from .layout_head import pass_address, pass_head, pass_header
from .layout_tail import pass_end_stamp, pass_footer, pass_tail
from .page_lines import LayoutState, PublishedHow, split_lines
from .spans import Span, mask_spans, merge_spans
from .stamp_line import timestamp
from .stamps import reconcile

__all__ = ["Layout", "PublishedHow", "parse_layout", "timestamp"]


@dataclass(frozen=True)
class Layout:
    title: str | None
    outlet: str | None
    author: str | None
    lang: str
    published: date | None
    published_how: PublishedHow
    partial_date: tuple[int, int] | None
    excluded: tuple[tuple[int, int], ...]
    date_span: tuple[int, int] | None = None
    # «Вчера, 14:10»: the article's stamp in days from a date given outside it (a header)
    stamp_offset: int | None = None
    # the page's address a saved page opens with («https://…/2019-03-05/…» on line one)
    url: str | None = None



def _pass_furniture(st: LayoutState) -> None:
    """Line-level furniture anywhere in the text."""
    lines = st.lines
    i = 0
    while i < len(lines):
        ln = lines[i]
        s = ln.text
        if not s:
            i += 1
            continue
        if _SEE_ALSO_RE.match(s):
            st.exclude_line(ln)
            marker_only = len(s.split()) <= 3 or s.endswith(":")
            if marker_only:  # the links are on the following lines
                j = i + 1
                taken = 0
                while j < len(lines) and taken < 5:
                    nxt = lines[j].text
                    if not nxt:
                        if taken:
                            break
                        j += 1
                        continue
                    if _ends_sentence(nxt) or len(nxt) > 200:
                        break
                    st.exclude_line(lines[j])
                    taken += 1
                    j += 1
                i = j
                continue
        elif (
            (len(s) <= 250 and _PHOTO_RE.search(s))
            or _KEYPOINTS_RE.match(s)
            or _is_nav_line(s)
            or _is_breadcrumb_line(s)
            or _is_menu_row(s)
            or _is_doubled_line(s)
        ):
            st.exclude_line(ln)
        i += 1



def _choose_date(
    st: LayoutState,
) -> tuple[date | None, PublishedHow, tuple[int, int] | None, Span | None]:
    best = min(st.date_candidates, key=lambda c: c[0]) if st.date_candidates else None
    if best is not None and best[1] is None and best[2] is not None:
        # a stamp without a year at the top, the same day with its year elsewhere
        day_month = best[2]
        same = [
            c[1]
            for c in st.date_candidates
            if c[1] is not None and (c[1].day, c[1].month) == day_month
        ]
        if same:
            best = (best[0], same[0], None, best[3], best[4])
    if st.header_date is not None:
        if st.stamp_offset is not None:
            own = reconcile(st.header_date, None, None, st.stamp_offset)
            return own, "header", None, st.header_span
        if best is not None:
            _, full, partial, how, span = best
            own = reconcile(st.header_date, full, partial, None)
            if own is not None:
                return own, how if how != "inferred" else "header", None, span
        return st.header_date, "header", None, st.header_span
    if best is None:
        return None, "unknown", None, None
    _, full, partial, how, span = best
    return full, how, partial, span


def parse_layout(text: str) -> Layout:
    """Find the layout of a plain-text article (see the module doc for the rules)."""
    st = LayoutState(text=text, lines=split_lines(text), excluded=[], excluded_lines=set())
    pass_address(st)
    pass_header(st)
    _pass_furniture(st)
    pass_head(st)
    pass_dateline(st)
    pass_footer(st)
    pass_tail(st)
    pass_end_stamp(st)
    published, how, partial, date_span = _choose_date(st)
    excluded = merge_spans(st.excluded)
    lang = guess_lang(mask_spans(text, excluded))
    return Layout(
        title=st.title,
        outlet=st.outlet,
        author=st.author,
        lang=lang,
        published=published,
        published_how=how,
        partial_date=partial,
        excluded=excluded,
        date_span=date_span,
        stamp_offset=st.stamp_offset,
        url=st.url,
    )
