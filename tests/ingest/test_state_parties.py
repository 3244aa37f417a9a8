"""Two outlets' reports of one round of consultations, one naming the two ministries and
the delegations' heads, the other only the two states (report_parties.state_parties): one
event over the same stated days, whichever came first; other days stay apart."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event
from app.ingest.events.report_parties import state_parties
from app.ingest.pipeline import Pipeline
from app.ingest.store import StoreCache, store_article
from tests.ingest.helpers import raw_article

PARENTS = {"mid-peru": "peru", "russian-mfa": "russia"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (["mid-peru", "russia", "ivan-petrov"], ["russia", "peru"], True),
        (["mid-peru", "russian-mfa"], ["russia", "peru"], True),
        (["mid-peru", "russia"], ["russia", "chile"], False),  # another partner
        (["russia"], ["russia", "peru"], False),  # one side alone
    ],
)
def test_state_parties(a: list[str], b: list[str], same: bool) -> None:
    assert state_parties(a, b, PARENTS) is same


PLANNED = (
    "Министерства иностранных дел Перу и России проведут 21–22 марта в Лиме очередной "
    "раунд консультаций. Перуанскую делегацию возглавит замминистра Хуан Карлос Рамирес, "
    "российскую — директор департамента МИД России Олег Смирнов."
)
PUT_OFF = (
    "Российско-перуанские консультации, которые должны были пройти в Лиме 21–22 марта, "
    "откладываются. Новые сроки согласуют позже."
)
OTHER_DAYS = (
    "Российско-перуанские консультации, которые должны были пройти в Лиме 11–12 апреля, "
    "откладываются. Новые сроки согласуют позже."
)


def _talks(session: Session, pipeline: Pipeline, texts: list[tuple[str, dt.date]]) -> list[Event]:
    cache = StoreCache()
    for n, (text, day) in enumerate(texts):
        session.commit()
        store_article(session, pipeline.process(raw_article(text, day, file=f"{n}.txt")), cache)
    return list(session.scalars(select(Event).where(Event.type == "talks")))


@pytest.mark.parametrize("order", [1, -1])
def test_one_round_of_ministries_and_states(
    session: Session, pipeline: Pipeline, order: int
) -> None:
    texts = [(PLANNED, dt.date(2019, 3, 5)), (PUT_OFF, dt.date(2019, 3, 15))][::order]
    talks = _talks(session, pipeline, texts)
    assert len(talks) == 1


def test_other_days_stay_apart(session: Session, pipeline: Pipeline) -> None:
    texts = [(PLANNED, dt.date(2019, 3, 5)), (OTHER_DAYS, dt.date(2019, 3, 15))]
    assert len(_talks(session, pipeline, texts)) == 2


def test_replaced_file_rejoins_the_round(session: Session, pipeline: Pipeline) -> None:
    """The outlet's changed report (same file) joins the same round again."""
    cache = StoreCache()
    texts = [
        (PLANNED, "0.txt", dt.date(2019, 3, 5)),
        (PUT_OFF, "1.txt", dt.date(2019, 3, 15)),
        (PUT_OFF.replace("Новые сроки согласуют позже.", "Сроки не названы."), "1.txt",
         dt.date(2019, 3, 15)),
    ]  # fmt: skip
    for text, name, day in texts:
        session.commit()
        store_article(session, pipeline.process(raw_article(text, day, file=name)), cache)
    talks = list(session.scalars(select(Event).where(Event.type == "talks")))
    assert len(talks) == 1
    assert talks[0].status == "postponed"
