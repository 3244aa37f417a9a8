"""A line break ends a sentence after a verbless label line (rubric, stamp, outlet,
speaker's name) above a line of prose; a hard wrap, a headline with a verb, a rubric over a
headline, and a line that goes on do not."""

from __future__ import annotations

import pytest

from app.ingest.line_breaks import line_cuts
from app.ingest.nlp import Nlp
from app.ingest.pipeline import paragraph_sentences


def _verbs(text: str, words: tuple[str, ...]) -> list[int]:
    """Start offsets of the given verb words (the tagger's part of speech, by hand)."""
    return sorted(text.index(w) for w in words)


@pytest.mark.parametrize(
    ("text", "verbs", "label"),
    [
        # a rubric over the lead
        ("Экономика\nПравительство утвердило бюджет на год.", ("утвердило",), "Экономика"),
        # a time stamp of a live page
        ("14.05\nДелегации сели за стол переговоров.", ("сели",), "14.05"),
        # a pulled quote's speaker line, with a comma, before the next paragraph
        (
            "«Мы ждем ответа».\nАнна Петрова, посол Чили\nВ Сантьяго прошли консультации.",
            ("ждем", "прошли"),
            "Анна Петрова, посол Чили",
        ),
        # an outlet's name in quotes over its standfirst
        ("«Вечерний курьер»\nМэр открыл мост через реку.", ("открыл",), "«Вечерний курьер»"),
        # a stack of labels over a rubric and headline: quotes, then a rubric
        ("Курсы\nUSD 12/05 90.1\nМир\nПосол прибыл в Рим", ("прибыл",), "USD 12/05 90.1"),
        # a caption line ending in a digit
        ("Фото 3\n«Переговоры продолжатся», — сказал он.", ("продолжатся", "сказал"), "Фото 3"),
        # an interview's headline in the guest's words, over the standfirst naming the guest
        (
            "«Торговлю мы удвоим к весне»\nКонсул Ирина Лебедева ответила на вопросы газеты",
            ("удвоим", "ответила"),
            "«Торговлю мы удвоим к весне»",
        ),
        # a line of a speaker's words, opened by the name and a colon, under a headline
        (
            "Посол проведет встречу с мэром\nАнна Петрова: #Расписание. В четверг встреча.",
            ("проведет",),
            "Посол проведет встречу с мэром",
        ),
        (
            "Консул: Мы ждем туристов\nИ.П.Смирнов: Визы выдаются за три дня.",
            ("ждем", "выдаются"),
            "Консул: Мы ждем туристов",
        ),
        # a rubric over such a headline
        (
            "Беседа\n«Торговлю мы удвоим к весне»\nКонсул ответила на вопросы газеты",
            ("удвоим", "ответила"),
            "Беседа",
        ),
    ],
)
def test_label_line_is_cut(text: str, verbs: tuple[str, ...], label: str) -> None:
    cuts = line_cuts(text, 0, len(text), _verbs(text, verbs))
    end = text.index(label) + len(label)
    assert (end, end + 1) in cuts


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # a headline with a verb stays with its lead
        ("Министры обсудили торговлю\nВ среду министры провели встречу.", ("обсудили", "провели")),
        # a chronicle entry's date stays with the entry it dates
        ("3 марта 2022\nПосол вручил копии верительных грамот.", ("вручил",)),
        ("11 нояб.\nКонсулы провели встречу в Омске.", ("провели",)),
        # a rubric over a headline (no stop at its end) stays with it
        ("Визит в Перу\nПосол рассказал о программе поездки", ("рассказал",)),
        ("Мир\nПосол прибыл в Рим", ("прибыл",)),
        # a hard wrap: the next line opens in lower case
        ("Итоговый документ\nподписан в среду.", ("подписан",)),
        # the line asks for more: a comma, a colon, a dash, a dangling preposition
        ("Главы МИД,\nДепутаты и эксперты собрались в зале.", ("собрались",)),
        ("Как сообщил посол:\n«Встреча состоится».", ("сообщил", "состоится")),
        ("Эксперты в\nМинистерстве ждут решения.", ("ждут",)),
        ("Торговля —\nГлавная тема встречи была названа.", ("была", "названа")),
        # a hard-wrapped paragraph: a capital after a break is a name inside the sentence
        (
            "Новый раунд встречи глав\nМИД России и Перу прошел в Лиме.\n"
            "Стороны\nобсудили торговлю.",
            ("прошел", "обсудили"),
        ),
    ],
)
def test_no_cut(text: str, verbs: tuple[str, ...]) -> None:
    assert line_cuts(text, 0, len(text), _verbs(text, verbs)) == []


def test_sentences_keep_offsets(nlp: Nlp) -> None:
    text = "Политика\nГлава МИД Чили прибыл в Лиму.  \n12.30\nТеперь начались переговоры."
    sentences = [text[s.start : s.end] for s in paragraph_sentences(nlp.analyse(text)).sentences]
    assert sentences == [
        "Политика",
        "Глава МИД Чили прибыл в Лиму.",
        "12.30",
        "Теперь начались переговоры.",
    ]
