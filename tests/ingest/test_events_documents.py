"""A document told in the passive with no party named, with a date of its own, is the
article's two states' (documents.py); on sentences of our own. Each row: text, then
(type, start date, sorted actor ids) of every agreement."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2025, 3, 14)

# An article on India and Russia: Russia named mostly by its adjective.
LEAD = (
    "Российский министр обсудил с индийским коллегой поставки нефти. Индия остаётся "
    "крупным покупателем российской нефти, напомнили в Дели. "
)

CASES: list[tuple[str, list[tuple[str, D | None, list[str]]]]] = [
    # A treaty recalled in a passive clause with its day: the article's two states'.
    (
        LEAD + "Соглашение о военно-техническом сотрудничестве было подписано в Дели 3 октября "
        "2016 года.",
        [("agreement", D(2016, 10, 3), ["india", "russia"])],
    ),
    # ... with a year only, and with the verb of concluding a document.
    (
        LEAD + "Межправительственное соглашение о торговом представительстве было заключено в "
        "2009 году.",
        [("agreement", D(2009, 1, 1), ["india", "russia"])],
    ),
    # ... a relative clause's predicate too.
    (
        LEAD + "Стороны обсудили строительство порта, контракт на которое был заключён в мае "
        "2019 года.",
        [("agreement", D(2019, 5, 1), ["india", "russia"])],
    ),
    # No date of its own: a retelling, no party to give it.
    (LEAD + "Соглашение было подписано.", []),
    # A participle that only describes a noun tells no signing.
    (LEAD + "Министры обсудили выполнение конвенции, подписанной в Актау в 2018 году.", []),
    # «Заключённые» are prisoners, no document concluded.
    (LEAD + "Двое заключённых были освобождены в 2019 году.", []),
    # An article with no pair of states: nobody to give it.
    ("Соглашение о торговле было подписано в Женеве 3 октября 2016 года.", []),
]



@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-50:] for c in CASES])
def test_unnamed_document_is_the_pairs(
    pipeline: Pipeline, text: str, want: list[tuple[str, D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(e.type, e.date.value.start, sorted(e.actors)) for e in facts.events]
    got = [g for g in got if g[0] == "agreement"]
    assert got == want


# A US–Russia article for the participle rows below.
LEAD_US = (
    "Российский посол обсудил с американскими дипломатами контроль над вооружениями. "
    "В Вашингтоне напомнили, что США и Россия ведут диалог. "
)

DESCRIBED: list[tuple[str, list[tuple[str, D | None, list[str]]]]] = [
    # A passive participle set before the treaty, with the signing's own day: the treaty's
    # history, the article's two states'.
    (
        LEAD_US + "Подписанный 5 марта 1995 года договор о ракетах так и не вступил в силу.",
        [("agreement", D(1995, 3, 5), ["russia", "usa"])],
    ),
    # ... set after it, between commas.
    (
        LEAD_US + "Пражский договор, заключённый 8 апреля 2010 года, не решил спора о ПРО.",
        [("agreement", D(2010, 4, 8), ["russia", "usa"])],
    ),
    # Undated: it only picks the treaty out.
    (LEAD_US + "Подписанный договор так и не вступил в силу.", []),
    # An exchange of notes told as the means of a passive act, dated: the two states'.
    (
        LEAD_US + "Рабочая группа была учреждена обменом нотами в феврале 2011 года.",
        [("agreement", D(2011, 2, 1), ["russia", "usa"])],
    ),
    # ... undated: nothing placed.
    (LEAD_US + "Рабочая группа была учреждена обменом нотами.", []),
    # A treaty only referred to, in an oblique place: no signing told.
    (LEAD_US + "Дипломаты обсудили выполнение договора, подписанного в Праге в 2010 году.", []),
]


@pytest.mark.parametrize(("text", "want"), DESCRIBED, ids=[c[0][-50:] for c in DESCRIBED])
def test_dated_participle_tells_the_signing(
    pipeline: Pipeline, text: str, want: list[tuple[str, D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(e.type, e.date.value.start, sorted(e.actors)) for e in facts.events]
    assert [g for g in got if g[0] == "agreement"] == want
