"""Heads of delegations are parties to the talks the delegations held (delegations.py), on
sentences of our own. Each row: text, then (type, sorted actor ids) for each contact event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # The next sentence names who led each delegation: both took part.
    (
        "Делегации России и Украины в пятницу провели в Минске раунд переговоров. "
        "Российскую делегацию возглавил Владимир Мединский, украинскую — Давид Арахамия.",
        [("talks", ["david-arakhamiya", "russia", "ukraine", "vladimir-medinsky"])],
    ),
    # One head only, after a meeting of several states.
    (
        "Встреча проходила 3–4 мая с участием делегаций России, Ирана и Турции. "
        "Российскую делегацию возглавил замминистра иностранных дел Сергей Рябков.",
        [("meeting", ["iran", "russia", "sergey-ryabkov", "turkey"])],
    ),
    # The head before the verb, as the subject that opens the sentence.
    (
        "Делегации России и Ирана в понедельник провели переговоры в Тегеране. "
        "Сергей Рябков возглавил российскую делегацию.",
        [("talks", ["iran", "russia", "sergey-ryabkov"])],
    ),
    # Who is named in a relative clause after the head is no head.
    (
        "Делегации России и Ирана в понедельник провели переговоры в Тегеране. "
        "Российскую делегацию возглавил Сергей Рябков, который ранее говорил с Сергеем Лавровым.",
        [("talks", ["iran", "russia", "sergey-ryabkov"])],
    ),
    # Who tells of the delegations in a clause closing the sentence led none of them.
    (
        "Делегации России и Ирана в понедельник провели переговоры в Тегеране. "
        "Российскую делегацию возглавил Сергей Рябков, сообщила Мария Захарова.",
        [("talks", ["iran", "russia", "sergey-ryabkov"])],
    ),
    (
        "Делегации России и Ирана в понедельник провели переговоры в Тегеране. "
        "Обе делегации возглавили заместители министров, рассказал журналистам Дмитрий Песков.",
        [("talks", ["iran", "russia"])],
    ),
    # Leading something that is not a delegation makes no party.
    (
        "Делегации России и Ирана в понедельник провели переговоры в Тегеране. "
        "Сергей Рябков возглавил новый департамент министерства.",
        [("talks", ["iran", "russia"])],
    ),
    # A sentence that tells talks of its own keeps its heads for them, not the talks before.
    (
        "Делегации России и Ирана в понедельник провели переговоры в Москве. "
        "В пятницу в Тегеране пройдут консультации, где российскую делегацию возглавит "
        "Сергей Рябков.",
        [("talks", ["iran", "russia"]), ("talks", ["russia", "sergey-ryabkov"])],
    ),
    # Too far back: three sentences between the talks and the head.
    (
        "Делегации России и Ирана в понедельник провели переговоры в Тегеране. "
        "Погода в городе была жаркой. На улицах было много людей. Город готовился к празднику. "
        "Российскую делегацию возглавил Сергей Рябков.",
        [("talks", ["iran", "russia"])],
    ),
    # The heads of both sides, a paragraph after the announcement and its reasons.
    (
        "Заседание российско-американской рабочей группы по рыболовству перенесли из Сиэтла "
        "в Мурманск. Об этом во вторник сообщили в Росрыболовстве. Американская сторона "
        "попросила о переносе. Новые даты пока не названы. Российскую часть группы возглавит "
        "Сергей Рябков, американскую — Маршалл Биллингсли.",
        [("meeting", ["marshall-billingsli", "russia", "sergey-ryabkov", "usa"])],
    ),
    (
        "Консультации России и США по судоходству в Арктике, намеченные на июнь, отложены. "
        "О переносе объявил Росморречфлот. Причины названы организационные. Стороны не "
        "успели согласовать протокол. Российскую делегацию должен был возглавить Сергей "
        "Рябков, американскую — Маршалл Биллингсли.",
        [("talks", ["marshall-billingsli", "russia", "sergey-ryabkov", "usa"])],
    ),
    # «на переговорах» after the delegation names the round told before, not one of its own.
    (
        "Консультации России и Ирана по ядерной программе завершились в среду в Вене. "
        "Российскую делегацию на переговорах возглавлял Сергей Рябков, иранскую — Али "
        "Багери Кяни.",
        [("talks", ["ali-bageri-kyani", "iran", "russia", "sergey-ryabkov"])],
    ),
    # A head named in a sentence that tells a call of its own: the call's party, not the
    # meeting's.
    (
        "Заседание российско-турецкой комиссии, намеченное на пятницу, отменено. "
        "Сергей Рябков, который возглавляет российскую часть комиссии, в тот же день провел "
        "телефонный разговор с Хаканом Фиданом.",
        [("meeting", ["russia", "turkey"]), ("call", ["hakan-fidan", "sergey-ryabkov"])],
    ),
    # Both heads, but further back than a paragraph or two: left alone.
    (
        "Делегации России и Ирана в понедельник провели переговоры в Тегеране. "
        "Погода была жаркой. На улицах было много людей. Город готовился к празднику. "
        "Музеи работали допоздна. Рынки были открыты. Театры давали премьеры. Парки были "
        "полны. Ночью прошел дождь. Российскую делегацию возглавил Сергей Рябков, иранскую — "
        "Али Багери Кяни.",
        [("talks", ["iran", "russia"])],
    ),
]

CONTACT = {"meeting", "talks", "call", "visit"}



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_delegation_heads(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events if e.type in CONTACT]
    assert got == expected
    for e in facts.events:
        # A head added keeps the name he was read from as the evidence of his role.
        assert {a for _, _, a in e.actor_spans} == set(e.actors)

