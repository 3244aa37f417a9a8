"""One proposer's proposal of one day told by two outlets is one proposal
(proposal_voice.py): a stated day in one, the publication day in the other's news of that
day; another proposer, another day, or a proposal of two proposers against one stay apart.
On the store step with the real pipeline, and the rule as a table. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.dates import DateValue
from app.ingest.events.day_after import day_after, words_alike
from app.ingest.events.model import DateReading
from app.ingest.events.proposal_voice import one_proposal
from app.ingest.pipeline import Pipeline
from tests.ingest.store_helpers import day_reading, events_of, files_of, store_text

D = dt.date
MONDAY, TUESDAY = D(2021, 3, 15), D(2021, 3, 16)

DATED = (
    "Министр иностранных дел России Сергей Лавров в понедельник предложил норвежской "
    "стороне создать совместную комиссию по квотам на вылов трески."
)
# The same day's news in another outlet, with no day of its own (the publication's).
SAME_DAY = (
    "Совместную комиссию по рыболовству Осло пока не обсуждало, хотя Сергей Лавров "
    "предложил ее учредить."
)
OTHER = (
    "Министр иностранных дел Норвегии Ине Сёрейде в понедельник предложила провести "
    "консультации по квотам на вылов трески."
)


def _proposals(session: Session) -> list:  # type: ignore[type-arg]
    return events_of(session, "proposal")


@pytest.mark.parametrize("undated_first", [False, True])
def test_one_proposal_of_one_day_in_two_outlets(
    session: Session, pipeline: Pipeline, undated_first: bool
) -> None:
    stories = [(DATED, MONDAY, "dated.txt"), (SAME_DAY, MONDAY, "same.txt")]
    for text, pub, file in reversed(stories) if undated_first else stories:
        store_text(session, pipeline, text, pub, file)
    said = _proposals(session)
    assert len(said) == 1
    assert files_of(session, said[0]) == {"dated.txt", "same.txt"}


def test_another_proposers_proposal_is_not_his(session: Session, pipeline: Pipeline) -> None:
    store_text(session, pipeline, DATED, MONDAY, "dated.txt")
    store_text(session, pipeline, OTHER, MONDAY, "other.txt")
    assert len(_proposals(session)) == 2


def _published(d: dt.date) -> DateReading:
    return DateReading(DateValue(d, d, "day", "publication-date"), explicit=False)


LAVROV, PUTIN = "sergey-lavrov", "vladimir-putin"
MON, MON_PUB, TUE_PUB = day_reading(MONDAY), _published(MONDAY), _published(TUESDAY)


@pytest.mark.parametrize(
    ("type_a", "actors_a", "date_a", "type_b", "actors_b", "date_b", "one"),
    [
        # a stated day and the publication day of the same day: one proposal
        ("proposal", [LAVROV], MON, "proposal", [LAVROV], MON_PUB, True),
        ("proposal", [LAVROV], MON, "proposal", [LAVROV], MON, True),
        # the next day's news: another day (day_after.py decides words of the day before)
        ("proposal", [LAVROV], MON, "proposal", [LAVROV], TUE_PUB, False),
        # another proposer, or two proposers against one
        ("proposal", [LAVROV], MON, "proposal", [PUTIN], MON, False),
        ("proposal", [LAVROV], MON, "proposal", [LAVROV, PUTIN], MON, False),
        # a statement is the speech rules' (same_voice.py)
        ("statement", [LAVROV], MON, "proposal", [LAVROV], MON, False),
    ],
)
def test_one_proposal(
    type_a: str,
    actors_a: list[str],
    date_a: DateReading,
    type_b: str,
    actors_b: list[str],
    date_b: DateReading,
    one: bool,
) -> None:
    assert one_proposal(type_a, actors_a, date_a, type_b, actors_b, date_b) is one


# The news of the day after tells a proposal without a day of its own, as it tells words
# (day_after.py): the one proposal of that proposer the store dates to the day before.
NEXT_DAY = (
    "В понедельник в Осло прошли российско-норвежские консультации по рыболовству.\n\n"
    "Сергей Лавров предложил партнерам не откладывать решение до осени."
)


def test_the_one_proposal_of_the_day_before(session: Session, pipeline: Pipeline) -> None:
    store_text(session, pipeline, DATED, MONDAY, "dated.txt")
    store_text(session, pipeline, NEXT_DAY, TUESDAY, "n.txt")
    said = _proposals(session)
    assert len(said) == 1
    assert files_of(session, said[0]) == {"dated.txt", "n.txt"}


@pytest.mark.parametrize(
    ("type_a", "type_b", "alike"),
    [
        ("proposal", "proposal", True),
        ("statement", "interview", True),
        ("statement", "proposal", False),  # a proposal and a statement are two acts
        ("proposal", "meeting", False),
    ],
)
def test_words_alike(type_a: str, type_b: str, alike: bool) -> None:
    assert words_alike(type_a, type_b) is alike
    assert day_after(type_a, [LAVROV], TUE_PUB, type_b, [LAVROV], MON) is alike
