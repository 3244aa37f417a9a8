"""The co-chair of one side named by side alone is the one named so before (side_chair.py),
on sentences of our own. Each row: text, then the sorted actor ids of the meeting whose
host is `marker`."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, str, list[str]]] = [
    # Each side's chair after its side's word; the host received the American one.
    (
        "Российско-американская комиссия по музейным фондам провела в пятницу заседание в "
        "Твери. Российскую часть комиссии возглавляет советник министра Аркадий Полуянов, "
        "американскую — куратор Смитсоновского института Гарольд Бэкстер.\n\n"
        "В четверг мэр Твери Степан Колобов принял американского сопредседателя комиссии.",
        "stepan-kolobov",
        ["garold-bekster", "stepan-kolobov"],
    ),
    # ... named as «сопредседатель с американской стороны», after the Russian one.
    (
        "Сопредседатель комиссии с российской стороны Аркадий Полуянов и сопредседатель с "
        "американской стороны Гарольд Бэкстер открыли заседание в пятницу в Твери.\n\n"
        "В четверг мэр Твери Степан Колобов принял американского сопредседателя комиссии.",
        "stepan-kolobov",
        ["garold-bekster", "stepan-kolobov"],
    ),
    # Both sides by side alone: the head of the Russian part and the Kazakh co-chair.
    (
        "Российскую часть комиссии возглавляет замминистра Аркадий Полуянов, казахстанскую — "
        "вице-министр Ерлан Жаксыбеков.\n\n"
        "В четверг глава российской части комиссии провел видеоконференцию с казахстанским "
        "сопредседателем.",
        "arkadiy-poluyanov",
        ["arkadiy-poluyanov", "erlan-zhaksybekov", "kazakhstan", "russia"],
    ),
    # No side named for the chairs before: no one is added.
    (
        "Заседание комиссии по музейным фондам прошло в пятницу в Твери, его провели "
        "сопредседатели Аркадий Полуянов и Гарольд Бэкстер.\n\n"
        "В четверг мэр Твери Степан Колобов принял американского сопредседателя комиссии.",
        "stepan-kolobov",
        ["stepan-kolobov"],
    ),
]


@pytest.mark.parametrize(("text", "marker", "expected"), CASES)
def test_side_chair_table(pipeline: Pipeline, text: str, marker: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [
        sorted(e.actors)
        for e in facts.events
        if e.type in ("meeting", "talks", "call") and marker in e.actors
    ]
    assert got == [expected]
