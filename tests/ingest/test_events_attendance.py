"""Parties listed apart from the happening (attendance.py), a round of the parties' dialogue,
and a bilateral meeting beside a multilateral one, on sentences of our own. Each row: text,
then (type, start date, sorted actor ids) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.attendance import bilateral_apart
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2025, 3, 14)  # a Friday

CASES: list[tuple[str, list[tuple[str, D | None, list[str]]]]] = [
    # The next sentence says who takes part: its parties are the happening's.
    (
        "Саммит открылся утром 12 марта в Минске. В нём участвуют Лукашенко и Путин.",
        [("meeting", D(2025, 3, 12), ["alexander-lukashenko", "vladimir-putin"])],
    ),
    (
        "Консультации прошли 11 марта в Вене. Делегации возглавили Сергей Рябков и Венди Шерман.",
        [("talks", D(2025, 3, 11), ["sergey-ryabkov", "vendi-sherman"])],
    ),
    # The body in a person's title is no attendee of its own.
    (
        "Саммит открылся утром 12 марта в Минске. В нём участвуют Путин и глава МИД Турции "
        "Хакан Фидан.",
        [("meeting", D(2025, 3, 12), ["hakan-fidan", "vladimir-putin"])],
    ),
    # Who tells who takes part, after a verb of saying that closes the list, is not an
    # attendee (the statement is his).
    (
        "Саммит откроется 20 марта в Минске, в нём примут участие Лукашенко и Путин, "
        "сообщил журналистам Юрий Ушаков.",
        [
            ("statement", PUBLISHED, ["yury-ushakov"]),
            ("meeting", D(2025, 3, 20), ["alexander-lukashenko", "vladimir-putin"]),
        ],
    ),
    # ... or a clause of the same sentence after the happening.
    (
        "Консультации прошли 11 марта в Вене, где российскую делегацию возглавил Сергей "
        "Рябков, а американскую — Венди Шерман.",
        [("talks", D(2025, 3, 11), ["sergey-ryabkov", "vendi-sherman"])],
    ),
    # A state in the quoted name of the format is no party: those taking part are
    # («приняли участие» is taking part, no reception).
    (
        "В Минске 12 марта состоялся саммит «Россия – Африка». В нём приняли участие Путин и "
        "Лукашенко.",
        [("meeting", D(2025, 3, 12), ["alexander-lukashenko", "vladimir-putin"])],
    ),
    # ... while a state named outside quotes stays a party.
    (
        "В Минске 12 марта Россия провела саммит с Белоруссией.",
        [("meeting", D(2025, 3, 12), ["belarus", "russia"])],
    ),
    # A quoted name that is the group's own name, on a summit told as such, is the group
    # that meets (its short quoted names too).
    (
        "Саммит «Большой семёрки» состоится 20–21 марта в Токио.",
        [("meeting", D(2025, 3, 20), ["g7"])],
    ),
    (
        "Саммит «восьмёрки» пройдёт в Риме 20–21 марта.",
        [("meeting", D(2025, 3, 20), ["g8"])],
    ),
    (
        "В Осаке 12 марта открылся саммит «двадцатки».",
        [("meeting", D(2025, 3, 12), ["g20"])],
    ),
    # ... but a summit that is only the setting of a talk stays out of the talk.
    (
        "Путин и Трамп 12 марта побеседовали на полях саммита «двадцатки» в Осаке.",
        [("meeting", D(2025, 3, 12), ["donald-trump", "vladimir-putin"])],
    ),
    # A meeting of an organisation's ministers or leaders is the organisation's.
    (
        "Встреча министров иностранных дел стран «Большой двадцатки» прошла 11 марта в Дели.",
        [("meeting", D(2025, 3, 11), ["g20"])],
    ),
    (
        "Встреча глав государств ШОС прошла 11 марта в Минске.",
        [("meeting", D(2025, 3, 11), ["sco"])],
    ),
    # ... not an organisation only under another title, nor the states of the ministers.
    (
        "Встреча Сергея Лаврова с генсеком ШОС прошла 11 марта в Минске.",
        [("meeting", D(2025, 3, 11), ["sergey-lavrov"])],
    ),
    # A next sentence that only mentions people lists no attendees: no party, no event.
    ("Саммит открылся утром 12 марта в Минске. Лукашенко ранее хвалил Путина.", []),
    # A next sentence with a happening of its own keeps its parties.
    (
        "Саммит открылся утром 12 марта в Минске. Путин провёл встречу с Лукашенко 12 марта.",
        [("meeting", D(2025, 3, 12), ["alexander-lukashenko", "vladimir-putin"])],
    ),
    # A round of the parties' dialogue is theirs.
    (
        "Второй раунд российско-японского диалога прошёл 11 марта в Токио.",
        [("talks", D(2025, 3, 11), ["japan", "russia"])],
    ),
    # ... but a call for dialogue is no statement of the other side's.
    ("Путин 11 марта призвал к диалогу с Киевом.", [("statement", D(2025, 3, 11),
                                                     ["vladimir-putin"])]),
]



@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_attendance(
    pipeline: Pipeline, text: str, want: list[tuple[str, D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(e.type, e.date.value.start, sorted(e.actors)) for e in facts.events]
    assert got == want


def test_bilateral_meeting_is_not_the_summit(pipeline: Pipeline) -> None:
    text = (
        "Саммит открылся утром 12 марта в Минске. В нём участвуют Россия, Белоруссия, "
        "Казахстан и Армения. В тот же день Путин провёл двустороннюю встречу с Лукашенко."
    )
    events = pipeline.process(raw_article(text, PUBLISHED)).events
    assert sorted(sorted(e.actors) for e in events) == [
        ["alexander-lukashenko", "vladimir-putin"],
        ["armenia", "belarus", "kazakhstan", "russia"],
    ]


@pytest.mark.parametrize(
    ("a", "a_bi", "b", "b_bi", "apart"),
    [
        (["x", "y"], True, ["x", "y", "z"], False, True),
        (["x", "y", "z"], False, ["x", "y"], True, True),
        (["x", "y"], False, ["x", "y", "z"], False, False),  # not called bilateral
        (["x", "y"], True, ["x", "y"], False, False),  # no multilateral one
    ],
)
def test_bilateral_apart(a: list[str], a_bi: bool, b: list[str], b_bi: bool, apart: bool) -> None:
    assert bilateral_apart(a, a_bi, b, b_bi) is apart


JOINT = (
    "Россия остаётся главным партнёром Монголии. Монголия получает из России топливо. "
    "Заседание межправительственной комиссии, намеченное на 20 марта, перенесено."
)

VOICE = "МИД России назвал решение ошибочным. Госдепартамент США промолчал. "
SITTING = (
    "Российская сторона ждёт ответа. Эксперты прилетели в Египет заранее. Заседание "
    "межправительственной комиссии, которое должно было пройти 20 марта в Каире, перенесено."
)
VOICED = [("meeting", "postponed", ["russia", "usa"])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A sitting of a joint body with no party named: the two states the article is about.
        (JOINT, [("meeting", "postponed", ["mongolia", "russia"])]),
        # ... not when the article names no clear pair.
        ("Заседание межправительственной комиссии, намеченное на 20 марта, перенесено.", []),
        # A capital followed by a plural verb with no subject is its government's voice and
        # counts for its state; a capital told as the place of the sitting does not.
        (VOICE + "В Вашингтоне заявили, что готовы к диалогу. " + SITTING, VOICED),
        (VOICE + "В Вашингтоне по-прежнему надеются на диалог. " + SITTING, VOICED),
        (VOICE + "В Вашингтоне пошёл снег. " + SITTING, []),
        (
            "Россия поставляет топливо. Заседание рабочей группы, намеченное на 20 марта, "
            "перенесено.",
            [],
        ),
    ],
)
def test_a_joint_body_sits_for_the_articles_two_states(
    pipeline: Pipeline, text: str, want: list[tuple[str, str, list[str]]]
) -> None:
    events = pipeline.process(raw_article(text, PUBLISHED)).events
    got = [(e.type, e.status, sorted(e.actors)) for e in events if e.type == "meeting"]
    assert got == want
