"""The end of a page (layout.py): a copyright footer and contact lines, the outlet named in
them, an author byline and related links after the body, and a stamp under the text.
"""

from __future__ import annotations

from bisect import bisect_right

from app.ingest.reading.furniture import (
    _COPYRIGHT_OUTLET_RE,
    _COPYRIGHT_RE,
    _FOOTER_OUTLET_RE,
    _LEGAL_FORM_RE,
    _ends_sentence,
    _match_author,
    footer_line,
)

from .credit_stamp import credit_line, stamp_after_credit
from .page_lines import LayoutState, content_lines


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


def _body_after(st: LayoutState) -> list[bool]:
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


def pass_footer(st: LayoutState) -> None:
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


def pass_tail(st: LayoutState) -> None:
    """Author byline and related-article links after the body."""
    content = content_lines(st)
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


def pass_end_stamp(st: LayoutState) -> None:
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
