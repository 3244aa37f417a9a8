"""An agency dateline at the start of one of a page's first paragraphs (layout.py):
«Москва. 2 февраля. INTERFAX.RU - », «МОСКВА, 2 фев — РИА Новости.»: its date, its
agency as the outlet, and an author named after it.
"""

from __future__ import annotations

import re

from app.ingest.reading.furniture import (
    _DATELINE_RE,
    _NAME,
    _ends_sentence,
    _trim_dot,
    _valid_agency,
    _valid_date,
    _valid_day_month,
)

from .months import month_number
from .page_lines import LayoutState


def pass_dateline(st: LayoutState) -> None:
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
