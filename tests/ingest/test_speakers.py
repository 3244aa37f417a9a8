"""Speakers and proposers the earlier rules missed: organisations natasha tags ORG, an
unnamed spokesman of a body, a verb of saying after words of possibility, states named by
their representatives, and proposals (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

D = dt.date
PUB = D(2025, 3, 14)  # a Friday

# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # An organisation the gazetteer does not know speaks for itself.
    (
        "Сбербанк в среду распространил заявление о работе с клиентами за рубежом.",
        [("statement", "happened", ["sberbank"], "2025-03-12", "day")],
    ),
    # A medium reports; it is no party to what it reports.
    (
        "Агентство Bloomberg сообщило, что Лавров провёл переговоры с Ван И.",
        [("talks", "happened", ["sergey-lavrov", "wang-yi"], None, "before")],
    ),
    # «выступить» with a bare instrumental is a part played, not words.
    ("Посредником выступила Турция.", []),
    # An unnamed spokesman of a body speaks for the body; a named head speaks for himself.
    (
        "Официальный представитель МИД Китая заявил журналистам, что Пекин готов к диалогу.",
        [("statement", "happened", ["mid-kitaya"], "2025-03-14", "day")],
    ),
    # Words of possibility before an inverted verb of saying: the saying happened.
    (
        "Москва не исключает ответных мер, сообщил журналистам пресс-секретарь президента "
        "Дмитрий Песков.",
        [("statement", "happened", ["dmitry-peskov"], "2025-03-14", "day")],
    ),
    # A state's adjective before those who act for it is the state; before others not.
    (
        "Китайская делегация в четверг провела консультации с индийскими коллегами.",
        [("talks", "happened", ["china"], "2025-03-13", "day")],
    ),
    ("Российские компании заявили о потерях от санкций.", []),
    # A verb that utters a statement noun is a verb of saying: the occasion it was said on
    # is the setting of the statement. With one side named and nothing told before it, the
    # occasion only points back (anaphora.py): the statement is the event.
    (
        "Госдепартамент по итогам встречи распространил заявление, в котором назвал "
        "беседу полезной.",
        [("statement", "happened", ["us-state-department"], "2025-03-14", "day")],
    ),
    # A happening a verb tells («провели переговоры») beats the visit it is set in.
    (
        "Во второй день визита Лавров и Ван И провели переговоры в резиденции.",
        [("talks", "happened", ["sergey-lavrov", "wang-yi"], None, "before")],
    ),
    # What a call discussed is its topic, not a happening that sets the call aside.
    (
        "Путин и Трамп в ходе телефонного разговора 5 марта обсудили обмен пленными.",
        [("call", "happened", ["donald-trump", "vladimir-putin"], "2025-03-05", "day")],
    ),
    # An invitation is a proposal made that day; the visit proposed is no happening, and
    # the invited is no party to the proposal.
    (
        "Сергей Лавров пригласил Ван И посетить Москву.",
        [("proposal", "happened", ["sergey-lavrov"], "2025-03-14", "day")],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers(pipeline: Pipeline, text: str, expected: list) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected


def test_organisation_kinds(pipeline: Pipeline) -> None:
    facts = pipeline.process(
        raw_article(
            "Сбербанк в среду распространил заявление. Телеканал RT в четверг взял интервью у "
            "Сергея Лаврова. Лавров написал об этом в Telegram.",
            PUB,
        )
    )
    kinds = {a.id: a.kind for a in facts.actors.values()}
    assert kinds.get("sberbank") == "company"
    assert not any("telegram" in a for a in kinds)


def test_a_kind_of_list_is_no_organisation(pipeline: Pipeline) -> None:
    # «SDN-список» is tagged ORG by natasha: a compound whose last part is a common noun
    # names a kind of thing; «Альфа-Банк» (a company's word last) stays a company.
    facts = pipeline.process(
        raw_article(
            "Минфин США в среду внёс Газпромбанк в SDN-список. Евросоюз в четверг ввёл "
            "санкции против Альфа-Банка.",
            PUB,
        )
    )
    ids = set(facts.actors)
    assert not any("sdn" in a for a in ids)
    assert "alfa-bank" in ids


@pytest.mark.parametrize(
    ("text", "lemma", "pos", "named"),
    [
        # a generic word alone (a rubric «Новости» over a headline) names no one
        ("Новости", "новость", "PROPN", False),
        ("Компания", "компания", "PROPN", False),
        # an abbreviation and a company's name stay organisations
        ("РИА", "риа", "PROPN", True),
        ("Газпромбанк", "газпромбанк", "PROPN", True),
    ],
)
def test_a_generic_word_alone_is_no_organisation(
    text: str, lemma: str, pos: str, named: bool
) -> None:
    from app.ingest.actors.orgs import organisation
    from app.ingest.nlp import Entity, Token

    tok = Token(0, len(text), text, lemma, pos, {})
    found = organisation(Entity(0, len(text), "ORG", text, text), [tok], None)
    assert (found is not None) == named
