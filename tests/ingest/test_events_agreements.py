"""Called-off and planned happenings the parse leaves unlinked or the sentence tells twice,
agreements whose parties are «стороны» / «лидеры» or the contact they came of, sanctions
packages and credentials, on sentences of our own. Each row: article text, publication
date, and the events as (type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.events.status import BY_TENSE, trigger_status
from app.ingest.events.syntax import flat_parse
from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUTIN_ERDOGAN = ["recep-tayyip-erdogan", "vladimir-putin"]
TALKS_5 = ("talks", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", PUTIN_ERDOGAN)

CASES: list[tuple[str, D, list[Ev]]] = [
    # A clause coordinated with the trigger's calls the same happening off.
    (
        "Лавров должен был прилететь в Анкару 3 марта, но поездку пришлось отменить.",
        D(2025, 3, 5),
        [("visit", "cancelled", D(2025, 3, 3), D(2025, 3, 3), "day", ["sergey-lavrov"])],
    ),
    (
        "МИД готовил переговоры Лаврова с Фиданом в Анкаре 3 марта, однако эта встреча отменена.",
        D(2025, 3, 5),
        [
            (
                "talks",
                "cancelled",
                D(2025, 3, 3),
                D(2025, 3, 3),
                "day",
                ["hakan-fidan", "russian-mfa", "sergey-lavrov"],
            )
        ],
    ),
    # Put on the schedule: planned, on the day it is due.
    (
        "На 14 мая запланирована встреча Лаврова и Фидана.",
        D(2025, 5, 1),
        [
            (
                "meeting",
                "planned",
                D(2025, 5, 14),
                D(2025, 5, 14),
                "day",
                ["hakan-fidan", "sergey-lavrov"],
            )
        ],
    ),
    # Not on the schedule: only the words of whoever said so.
    (
        "Визит Эрдогана в Россию пока не запланирован, сообщил Песков.",
        D(2025, 5, 1),
        [("statement", "happened", D(2025, 5, 1), D(2025, 5, 1), "day", ["dmitry-peskov"])],
    ),
    # A package of sanctions adopted is the sanctions, not an agreement.
    (
        "Евросоюз 3 марта утвердил новый пакет санкций против Белоруссии.",
        D(2025, 3, 5),
        [("sanctions", "happened", D(2025, 3, 3), D(2025, 3, 3), "day", ["eu"])],
    ),
    # «Стороны» are the parties of the talks told before; documents exchanged an agreement.
    (
        "Путин и Эрдоган провели переговоры в Анкаре 5 марта. "
        "В тот же день стороны обменялись пакетом документов.",
        D(2025, 3, 7),
        [TALKS_5, ("agreement", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", PUTIN_ERDOGAN)],
    ),
    # What came of the talks the sentence names took place on their day, not on the day of
    # the dinner told in between.
    (
        "Путин и Эрдоган 5 марта провели переговоры в Анкаре. "
        "На следующий день, 6 марта, Путин встретился с Эрдоганом на ужине. "
        "По итогам переговоров стороны подписали совместное заявление.",
        D(2025, 3, 7),
        [
            TALKS_5,
            ("meeting", "happened", D(2025, 3, 6), D(2025, 3, 6), "day", PUTIN_ERDOGAN),
            ("agreement", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", PUTIN_ERDOGAN),
        ],
    ),
    # What «лидеры» discussed is a topic, not a happening of theirs.
    (
        "Путин и Эрдоган провели переговоры в Анкаре 5 марта. "
        "Лидеры обсудили обмен пленными и поставки газа.",
        D(2025, 3, 7),
        [TALKS_5],
    ),
    # A visit's actors are the visitor: «стороны» after it name no one we know.
    (
        "Путин 5 марта прибыл в Анкару. По итогам поездки стороны подписали ряд документов.",
        D(2025, 3, 7),
        [("visit", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", ["vladimir-putin"])],
    ),
    # A subjectless plan of what the coming talks will bring: planned, on their day.
    (
        "Путин и Эрдоган проведут переговоры 5 марта. "
        "По итогам переговоров планируется подписать пакет документов.",
        D(2025, 3, 1),
        [
            ("talks", "planned", D(2025, 3, 5), D(2025, 3, 5), "day", PUTIN_ERDOGAN),
            ("agreement", "planned", D(2025, 3, 5), D(2025, 3, 5), "day", PUTIN_ERDOGAN),
        ],
    ),
    # A joint statement that was the outcome of the meeting is an agreement of its parties;
    # words quoted from one are not.
    (
        "Путин и Эрдоган 5 марта провели переговоры в Анкаре. "
        "Главным итогом встречи стало совместное заявление о транзите.",
        D(2025, 3, 7),
        [TALKS_5, ("agreement", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", PUTIN_ERDOGAN)],
    ),
    (
        "Путин и Эрдоган 5 марта провели переговоры в Анкаре. "
        "В совместном заявлении стороны назвали транзит приоритетом.",
        D(2025, 3, 7),
        [TALKS_5],
    ),
    # Someone other than the parties, in a setting that is no outcome, takes no parties.
    (
        "Путин и Эрдоган 5 марта провели переговоры в Анкаре. "
        "Перед началом встречи к участникам обратился спикер, предложивший помощь.",
        D(2025, 3, 7),
        [TALKS_5],
    ),
    # Agreed to sign by a date of its own: the signing to come is the news; with no date of
    # its own, the agreeing is.
    (
        "Лавров и Фидан договорились 10 февраля подписать протокол о визах до конца марта.",
        D(2025, 3, 1),
        [
            (
                "agreement",
                "planned",
                None,
                D(2025, 3, 31),
                "before",
                ["hakan-fidan", "sergey-lavrov"],
            )
        ],
    ),
    (
        "Лавров и Фидан договорились подписать протокол о визах 20 марта.",
        D(2025, 3, 1),
        [
            (
                "agreement",
                "happened",
                None,
                D(2025, 3, 1),
                "before",
                ["hakan-fidan", "sergey-lavrov"],
            )
        ],
    ),
    # The words that tell of a postponement were said, not put off.
    (
        "По словам Дмитрия Пескова, консультации с Японией перенесли из-за погоды.",
        D(2025, 3, 1),
        [
            ("statement", "happened", D(2025, 3, 1), D(2025, 3, 1), "day", ["dmitry-peskov"]),
            ("talks", "postponed", None, D(2025, 3, 1), "before", ["japan"]),
        ],
    ),
    (
        "Консультации с Японией перенесли, заявил Дмитрий Песков.",
        D(2025, 3, 1),
        [
            ("statement", "happened", D(2025, 3, 1), D(2025, 3, 1), "day", ["dmitry-peskov"]),
            ("talks", "postponed", None, D(2025, 3, 1), "before", ["japan"]),
        ],
    ),
    # Credentials handed over, a consul taking up his post.
    (
        "Новый посол Бразилии Жоакин Силва в понедельник вручил верительные грамоты "
        "президенту Владимиру Путину.",
        D(2025, 3, 7),
        [
            (
                "appointment",
                "happened",
                D(2025, 3, 3),
                D(2025, 3, 3),
                "day",
                ["vladimir-putin", "zhoakin-silva"],
            )
        ],
    ),
    (
        "На днях к работе приступил новый генеральный консул России в Шанхае Иван Петров.",
        D(2025, 3, 7),
        [("appointment", "happened", None, D(2025, 3, 7), "before", ["ivan-petrov"])],
    ),
]



@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_agreements_and_status(
    pipeline: Pipeline, text: str, published: D, expected: list[Ev]
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = event_rows(facts.events)
    assert got == expected


# With no links at all (the parser hung the verb elsewhere), a called-off verb that agrees
# with the nominative trigger noun still calls it off; one that does not agree, or a clause
# of its own, does not.
UNLINKED: list[tuple[str, str, str]] = [
    ("Гроза над аэропортом: визит канцлера в Китай сорвался", "визит", "cancelled"),
    ("Заседание комиссии перенесено на осень.", "Заседание", "postponed"),
    ("Встреча министров отменена.", "Встреча", "cancelled"),
    ("Визит министра, который отложили, начнётся в среду.", "Визит", BY_TENSE),
    ("Визит министра прошёл успешно.", "Визит", BY_TENSE),
    ("Визит министра отменила погода.", "Визит", BY_TENSE),  # gender disagrees
]


@pytest.fixture(scope="module")
def nlp() -> Iterator[Nlp]:
    yield Nlp.load()


@pytest.mark.parametrize(("sentence", "trigger", "status"), UNLINKED)
def test_agreeing_call_off(nlp: Nlp, sentence: str, trigger: str, status: str) -> None:
    toks = nlp.analyse(sentence).tokens
    i = next(k for k, t in enumerate(toks) if t.text == trigger)
    assert trigger_status(toks, flat_parse(len(toks)), i) == status
