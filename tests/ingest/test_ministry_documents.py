"""A plan or other document between two foreign ministries has the ministries as its parties
(ministry_documents.py; the pipeline adds each state's ministry). Sentences of our own; each
row: text, then the sorted participant ids of the agreement, or None when the rule must not
touch it (then the ministries are not among them)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2021, 6, 10)

CASES: list[tuple[str, list[str] | None]] = [
    # «между министерствами иностранных дел двух стран»: both ministries, their states and
    # the signers who act for them.
    (
        "Министр иностранных дел России Сергей Лавров 9 июня провёл переговоры в Москве с "
        "министром иностранных дел Бразилии Карлосом Франсой. По итогам переговоров 9 июня "
        "подписан план консультаций между министерствами иностранных дел двух стран.",
        ["brazil", "mid-brazilii", "russia", "russian-mfa", "sergey-lavrov"],
    ),
    # «межмидовских консультаций»: the same.
    (
        "Министр иностранных дел России Сергей Лавров 9 июня встретился в Москве с "
        "министром иностранных дел Бразилии Карлосом Франсой. По итогам встречи министры 9 "
        "июня подписали план межмидовских консультаций.",
        ["brazil", "mid-brazilii", "russia", "russian-mfa", "sergey-lavrov"],
    ),
    # A state told near a person as the place he went to is not his: a known person's own
    # title (the gazetteer's) tells his state.
    (
        "О визите главы МИД России Сергея Лаврова в Бразилию. 9 июня Сергей Лавров провёл "
        "переговоры в "
        "Бразилиа с министром иностранных дел Бразилии Карлосом Франсой. По итогам переговоров "
        "9 июня подписан план консультаций между министерствами иностранных дел двух стран.",
        ["brazil", "mid-brazilii", "russia", "russian-mfa", "sergey-lavrov"],
    ),
    # A document of other bodies: no ministries.
    (
        "Министр иностранных дел России Сергей Лавров 9 июня провёл переговоры в Москве с "
        "министром иностранных дел Бразилии Карлосом Франсой. По итогам переговоров 9 июня "
        "подписан меморандум о сотрудничестве в области образования.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-50:] for c in CASES])
def test_document_between_ministries(pipeline: Pipeline, text: str, want: list[str] | None) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    deals = [e for e in facts.events if e.type == "agreement"]
    assert deals
    got = sorted(a for a in deals[0].actors if a in facts.actors)
    if want is None:
        assert "russian-mfa" not in got
    else:
        # the Brazilian minister is a new actor: his id is a slug of the article's name
        assert [a for a in got if "fran" not in a] == want
