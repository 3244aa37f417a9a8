"""A person's name in apposition to any animate noun is that person's title
(named_titles.py): «депутат ... Иван Петров заявил» is Petrov's statement, whatever the
office. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.named_titles import named_title
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)



# (text, speakers of the statement, sorted); [] for no statement at all
CASES = [
    # Offices no lexicon lists: the name under them is still the speaker.
    ("Депутат Госдумы Леонид Слуцкий заявил, что переговоры сорваны.", ["leonid-slutskiy"]),
    ("Сенатор Константин Косачев заявил, что санкции ничего не дадут.", ["konstantin-kosachev"]),
    (
        "Об этом рассказала уполномоченный по правам человека Татьяна Москалькова.",
        ["tatyana-moskalkova"],
    ),
    # A title the lexicon knows works as before.
    ("Представитель Пентагона Джон Кирби заявил, что помощь продолжится.", ["dzhon-kirbi"]),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speaker_under_any_title(pipeline: Pipeline, text: str, speakers: list[str]) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    said = [sorted(e.actors) for e in events if e.type == "statement"]
    assert said == ([speakers] if speakers else [])


def _tok(text: str, pos: str, animacy: str | None) -> Token:
    feats = {"Animacy": animacy} if animacy else {}
    return Token(text=text, lemma=text.lower(), pos=pos, start=0, end=len(text), feats=feats)


# (noun, its animacy, the name's animacy, link, is a title)
UNIT = [
    ("депутат", "Anim", "Anim", "appos", True),
    # An inanimate noun only has the name as its modifier («наследие Байдена»).
    ("наследие", "Inan", "Anim", "appos", False),
    # Not an apposition: «жена депутата» hangs as nmod.
    ("жена", "Anim", "Anim", "nmod", False),
    # A place named beside a noun is no person.
    ("столица", "Inan", "Inan", "appos", False),
]


@pytest.mark.parametrize(("noun", "noun_anim", "name_anim", "rel", "title"), UNIT)
def test_named_title(noun: str, noun_anim: str, name_anim: str, rel: str, title: bool) -> None:
    toks = [_tok(noun, "NOUN", noun_anim), _tok("Петров", "PROPN", name_anim)]
    assert named_title(toks, 0, 1, rel) is title


def test_name_after_inanimate_role_noun_is_the_persons() -> None:
    """«..., сообщил представитель ведомства Ахмед Зейд» with the name hung by the parser on
    the sentence's first noun: the name belongs to the animate title before it
    («представитель»), not to «ведомства», so he is the speaker."""
    from app.ingest.events.model import SentenceParse
    from app.ingest.events.tree import actor_belongs

    toks = [
        Token(0, 7, "Министр", "министр", "NOUN", {"Animacy": "Anim"}),
        Token(8, 16, "прилетит", "прилететь", "VERB", {"VerbForm": "Fin"}),
        Token(17, 18, ",", ",", "PUNCT"),
        Token(19, 26, "сообщил", "сообщить", "VERB", {"VerbForm": "Fin"}),
        Token(27, 40, "представитель", "представитель", "NOUN", {"Animacy": "Anim"}),
        Token(41, 50, "ведомства", "ведомство", "NOUN", {"Animacy": "Inan"}),
        Token(51, 56, "Ахмед", "ахмед", "PROPN", {"Animacy": "Anim"}),
        Token(57, 61, "Зейд", "зейд", "PROPN", {"Animacy": "Anim"}),
    ]
    parse = SentenceParse(
        (1, 3, 3, -1, 3, 0, 0, 6),
        ("nsubj", "ccomp", "punct", "root", "nsubj", "nmod", "appos", "flat:name"),
    )
    assert actor_belongs(toks, parse, 6, {6, 7}, 3, True)
