"""Words placing a sentence against the story just told («тем временем», «позднее», «затем»,
«после переговоров») right after the sentence's subject place it as opening it does
(dates/subject_first.py); after a verb, a comma or a conjunction of a clause of its own they
still place nothing. «позднее на пресс-конференции» is an occasion, «позже на два часа» a
shift. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates
from app.ingest.dates.subject_first import subject_only

D = dt.date
P = D(2024, 3, 15)  # a Friday

# (text, the phrase, the day it reads as; None: not read as a date)
CASES: list[tuple[str, str, D | None]] = [
    (
        "Делегации провели пленарное заседание в среду. Глава МИД тем временем остался "
        "в посольстве и принял журналистов.",
        "тем временем",
        D(2024, 3, 13),
    ),
    (
        "Совещание министров прошло 4 марта в Риме. Сам премьер позднее на брифинге "
        "подтвердил, что стороны договорились.",
        "позднее",
        D(2024, 3, 4),
    ),
    (
        "Переговоры в Каире прошли во вторник. Вице-премьер затем улетел в Дубай.",
        "затем",
        D(2024, 3, 12),
    ),
    (
        "Послы поговорили по телефону в четверг. А госсекретарь после разговора выступил "
        "перед прессой.",
        "после разговора",
        D(2024, 3, 14),
    ),
    # a clause of its own: someone's words, no step of the story
    (
        "Переговоры в Каире прошли во вторник. Посол сказал, что позднее стороны "
        "встретятся снова.",
        "позднее",
        None,
    ),
    (
        "Переговоры в Каире прошли во вторник. Посол уехал и затем вернулся в столицу.",
        "затем",
        None,
    ),
    # a shift by hours is no occasion of the day
    (
        "Совещание министров прошло 4 марта в Риме. Позже на два часа начался приём.",
        "Позже",
        None,
    ),
]


@pytest.mark.parametrize("text,phrase,want", CASES)
def test_adverb_after_subject(text: str, phrase: str, want: D | None) -> None:
    got = {m.text: m.value.start for m in extract_dates(text, P)}
    if want is None:
        assert phrase not in got
    else:
        assert got.get(phrase) == want


SUBJECTS: list[tuple[str, bool]] = [
    ("Министр ", True),
    ("Глава МИД России ", True),
    ("А посол ", True),
    ("Он ", False),  # a pronoun may carry on a person's story for years
    ("Министр сказал, что ", False),
    ("Посол уехал и ", False),
    ("", False),
    ("«Мы готовы», — министр ", False),
]


@pytest.mark.parametrize("before,want", SUBJECTS)
def test_subject_only(before: str, want: bool) -> None:
    assert subject_only(before) is want


# a phrase naming a happening after the subject times the deed only with its verb right after
HAPPENINGS: list[tuple[str, str, D | None]] = [
    (
        "Послы поговорили по телефону в четверг. Госсекретарь после разговора уехал "
        "в аэропорт.",
        "после разговора",
        D(2024, 3, 14),
    ),
    (
        "Послы поговорили по телефону в четверг. Госсекретарь после разговора "
        "по торговле заявил, что сделка близка.",
        "после разговора",
        None,
    ),
]


@pytest.mark.parametrize("text,phrase,want", HAPPENINGS)
def test_happening_after_subject(text: str, phrase: str, want: D | None) -> None:
    got = {m.text: m.value.start for m in extract_dates(text, P)}
    if want is None:
        assert phrase not in got
    else:
        assert got.get(phrase) == want
