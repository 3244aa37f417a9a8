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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from app.ingest.reading.furniture import (
    _COPYRIGHT_OUTLET_RE,
    _COPYRIGHT_RE,
    _DATELINE_RE,
    _EDIT_LABEL_RE,
    _EDITION_RE,
    _FOOTER_OUTLET_RE,
    _HEADER_RE,
    _KEYPOINTS_RE,
    _LEGAL_FORM_RE,
    _NAME,
    _PHOTO_RE,
    _RELATIVE_STAMP_RE,
    _SEE_ALSO_RE,
    _TICKER_RE,
    _TIME,
    _TODAY_BAR_RE,
    _breadcrumb_prefix,
    _ends_sentence,
    _is_breadcrumb_line,
    _is_doubled_line,
    _is_headline_like,
    _is_nav_line,
    _match_author,
    _trim_dot,
    _valid_agency,
    _valid_date,
    _valid_day_month,
    footer_line,
)

from .credit_stamp import credit_line, stamp_after_credit
from .lang import guess_lang
from .months import month_number
from .spans import Span, mask_spans, merge_spans
from .stamp_line import timestamp
from .stamps import RELATIVE_STAMP_DAYS, code_stamp, reconcile

__all__ = ["Layout", "PublishedHow", "parse_layout", "timestamp"]

PublishedHow = Literal["header", "dateline", "inferred", "url", "unknown"]


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


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Line:
    index: int
    start: int
    end: int  # exclusive, before the newline
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def content_span(self) -> Span:
        """The span without leading/trailing whitespace."""
        lead = len(self.raw) - len(self.raw.lstrip())
        trail = len(self.raw) - len(self.raw.rstrip())
        return (self.start + lead, self.end - trail)


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        out.append(_Line(i, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


# --------------------------------------------------------------------------- the parser


# (priority, full date, (day, month), how, span of the date expression); lowest priority wins
_DateCandidate = tuple[int, date | None, tuple[int, int] | None, PublishedHow, Span]


@dataclass
class _State:
    text: str
    lines: list[_Line]
    excluded: list[Span]
    excluded_lines: set[int]
    title: str | None = None
    title_line: int | None = None
    author: str | None = None
    outlet: str | None = None
    header_date: date | None = None
    header_span: Span | None = None
    url: str | None = None
    # (priority, published, partial, how, span); lower priority wins
    date_candidates: list[_DateCandidate] = field(default_factory=list)
    stamp_offset: int | None = None

    def exclude_line(self, ln: _Line) -> None:
        self.excluded_lines.add(ln.index)
        self.excluded.append(ln.span)

    def is_excluded(self, ln: _Line) -> bool:
        return ln.index in self.excluded_lines


def _content_lines(st: _State) -> list[_Line]:
    return [ln for ln in st.lines if ln.text and not st.is_excluded(ln)]


def _pass_furniture(st: _State) -> None:
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
            or _is_doubled_line(s)
        ):
            st.exclude_line(ln)
        i += 1


_ADDRESS_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)


def _pass_address(st: _State) -> None:
    """A saved page that opens with its own address on a line of its own: the address is
    the page's, never body text (the caller may read the day of publication from it)."""
    first = next((ln for ln in st.lines if ln.text), None)
    if first is not None and _ADDRESS_RE.match(first.text):
        st.exclude_line(first)
        st.url = first.text


def _pass_header(st: _State) -> None:
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


def _ticker_run(st: _State, first: _Line) -> list[_Line]:
    """The ticker's lines from ``first`` on (one line a currency: «USD …», «EUR …»)."""
    run = [first]
    for p in st.lines[first.index + 1 :]:
        if p.text and not _TICKER_RE.search(p.text):
            break
        if p.text:
            run.append(p)
    return run


def _today_widget(st: _State, ln: _Line) -> bool:
    """A date line next to a currency or weather ticker («27 апреля 2024» over «USD 92.13
    -0.37 EUR 98.71»): the site's today, the day the page was viewed, not a stamp."""
    if timestamp(ln.text) is None:
        return False
    above = [p for p in st.lines[max(0, ln.index - 1) : ln.index] if p.text]
    tickers = [p for p in above if _TICKER_RE.search(p.text)]
    # below, the ticker may come after its heading («Котировки», «Курсы валют»)
    headings: list[_Line] = []
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


def _pass_head(st: _State) -> None:
    """Title, time stamp and author among the top lines, until the body starts."""
    title_decided = False
    seen = 0
    hour: _Line | None = None
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


def _pass_dateline(st: _State) -> None:
    """An agency dateline at the start of one of the first body paragraphs."""
    checked = 0
    for ln in st.lines:
        if not ln.text or st.is_excluded(ln) or ln.index == st.title_line:
            continue
        # a run of short menu lines («Новости», «В мире») before the lead does not count
        if len(ln.text) > 40 or _ends_sentence(ln.text):
            checked += 1
        if checked > 4:
            return
        m = _DATELINE_RE.match(ln.raw)
        if not m:
            continue
        agency = next(
            (m[g] for g in ("a1", "a2", "a3", "a4") if m[g]),
            "",
        ).strip()
        if not _valid_agency(agency):
            continue
        year = m["y"]
        if m["d"]:
            d, mo, dspan = int(m["d"]), month_number(m["m"]), (m.start("d"), m.end("m"))
        elif m["d2"]:
            d, mo, dspan = int(m["d2"]), month_number(m["m2"]), (m.start("m2"), m.end("d2"))
        else:  # «МОСКВА, 05.03.2025 — РИА Новости.»
            d, mo, dspan = int(m["d3"]), int(m["m3"]), (m.start("d3"), m.end("y3"))
            year = m["y3"]
        if mo is None or not _valid_day_month(d, mo):
            continue
        end = m.end()
        if m["a3"] and m["a3end"] == ",":  # "— РИА Новости, Иван Петров."
            rest = re.match(rf"\s*(?P<name>{_NAME})\s*\.[ \t]*", ln.raw[end:])
            if rest:
                if st.author is None:
                    st.author = rest.group("name")
                end += rest.end()
        st.excluded.append((ln.start + m.end("lead"), ln.start + end))
        dspan = _trim_dot(ln.raw, dspan)
        st.outlet = st.outlet or agency.strip('"«»')
        if year:
            if m["y"]:
                dspan = (dspan[0], m.end("y"))
            full = _valid_date(int(year), mo, d)
            if full is not None:
                st.date_candidates.append(
                    (2, full, None, "dateline", (ln.start + dspan[0], ln.start + dspan[1]))
                )
        else:
            st.date_candidates.append(
                (3, None, (d, mo), "dateline", (ln.start + dspan[0], ln.start + dspan[1]))
            )
        return


def _outlet_from_footer(footer: str) -> str | None:
    m = _FOOTER_OUTLET_RE.search(footer)
    if m:
        return m.group("name").strip()
    m = _COPYRIGHT_OUTLET_RE.search(footer)
    if m:
        name = _LEGAL_FORM_RE.sub("", m.group("name").strip(' «»"“”'))
        if name and not footer_line(name) and len(name.split()) <= 6:
            return name
    return None


def _body_after(st: _State) -> list[bool]:
    """For each line index: does a body-like line follow it (a sentence of 6+ words that is
    not footer boilerplate)?"""
    out = [False] * len(st.lines)
    seen = False
    for ln in reversed(st.lines):
        out[ln.index] = seen
        s = ln.text
        if (
            not seen
            and _ends_sentence(s)
            and len(s.split()) >= 6
            and not st.is_excluded(ln)
            and not footer_line(s)
        ):
            seen = True
    return out


def _pass_footer(st: _State) -> None:
    """Copyright footer to the end of the text; contact/legal lines near the end."""
    text = st.text
    body_after = _body_after(st)
    starts = [ln.start for ln in st.lines]
    start: int | None = None
    for m in _COPYRIGHT_RE.finditer(text):
        ln = st.lines[bisect_right(starts, m.start()) - 1]
        if st.is_excluded(ln):
            continue
        near_end = m.start() >= len(text) // 2 or len(text) - m.start() <= 1500
        if body_after[ln.index] or not near_end:
            if len(ln.text) <= 120:  # a credit line such as "© Reuters" above the body
                st.exclude_line(ln)
            continue
        before = text[ln.start : m.start()]
        start = ln.start if len(before.strip()) <= 20 else m.start()
        break
    tail_from = int(len(text) * 0.6)
    for ln in st.lines:
        if start is not None and ln.start >= start:
            break
        if ln.start < tail_from or not ln.text or st.is_excluded(ln):
            continue
        if len(ln.text) <= 400 and footer_line(ln.text):
            if not body_after[ln.index]:
                start = ln.start
                break
            st.exclude_line(ln)
    if start is None:
        return
    st.excluded.append((start, len(text)))
    for ln in st.lines:
        if ln.end >= start:
            st.excluded_lines.add(ln.index)
    if st.outlet is None:
        st.outlet = _outlet_from_footer(text[start:])


def _pass_tail(st: _State) -> None:
    """Author byline and related-article links after the body."""
    content = _content_lines(st)
    if not content:
        return
    body_lines = [ln for ln in content if ln.index != st.title_line]
    if not any(_ends_sentence(ln.text) for ln in body_lines):
        return
    taken = 0
    for ln in reversed(body_lines):
        s = ln.text
        if taken >= 5:
            break
        if st.author is None and taken == 0:
            author = _match_author(s, bare_ok=True)
            if author is not None:
                st.author = author
                st.exclude_line(ln)
                continue
        if _ends_sentence(s) or len(s) > 200 or len(s.split()) < 3 or s.endswith(":"):
            break
        if (ts := stamp_after_credit(s)) is not None and ts[0] is not None:
            continue  # «(По материалам Синьхуа) 21/06/2004»: the closing stamp's to read
        st.exclude_line(ln)
        taken += 1


def _pass_end_stamp(st: _State) -> None:
    """A stamp with its year as one of the last lines («17.07.2023 18:20» under the text):
    the weakest evidence, used when the top gives none or only its day and month."""
    tail = [ln for ln in st.lines if ln.text and not st.is_excluded(ln)][-2:]
    for ln in reversed(tail):
        ts = stamp_after_credit(ln.text)  # «(По материалам Синьхуа) 21/06/2004»
        if ts is None or ts[0] is None:
            continue
        # a reprint's source credit on its own line may stand between the text and stamp
        lines = [p for p in reversed(st.lines[: ln.index]) if p.text]
        above = next((p for p in lines if not credit_line(p.text)), None)
        if above is None or not _ends_sentence(above.text):
            return  # under a list of links («Читайте также»), not under the article

        lead = ln.raw.find(ln.text)
        a, b = ts[2]
        st.exclude_line(ln)
        st.date_candidates.append(
            (5, ts[0], None, "header", (ln.start + lead + a, ln.start + lead + b))
        )
        return


def _choose_date(
    st: _State,
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
    st = _State(text=text, lines=_split_lines(text), excluded=[], excluded_lines=set())
    _pass_address(st)
    _pass_header(st)
    _pass_furniture(st)
    _pass_head(st)
    _pass_dateline(st)
    _pass_footer(st)
    _pass_tail(st)
    _pass_end_stamp(st)
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
