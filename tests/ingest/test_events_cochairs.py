"""The co-chairs named in apposition are the parties of a joint body's session (cochairs.py),
on sentences of our own. Each row: text, then sorted actor ids of every meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[list[str]]]] = [
    # The co-chairs in the session's own sentence.
    (
        "Заседание российско-казахстанской межправкомиссии по торговле прошло во вторник в "
        "Астане, сопредседатели Алексей Оверчук и Серик Жумангарин подписали протокол.",
        [["aleksey-overchuk", "kazakhstan", "russia", "serik-zhumangarin"]],
    ),
    # ... in the next sentence, between dashes, each with his title.
    (
        "Заседание российско-армянского межправительственного комитета, намеченное на 5 мая, "
        "перенесено. Новую дату сопредседатели — вице-премьер Армении Мгер Григорян и "
        "вице-премьер России Алексей Оверчук — пока не определили.",
        [["aleksey-overchuk", "armenia", "mger-grigoryan", "russia"]],
    ),
    # The co-chairs told as the body's: «Её сопредседателями являются ...».
    (
        "Заседание российско-казахстанской межправкомиссии пройдет в четверг в Астане. "
        "Ее сопредседателями являются вице-премьер России Алексей Оверчук и министр "
        "торговли Казахстана Серик Жумангарин.",
        [["aleksey-overchuk", "kazakhstan", "russia", "serik-zhumangarin"]],
    ),
    # ... paragraphs later, closing the report: the body's standing chairs.
    (
        "Заседание российско-казахстанской межправкомиссии по транспорту прошло в среду в "
        "Омске.\n\nОбсуждались новые маршруты грузовых поездов. Стороны также говорили о "
        "зерне.\n\nИтоговый протокол подписали сопредседатели комиссии Алексей "
        "Оверчук и Серик Жумангарин.",
        [["aleksey-overchuk", "kazakhstan", "russia", "serik-zhumangarin"]],
    ),
    # Not told before the session: that was another sitting's report.
    (
        "В прошлом году сопредседатели межправкомиссии Алексей Оверчук и Серик Жумангарин "
        "обсуждали зерно.\n\nЗаседание российско-казахстанской межправкомиссии пройдет в "
        "пятницу в Омске.",
        [["kazakhstan", "russia"]],
    ),
    # Persons named without the word for co-chairs are no parties of the session.
    (
        "Заседание российско-армянской межправкомиссии прошло во вторник в Ереване. "
        "Председатель правительства Армении Никол Пашинян и Алексей Оверчук выступили с речами.",
        [["armenia", "russia"]],
    ),
    # The next sitting announced after the report that named the chairs: the same body's,
    # led by them.
    (
        "Заседание российско-казахстанской межправкомиссии прошло во вторник в Омске. "
        "Протокол подписали сопредседатели комиссии Алексей Оверчук и Серик Жумангарин. "
        "Следующее заседание комиссии пройдет в декабре в Астане.",
        [["aleksey-overchuk", "kazakhstan", "russia", "serik-zhumangarin"]] * 2,
    ),
    # The chairs told by who leads each side's part of the body.
    (
        "Заседание российско-армянской рабочей группы по транспорту прошло в среду в "
        "Ереване. Российскую часть группы возглавляет вице-премьер Алексей Оверчук, "
        "армянскую — вице-премьер Мгер Григорян. Следующее заседание группы пройдет в "
        "Москве в октябре.",
        [["aleksey-overchuk", "armenia", "mger-grigoryan", "russia"]] * 2,
    ),
    # The co-chairs word as the predicate of its verb: its subject names them.
    (
        "Заседание российско-казахстанской межправкомиссии прошло во вторник в Омске. "
        "Сопредседателями выступили вице-премьер Алексей Оверчук и министр торговли Серик "
        "Жумангарин. Следующее заседание комиссии пройдет в декабре в Астане.",
        [["aleksey-overchuk", "kazakhstan", "russia", "serik-zhumangarin"]] * 2,
    ),
    # The other side's head in a sentence of its own, the verb of leading left out.
    (
        "Заседание российско-армянской рабочей группы по транспорту прошло в среду в "
        "Ереване. Российскую делегацию возглавляет вице-премьер Алексей Оверчук. "
        "Армянскую — вице-премьер Мгер Григорян. Следующее заседание группы пройдет в "
        "Москве в октябре.",
        [["aleksey-overchuk", "armenia", "mger-grigoryan", "russia"]] * 2,
    ),
    # Each side's chair named apart: the one who told of the sitting, the other as the
    # head of his side's delegation two sentences on.
    (
        "Заседание российско-армянской рабочей группы по транспорту прошло в среду в "
        "Ереване, сообщил сопредседатель группы с российской стороны Алексей Оверчук. По "
        "его словам, стороны обсудили грузовые перевозки. Армянскую делегацию возглавляет "
        "вице-премьер Мгер Григорян.",
        [["aleksey-overchuk", "armenia", "mger-grigoryan", "russia"]],
    ),
    # ... one side's chair alone, who only tells of it: no chairs are read.
    (
        "Заседание российско-армянской рабочей группы по транспорту прошло в среду в "
        "Ереване, сообщил сопредседатель группы с российской стороны Алексей Оверчук. По "
        "его словам, стороны обсудили грузовые перевозки.",
        [["armenia", "russia"]],
    ),
    # A sitting to come of a body the reader names itself, its chairs listed after a colon
    # before it, once a sitting of the body was told.
    (
        "Участники рабочей группы по рыболовству накануне подписали в Омске протокол. "
        "Документ завизировали сопредседатели группы: вице-премьер Алексей Оверчук и "
        "министр торговли Серик Жумангарин. Заседание рабочей группы проходило в Омске 3–4 "
        "июня. В среду Оверчук сообщил журналистам, что следующее заседание пройдет в "
        "декабре в Астане.",
        [["aleksey-overchuk", "rabochaya-gruppa-po-rybolovstvu", "serik-zhumangarin"]],
    ),
    # One side's head alone tells no chairs of the body.
    (
        "Заседание российско-армянской рабочей группы по транспорту прошло в среду в "
        "Ереване. Российскую делегацию возглавляет вице-премьер Алексей Оверчук. "
        "Следующее заседание группы пройдет в Москве в октябре.",
        [["aleksey-overchuk", "armenia", "russia"], ["armenia", "russia"]],
    ),
    # One co-chair alone: not both sides, left as it was.
    (
        "Заседание российско-армянской межправкомиссии прошло во вторник в Ереване. "
        "Сопредседатель комиссии Алексей Оверчук выступил с речью.",
        [["armenia", "russia"]],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cochairs_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [sorted(e.actors) for e in facts.events if e.type == "meeting"]
    assert got == expected
