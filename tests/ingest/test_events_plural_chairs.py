"""The bare plural «сопредседатели» (or «главы делегаций») as the subject of an act stands for
the chairs the article named before (plural_chairs.py), on sentences of our own. Each row:
text, the event type asked, then the sorted actor ids of that event (None: no such event)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

LEAD = (
    "Российско-норвежская комиссия по охране морских птиц провела заседание в Архангельске. "
    "Российскую часть комиссии возглавляет замминистра Аркадий Полуянов, норвежскую — "
    "советник Кнут Эриксен.\n\n"
)
CASES: list[tuple[str, str, list[str] | None]] = [
    # The chairs' press conference, told by their title alone.
    (
        LEAD + "После заседания сопредседатели провели короткую пресс-конференцию.",
        "press-conference",
        ["arkadiy-poluyanov", "knut-eriksen"],
    ),
    # The chairs named with the co-chairs word; the sentence opens with it capitalised.
    (
        "Сопредседатели комиссии Аркадий Полуянов и Кнут Эриксен открыли заседание в "
        "Архангельске.\n\nПосле заседания сопредседатели провели короткую пресс-конференцию.",
        "press-conference",
        ["arkadiy-poluyanov", "knut-eriksen"],
    ),
    # The heads of delegations' protocol.
    (
        "Переговоры о квотах вылова прошли в Мурманске. Российскую делегацию возглавлял "
        "Аркадий Полуянов, норвежскую — Кнут Эриксен.\n\n"
        "В пятницу главы делегаций подписали протокол переговоров.",
        "agreement",
        ["arkadiy-poluyanov", "knut-eriksen"],
    ),
    # A sentence with no name at all, after the chairs' signing: parsed for its subject.
    (
        "Сопредседатели комиссии Аркадий Полуянов и Кнут Эриксен подписали в понедельник "
        "протокол.\n\nПосле подписания сопредседатели провели короткую пресс-конференцию.",
        "press-conference",
        ["arkadiy-poluyanov", "knut-eriksen"],
    ),
    # No chairs named before: the act stays unread.
    (
        "Заседание комиссии по охране морских птиц прошло в Архангельске.\n\n"
        "После заседания сопредседатели провели короткую пресс-конференцию.",
        "press-conference",
        None,
    ),
]


@pytest.mark.parametrize(("text", "typ", "expected"), CASES)
def test_plural_chairs_table(
    pipeline: Pipeline, text: str, typ: str, expected: list[str] | None
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [sorted(e.actors) for e in facts.events if e.type == typ]
    assert got == ([expected] if expected is not None else [])
