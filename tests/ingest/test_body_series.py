"""A sitting told by its place in a series with no owner («Третье заседание прошло ...»)
is the sitting of the one body the reader named before (body_series.py). Sentences of our
own invention."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

FIRST = "Первое заседание экспертной группы по охране лосося прошло 3 апреля в Мурманске. "
BODY = "ekspertnaya-gruppa-po-okhrane-lososya"


@pytest.mark.parametrize(
    ("text", "start", "parties"),
    [
        (FIRST + "Третье заседание прошло 5 апреля в Кандалакше.", "2019-04-05", {BODY}),
        (
            FIRST + "Следующее заседание намечено на 11–12 октября в Архангельске.",
            "2019-10-11", {BODY},
        ),
        # Two bodies named before: whose sitting it is stays unread.
        (
            FIRST + "Члены комиссии по рыболовству собрались 4 апреля. Третье заседание прошло "
            "5 апреля в Кандалакше.",
            "2019-04-05", None,
        ),
        # The body told as the subject of an earlier sentence, the sitting numbered later.
        (
            "Экспертная группа по охране лосося появилась в 2015 году. Второе заседание "
            "прошло 5 апреля 2019 года в Кандалакше.",
            "2019-04-05", {"gruppa-po-okhrane-lososya"},
        ),
    ],
)  # fmt: skip
def test_sitting_in_series(
    pipeline: Pipeline, text: str, start: str, parties: set[str] | None
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 4, 10)))
    found = [e for e in facts.events if str(e.date.value.start) == start]
    if parties is None:
        assert not any(BODY in e.actors for e in found)
    else:
        assert len(found) == 1
        assert set(found[0].actors) == parties


def test_plain_sitting_takes_no_body(pipeline: Pipeline) -> None:
    """With no ordinal or word of order the sitting is no one's told in a series."""
    text = FIRST + "Заседание прошло 5 апреля в Кандалакше."
    facts = pipeline.process(raw_article(text, dt.date(2019, 4, 10)))
    found = [e for e in facts.events if str(e.date.value.start) == "2019-04-05"]
    assert not any(BODY in e.actors for e in found)
