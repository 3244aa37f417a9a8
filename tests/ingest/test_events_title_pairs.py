"""A plural title that names no one («президенты», «министры», «главы МИД») as the parties of
a contact: the two holders of that title the article is about (title_pairs.py), on sentences
of our own. Each row: text, then the sorted actor ids of every contact (call, meeting, talks)
dated in the year given that has two parties or more."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.model import SentenceParse
from app.ingest.events.title_pairs import plural_title
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2023, 12, 7)

PUTIN_RAISI = (
    "Президент России Владимир Путин в четверг провёл в Кремле переговоры с президентом "
    "Ирана Эбрахимом Раиси. Путин поблагодарил Раиси за приглашение. "
)
LAVROV_SHOUKRY = (
    "Министр иностранных дел России Сергей Лавров в понедельник принял в Москве "
    "египетского коллегу Самеха Шукри. Лавров и Шукри обсудили положение в Ливии. "
)
LAVROV_KERRY = (
    "Министр иностранных дел России Сергей Лавров во вторник провёл в Женеве переговоры с "
    "госсекретарём США Джоном Керри. Керри назвал беседу с Лавровым полезной. В среду "
    "Керри встретился с председателем оппозиционной коалиции Ахмадом Джарбой. "
)

CASES: list[tuple[str, int, list[list[str]]]] = [
    # The plural title as the agent of a meeting noun, dated.
    (
        PUTIN_RAISI + "Предыдущая очная встреча президентов прошла в Тегеране 19 июля 2022 года.",
        2022,
        [["ebrahim-raisi", "vladimir-putin"]],
    ),
    # ... as the subject of a verb of meeting.
    (
        PUTIN_RAISI + "До этого президенты виделись в Тегеране в июле 2022 года.",
        2022,
        [["ebrahim-raisi", "vladimir-putin"]],
    ),
    # ... ministers, by phone.
    (
        LAVROV_SHOUKRY + "В ноябре 2022 года министры разговаривали по телефону.",
        2022,
        [["sameh-shoukry", "sergey-lavrov"]],
    ),
    # Ministers are no presidents: «президенты» finds no pair among them.
    (LAVROV_SHOUKRY + "В июле 2022 года президенты встречались в Каире.", 2022, []),
    # «трёх президентов»: more than the two.
    (PUTIN_RAISI + "Встреча трёх президентов прошла в Тегеране в июле 2022 года.", 2022, []),
    # The two states named («главы МИД России и Египта»): still the two.
    (
        LAVROV_SHOUKRY + "Предыдущая встреча глав МИД России и Египта прошла в Каире в июле "
        "2022 года.",
        2022,
        [["sameh-shoukry", "sergey-lavrov"]],
    ),
    # The US secretary of state is his country's foreign minister: «министры» are he and
    # the Russian minister, not whoever the nearest contact told of had as a party.
    (
        LAVROV_KERRY + "Прошлая встреча министров прошла в Париже 14 января 2014 года.",
        2014,
        [["john-kerry", "sergey-lavrov"]],
    ),
    (
        LAVROV_KERRY + "В декабре 2013 года министры говорили по телефону.",
        2013,
        [["john-kerry", "sergey-lavrov"]],
    ),
    # ... but no president.
    (LAVROV_KERRY + "В мае 2013 года президенты встречались в Москве.", 2013, []),
]



@pytest.mark.parametrize(("text", "year", "expected"), CASES)
def test_plural_title_pairs(
    pipeline: Pipeline, text: str, year: int, expected: list[list[str]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = sorted(
        sorted(e.actors)
        for e in facts.events
        if e.type in ("call", "meeting", "talks")
        and len(e.actors) >= 2
        and e.date.value.start is not None
        and e.date.value.start.year == year
    )
    assert got == expected


def _tok(text: str, lemma: str, pos: str, **feats: str) -> Token:
    return Token(0, 0, text, lemma, pos, dict(feats))


PLUR = {"Number": "Plur", "Case": "Nom"}


@pytest.mark.parametrize(
    ("relative", "found"),
    [
        # «..., где президенты провели переговоры»: a clause that sets another happening's
        # place is not read.
        (True, False),
        # «президенты провели переговоры»: read.
        (False, True),
    ],
)
def test_setting_clause(relative: bool, found: bool) -> None:
    toks = [
        _tok("где", "где", "ADV"),
        _tok("президенты", "президент", "NOUN", **PLUR),
        _tok("провели", "провести", "VERB", VerbForm="Fin"),
        _tok("переговоры", "переговоры", "NOUN", Number="Plur", Case="Acc"),
    ]
    rels = ("advmod" if relative else "dep", "nsubj", "root", "obj")
    parse = SentenceParse((2, 2, -1, 2), rels)
    got = plural_title(toks, parse, 3, {})
    assert (got is not None) == found
