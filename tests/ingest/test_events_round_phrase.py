"""A participle or a relative clause on the noun of a round («раунд консультаций,
состоявшийся 5 декабря», «запланированный на 15 декабря раунд переговоров») dates the
contact the round is of (round_phrase.py, triggers.toml [rounds]). On sentences of our own.
Each row: text, the talks events as (status, start, end)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2023, 12, 8)

CASES: list[tuple[str, list[tuple[str, D | None, D | None]]]] = [
    # A participle after the round noun: the day the round was held.
    (
        "Раунд консультаций Египта и Эфиопии, состоявшийся 5 декабря в Каире, завершился "
        "подписанием протокола.",
        [("happened", D(2023, 12, 5), D(2023, 12, 5))],
    ),
    # A participle before it.
    (
        "Состоявшийся 4 декабря в Каире раунд переговоров Египта и Эфиопии завершился "
        "подписанием протокола.",
        [("happened", D(2023, 12, 4), D(2023, 12, 4))],
    ),
    # A relative clause on the round noun.
    (
        "Раунд переговоров Египта и Эфиопии, который прошел 6 декабря в Каире, дал сторонам "
        "надежду.",
        [("happened", D(2023, 12, 6), D(2023, 12, 6))],
    ),
    # Put off: dated by the day it was due, told under a participle of scheduling.
    (
        "Запланированный на 15 декабря раунд консультаций Египта и Эфиопии перенесен.",
        [("postponed", D(2023, 12, 15), D(2023, 12, 15))],
    ),
    (
        "Запланированный на начало декабря в Каире раунд консультаций Египта и Эфиопии не "
        "состоится в намеченные сроки.",
        [("cancelled", D(2023, 12, 1), D(2023, 12, 10))],
    ),
    # Called off: the day due, told in a relative clause with «планировалось провести».
    (
        "Очередной тур переговоров Египта и Эфиопии, который планировалось провести 14 "
        "декабря, отменен.",
        [("cancelled", D(2023, 12, 14), D(2023, 12, 14))],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_round_phrase_dates(
    pipeline: Pipeline, text: str, want: list[tuple[str, D | None, D | None]]
) -> None:
    facts = pipeline.process(raw_article("Новости дня\n\nКаир. " + text, PUBLISHED))
    got = [
        (e.status, e.date.value.start, e.date.value.end) for e in facts.events if e.type == "talks"
    ]
    assert got == want
