"""Documents signed: a contact named as a document's subject matter is no happening
(document_content.py); a subjectless signing of a document after «по итогам переговоров» is
the talks' parties' (parties.py); a plural body or office is not the one actor a context
name reads (documents.plural_names); «Документ подписали X и Y» tells again the document
just told (document_anaphora.py). Sentences of our own, modelled on real reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.dates import DateValue
from app.ingest.events.document_anaphora import bare_document
from app.ingest.events.document_content import document_content
from app.ingest.events.documents import plural_names
from app.ingest.events.model import ActorSpan, DateReading
from app.ingest.events.parties import Antecedent, parties_of
from app.ingest.events.trigger_parse import confirmed
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import first_sentence_parse, raw_article

D = dt.date


@pytest.fixture(scope="module")
def nlp() -> Iterator[Nlp]:
    yield Nlp.load()


# (sentence, the contact trigger's word, is it only what a document is about)
CONTENT: list[tuple[str, str, bool]] = [
    # A plan of consultations over the years it covers: the consultations are to come.
    (
        "Министры подписали план консультаций между внешнеполитическими ведомствами на "
        "2026–2027 годы.",
        "консультаций",
        True,
    ),
    (
        "По итогам встречи подписан План консультаций между министерствами на три года.",
        "консультаций",
        True,
    ),
    # «меморандум о ...»: the subject of the memorandum.
    ("Главы ведомств подписали меморандум о регулярных консультациях.", "консультациях", True),
    ("Правительства заключили соглашение о взаимных поездках граждан.", "поездках", True),
    # A step of the process the document marks: the talks are what it begins or ends.
    (
        "Делегации двух стран во вторник подписали протокол о завершении переговоров по "
        "торговле услугами.",
        "переговоров",
        True,
    ),
    ("Министры подписали меморандум о начале консультаций по миграции.", "консультаций", True),
    (
        "Стороны приняли совместное заявление о возобновлении переговоров о мирном договоре.",
        "переговоров",
        True,
    ),
    # A step the talks themselves took is still told of the talks, not of a document.
    ("Министры объявили о завершении переговоров по торговле.", "переговоров", False),
    ("Делегации подписали протокол по итогам начала консультаций.", "консультаций", False),
    # The setting of a document is a happening: «по итогам переговоров».
    ("По итогам переговоров подписан план консультаций.", "переговоров", False),
    ("Стороны приняли заявление по итогам переговоров.", "переговоров", False),
    # Minutes record talks held; a meeting agreed on is one to come, told as such.
    ("Делегации подписали протокол консультаций.", "консультаций", False),
    ("Стороны достигли договорённости о встрече министров.", "встрече", False),
]


@pytest.mark.parametrize(("text", "word", "want"), CONTENT, ids=[c[0][:40] for c in CONTENT])
def test_document_content(nlp: Nlp, text: str, word: str, want: bool) -> None:
    toks, parse = first_sentence_parse(nlp, text)
    found = [(i, t) for i, t in find_triggers(toks) if confirmed(toks, parse, i, t)]
    ((idx, kind),) = [(i, t) for i, t in found if toks[i].text == word]
    assert document_content(toks, parse, idx, kind) is want


TALKS = Antecedent(
    ("sergey-lavrov", "wang-yi"),
    DateReading(DateValue(D(2025, 3, 12), D(2025, 3, 12), "day", "explicit")),
    "talks",
    "happened",
)

# (sentence, the signing's word, do the talks' parties stand in)
SUBJECTLESS: list[tuple[str, str, bool]] = [
    # A document signed in the passive after the talks names no signatory: the talks' parties.
    (
        "По итогам переговоров подписан план межмидовских консультаций на 2026 год.",
        "подписан",
        True,
    ),
    ("По итогам переговоров был подписан меморандум о сотрудничестве.", "подписан", True),
    # A subject of its own that is no document signs it: not the talks' parties.
    ("По итогам переговоров премьер подписал указ.", "подписал", False),
]


@pytest.mark.parametrize(
    ("text", "word", "want"), SUBJECTLESS, ids=[c[0][:40] for c in SUBJECTLESS]
)
def test_signed_after_talks(nlp: Nlp, text: str, word: str, want: bool) -> None:
    toks, parse = first_sentence_parse(nlp, text)
    triggers = find_triggers(toks)
    (idx,) = [i for i, _ in triggers if toks[i].text == word]
    others = [(i, t) for i, t in triggers if i != idx]
    got = parties_of(toks, parse, idx, "agreement", [TALKS], others)
    assert (got is not None) is want


# (sentence, the words an actor was read on, is that a plural name of several)
PLURAL: list[tuple[str, str, bool]] = [
    (
        "Стороны подписали план консультаций между министерствами иностранных дел двух стран.",
        "министерствами иностранных дел",
        True,
    ),
    (
        "Министры иностранных дел двух стран подписали план консультаций.",
        "Министры иностранных дел",
        True,
    ),
    ("Министерство иностранных дел подписало соглашение.", "Министерство иностранных дел", False),
    ("Соединёнными Штатами подписано соглашение.", "Соединёнными Штатами", False),
]


@pytest.mark.parametrize(("text", "words", "want"), PLURAL, ids=[c[1] for c in PLURAL])
def test_plural_names(nlp: Nlp, text: str, words: str, want: bool) -> None:
    toks, _ = first_sentence_parse(nlp, text)
    start = text.index(words)
    hit = ActorSpan(start, start + len(words), "some-actor")
    assert (plural_names(toks, [hit]) == [hit]) is want


# (sentence, the verb of signing, does it sign a bare document noun)
BARE: list[tuple[str, str, bool]] = [
    ("Документ подписали глава агентства и губернатор провинции.", "подписали", True),
    ("Этот меморандум подписали заместители министров.", "подписали", True),
    ("Соглашение было подписано главами ведомств.", "подписано", True),
    ("Документ о поставках зерна подписали министры.", "подписали", False),
    ("Министры подписали итоговый протокол.", "подписали", False),
]


@pytest.mark.parametrize(("text", "word", "want"), BARE, ids=[c[0][:40] for c in BARE])
def test_bare_document(nlp: Nlp, text: str, word: str, want: bool) -> None:
    toks, parse = first_sentence_parse(nlp, text)
    (idx,) = [i for i, t in enumerate(toks) if t.text == word]
    assert (bare_document(toks, parse, idx) is not None) is want


SIGNED = "Россия и Китай 12 марта подписали в Москве соглашение о сотрудничестве в туризме. "
# (text, every agreement as (start, sorted actor ids))
AGAIN: list[tuple[str, list[tuple[D | None, list[str]]]]] = [
    # Who signed the document just told: the same agreement, its signatories with it.
    (
        SIGNED + "Документ подписали Сергей Лавров и Ван И.",
        [(D(2025, 3, 12), ["china", "russia", "sergey-lavrov", "wang-yi"])],
    ),
    (
        SIGNED + "Этот документ подписали Сергей Лавров и Ван И.",
        [(D(2025, 3, 12), ["china", "russia", "sergey-lavrov", "wang-yi"])],
    ),
    # A signature put under the document just told: the same agreement.
    (
        SIGNED + "Подписи под документом поставили Сергей Лавров и Ван И.",
        [(D(2025, 3, 12), ["china", "russia", "sergey-lavrov", "wang-yi"])],
    ),
    # The signers named after the signature (the parser hangs them on it): the same.
    (
        SIGNED + "Под документом поставили подписи Сергей Лавров и Ван И.",
        [(D(2025, 3, 12), ["china", "russia", "sergey-lavrov", "wang-yi"])],
    ),
    # A document named by its own subject is another one (signed on the story's day by
    # the ministers of the two states that signed then: story_day.goes_on_with).
    (
        SIGNED + "Документ о поставках зерна подписали Сергей Лавров и Ван И.",
        [(D(2025, 3, 12), ["china", "russia"]), (D(2025, 3, 12), ["sergey-lavrov", "wang-yi"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), AGAIN, ids=[c[0][-40:] for c in AGAIN])
def test_document_signed_again(
    pipeline: Pipeline, text: str, want: list[tuple[D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 3, 14)))
    got = [(e.date.value.start, sorted(e.actors)) for e in facts.events if e.type == "agreement"]
    assert got == want


# (text, every agreement as (start, sorted actor ids))
BESIDE: list[tuple[str, list[tuple[D | None, list[str]]]]] = [
    # A signing in a clause of its own after the sitting, joined by a comma: that day's.
    (
        "Заседание межправкомиссии прошло 12 марта в Пекине, сопредседатели Сергей Лавров и "
        "Ван И подписали итоговый протокол.",
        [(D(2025, 3, 12), ["sergey-lavrov", "wang-yi"])],
    ),
    (
        "Переговоры Сергея Лаврова и Ван И прошли 12 марта в Пекине, министры подписали ряд "
        "соглашений.",
        [(D(2025, 3, 12), ["sergey-lavrov", "wang-yi"])],
    ),
    # A clause of words after the comma is no signing.
    (
        "Заседание межправкомиссии прошло 12 марта в Пекине, Сергей Лавров и Ван И ответили "
        "на вопросы журналистов.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), BESIDE, ids=[c[0][-40:] for c in BESIDE])
def test_signed_beside_a_sitting(
    pipeline: Pipeline, text: str, want: list[tuple[D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 3, 14)))
    got = [(e.date.value.start, sorted(e.actors)) for e in facts.events if e.type == "agreement"]
    assert got == want


# (text, every event as (type, start, sorted actor ids))
AFTER: list[tuple[str, list[tuple[str, D | None, list[str]]]]] = [
    # A truce agreed after hours of the ministers' talks: the agreement is the news, theirs.
    (
        "Перемирие было согласовано в Пекине 12 марта после десяти часов переговоров "
        "министров Сергея Лаврова и Ван И.",
        [("agreement", D(2025, 3, 12), ["sergey-lavrov", "wang-yi"])],
    ),
    # Reached at the contact, signed during it: the contact's parties conclude it.
    (
        "Во время встречи Сергея Лаврова с Ван И 12 марта была достигнута договорённость о "
        "перемирии.",
        [("agreement", D(2025, 3, 12), ["sergey-lavrov", "wang-yi"])],
    ),
    (
        "Договорённость о продлении перемирия достигнута на встрече Сергея Лаврова и Ван И "
        "12 марта.",
        [("agreement", D(2025, 3, 12), ["sergey-lavrov", "wang-yi"])],
    ),
    (
        "12 марта в ходе переговоров Сергея Лаврова и Ван И были подписаны четыре документа.",
        [("agreement", D(2025, 3, 12), ["sergey-lavrov", "wang-yi"])],
    ),
    # An accord not reached is none.
    (
        "На встрече 12 марта Сергей Лавров и Ван И не достигли соглашения о перемирии.",
        [],
    ),
    # Talks held after something else stay talks.
    (
        "Сергей Лавров и Ван И 12 марта провели переговоры после долгого перерыва.",
        [("talks", D(2025, 3, 12), ["sergey-lavrov", "wang-yi"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), AFTER, ids=[c[0][-40:] for c in AFTER])
def test_agreed_after_talks(
    pipeline: Pipeline, text: str, want: list[tuple[str, D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 3, 14)))
    assert [(e.type, e.date.value.start, sorted(e.actors)) for e in facts.events] == want
