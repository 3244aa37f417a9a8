"""A person an article names a body's spokesman by apposition speaks for that body
(app/ingest/events/spokespeople.py): his statement in one outlet and the body's in another
on the same day are one (identity.same_happening, the store step). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.model import DateReading
from app.ingest.events.spokespeople import body_voice
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article
from tests.ingest.store_helpers import events_of as _events
from tests.ingest.store_helpers import files_of as _files
from tests.ingest.store_helpers import store_text as _store

D = dt.date
PUB = D(2015, 4, 16)
SMITHSON, WH, STATE_DEPT = "dzhon-smitson", "white-house", "us-state-department"


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Пресс-секретарь Белого дома Джон Смитсон в среду заявил, что визит отменён.",
         {SMITHSON: {WH}}),
        ("Об отмене визита сообщил Джон Смитсон, официальный представитель Белого дома.",
         {SMITHSON: {WH}}),
        ("Слова представителя Госдепартамента Джона Смитсона прозвучали в четверг.",
         {SMITHSON: {STATE_DEPT}}),
        # a place under a preposition, not a title
        ("В здании Белого дома Джон Смитсон ответил на вопросы журналистов.", {}),
        # the title's case is not the name's: «представителями» are others
        ("Лавров обсудил с представителями Госдепартамента Джон Смитсон вопросы визита.", {}),
        # a head speaks for himself, not as his body's voice
        ("Глава Госдепартамента Джон Смитсон в среду заявил, что визит отменён.", {}),
    ],
)  # fmt: skip
def test_links_from_appositions(
    pipeline: Pipeline, text: str, links: dict[str, set[str]]
) -> None:
    facts = pipeline.process(raw_article(text, PUB, file="a.txt"))
    assert {p: set(b) for p, b in facts.spokes.items()} == links


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


WED = day(D(2015, 4, 15))
SPOKES = {SMITHSON: frozenset({WH}), "dzhein-doulson": frozenset({WH})}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("statement", [SMITHSON], WED), ("statement", [WH], WED), True),
        # another day, another body
        (("statement", [SMITHSON], WED), ("statement", [WH], day(D(2015, 4, 14))), False),
        (("statement", [SMITHSON], WED), ("statement", [STATE_DEPT], WED), False),
        # two spokespeople of one body: each his own words
        (("statement", [SMITHSON], WED), ("statement", ["dzhein-doulson"], WED), False),
        # an interview is its own occasion
        (("interview", [SMITHSON], WED), ("statement", [WH], WED), False),
    ],
)  # fmt: skip
def test_body_voice(
    a: tuple[str, list[str], DateReading], b: tuple[str, list[str], DateReading], same: bool
) -> None:
    assert body_voice(*a, *b, SPOKES) is same
    assert body_voice(*b, *a, SPOKES) is same


def test_across_outlets_not_inside_one_article() -> None:
    none: frozenset[str] = frozenset()
    args = ("statement", [SMITHSON], WED, none, "statement", [WH], WED, none)
    assert identity.same_happening(*args, {WH: "usa"}, spokes=SPOKES)
    # One article that tells both tells two statements.
    assert not identity.same_happening(*args, {WH: "usa"}, same_article=True, spokes=SPOKES)


BY_BODY = "Белый дом в среду заявил, что президент не поедет на саммит в Москву."
BY_SPOKESMAN = (
    "Пресс-секретарь Белого дома Джон Смитсон в среду заявил, что поездка президента "
    "в Москву отменена."
)
BY_HEAD = "Глава Госдепартамента Джон Смитсон в среду заявил, что поездка отменена."


def test_the_body_and_its_spokesman_in_two_outlets(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, BY_BODY, PUB, "body.txt")
    _store(session, pipeline, BY_SPOKESMAN, PUB, "spokesman.txt")
    words = _events(session, "statement")
    assert len(words) == 1
    assert _files(session, words[0]) == {"body.txt", "spokesman.txt"}


def test_a_head_is_not_his_bodys_voice(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, BY_BODY.replace("Белый дом", "Госдепартамент"), PUB, "body.txt")
    _store(session, pipeline, BY_HEAD, PUB, "head.txt")
    assert len(_events(session, "statement")) == 2
