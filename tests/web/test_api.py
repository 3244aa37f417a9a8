"""The JSON API against DESIGN.md's contract, on the factory data, over real HTTP."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests import factories

EVENT_KEYS = {"id", "url", "title", "type", "planned", "date", "actors", "sources"}
DATE_KEYS = {"start", "end", "precision", "text", "how"}
ACTOR_KEYS = {"id", "name", "name_ru", "kind"}
SOURCE_KEYS = {"article_id", "file", "title", "outlet", "published", "quote", "date_text", "url"}


def ids(client: Any, query: str) -> list[str]:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    return [e["id"] for e in r.json()["events"]]


def test_healthz(client: Any) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["articles"] == 7 and body["events"] == 10


def test_events_shape(client: Any, built: factories.Built) -> None:
    body = client.get("/api/events").json()
    assert set(body) == {"events", "next", "total"}
    assert body["total"] == 10 and body["next"] is None and len(body["events"]) == 10
    for e in body["events"]:
        assert EVENT_KEYS <= set(e)
        assert e["url"] == f"/events/{e['id']}"
        assert set(e["date"]) >= DATE_KEYS
        assert all(set(a) >= ACTOR_KEYS for a in e["actors"])
        for s in e["sources"]:
            assert SOURCE_KEYS <= set(s)
            assert s["url"].startswith(f"/articles/{s['article_id']}#m-")
    call = next(e for e in body["events"] if e["id"] == built.events["call"].id)
    assert call["date"] == {
        "start": "2025-02-12",
        "end": "2025-02-12",
        "precision": "day",
        "text": "12 февраля",
        "how": "year-from-publication",
    }
    assert {a["id"] for a in call["actors"]} == {"vladimir-putin", "donald-trump"}
    assert {s["article_id"] for s in call["sources"]} == {
        built.articles["003"].id,
        built.articles["004"].id,
    }
    article_text = built.articles["004"].text
    src = next(s for s in call["sources"] if s["article_id"] == built.articles["004"].id)
    assert src["quote"] in article_text and "12 февраля" in src["quote"]


def test_timeline_order(client: Any) -> None:
    events = client.get("/api/events").json()["events"]
    keys = []
    for e in events:
        d = e["date"]
        keys.append(d["start"] or d["end"] or "9999-12-31")
    assert keys == sorted(keys)
    assert events[-1]["date"]["precision"] == "unknown"
    # Same sort date: the finer precision first (day before range on 2025-02-10? no: the
    # range starts on the 10th, the day event is the 12th).
    order = [e["id"] for e in events]
    assert order.index("2025-02-10-riyadh-consultations") < order.index(
        "2025-02-12-putin-trump-phone-call"
    )


def test_event_detail_and_redirect(client: Any, built: factories.Built) -> None:
    ev = built.events["mfa"].id
    r = client.get(f"/api/events/{ev}")
    assert r.status_code == 200 and r.json()["id"] == ev
    assert len(r.json()["sources"]) == 3
    r = client.get("/api/events/2025-02-12-putin-trump-call")
    assert r.status_code == 301
    assert r.headers["location"] == "/api/events/2025-02-12-putin-trump-phone-call"
    r = client.get("/api/events/no-such-event")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")
    assert "no-such-event" in r.json()["detail"]


def test_actor_filter_single_and_all(client: Any) -> None:
    assert ids(client, "actor=vladimir-putin") == [
        "2025-02-12-putin-trump-phone-call",
        "2025-putin-trump-call-negotiating-position",
    ]
    both = ids(client, "actor=vladimir-putin&actor=donald-trump")
    assert both == ids(client, "actor=vladimir-putin")
    # ALL semantics: Trump and Russia share only the March event.
    assert ids(client, "actor=donald-trump&actor=russia") == ["2025-03-trump-team-reset-relations"]
    assert ids(client, "actor=vladimir-putin&actor=marco-rubio") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # March 2025: the month event, the 5 March event, the year event and «before 30 Dec».
        (
            "from=2025-03-01&to=2025-03-31",
            {
                "2025-russian-mfa-ready-for-dialogue",
                "2025-03-trump-team-reset-relations",
                "2025-03-05-hostile-markup-event",
                "2025-putin-trump-call-negotiating-position",
            },
        ),
        ("from=2025-03&to=2025-03", None),  # same as above, month form
        # A single day inside the range event's interval finds it (overlap, not containment).
        (
            "from=2025-02-11&to=2025-02-11",
            {
                "2025-02-10-riyadh-consultations",
                "2025-russian-mfa-ready-for-dialogue",
                "2025-putin-trump-call-negotiating-position",
            },
        ),
        # After the «before» event's end: it no longer matches.
        ("from=2026", {"2026-02-02-russian-mfa-statement-proposals-to-usa"}),
        # Open-ended: only `to`.
        (
            "to=2025-02-10",
            {
                "2025-russian-mfa-ready-for-dialogue",
                "2025-02-10-riyadh-consultations",
                "2025-putin-trump-call-negotiating-position",
            },
        ),
    ],
)
def test_date_overlap(client: Any, query: str, expected: set[str] | None) -> None:
    got = set(ids(client, query))
    if expected is None:
        expected = set(ids(client, "from=2025-03-01&to=2025-03-31"))
    assert got == expected
    assert "undated-lavrov-rubio-diplomats-exchange" not in got


def test_q_type_article_and_combination(client: Any, built: factories.Built) -> None:
    # Russian word forms: «переговорная» in the quote, searched as «переговорную».
    assert ids(client, "q=переговорную") == ["2025-putin-trump-call-negotiating-position"]
    assert "2025-02-12-putin-trump-phone-call" in ids(client, "q=Путин")
    assert set(ids(client, "type=call")) == {
        "2025-02-12-putin-trump-phone-call",
        "2025-putin-trump-call-negotiating-position",
    }
    art = built.articles["004"].id
    assert set(ids(client, f"article={art}")) == {
        "2025-02-12-putin-trump-phone-call",
        "2025-putin-trump-call-negotiating-position",
    }
    combo = f"actor=vladimir-putin&type=call&article={art}&from=2025-02-01&to=2025-02-28"
    assert ids(client, combo) == [
        "2025-02-12-putin-trump-phone-call",
        "2025-putin-trump-call-negotiating-position",
    ]
    assert ids(client, combo + "&q=телефонного") == [
        "2025-02-12-putin-trump-phone-call",
        "2025-putin-trump-call-negotiating-position",
    ]
    assert ids(client, combo + "&q=Байдена") == ["2025-02-12-putin-trump-phone-call"]
    # Blank values (what a GET form sends for empty fields) are no filter at all.
    assert len(ids(client, "actor=&from=&to=&q=&type=&article=")) == 10


def test_unbalanced_quote_in_q(client: Any) -> None:
    r = client.get('/api/events', params={"q": '"Лавров'})
    assert r.status_code == 200
    assert r.json()["total"] >= 1
    for q in ['"', "«", "AND OR NOT", "*", "(", "NEAR(", "'"]:
        assert client.get("/api/events", params={"q": q}).status_code == 200


def test_cursor_walks_everything_once(client: Any) -> None:
    everything = ids(client, "limit=500")
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        body = client.get("/api/events", params=params).json()
        assert body["total"] == 10
        seen += [e["id"] for e in body["events"]]
        cursor = body["next"]
        pages += 1
        if cursor is None:
            break
    assert seen == everything and len(set(seen)) == len(seen) == 10
    assert pages == 4


def test_cursor_with_actor_filter(client: Any) -> None:
    first = client.get("/api/events", params={"actor": "sergey-lavrov", "limit": 1}).json()
    rest = client.get(
        "/api/events", params={"actor": "sergey-lavrov", "limit": 10, "cursor": first["next"]}
    ).json()
    walked = [e["id"] for e in first["events"] + rest["events"]]
    assert walked == ids(client, "actor=sergey-lavrov")


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("from=notadate", 400),
        ("to=2025-13-01", 400),
        ("from=2025-02-30", 400),
        ("from=2025-05-01&to=2025-01-01", 400),
        ("limit=-5", 400),
        ("limit=0", 400),
        ("limit=501", 400),
        ("limit=abc", 400),
        ("limit=1e3", 400),
        ("cursor=garbage", 400),
        ("cursor=%00%01", 400),
        ("cursor=MjAyNS0wMi0xMnwwfA", 400),  # decodes to an empty id
        ("actor=nobody-at-all", 422),
        ("article=ffffffffffffffff", 422),
        ("from=2025-01-01&from=2025-02-01", 400),
    ],
)
def test_bad_parameters(client: Any, query: str, status: int) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["detail"]
    page = client.get(f"/?{query}")
    assert page.status_code == status
    assert page.headers["content-type"].startswith("text/html")


def test_actors_and_articles(client: Any, built: factories.Built) -> None:
    actors = client.get("/api/actors").json()["actors"]
    by_id = {a["id"]: a for a in actors}
    assert set(by_id["sergey-lavrov"]) == {"id", "name", "name_ru", "kind", "events"}
    assert by_id["sergey-lavrov"]["events"] == 4
    assert by_id["vladimir-putin"]["events"] == 2
    arts = client.get("/api/articles").json()["articles"]
    assert len(arts) == 7
    a = next(x for x in arts if x["id"] == built.articles["004"].id)
    assert a["published"] == {"date": "2025-12-30", "how": "header"}
    assert set(a) == {"id", "file", "title", "outlet", "published"}


def test_article_detail_spans(client: Any, built: factories.Built) -> None:
    art = built.articles["004"]
    body = client.get(f"/api/articles/{art.id}").json()
    text = body["text"]
    assert text == art.text
    assert len(body["mentions"]) == 2
    for m in body["mentions"]:
        s = m["sentence"]
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert m["event_url"] == f"/events/{m['event_id']}"
        if m["date"]:
            assert text[m["date"]["start"] : m["date"]["end"]] == m["date_text"]
        for a in m["actors"]:
            assert s["start"] <= a["start"] < a["end"] <= s["end"]
    assert client.get("/api/articles/nope").status_code == 404


def test_planned_and_precisions(client: Any) -> None:
    events = {e["id"]: e for e in client.get("/api/events").json()["events"]}
    assert events["2025-10-23-lavrov-rubio-meeting"]["planned"] is True
    precisions = {e["date"]["precision"] for e in events.values()}
    assert precisions == {"day", "month", "part", "before", "range", "year", "unknown"}
    before = events["2025-putin-trump-call-negotiating-position"]["date"]
    assert before["start"] is None and before["end"] == "2025-12-30"


def test_api_is_read_only(client: Any) -> None:
    for method in ("post", "put", "delete", "patch"):
        r = getattr(client, method)("/api/events")
        assert r.status_code == 405


def test_dates_are_iso(client: Any) -> None:
    for e in client.get("/api/events").json()["events"]:
        for k in ("start", "end"):
            if e["date"][k]:
                dt.date.fromisoformat(e["date"][k])
