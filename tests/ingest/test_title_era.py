"""A bare title in an article without any date is read in the era its titled people allow
(actors/title_days.py with dates/era.py), not at today. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.actors.title_days import title_days
from app.ingest.dates import extract_dates
from app.ingest.dates.era import Era, era_of
from app.ingest.nlp import Nlp

D = date.fromisoformat

# (text, the person the last title of the text resolves to)
CASES: list[tuple[str, str | None]] = [
    # Primakov at the MFA and Solana at NATO: 1996–1998, the secretary of state is Albright
    (
        "Глава МИД России Евгений Примаков провёл переговоры с генеральным секретарем НАТО "
        "Хавьером Соланой. Позже министр созвонился с госсекретарем.",
        "madeleine-albright",
    ),
    # Biden's one term: the Russian defence minister of its middle, not of today
    (
        "Президент США Джо Байден заявил о новой помощи. В ответ выступил министр обороны России.",
        "sergey-shoigu",
    ),
    # a date of the text's own wins over the era
    (
        "Президент США Джо Байден вспомнил прошлое. В 2016 году госсекретарь США был в Москве.",
        "john-kerry",
    ),
    # an era still open tells no day: the title is left to the caller's default (today)
    (
        "Министр иностранных дел России Сергей Лавров прилетел в Дели. Там он созвонился с "
        "госсекретарем США.",
        "marco-rubio",
    ),
]


@pytest.mark.parametrize(("text", "who"), CASES, ids=[c[0][:40] for c in CASES])
def test_title_in_the_era(nlp: Nlp, gaz: Gazetteer, text: str, who: str | None) -> None:
    analysis = nlp.analyse(text)
    spans = [(s.start, s.end) for s in analysis.sentences]
    day_at = title_days(spans, extract_dates(text, None, sentences=spans), None, era_of(text, gaz))
    hits = match_actors(analysis, gaz, None, day_at=day_at)
    persons = [
        h.actor_id
        for h in hits
        if (rec := h.record or gaz.get(h.actor_id)) is not None
        and rec.kind == "person"
        and h.via == "role"
    ]
    assert persons[-1:] == ([who] if who else [])


ERAS: list[tuple[Era | None, date | None]] = [
    (((D("2021-01-20"), D("2025-01-19")),), D("2023-01-20")),
    (((D("2004-03-09"), None),), None),  # still open
    (((D("2017-01-20"), D("2021-01-19")), (D("2025-01-20"), None)), None),  # two terms
    (None, None),
]


@pytest.mark.parametrize(("era", "day"), ERAS)
def test_day_of_an_undated_text(era: Era | None, day: date | None) -> None:
    day_at = title_days([(0, 40)], [], None, era)
    assert day_at(5) == day
