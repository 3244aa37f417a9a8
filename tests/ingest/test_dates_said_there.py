"""Words told right after the occasion they were said at take its day (said_there.py):
«... выступили с заявлениями для прессы. X назвал переговоры полезными» — not the day of
publication. Not after a happening that is no occasion of words, nor for another speaker.
Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2024, 6, 5)  # Wednesday; «во вторник» is 4 June
TUESDAY = D(2024, 6, 4)



# (text, [(speaker ids, start) of the statements, in text order])
CASES: list[tuple[str, list[tuple[list[str], D]]]] = [
    (
        "По итогам встречи во вторник Сергей Лавров и Ван И выступили с заявлениями для "
        "прессы. Ван И назвал переговоры полезными, а Сергей Лавров поблагодарил хозяев.",
        [(["wang-yi"], TUESDAY), (["sergey-lavrov"], TUESDAY)],
    ),
    (
        # the talks are no occasion of words: the remark is the day's news
        "Во вторник Сергей Лавров и Ван И провели переговоры. Сергей Лавров назвал "
        "переговоры полезными.",
        [(["sergey-lavrov"], PUBLISHED)],
    ),
    (
        # another speaker, not one of the press conference
        "Во вторник Сергей Лавров и Ван И выступили на пресс-конференции. Дмитрий Песков "
        "назвал переговоры полезными.",
        [(["dmitry-peskov"], PUBLISHED)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_words_take_the_day_of_their_occasion(
    pipeline: Pipeline, text: str, expected: list[tuple[list[str], D]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(sorted(e.actors), e.date.value.start) for e in facts.events if e.type == "statement"]
    assert got == expected
