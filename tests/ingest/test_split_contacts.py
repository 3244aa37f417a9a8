"""Two contacts of one visitor in one sentence, each with its own counterpart
(split_contacts.py, host_pronoun.py), on sentences of our own. Each row: text, then
(type, sorted actor ids) for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # Coordinated future predicates: talks with one, a reception by another, on one day.
    (
        "Лавров 12 марта проведёт переговоры с Марко Рубио и будет принят Дональдом Трампом.",
        [
            ("talks", ["marco-rubio", "sergey-lavrov"]),
            ("meeting", ["donald-trump", "sergey-lavrov"]),
        ],
    ),
    # A reception told in a clause on the talks, its guest a pronoun.
    (
        "Лавров во вторник провёл переговоры с Ван И, после которых его принял Си Цзиньпин.",
        [
            ("talks", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # «а затем встретился с»: the second contact of the day.
    (
        "Во вторник Сергей Лавров провёл переговоры с Ван И, а затем встретился с Си Цзиньпином.",
        [
            ("talks", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # The second clause with a subject of its own: its own visitor, not the first's.
    (
        "Во вторник Путин встретился с Моди, а Лавров провёл переговоры с Субраманьямом "
        "Джайшанкаром.",
        [
            ("meeting", ["narendra-modi", "vladimir-putin"]),
            ("talks", ["sergey-lavrov", "subrahmanyam-jaishankar"]),
        ],
    ),
    # The same counterpart in both clauses: one contact.
    (
        "Лавров во вторник встретился с Ван И и провёл с ним переговоры.",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
    # Two counterparts of one predicate: one event of all three.
    (
        "Путин 5 мая провёл переговоры с Моди и Си Цзиньпином.",
        [("talks", ["narendra-modi", "vladimir-putin", "xi-jinping"])],
    ),
    # A clause of its own that adds the second contact with «также».
    (
        "Сергей Лавров прилетит в Пекин. 5 июня запланированы переговоры с министром "
        "иностранных дел Ван И, министр также будет принят председателем Си Цзиньпином.",
        [
            ("talks", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # A gapped second contact: the verb left out, a place before the dash.
    (
        "В Пекине Лавров 3 июня встретился с Ван И, в Шанхае — с Си Цзиньпином.",
        [
            ("meeting", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # ... or a day of its own before the dash, which dates it.
    (
        "3 июня Лавров встретился с Ван И, а 4 июня — с Си Цзиньпином.",
        [
            ("meeting", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # A dash that explains, with no remnant before it: one meeting.
    (
        "Лавров 3 июня встретился с Ван И и Си Цзиньпином — с каждым отдельно.",
        [("meeting", ["sergey-lavrov", "wang-yi", "xi-jinping"])],
    ),
    # A gapped second contact whose remnant is its own subject: that one's contact only.
    (
        "Путин 4 июня провёл переговоры с Моди, а Лавров — с Субраманьямом Джайшанкаром.",
        [
            ("talks", ["narendra-modi", "vladimir-putin"]),
            ("talks", ["sergey-lavrov", "subrahmanyam-jaishankar"]),
        ],
    ),
    # ... its subject under a title.
    (
        "3 июня Путин встретился с Си Цзиньпином, а министр Лавров — с Ван И.",
        [
            ("meeting", ["vladimir-putin", "xi-jinping"]),
            ("meeting", ["sergey-lavrov", "wang-yi"]),
        ],
    ),
    # A joined clause with a subject of its own: not in the first («беседа» with a named
    # person is a meeting of its own, talk_partner.py).
    (
        "Лавров 3 июня встретился с Хаканом Фиданом, а Путин провёл беседу с Эрдоганом.",
        [
            ("meeting", ["hakan-fidan", "sergey-lavrov"]),
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"]),
        ],
    ),
    # One plural contact noun with counterparts joined after «с»: a contact with each.
    (
        "На 5 июня у Лаврова запланированы встречи с министром Ван И, а также с президентом "
        "Шавкатом Мирзиёевым.",
        [
            ("meeting", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["sergey-lavrov", "shavkat-mirziyoyev"]),
        ],
    ),
    (
        "5 июня прошли встречи Путина с Моди и Си Цзиньпином.",
        [
            ("meeting", ["narendra-modi", "vladimir-putin"]),
            ("meeting", ["vladimir-putin", "xi-jinping"]),
        ],
    ),
    # Two contact nouns under one verb, each with its own «с»: a contact with each.
    (
        "Лавров 4 июня провёл переговоры с Ван И и встречу с Си Цзиньпином.",
        [
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
            ("talks", ["sergey-lavrov", "wang-yi"]),
        ],
    ),
    (
        "Во вторник министр Лавров провёл встречу с Хаканом Фиданом и беседу с Эрдоганом.",
        [
            ("meeting", ["hakan-fidan", "sergey-lavrov"]),
            ("meeting", ["recep-tayyip-erdogan", "sergey-lavrov"]),
        ],
    ),
    # ... but one «с» after both nouns: one contact of them all.
    (
        "Лавров 4 июня провёл встречу и переговоры с Ван И.",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
    # A pronoun adopted by an inanimate body is a document, not a guest.
    ("Проект закона внесли в марте, а в мае его приняла Госдума.", []),
    # A second counterpart met next, the verb left out and no dash (sequenced_contacts.py).
    (
        "4 июня Лавров встретился с Ван И, затем с Си Цзиньпином.",
        [
            ("meeting", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    (
        "4 июня Лавров провёл переговоры с Ван И, а потом с Си Цзиньпином.",
        [
            ("talks", ["sergey-lavrov", "wang-yi"]),
            ("talks", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_contacts(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected


def test_a_gapped_contact_takes_the_day_before_its_dash() -> None:
    text = "3 июня Лавров встретился с Ван И, а 4 июня — с Си Цзиньпином."
    facts = Pipeline.load().process(raw_article(text, dt.date(2024, 6, 5)))
    days = {tuple(sorted(e.actors)): e.date.value.start for e in facts.events}
    assert days == {
        ("sergey-lavrov", "wang-yi"): dt.date(2024, 6, 3),
        ("sergey-lavrov", "xi-jinping"): dt.date(2024, 6, 4),
    }
