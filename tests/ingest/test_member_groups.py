"""A group of member states acts through its members (member_groups.py): under a plural
noun of the members or their office-holders («лидеры стран ОДКБ», «главы государств —
членов СНГ», «страны ОПЕК+») the group is the party, not a qualifier of a title. A
singular title keeps it a qualifier, and a noun between («представители банков стран
БРИКС») keeps the group out. Sentences of our own, modelled on real news."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, str, set[str], set[str]]] = [
    # (text, type, who must be a party, who must not)
    (
        "Во вторник лидеры стран ОДКБ подписали в Ереване декларацию о коллективной "
        "безопасности.",
        "agreement", {"csto"}, set(),
    ),
    (
        "Главы государств — членов СНГ во вторник договорились в Минске о новой "
        "программе сотрудничества.",
        "agreement", {"cis"}, set(),
    ),
    (
        "Во вторник лидеры стран — участниц ШОС утвердили в Ташкенте итоговое "
        "коммюнике.",
        "agreement", {"sco"}, set(),
    ),
    (
        "Министры финансов стран БРИКС во вторник подписали в Кейптауне меморандум о "
        "расчетах в национальных валютах.",
        "agreement", {"brics"}, set(),
    ),
    (
        "Премьер-министры государств — участников ЕАЭС во вторник утвердили в Алма-Ате "
        "заявление о развитии союза.",
        "agreement", {"eaeu"}, set(),
    ),
    (
        "Главы государств «Большой двадцатки» во вторник приняли в Осаке итоговую "
        "декларацию.",
        "agreement", {"g20"}, set(),
    ),
]  # fmt: skip

# The group stays out: no event of these types names it.
KEPT_OUT: list[tuple[str, str]] = [
    # A noun that is no member's comes between: the banks' people, not the group.
    (
        "Во вторник его заместитель провел консультации с представителями "
        "центральных банков стран БРИКС.",
        "brics",
    ),
    # A singular title: whose office it is, a person.
    ("Генсек НАТО во вторник встретился в Брюсселе с премьером Бельгии.", "nato"),
]


@pytest.mark.parametrize(("text", "typ", "parties", "not_parties"), CASES)
def test_group_acts_through_members(
    pipeline: Pipeline, text: str, typ: str, parties: set[str], not_parties: set[str]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 11, 27)))
    events = [e for e in facts.events if e.type == typ]
    assert len(events) == 1
    actors = set(events[0].actors)
    assert parties <= actors
    assert not actors & not_parties


@pytest.mark.parametrize(("text", "group"), KEPT_OUT)
def test_group_kept_out(pipeline: Pipeline, text: str, group: str) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 11, 27)))
    assert all(group not in e.actors for e in facts.events)
