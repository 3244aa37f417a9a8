"""Sentences that tell nothing new happened, beside real happenings of the same shape, on
sentences of our own: a part played («выступила инициатором»), a speech at a gathering (the
speech, not a meeting), agreeing only to go on («договорились продолжить»), one party's act
signed («подписал указ»), readiness («готова к переговорам»), refusing to join («отказалась
присоединиться к санкциям»), a passive participle of saying as a description («осуждённый
в Германии»), and coming along on another's trip («вместе с премьером прилетел»). Each
row: text, publication date, and the events as (type, status, start, end, precision,
sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.instrumental import instrumental
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 5)
TUE = D(2024, 6, 4)
FRI = D(2024, 5, 31)
MON = D(2024, 6, 3)

CASES: list[tuple[str, list[tuple[str, str, D | None, D | None, str, list[str]]]]] = [
    # A role noun opening the sentence, which the tagger reads as an adjective: a part
    # played, no words said.
    ("Инициатором беседы выступила турецкая сторона.", []),
    ("Гарантом перемирия выступила Москва.", []),
    # A speech given with words of its own stays a statement.
    (
        "Во вторник с заявлением выступил Сергей Лавров.",
        [("statement", "happened", TUE, TUE, "day", ["sergey-lavrov"])],
    ),
    # A speech at a gathering: the speech is told, not a meeting with the gathering.
    (
        "В пятницу президент Египта выступил на пленарном заседании международного форума.",
        [("statement", "happened", FRI, FRI, "day", ["abdel-fattah-el-sisi"])],
    ),
    (
        "Сергей Лавров во вторник выступил на сессии Генеральной Ассамблеи ООН.",
        [("statement", "happened", TUE, TUE, "day", ["sergey-lavrov"])],
    ),
    # Words said at a sitting of a body: the words are the news, the sitting their setting.
    (
        "В понедельник на заседании правительства премьер Израиля заявил, что Москва не "
        "выступает против операций в Сирии.",
        [("statement", "happened", MON, MON, "day", ["benjamin-netanyahu"])],
    ),
    # A joint sitting (a compound adjective of its parties) or talks with a partner: the
    # contact is news beside the words.
    (
        "Во вторник на заседании российско-турецкой межправкомиссии Сергей Лавров заявил, что "
        "товарооборот растет.",
        [
            ("statement", "happened", TUE, TUE, "day", ["sergey-lavrov"]),
            ("meeting", "happened", TUE, TUE, "day", ["russia", "sergey-lavrov", "turkey"]),
        ],
    ),
    (
        "На переговорах с Владимиром Путиным в понедельник Эрдоган заявил, что Анкара готова "
        "помочь.",
        [
            ("statement", "happened", MON, MON, "day", ["recep-tayyip-erdogan"]),
            ("talks", "happened", MON, MON, "day", ["recep-tayyip-erdogan", "vladimir-putin"]),
        ],
    ),
    # A meeting told with a verb of meeting stays a meeting.
    (
        "Сергей Лавров во вторник встретился с Ван И на полях заседания СВМДА.",
        [("meeting", "happened", TUE, TUE, "day", ["sergey-lavrov", "wang-yi"])],
    ),
    # Agreeing only to go on with what is under way: nothing concluded, nothing held.
    ("Сергей Лавров и Ван И во вторник договорились продолжить консультации по Сирии.", []),
    ("Делегации условились продолжать работу над текстом соглашения.", []),
    # Agreeing to look for or work on something, in an infinitive or a «что» clause: no
    # agreement concluded.
    ("Сергей Лавров и Ван И во вторник договорились искать общие подходы по Сирии.", []),
    (
        "Сергей Лавров и Ван И во вторник договорились, что этот вопрос будут прорабатывать "
        "эксперты.",
        [],
    ),
    # Keeping up contacts is how news tell the contact itself; not set aside here.
    (
        "Сергей Лавров и Ван И во вторник договорились поддерживать контакты.",
        [("agreement", "happened", TUE, TUE, "day", ["sergey-lavrov", "wang-yi"])],
    ),
    # Agreeing on something new is an agreement.
    (
        "Сергей Лавров и Ван И во вторник договорились создать рабочую группу по Сирии.",
        [("agreement", "happened", TUE, TUE, "day", ["sergey-lavrov", "wang-yi"])],
    ),
    # One party's act signed: no agreement; the sanctions a decree imposes are still told.
    ("Владимир Путин в понедельник подписал указ о порядке въезда иностранцев.", []),
    ("Поводом стал закон, подписанный Джо Байденом в понедельник.", []),
    (
        "Владимир Путин в понедельник подписал указ о введении ответных санкций против Канады.",
        [("sanctions", "happened", MON, MON, "day", ["vladimir-putin"])],
    ),
    # Readiness, openness, interest: nothing done, only the words saying so.
    (
        "Сергей Лавров во вторник заявил, что Россия готова к переговорам с Японией.",
        [("statement", "happened", TUE, TUE, "day", ["sergey-lavrov"])],
    ),
    ("Анкара готова организовать встречу Путина и Зеленского.", []),
    ("Москва заинтересована в проведении нового раунда консультаций с Токио.", []),
    ("Вашингтон открыт для переговоров с Россией по стратегической стабильности.", []),
    ("Москва готова рассмотреть серьезные предложения Киева.", []),
    # Talks held are no readiness.
    (
        "Сергей Лавров во вторник провел переговоры с Ван И.",
        [("talks", "happened", TUE, TUE, "day", ["sergey-lavrov", "wang-yi"])],
    ),
    # Hoping or counting on a happening: only hoped for.
    ("Эрдоган надеется на скорую встречу с Владимиром Путиным.", []),
    ("Москва рассчитывает на встречу Путина и Трампа в ближайшее время.", []),
    ("Владимир Путин мечтает о визите в Индию.", []),
    # Counting on something told in a clause of its own: the signing told there stays.
    (
        "Кремль рассчитывает, что Россия и Турция во вторник подписали соглашение не зря.",
        [("agreement", "happened", TUE, TUE, "day", ["russia", "turkey"])],
    ),
    # Refusing or abstaining to join: no sanctions of the refuser's.
    ("Бразилия отказалась присоединиться к санкциям против России.", []),
    ("Вьетнам воздерживается от присоединения к антироссийским санкциям.", []),
    # Sanctions imposed are sanctions.
    (
        "Канада в понедельник ввела санкции против России.",
        [("sanctions", "happened", MON, MON, "day", ["canada"])],
    ),
    # A passive participle of saying that describes a noun, with no agent: no words told.
    ("Среди освобожденных — бизнесмен, осужденный в Польше, и двое военных.", []),
    (
        "Сергей Лавров во вторник осудил удары по Газе.",
        [("statement", "happened", TUE, TUE, "day", ["sergey-lavrov"])],
    ),
    # Coming along on another's trip: the arrival is part of that visit, no visit of its own.
    ("Вместе с министром в Токио прилетел его первый заместитель Андрей Руденко.", []),
    ("В составе российской делегации в Ханой прибыли несколько вице-премьеров.", []),
    # Company named after the verb, or the one accompanied as subject: the subject's visit.
    (
        "Президент Египта в пятницу прилетел в Москву вместе с супругой.",
        [("visit", "happened", FRI, FRI, "day", ["abdel-fattah-el-sisi"])],
    ),
    # The subject named before the comitative: his own trip with his company.
    (
        "Президент Египта вместе с делегацией в пятницу прилетел в Москву.",
        [("visit", "happened", FRI, FRI, "day", ["abdel-fattah-el-sisi"])],
    ),
    (
        "В сопровождении министров в пятницу в Ханой прибыл президент России.",
        [("visit", "happened", FRI, FRI, "day", ["vladimir-putin"])],
    ),
    # A time agreed on schedules another happening; a text agreed on is an agreement.
    ("Новые сроки уже согласованы с Токио.", []),
    (
        "Россия и Турция во вторник согласовали текст меморандума о зерне.",
        [("agreement", "happened", TUE, TUE, "day", ["russia", "turkey"])],
    ),
    # A document two parties signed is an agreement.
    (
        "Владимир Путин и Си Цзиньпин во вторник подписали совместное заявление.",
        [("agreement", "happened", TUE, TUE, "day", ["vladimir-putin", "xi-jinping"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nothing_new_table(pipeline: Pipeline, text: str, expected: list) -> None:
    assert event_rows(pipeline.process(raw_article(text, PUB)).events) == expected


@pytest.mark.parametrize(
    ("text", "lemma", "pos", "case", "expected"),
    [
        ("посредником", "посредник", "NOUN", "Ins", True),
        ("Инициатором", "инициатор", "ADJ", "Gen", True),  # the tagger's slip
        ("сопредседателем", "сопредседатель", "ADJ", "Gen", True),
        ("российским", "российский", "ADJ", "Ins", False),  # an adjective, not a noun
        ("Инициатора", "инициатор", "ADJ", "Gen", False),
        ("стороной", "сторона", "ADJ", "Gen", False),  # only the masculine ending is read
    ],
)
def test_instrumental(text: str, lemma: str, pos: str, case: str, expected: bool) -> None:
    tok = Token(0, len(text), text, lemma, pos, {"Case": case})
    assert instrumental(tok) is expected
