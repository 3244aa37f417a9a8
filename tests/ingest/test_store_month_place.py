"""A month one outlet names and a day in it another gives, beyond two shared people
(month_holds.py, on the store step with the real pipeline): contacts in one named place
whose parties one report names all of, and one envoy's credentials; a joint press
conference told by two outlets a day apart (contained.py). Another place, another envoy, a
second day that month or publications days apart stay apart. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date

DAY_TALKS = "Консультации МИД России и Чили прошли 14 марта в Сантьяго."
OTHER_DAY_TALKS = "Консультации МИД России и Чили прошли 28 марта в Сантьяго, уже вторые за месяц."
MONTH_TALKS = "В марте в Сантьяго прошли консультации МИД России, напомнил дипломат."
MONTH_ELSEWHERE = "В марте в Вальпараисо прошли консультации МИД России, напомнил дипломат."

DAY_CREDENTIALS = (
    "Посол России Игорь Семёнов 14 марта вручил верительные грамоты президенту Чили "
    "Габриэлю Боричу."
)
MONTH_CREDENTIALS = (
    "В консультациях участвовал посол России в Чили Игорь Семёнов, вручивший верительные "
    "грамоты в марте."
)
OTHER_ENVOY = "Посол Франции Пьер Дюмон вручил верительные грамоты в марте, напомнила газета."

PRESS = (
    "На совместной пресс-конференции с главой МИД Греции Никосом Дендиасом Сергей Лавров "
    "заявил, что Россия не встанет ни на чью сторону в споре."
)
PRESS_NEXT = (
    "На совместной пресс-конференции с Сергеем Лавровым глава МИД Греции Никос Дендиас "
    "призвал стороны к диалогу."
)


@pytest.mark.parametrize(
    ("day", "month", "types", "one"),
    [
        (DAY_TALKS, MONTH_TALKS, ("talks", "meeting"), True),
        (DAY_TALKS, MONTH_ELSEWHERE, ("talks", "meeting"), False),
        (DAY_CREDENTIALS, MONTH_CREDENTIALS, ("appointment",), True),
        (DAY_CREDENTIALS, OTHER_ENVOY, ("appointment",), False),
    ],
)
@pytest.mark.parametrize("month_first", [False, True])
def test_a_month_and_the_one_day_in_it(
    session: Session,
    pipeline: Pipeline,
    day: str,
    month: str,
    types: tuple[str, ...],
    one: bool,
    month_first: bool,
) -> None:
    stories = [(day, D(2023, 3, 14), "day.txt"), (month, D(2023, 6, 10), "month.txt")]
    for text, pub, file in reversed(stories) if month_first else stories:
        _store(session, pipeline, text, pub, file)
    found = _events(session, *types)
    assert len(found) == (1 if one else 2)
    if one:
        assert _files(session, found[0]) == {"day.txt", "month.txt"}
        assert found[0].date_start == found[0].date_end == D(2023, 3, 14)


def test_two_days_in_that_place_leave_the_month_to_neither(
    session: Session, pipeline: Pipeline
) -> None:
    _store(session, pipeline, DAY_TALKS, D(2023, 3, 14), "day.txt")
    _store(session, pipeline, OTHER_DAY_TALKS, D(2023, 3, 28), "other.txt")
    _store(session, pipeline, MONTH_TALKS, D(2023, 6, 10), "month.txt")
    assert len(_events(session, "talks", "meeting")) == 3


@pytest.mark.parametrize(("days_apart", "one"), [(0, True), (1, True), (3, False)])
def test_a_joint_press_conference_told_the_next_day(
    session: Session, pipeline: Pipeline, days_apart: int, one: bool
) -> None:
    _store(session, pipeline, PRESS, D(2020, 10, 26), "press.txt")
    later = D(2020, 10, 26) + dt.timedelta(days=days_apart)
    _store(session, pipeline, PRESS_NEXT, later, "next.txt")
    found = _events(session, "press-conference")
    assert len(found) == (1 if one else 2)
