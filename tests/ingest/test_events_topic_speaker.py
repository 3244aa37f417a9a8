"""Who speaks about a happening is no party to it; what one thanks for is no happening of
the thanker's (attribution.topic_of, speaking_subject, thanked_for); sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday



# (text, speaker, {type: actors sorted} of the happenings besides the speaker's words)
PARTY_CASES = [
    # The topic of the words («о сроках визита», an object) is not the speaker's doing.
    (
        "О визите Сергея Лаврова в Китай 20 марта в понедельник объявила Мария Захарова.",
        "maria-zakharova",
        {"visit": ["sergey-lavrov"]},
    ),
    # Monday is the day of the announcement, not of the visit announced (date_tree.py):
    # undated, the visit is told in her words only.
    (
        "О сроках визита Сергея Лаврова в Китай в понедельник объявила Мария Захарова.",
        "maria-zakharova",
        {},
    ),
    (
        "Ангела Меркель в среду назвала высылку дипломатов необоснованной.",
        "angela-merkel",
        {},
    ),
    # The occasion the words were said on is the speakers' own.
    (
        "Владимир Путин и Си Цзиньпин в ходе телефонного разговора в среду подтвердили "
        "договоренности, сообщил Дмитрий Песков.",
        "dmitry-peskov",
        {"call": ["vladimir-putin", "xi-jinping"]},
    ),
]


@pytest.mark.parametrize(("text", "speaker", "happenings"), PARTY_CASES)
def test_speaker_no_party_to_topic(
    pipeline: Pipeline, text: str, speaker: str, happenings: dict[str, list[str]]
) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    said = [e for e in events if e.type == "statement"]
    assert [sorted(e.actors) for e in said] == [[speaker]]
    assert {e.type: sorted(e.actors) for e in events if e.type != "statement"} == happenings


# A body announcing its own measure takes it by announcing it.
ACT_CASES = [
    (
        "Минфин США в среду объявил о санкциях против российских банков.",
        [("sanctions", "happened", ["us-treasury"], "2025-03-12", "day")],
    ),
    # What one thanks for was made before, by the one thanked: no proposal and no visit;
    # the thanks are the thanker's words (a verb of saying).
    (
        "Ван И поблагодарил за приглашение и пообещал рассмотреть его.",
        [("statement", "happened", ["wang-yi"], "2025-03-14", "day")],
    ),
    (
        "Ван И поблагодарил Сергея Лаврова за приглашение посетить Москву.",
        [("statement", "happened", ["wang-yi"], "2025-03-14", "day")],
    ),
    (
        "Сергей Лавров пригласил Ван И посетить Москву.",
        [("proposal", "happened", ["sergey-lavrov"], "2025-03-14", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACT_CASES)
def test_acts_and_thanks(pipeline: Pipeline, text: str, expected: list) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # What is spoken of («о Сирии», «о России и США») is no speaker (tree.py).
        (
            "Путин в среду принял Болтона в Кремле. Собеседники говорили о Сирии и о "
            "стратегической стабильности.",
            [],
        ),
        ("Песков в среду рассказал журналистам о России и США.", [["dmitry-peskov"]]),
    ],
)
def test_spoken_of_is_no_speaker(pipeline: Pipeline, text: str, speakers: list[list[str]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2018, 6, 27)))
    assert [sorted(e.actors) for e in facts.events if e.type == "statement"] == speakers
