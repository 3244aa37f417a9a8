"""A step cleared with one party («решение согласовано с Москвой») is no agreement
concluded (cleared_with.py); a text agreed with the other side, or the active «согласовали»,
stays one. Sentences of our own, modelled on real reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.events.cleared_with import cleared_with
from app.ingest.events.trigger_parse import confirmed
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import first_sentence_parse, raw_article

D = dt.date


@pytest.fixture(scope="module")
def nlp() -> Iterator[Nlp]:
    yield Nlp.load()


# (sentence, the agreement trigger's word, is it only a step cleared with one party)
CASES: list[tuple[str, str, bool]] = [
    # A step, a decision, earlier deals cleared with a third party: no document concluded.
    ("Турецкая сторона уверяет, что решение согласовано с Тегераном.", "согласовано", True),
    ("Все меры, по словам посла, были согласованы с Брюсселем.", "согласованы", True),
    ("В Анкаре говорят, что договоренности согласованы с Багдадом.", "договоренности", True),
    # A text or draft agreed with the other side is the document itself.
    (
        "Текст меморандума был согласован с китайской стороной в четверг.",
        "согласован",
        False,
    ),
    # The active verb tells the parties concluding it.
    ("Министры в четверг согласовали текст заявления.", "согласовали", False),
    # Agreed with no one named: the deal of the sentence's own parties.
    ("Продление сделки было согласовано в марте.", "согласовано", False),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_cleared_with(nlp: Nlp, text: str, word: str, want: bool) -> None:
    toks, parse = first_sentence_parse(nlp, text)
    found = [(i, t) for i, t in find_triggers(toks) if confirmed(toks, parse, i, t)]
    ((idx, kind),) = [(i, t) for i, t in found if toks[i].text == word]
    assert cleared_with(toks, parse, idx, kind) is want


# (text, the agreement types the article gives)
ARTICLES: list[tuple[str, list[str]]] = [
    # The step and the words telling it; no agreement.
    ("Израильская сторона утверждает, что решение согласовано с Москвой.", []),
    ("Все договоренности президентов согласованы с Дамаском, подчеркнул Песков.", []),
    # A text agreed with the other side is one.
    ("Текст соглашения был согласован с американской стороной во вторник.", ["agreement"]),
]


@pytest.mark.parametrize(("text", "want"), ARTICLES, ids=[c[0][:40] for c in ARTICLES])
def test_no_agreement_cleared(pipeline: Pipeline, text: str, want: list[str]) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 3, 14)))
    assert [e.type for e in facts.events if e.type == "agreement"] == want
