"""Event extraction on varied sentences of our own: type, date, actors, planned.

Each row is one short article (publication date given) and the events it must yield,
as (type, start, end, precision, sorted actor ids, planned). Rows are written in the
styles of different outlets, not copied from the seeds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date



Row = tuple[str, D | None, list[tuple[str, D | None, D | None, str, list[str], bool]]]

CASES: list[Row] = [
    (
        "Президент России Владимир Путин провёл телефонный разговор с президентом США "
        "Дональдом Трампом 5 марта.",
        D(2025, 3, 7),
        [("call", D(2025, 3, 5), D(2025, 3, 5), "day", ["donald-trump", "vladimir-putin"], False)],
    ),
    (
        "Министр иностранных дел России Сергей Лавров и госсекретарь США Марко Рубио "
        "встретятся в Эр-Рияде в четверг, 20 февраля.",
        D(2025, 2, 17),
        [
            (
                "meeting",
                D(2025, 2, 20),
                D(2025, 2, 20),
                "day",
                ["marco-rubio", "sergey-lavrov"],
                True,
            )
        ],
    ),
    (
        "Официальный представитель МИД России Мария Захарова заявила в среду, что Москва "
        "не получала новых предложений.",
        D(2025, 4, 4),
        [("statement", D(2025, 4, 2), D(2025, 4, 2), "day", ["maria-zakharova"], False)],
    ),
    (
        "Ранее пресс-секретарь Кремля Дмитрий Песков сообщил, что подготовка встречи продолжается.",
        D(2025, 10, 20),
        [("statement", None, D(2025, 10, 20), "before", ["dmitry-peskov"], False)],
    ),
    (
        "Минфин США 22 октября ввёл санкции против российских нефтяных компаний.",
        D(2025, 10, 24),
        [("sanctions", D(2025, 10, 22), D(2025, 10, 22), "day", ["us-treasury"], False)],
    ),
    (
        "Спецпосланник президента США Стив Уиткофф прибыл в Москву 6 августа 2025 года.",
        D(2025, 8, 7),
        [("visit", D(2025, 8, 6), D(2025, 8, 6), "day", ["steve-witkoff"], False)],
    ),
    (
        "В марте 2025 года Сергей Лавров дал интервью американскому блогеру.",
        D(2025, 6, 1),
        [("interview", D(2025, 3, 1), D(2025, 3, 31), "month", ["sergey-lavrov"], False)],
    ),
    (
        # The reported clause's people are not parties to the statement; what it reports
        # («Путин и Трамп обсудили») is talks of its own, undated but for «before»; what
        # they discussed (Ukraine) is no party.
        "Юрий Ушаков заявил вчера, что Путин и Трамп обсудили Украину.",
        D(2025, 8, 12),
        [
            ("statement", D(2025, 8, 11), D(2025, 8, 11), "day", ["yury-ushakov"], False),
            ("talks", None, D(2025, 8, 12), "before", ["donald-trump", "vladimir-putin"], False),
        ],
    ),
    (
        # A title's state only qualifies the title: two people, no states.
        "По его словам, в ходе телефонного разговора 18 марта президенты РФ и США Владимир "
        "Путин и Дональд Трамп согласились продолжить контакты.",
        D(2025, 12, 30),
        [
            (
                "call",
                D(2025, 3, 18),
                D(2025, 3, 18),
                "day",
                ["donald-trump", "vladimir-putin"],
                False,
            )
        ],
    ),
    (
        # A person under another noun («наследие администрации Байдена») is not a party.
        "Путин и Трамп 12 февраля договорились преодолеть наследие администрации Джо Байдена.",
        D(2025, 2, 14),
        [
            (
                "agreement",
                D(2025, 2, 12),
                D(2025, 2, 12),
                "day",
                ["donald-trump", "vladimir-putin"],
                False,
            )
        ],
    ),
    (
        # Several statements of one speaker on one day are one event.
        "Глава МИД РФ Сергей Лавров заявил, что диалог продолжается. Лавров также отметил, "
        "что санкции не помогут.",
        D(2025, 5, 14),
        [("statement", D(2025, 5, 14), D(2025, 5, 14), "day", ["sergey-lavrov"], False)],
    ),
    (
        # Nothing to anchor on: the event is there, its date honestly unknown.
        "Владимир Зеленский заявил, что Украина готова к переговорам.",
        None,
        [("statement", None, None, "unknown", ["volodymyr-zelensky"], False)],
    ),
    (
        # A planned event with no date is not placed on the timeline.
        "Лавров и Рубио встретятся, когда будут готовы документы.",
        D(2025, 2, 1),
        [],
    ),
    (
        # No actor: no event.
        "Переговоры прошли 5 марта в Женеве.",
        D(2025, 3, 6),
        [],
    ),
    (
        # «накануне»: the day before publication.
        "Накануне пресс-секретарь президента РФ Дмитрий Песков сообщил, что Кремль не "
        "исключает нового телефонного разговора лидеров.",
        D(2025, 4, 10),
        [("statement", D(2025, 4, 9), D(2025, 4, 9), "day", ["dmitry-peskov"], False)],
    ),
    (
        # A weekday in a past sentence: the last such day up to publication.
        "Президент России Владимир Путин и президент США Дональд Трамп в пятницу провели "
        "переговоры на военной базе в Анкоридже.",
        D(2025, 8, 16),
        [
            (
                "talks",
                D(2025, 8, 15),
                D(2025, 8, 15),
                "day",
                ["donald-trump", "vladimir-putin"],
                False,
            )
        ],
    ),
    (
        # Announcing one's own sanctions is imposing them: the sanctions are the happening,
        # with the announcement's day; no statement beside them (sanctions.py).
        "22 октября 2025 года Министерство финансов США объявило о введении санкций против "
        "крупнейших российских нефтяных компаний.",
        D(2025, 10, 24),
        [("sanctions", D(2025, 10, 22), D(2025, 10, 22), "day", ["us-treasury"], False)],
    ),
    (
        # A future week: planned, a range, after publication.
        "На следующей неделе спецпосланник Стив Уиткофф посетит Москву.",
        D(2025, 11, 20),
        # The city visited is the venue, not a party (destination.py).
        [("visit", D(2025, 11, 24), D(2025, 11, 30), "range", ["steve-witkoff"], True)],
    ),
    (
        # A headline restating the dated lead is the same event.
        "Лавров и Рубио провели переговоры в Эр-Рияде\n\nЭР-РИЯД, 18 февраля. Министр "
        "иностранных дел России Сергей Лавров и госсекретарь США Марко Рубио провели "
        "во вторник переговоры в Эр-Рияде.",
        D(2025, 2, 18),
        [("talks", D(2025, 2, 18), D(2025, 2, 18), "day", ["marco-rubio", "sergey-lavrov"], False)],
    ),
    (
        # A possibility («могут встретиться») is not an event (issue 11).
        "Министр иностранных дел России Сергей Лавров и госсекретарь США Марко Рубио могут "
        "встретиться до конца ноября, сообщили источники.",
        D(2025, 11, 14),
        [],
    ),
    (
        # A dated possibility is still only a possibility.
        "Путин и Трамп могут встретиться в четверг, 23 октября.",
        D(2025, 10, 20),
        [],
    ),
    (
        # What follows «заявила, что» is what she said, even where the parse splits the
        # sentence; a person the gazetteer lacks is still an actor.
        "Пресс-секретарь Белого дома Каролин Ливитт заявила 05.03.2025, что переговоры "
        "делегаций России и США в Эр-Рияде перенесены на следующую неделю.",
        None,
        # The postponed talks she reports are an event too (the delegations' states).
        [
            ("statement", D(2025, 3, 5), D(2025, 3, 5), "day", ["karolin-livitt"], False),
            ("talks", None, None, "unknown", ["russia", "usa"], True),
        ],
    ),
    (
        # «так и не состоялась» is a cancelled meeting; «не встретились» denies a
        # happening and a meeting «not ruled out» is only possible: neither is an event.
        "Встреча Владимира Путина и Дональда Трампа так и не состоялась. Путин и Трамп не "
        "встретились в октябре. Трамп не исключил новой встречи с Путиным.",
        D(2025, 11, 14),
        [("meeting", None, D(2025, 11, 14), "before", ["donald-trump", "vladimir-putin"], True)],
    ),
    (
        # A role resolves by date: the US secretary of state in 2024 is Blinken.
        "Госсекретарь США 3 июня 2024 года посетил Киев.",
        D(2024, 6, 5),
        # «посетил Киев»: the city visited is the venue, not a party (destination.py).
        [("visit", D(2024, 6, 3), D(2024, 6, 3), "day", ["antony-blinken"], False)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_events_table(pipeline: Pipeline, text: str, published: D | None, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (
            e.type,
            e.date.value.start,
            e.date.value.end,
            e.date.value.precision,
            sorted(e.actors),
            e.planned,
        )
        for e in facts.events
    ]
    assert got == expected


def test_evidence_spans_are_exact_substrings(pipeline: Pipeline) -> None:
    text = (
        "Москва, 5 марта. Президент России Владимир Путин провёл телефонный разговор с "
        "Дональдом Трампом 4 марта. Стороны обсудили Украину."
    )
    facts = pipeline.process(raw_article(text, D(2025, 3, 5)))
    assert facts.events
    for e in facts.events:
        for s, t in e.sentences:
            assert 0 <= s < t <= len(text)
        for a, b, _actor in e.actor_spans:
            assert text[a:b].strip() == text[a:b] and text[a:b]
        r = e.date
        if r.span:
            assert text[r.span[0] : r.span[1]] == r.text


def test_excluded_spans_yield_no_events(pipeline: Pipeline) -> None:
    body = "Лавров заявил 5 марта, что диалог продолжается."
    link = "\nСмотрите также: Путин и Трамп провели телефонный разговор 4 марта"
    text = body + link
    facts = pipeline.process(raw_article(text, D(2025, 3, 6), excluded=((len(body), len(text)),)))
    assert [e.type for e in facts.events] == ["statement"]


def test_titles_are_short_and_readable(pipeline: Pipeline) -> None:
    text = (
        "Министр иностранных дел России Сергей Лавров заявил 5 марта, что Россия и США "
        "продолжат консультации по работе посольств, несмотря на сложную политическую "
        "обстановку и многочисленные разногласия по другим вопросам."
    )
    (event,) = pipeline.process(raw_article(text, D(2025, 3, 6))).events
    assert event.title.startswith("Заявление Лаврова: Россия и США продолжат")
    assert len(event.title) <= 100
