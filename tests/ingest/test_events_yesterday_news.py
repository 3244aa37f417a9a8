"""A report of yesterday (events/yesterday_news.py), on texts of our own: when the lead
dates its news «вчера», the words told undated in the story were said that day, also
paragraphs on when a later paragraph names that day again; an agency lead of its own day
(«в понедельник»), a lead dated otherwise and words told as background keep the words on
the day of publication."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2021, 6, 17)

# text, event type, the speaker, the date expected (start, precision) of that event
CASES: list[tuple[str, str, str, tuple[str | None, str]]] = [
    # the lead says «вчера»: the minister's words in the next paragraph are of that day
    (
        "Переговоры министров иностранных дел России и Египта вчера в Каире длились "
        "шесть часов.\n\nСергей Лавров заявил журналистам, что стороны договорились "
        "расширить поставки зерна.",
        "statement",
        "sergey-lavrov",
        ("2021-06-16", "day"),
    ),
    # a paragraph naming yesterday again («вечером») keeps the story going on past the
    # lead's next paragraphs
    (
        "Переговоры министров иностранных дел России и Египта вчера в Каире длились "
        "шесть часов.\n\nСначала министры беседовали наедине.\n\nЗатем к ним "
        "присоединились делегации.\n\nВечером министры осмотрели новый музей.\n\n"
        "Сергей Лавров заявил журналистам, что стороны договорились расширить поставки "
        "зерна.",
        "statement",
        "sergey-lavrov",
        ("2021-06-16", "day"),
    ),
    # the lead names its own weekday, not «вчера»: the words are the news of publication
    (
        "Переговоры министров иностранных дел России и Египта во вторник в Каире длились "
        "шесть часов.\n\nСергей Лавров заявил журналистам, что стороны договорились "
        "расширить поставки зерна.",
        "statement",
        "sergey-lavrov",
        ("2021-06-17", "day"),
    ),
    # «Напомним» steps out of the story: background words keep publication's day
    (
        "Переговоры министров иностранных дел России и Египта вчера в Каире длились "
        "шесть часов.\n\nНапомним, Сергей Лавров заявил журналистам, что Москва готова "
        "расширить поставки зерна.",
        "statement",
        "sergey-lavrov",
        ("2021-06-17", "day"),
    ),
]


@pytest.mark.parametrize(("text", "kind", "speaker", "expected"), CASES)
def test_yesterday_news(
    pipeline: Pipeline, text: str, kind: str, speaker: str, expected: tuple[str | None, str]
) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [
        (str(e.date.value.start) if e.date.value.start else None, e.date.value.precision)
        for e in facts.events
        if e.type == kind and speaker in e.actors
    ]
    assert expected in got, got
