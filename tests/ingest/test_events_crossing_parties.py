"""Parties the parser hangs across the verb they belong to (conjuncts.py, projective.py,
called by mend.py): a second titled conjunct of the subject hung on the object after the
verb, and a «с»-partner of a contact verb hung on a noun past the next verb. Sentences of
our own, modelled on real news; plus hand-made parses, so each rule can fail alone."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.mend import mend
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # Two titled persons, the second title's words long enough for the parser to hang it
    # on the object after the verb.
    (
        "Мэр Москвы Сергей Собянин и председатель Минского горисполкома Владимир Кухарев "
        "подписали меморандум о взаимопонимании в области цифровизации.",
        [("agreement", ["sergey-sobyanin", "vladimir-kukharev"])],
    ),
    (
        "Накануне закрытия выставки глава Минэкономразвития России Максим Решетников и "
        "министр торговли и промышленности Индии Пиюш Гоял подписали меморандум о "
        "сотрудничестве регионов с индийскими штатами Гуджарат и Махараштра.",
        [("agreement", ["maksim-reshetnikov", "piyush-goyal"])],
    ),
    (
        "На полях форума губернатор Кузбасса Сергей Цивилев и губернатор Иркутской области "
        "Игорь Кобзев подписали соглашение о сотрудничестве.",
        [("agreement", ["igor-kobzev", "sergey-tsivilev"])],
    ),
    # A call, then what was discussed: the partner is the call's.
    (
        "Во вторник Лавров поговорил по телефону с Петером Сийярто и обсудил с ним "
        "подготовку к саммиту с американским президентом.",
        [("call", ["peter-szijjarto", "sergey-lavrov"])],
    ),
    (
        "Путин в субботу поговорил по телефону с Александром Лукашенко и обсудил с ним "
        "подготовку к заседанию с белорусским президентом.",
        [("call", ["alexander-lukashenko", "vladimir-putin"])],
    ),
    # Talks, then what was discussed: «к визиту» is the preparing's, not the talks' (the
    # talks stay the sentence's event, not a visit).
    (
        "Лавров провел переговоры с министром иностранных дел Венгрии Петером Сийярто и "
        "обсудил с ним подготовку к визиту в Будапешт премьер-министра.",
        [("talks", ["peter-szijjarto", "sergey-lavrov"])],
    ),
    # Titled persons each with a name, and a bare title with its holder, already read:
    # kept so.
    (
        "Посол России в Армении Сергей Копыркин и заместитель министра иностранных дел "
        "Армении Мнацакан Сафарян провели консультации в Ереване.",
        [("talks", ["mnatsakan-safaryan", "sergey-kopyrkin"])],
    ),
    (
        "Министр иностранных дел России и государственный секретарь США провели телефонный "
        "разговор.",
        [("call", ["antony-blinken", "sergey-lavrov"])],
    ),
    # Received, then what was discussed: the envoy before «и» is the receiving's object.
    (
        "Заместитель министра иностранных дел Сергей Рябков в среду принял в Москве посла "
        "Японии Акиру Муто и обсудил с ним вопросы стратегической стабильности.",
        [("meeting", ["akir-muto", "sergey-ryabkov"])],
    ),
    (
        "Министр иностранных дел Сергей Лавров принял в Москве посла Индии Винай Кумара и "
        "обсудил с ним подготовку саммита.",
        [("meeting", ["sergey-lavrov", "vinay-kumar"])],
    ),
    # Two titled persons, each with a name, discussed something together: talks, as
    # «X и Y обсудили» (joint_subject.py), a title standing for the person named after it.
    (
        "Председатель правительства России Михаил Мишустин и премьер-министр Узбекистана "
        "Абдулла Арипов обсудили торговлю и транспортные проекты в Ташкенте.",
        [("talks", ["abdulla-aripov", "mikhail-mishustin"])],
    ),
    (
        "Министр иностранных дел России Сергей Лавров и глава МИД Венгрии Петер Сийярто "
        "обсудили поставки газа.",
        [("talks", ["peter-szijjarto", "sergey-lavrov"])],
    ),
    (
        "Глава МИД России Сергей Лавров и его турецкий коллега Хакан Фидан обсудили "
        "ситуацию в регионе.",
        [("talks", ["hakan-fidan", "sergey-lavrov"])],
    ),
    # A title with no name after it, or a body: no pair of persons named, a topic only.
    ("Эксперты и министры энергетики обсудили поставки газа.", []),
    # The meeting prepared for is not on the day of the call (no day of its own: dropped).
    (
        "В пятницу Макрон поговорил по телефону с Владимиром Зеленским и обсудил с ним "
        "подготовку к встрече с российским лидером.",
        [("call", ["emmanuel-macron", "volodymyr-zelensky"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_crossing_parties_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected


def _tok(text: str, pos: str, **feats: str) -> Token:
    return Token(0, 0, text, text.lower(), pos, feats)


NOM = {"Case": "Nom", "Animacy": "Anim"}
# «Посол Иванов и министр Петров подписали меморандум»
SIGNED = [
    _tok("Посол", "NOUN", **NOM),  # 0
    _tok("Иванов", "PROPN", **NOM),  # 1
    _tok("и", "CCONJ"),  # 2
    _tok("министр", "NOUN", **NOM),  # 3
    _tok("Петров", "PROPN", **NOM),  # 4
    _tok("подписали", "VERB"),  # 5
    _tok("меморандум", "NOUN", Case="Acc"),  # 6
]
SIGNED_RELS = ("nsubj", "appos", "cc", "conj", "appos", "root", "obj")

CONJ_CASES = [
    # «министр» on «меморандум», past «подписали»: back on «Посол»; «Петров» on «министр».
    ((5, 0, 3, 6, 3, -1, 5), (5, 0, 3, 0, 3, -1, 5)),
    # «Петров» hung on «Посол» past «министр»: on «министр».
    ((5, 0, 3, 0, 0, -1, 5), (5, 0, 3, 0, 3, -1, 5)),
    # Already right: left.
    ((5, 0, 3, 0, 3, -1, 5), (5, 0, 3, 0, 3, -1, 5)),
]


@pytest.mark.parametrize(("heads", "want"), CONJ_CASES)
def test_conjunct_over_verb(heads: tuple[int, ...], want: tuple[int, ...]) -> None:
    assert mend(SIGNED, SentenceParse(heads, SIGNED_RELS)).heads == want


# «Путин поговорил с Си и обсудил подготовку к визиту»
CALLED = [
    _tok("Путин", "PROPN", **NOM),  # 0
    _tok("поговорил", "VERB"),  # 1
    _tok("с", "ADP"),  # 2
    _tok("Си", "PROPN", Case="Ins"),  # 3
    _tok("и", "CCONJ"),  # 4
    _tok("обсудил", "VERB"),  # 5
    _tok("подготовку", "NOUN", Case="Acc"),  # 6
    _tok("к", "ADP"),  # 7
    _tok("визиту", "NOUN", Case="Dat"),  # 8
]
CALLED_RELS = ("nsubj", "root", "case", "nmod", "cc", "conj", "obj", "case", "nmod")


def test_partner_over_verb() -> None:
    # «с Си» on «визиту», past «обсудил» above it: on «поговорил».
    heads = (1, -1, 3, 8, 5, 1, 5, 8, 6)
    got = mend(CALLED, SentenceParse(heads, CALLED_RELS))
    assert got.heads[3] == 1


def test_partner_not_crossing_stays() -> None:
    # «... обсудил подготовку к визиту с Си»: on «визиту», no verb passed: left.
    toks = [*CALLED[:2], CALLED[4], CALLED[5], CALLED[6], CALLED[7], CALLED[8], *CALLED[2:4]]
    heads = (1, -1, 3, 1, 3, 6, 4, 8, 6)
    rels = ("nsubj", "root", "cc", "conj", "obj", "case", "nmod", "case", "nmod")
    assert mend(toks, SentenceParse(heads, rels)).heads[8] == 6


def test_noun_back_over_verb() -> None:
    # «Путин провёл переговоры с Си и обсудил подготовку к визиту»: «визиту» hung on
    # «переговоры», across «обсудил»: on «подготовку».
    toks = [
        _tok("Путин", "PROPN", **NOM),  # 0
        _tok("провёл", "VERB"),  # 1
        _tok("переговоры", "NOUN", Case="Acc"),  # 2
        _tok("с", "ADP"),  # 3
        _tok("Си", "PROPN", Case="Ins"),  # 4
        _tok("и", "CCONJ"),  # 5
        _tok("обсудил", "VERB"),  # 6
        _tok("подготовку", "NOUN", Case="Acc"),  # 7
        _tok("к", "ADP"),  # 8
        _tok("визиту", "NOUN", Case="Dat"),  # 9
    ]
    rels = ("nsubj", "root", "obj", "case", "nmod", "cc", "conj", "obj", "case", "nmod")
    crossed = (1, -1, 1, 4, 2, 6, 1, 6, 9, 2)
    assert mend(toks, SentenceParse(crossed, rels)).heads[9] == 7
    # «переговоры с Си о визите»: right after its noun, no verb between: left.
    near = [*toks[:5], _tok("о", "ADP"), _tok("визите", "NOUN", Case="Loc")]
    near_rels = ("nsubj", "root", "obj", "case", "nmod", "case", "nmod")
    assert mend(near, SentenceParse((1, -1, 1, 4, 2, 6, 2), near_rels)).heads[6] == 2


def test_before_conjunction() -> None:
    # «Лавров принял посла и обсудил визит»: «посла» hung on «обсудил», before its «и»:
    # «принял»'s object. «визит», after «обсудил», stays its own.
    toks = [
        _tok("Лавров", "PROPN", **NOM),  # 0
        _tok("принял", "VERB"),  # 1
        _tok("посла", "NOUN", Case="Acc"),  # 2
        _tok("и", "CCONJ"),  # 3
        _tok("обсудил", "VERB"),  # 4
        _tok("визит", "NOUN", Case="Acc"),  # 5
    ]
    rels = ("nsubj", "root", "obj", "cc", "conj", "obj")
    got = mend(toks, SentenceParse((1, -1, 4, 4, 1, 4), rels)).heads
    assert (got[2], got[5]) == (1, 4)


def test_conjunct_past_a_comma_stays() -> None:
    # «Путин был в Ханое , и в Москве итоги оценили»: «Москве» hung (wrongly) as a conjunct
    # of a noun past «оценили»; the nearest noun in its case lies past a comma, in a clause
    # of its own: no first conjunct, left.
    toks = [
        _tok("Путин", "PROPN", **NOM),  # 0
        _tok("был", "VERB"),  # 1
        _tok("в", "ADP"),  # 2
        _tok("Ханое", "PROPN", Case="Loc"),  # 3
        _tok(",", "PUNCT"),  # 4
        _tok("и", "CCONJ"),  # 5
        _tok("в", "ADP"),  # 6
        _tok("Москве", "PROPN", Case="Loc"),  # 7
        _tok("итоги", "NOUN", Case="Acc"),  # 8
        _tok("оценили", "VERB"),  # 9
        _tok("Вьетнам", "PROPN", Case="Loc"),  # 10
    ]
    heads = (1, -1, 3, 1, 9, 7, 7, 10, 9, 1, 9)
    rels = ("nsubj", "root", "case", "obl", "punct", "cc", "case", "conj", "obj", "conj", "obl")
    assert mend(toks, SentenceParse(heads, rels)).heads[7] == 10
