"""CSV and iCalendar exports of the current filter."""

from __future__ import annotations

import csv
import io
from typing import Any


def test_csv_export(client: Any) -> None:
    r = client.get("/export.csv?actor=vladimir-putin")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["id"] for row in rows] == [
        "2025-02-12-putin-trump-phone-call",
        "2025-putin-trump-call-negotiating-position",
    ]
    assert rows[0]["date_start"] == "2025-02-12" and rows[0]["precision"] == "day"
    assert rows[1]["date_start"] == "" and rows[1]["date_end"] == "2025-12-30"
    assert rows[0]["actors"].split(";") == ["donald-trump", "vladimir-putin"] or set(
        rows[0]["actors"].split(";")
    ) == {"donald-trump", "vladimir-putin"}
    everything = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
    assert len(everything) == 10
    assert client.get("/export.csv?from=bad").status_code == 400


def _unfold(text: str) -> list[str]:
    assert "\r\n" in text
    raw = text.split("\r\n")
    out: list[str] = []
    for line in raw:
        if line.startswith(" "):
            out[-1] += line[1:]
        elif line:
            out.append(line)
    return out


def test_ics_export(client: Any) -> None:
    r = client.get("/export.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    text = r.text
    for physical in text.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    events = text.count("BEGIN:VEVENT")
    assert events == lines.count("END:VEVENT") == 8  # not the «before» and undated ones
    assert "DTSTART;VALUE=DATE:20250212" in lines
    assert "DTEND;VALUE=DATE:20250213" in lines  # exclusive end
    assert "DTSTART;VALUE=DATE:20250301" in lines and "DTEND;VALUE=DATE:20250401" in lines
    assert "STATUS:TENTATIVE" in lines  # the planned meeting
    summaries = [line for line in lines if line.startswith("SUMMARY:")]
    assert any("\\," in s or "\\;" in s or "«" in s for s in summaries)
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == len(uids) == 8


def test_ics_filtered(client: Any) -> None:
    lines = _unfold(client.get("/export.ics?actor=marco-rubio").text)
    assert lines.count("BEGIN:VEVENT") == 1
