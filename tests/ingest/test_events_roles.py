"""Participants, speakers and the venue of an event, on sentences of our own. Each row:
text, then (type, sorted actor ids, their roles, venue) for each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.occasion import in_occasion
from app.ingest.events.syntax import flat_parse
from app.ingest.events.tree import actor_belongs
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
P, S = "participant", "speaker"

CASES: list[tuple[str, list[tuple[str, list[str], list[str], str | None]]]] = [
    # A place named in the locative is the venue, not a party.
    (
        "Уиткофф встретился с Путиным в Кремле.",
        [("meeting", ["steve-witkoff", "vladimir-putin"], [P, P], "kremlin")],
    ),
    # «с участием» names the participants; the country is where it happened.
    (
        "Встреча прошла в Турции с участием Путина и Эрдогана.",
        [("meeting", ["recep-tayyip-erdogan", "vladimir-putin"], [P, P], "turkey")],
    ),
    # Whom a speaker names in a clause joined to his words is spoken of, not a speaker.
    (
        "Президент Турции Эрдоган выступил на форуме и назвал Путина надёжным партнёром.",
        [("statement", ["recep-tayyip-erdogan"], [S], None)],
    ),
    # An aide who reports a call is the speaker of his statement, not a party to the call.
    (
        "Юрий Ушаков сообщил, что Путин и Трамп в понедельник провели телефонный разговор.",
        [
            ("statement", ["yury-ushakov"], [S], None),
            ("call", ["donald-trump", "vladimir-putin"], [P, P], None),
        ],
    ),
    # «между X и Y» names the parties, even under the trigger's own complement.
    (
        "В четверг в Анкаре завершился обмен заключёнными между Россией и США.",
        [("exchange", ["russia", "usa"], [P, P], None)],
    ),
    # The antecedent of a relative clause did what the clause says.
    (
        "Журналисты расспросили Линн Трейси, которая вручила верительные грамоты в Кремле.",
        [("appointment", ["lynne-tracy"], [P], "kremlin")],
    ),
    # A foreign ministers' call lists both ministers.
    (
        "Лавров провёл телефонный разговор с госсекретарём США Марко Рубио.",
        [("call", ["marco-rubio", "sergey-lavrov"], [P, P], None)],
    ),
    # «с американской стороной»: the state when no person is named.
    (
        "Лавров встретился с американской стороной в Эр-Рияде.",
        [("meeting", ["sergey-lavrov", "usa"], [P, P], None)],
    ),
    # Whom a speaker addresses or names is no speaker: «сказал Индии», «назвал Китай».
    (
        "Эрдоган в среду назвал Китай важным партнёром.",
        [("statement", ["recep-tayyip-erdogan"], [S], None)],
    ),
    (
        "Вчера Рубио заявил Индии, что переговоры продолжатся.",
        [("statement", ["marco-rubio"], [S], None)],
    ),
    # A reported clause without its own subject tells what the speaker did.
    (
        "Лавров сообщил, что во вторник провёл переговоры с Рубио.",
        [
            ("statement", ["sergey-lavrov"], [S], None),
            ("talks", ["marco-rubio", "sergey-lavrov"], [P, P], None),
        ],
    ),
    # «X сделает ..., сообщил Y»: the speaker is the subject after the verb of saying; the
    # subject before the comma (which the parser may hang on «сообщил») is the visitor of
    # the visit reported with a date of its own.
    (
        "Премьер-министр Индии Нарендра Моди приедет в Москву с официальным визитом "
        "8 июля, сообщил во вторник журналистам пресс-секретарь Кремля Дмитрий Песков.",
        [
            ("statement", ["dmitry-peskov"], [S], None),
            ("visit", ["narendra-modi"], [P], None),
        ],
    ),
    # A vice-premier named by title is still a party; a state under a deputy minister's
    # title only says whose deputy he is.
    (
        "Вице-премьер Юрий Борисов, который курирует оборонную отрасль, в среду провёл "
        "телефонный разговор с Лавровым.",
        [("call", ["sergey-lavrov", "yuriy-borisov"], [P, P], None)],
    ),
    (
        "Замминистра обороны России Илья Сомов заявил во вторник, что учения завершены.",
        [("statement", ["ilya-somov"], [S], None)],
    ),
    # A reported clause without a subject of its own is the speaker's doing only when its
    # verb agrees with the speaker: a plural verb is indefinite-personal («перенесли»: some
    # people put the talks off), unless the speakers are plural too.
    (
        "Дмитрий Песков объявил, что консультации перенесли.",
        [("statement", ["dmitry-peskov"], [S], None)],
    ),
    (
        "Мария Захарова сообщила, что провела встречу с послом Китая.",
        [
            ("statement", ["maria-zakharova"], [S], None),
            ("meeting", ["maria-zakharova"], [P], None),
        ],
    ),
    (
        "Сергей Лавров и Ван И заявили, что провели переговоры.",
        [
            ("statement", ["sergey-lavrov", "wang-yi"], [S, S], None),
            ("talks", ["sergey-lavrov", "wang-yi"], [P, P], None),
        ],
    ),
    # A name belongs to the title right before it, wherever a parser hangs it: the new
    # ambassador is in the spokeswoman's words, not a speaker; the handing over of copies
    # that her words report is an appointment of its own.
    (
        "Официальный представитель МИД России Мария Захарова на брифинге в среду сообщила, "
        "что новый посол Ирана в России Али Резаи вручил копии грамот.",
        [
            ("press-conference", ["maria-zakharova"], [S], None),
            ("appointment", ["ali-rezai"], [P], None),
        ],
    ),
    # A line opened by a name and a colon is that person's words.
    (
        "Песков: Путин и Си Цзиньпин подтвердили настрой на диалог",
        [("statement", ["dmitry-peskov"], [S], None)],
    ),
    # What went on at the place («..., где проходил саммит») is background to the news.
    (
        "Лавров 20 мая провёл переговоры с Рубио в Анкаре, где проходил саммит НАТО.",
        [("talks", ["marco-rubio", "sergey-lavrov"], [P, P], None)],
    ),
    # The words of a second verb of saying joined to the first are words too.
    (
        "Эрдоган в среду сообщил, что обмен идёт по плану, и заверил, что Турция готова помогать.",
        [("statement", ["recep-tayyip-erdogan"], [S], None)],
    ),
    # Whom a speaker promises to persuade is in his words, not a speaker.
    (
        "Эрдоган в среду пообещал переубедить Путина по газовой сделке.",
        [("statement", ["recep-tayyip-erdogan"], [S], None)],
    ),
    # Both speakers of an occasion, each in his own joined clause.
    (
        "На совместной пресс-конференции в среду Рубио назвал обстановку рабочей, а Лавров "
        "сказал, что прогресс есть.",
        [("press-conference", ["marco-rubio", "sergey-lavrov"], [S, S], None)],
    ),
    # Who tells of the preparation of a summit takes no part in it.
    (
        "Ушаков в среду рассказал о подготовке саммита ШОС, который пройдёт 20 июня.",
        [("statement", ["yury-ushakov"], [S], None), ("meeting", ["sco"], [P], None)],
    ),
    # Whom a happening was for is no party to it.
    (
        "Встреча с Эрдоганом 20 мая стала для Москвы главным итогом поездки Путина.",
        [("meeting", ["recep-tayyip-erdogan"], [P], None)],
    ),
    # The country a visit goes to is its venue, not a party.
    (
        "Сергей Лавров в понедельник прибыл в Китай с официальным визитом.",
        [("visit", ["sergey-lavrov"], [P], "china")],
    ),
    # An envoy of the president is not the president.
    (
        "Спецпредставитель президента России по Ближнему Востоку Игорь Сомов заявил журналистам, "
        "что работа идёт.",
        [("statement", ["igor-somov"], [S], None)],
    ),
    # «власти Словакии»: the authorities of a state stand for it.
    (
        "Власти Словакии во вторник выслали трёх сотрудников российского посольства.",
        [("sanctions", ["slovakia"], [P], None)],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_roles_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 6, 5)))
    got = [
        (e.type, sorted(e.actors), [e.roles[a] for a in sorted(e.actors)], e.venue)
        for e in facts.events
    ]
    assert got == expected
    for e in facts.events:
        # Every role keeps its evidence; the venue is never an actor.
        assert {a for _, _, a in e.actor_spans} == set(e.actors)
        assert e.venue not in e.actors


# «на полях X», «в рамках X» name the occasion: words inside are not parties. Each row: a
# sentence and, for some of its words, whether they stand inside the occasion phrase (read
# without a parse, as for a format's dashed name a parser splits).
OCCASION_CASES: list[tuple[str, dict[str, bool]]] = [
    (
        "Лавров на полях встречи Россия – АСЕАН провёл переговоры с Фиданом.",
        {"Лавров": False, "Россия": True, "АСЕАН": True, "переговоры": False, "Фиданом": False},
    ),
    (
        "В рамках форума Россия – Африка Путин принял президента Египта.",
        {"Россия": True, "Африка": True, "Путин": False, "президента": False},
    ),
    # No dash: word order alone does not show where the phrase ends.
    (
        "На полях форума Путин встретился с Эрдоганом.",
        {"Путин": False, "Эрдоганом": False},
    ),
]


@pytest.mark.parametrize(("text", "inside"), OCCASION_CASES)
def test_occasion_words(pipeline: Pipeline, text: str, inside: dict[str, bool]) -> None:
    tokens = pipeline.nlp.analyse(text).tokens
    parse = flat_parse(len(tokens))
    got = {t.text: in_occasion(tokens, parse, i) for i, t in enumerate(tokens) if t.text in inside}
    assert got == inside


# «переговоры с X», «встреча с X»: the counterpart of a mutual happening by word order, for
# when a parser misreads a foreign name («То Ламом» as the pronoun «тот»). Each row: a
# sentence, the trigger word, the actor's words, whether the happening is mutual, and
# whether the actor takes part (read without a parse).
WITH_CASES: list[tuple[str, str, str, bool, bool]] = [
    ("Путин провёл переговоры с То Ламом.", "переговоры", "То Ламом", True, True),
    ("Лавров выступил в Хюэ, где прошла встреча с Ли Хуном.", "встреча", "Ли Хуном", True, True),
    # Not right after the trigger, or not a mutual happening: word order says nothing.
    ("Путин провёл переговоры в Хюэ с То Ламом.", "переговоры", "То Ламом", True, False),
    ("Путин объявил о визите с То Ламом.", "визите", "То Ламом", False, False),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "mutual", "belongs"), WITH_CASES)
def test_counterpart_by_word_order(
    pipeline: Pipeline, text: str, trigger: str, actor: str, mutual: bool, belongs: bool
) -> None:
    tokens = pipeline.nlp.analyse(text).tokens
    words = [t.text for t in tokens]
    first = words.index(actor.split()[0])
    members = set(range(first, first + len(actor.split())))
    got = actor_belongs(
        tokens, flat_parse(len(tokens)), first, members, words.index(trigger), False, False, mutual
    )
    assert got is belongs
