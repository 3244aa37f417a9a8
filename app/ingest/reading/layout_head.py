"""The top of a page (layout.py): its own address, a crawler header, and among the first
lines the headline, the time stamp (or the site's today beside a ticker, set aside) and
the author.
"""

from __future__ import annotations

import re

from app.ingest.reading.furniture import (
    _DATELINE_RE,
    _EDIT_LABEL_RE,
    _EDITION_RE,
    _HEADER_RE,
    _RELATIVE_STAMP_RE,
    _TICKER_RE,
    _TIME,
    _TODAY_BAR_RE,
    _breadcrumb_prefix,
    _ends_sentence,
    _is_headline_like,
    _match_author,
    _trim_dot,
    _valid_date,
)

from .page_lines import LayoutState, Line
from .stamp_line import timestamp
from .stamps import RELATIVE_STAMP_DAYS, code_stamp

_ADDRESS_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)


# Lines of a page's top that may come before its own address: a crawler header, the site's
# name, a menu. More, or one that ends a sentence, and the text has begun.
_ADDRESS_LINES = 4


def pass_address(st: LayoutState) -> None:
    """A saved page whose top holds its own address on a line of its own: the address is
    the page's, never body text (the caller may read the day of publication from it). It
    may open the page or follow the site's name and menu («Российская газета», «Главная |
    Экономика | …»), but no line ending a sentence: an address after the text has begun
    is a link the text cites."""
    for ln in [ln for ln in st.lines if ln.text][:_ADDRESS_LINES]:
        if _ADDRESS_RE.match(ln.text):
            st.exclude_line(ln)
            st.url = ln.text
            return
        if _ends_sentence(ln.text):
            return


def pass_header(st: LayoutState) -> None:
    first = next((ln for ln in st.lines if ln.text and not st.is_excluded(ln)), None)
    if first is None:
        return
    m = _HEADER_RE.match(first.raw)
    if not m:
        return
    st.exclude_line(first)
    st.header_date = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    st.header_span = (first.start + m.start("y"), first.start + m.end("d"))


_HEAD_LINES = 12
_LONE_TIME_RE = re.compile(rf"^{_TIME}$")
_TICKER_GAP = 2  # heading lines between a site's today and its ticker, at most


def _ticker_run(st: LayoutState, first: Line) -> list[Line]:
    """The ticker's lines from ``first`` on (one line a currency: «USD …», «EUR …»)."""
    run = [first]
    for p in st.lines[first.index + 1 :]:
        if p.text and not _TICKER_RE.search(p.text):
            break
        if p.text:
            run.append(p)
    return run


def _today_widget(st: LayoutState, ln: Line) -> bool:
    """A date line next to a currency or weather ticker («27 апреля 2024» over «USD 92.13
    -0.37 EUR 98.71»): the site's today, the day the page was viewed, not a stamp."""
    if timestamp(ln.text) is None:
        return False
    above = [p for p in st.lines[max(0, ln.index - 1) : ln.index] if p.text]
    tickers = [p for p in above if _TICKER_RE.search(p.text)]
    # below, the ticker may come after its heading («Котировки», «Курсы валют»)
    headings: list[Line] = []
    for p in st.lines[ln.index + 1 :]:
        if not p.text:
            continue
        if _TICKER_RE.search(p.text):
            tickers += [*headings, *_ticker_run(st, p)]
            break
        if len(headings) >= _TICKER_GAP or len(p.text.split()) > 2:
            break
        if any(c.isdigit() for c in p.text):
            break
        headings.append(p)
    for p in tickers:
        st.exclude_line(p)
    return bool(tickers)


def pass_head(st: LayoutState) -> None:
    """Title, time stamp and author among the top lines, until the body starts."""
    title_decided = False
    seen = 0
    hour: Line | None = None
    for ln in st.lines:
        s = ln.text
        if not s:
            continue
        if st.is_excluded(ln):
            # a breadcrumb line may end with the stamp: «DW | Политика | 07.03.2024»
            if seen < _HEAD_LINES and (ts := timestamp(s)) is not None and ts[0] is not None:
                lead = ln.raw.find(s)
                a, b = ts[2]
                st.date_candidates.append(
                    (1, ts[0], None, "header", (ln.start + lead + a, ln.start + lead + b))
                )
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if _today_widget(st, ln) or _TODAY_BAR_RE.match(s):
            st.exclude_line(ln)
            continue
        rel = _RELATIVE_STAMP_RE.match(s)
        if rel is not None and any(c.isdigit() for c in s):
            st.exclude_line(ln)
            if st.stamp_offset is None:
                st.stamp_offset = RELATIVE_STAMP_DAYS[rel["w"].lower()]
            continue
        ed = _EDITION_RE.search(s)
        if ed is not None:  # «Газета «Коммерсантъ» №174 от 18.09.2023»: the date
            full = _valid_date(int(ed["y"]), int(ed["m"]), int(ed["d"]))
            lead = ln.raw.find(s)
            st.exclude_line(ln)
            if full is not None:
                a, b = ln.start + lead + ed.start("d"), ln.start + lead + ed.end("y")
                st.date_candidates.append((1, full, None, "header", (a, b)))
            continue
        if _LONE_TIME_RE.match(s):
            hour = ln  # an hour alone: the date may follow as a document code
            continue
        code = code_stamp(s if hour is None else f"{hour.text} {s}")
        if code is not None:  # «12:06» over «1598-03-08-2022»: a release's number and date
            for p in (hour, ln):
                if p is not None:
                    st.exclude_line(p)
            st.date_candidates.append((1, code, None, "header", ln.content_span))
            continue
        hour = None
        ts = timestamp(s)
        if ts is not None:
            full, partial, (a, b) = ts
            lead = ln.raw.find(s)
            span = _trim_dot(st.text, (ln.start + lead + a, ln.start + lead + b))
            st.exclude_line(ln)
            edit = _EDIT_LABEL_RE.match(s) is not None  # after the other stamps, datelines
            if full is not None:
                st.date_candidates.append((3 if edit else 1, full, None, "header", span))
            else:
                st.date_candidates.append((4, None, partial, "inferred", span))
            continue
        author = _match_author(s, bare_ok=title_decided)
        if author is not None and st.author is None:
            st.author = author
            st.exclude_line(ln)
            continue
        if not title_decided and len(s.split()) <= 2 and not _ends_sentence(s):
            continue  # an outlet's name or a rubric above the headline, not a headline
        if not title_decided:
            title_decided = True
            cut = _breadcrumb_prefix(s)
            cand = s[cut:].strip()
            if _is_headline_like(cand) and not _DATELINE_RE.match(cand):
                st.title = cand
                st.title_line = ln.index
                if cut:
                    lead = ln.raw.find(s)
                    st.excluded.append((ln.start + lead, ln.start + lead + cut))
                continue
        if not _is_headline_like(s):
            if len(s.split()) <= 3 and not _ends_sentence(s):
                continue  # an outlet's name or a rubric above the stamp («Коммерсантъ», «Мир»)
            break  # the body has started
