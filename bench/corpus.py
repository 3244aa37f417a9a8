"""A deterministic generator of realistic Russian diplomatic news articles.

    python -m bench.corpus N [--out DIR] [--seed S]

Writes N text files of about 4 KB each (UTF-8) into DIR, one at a time (the corpus is
never held in memory). The same N and seed always give byte-identical files.

The articles are composed from hand-written templates with the case forms spelled out
(«Сергей Лавров / Сергея Лаврова / Сергеем Лавровым»), so that ingest does its full work:
the header shapes of real sources (` date YYYY-MM-DD <furniture>`, agency datelines,
site layouts with a time stamp, no date at all), every kind of date expression the
resolver knows (day-month with and without a year, weekdays, «вчера», «накануне», «на
прошлой неделе», months, parts of a year, ranges, numeric dates, «ранее», planned
meetings), filler paragraphs that state no event, page furniture and footers. One
happening ("story") is reported by one to three outlets in different words, as in the news.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TARGET_BYTES = 4000
# Bump when the output changes: bench.ingest keys its cached corpora by it.
VERSION = 2

MONTH_GEN = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()
MONTH_PREP = (
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
).split()
MONTH_ABBR = "янв фев мар апр мая июн июл авг сен окт ноя дек".split()
WEEKDAY_ACC = (
    "в понедельник",
    "во вторник",
    "в среду",
    "в четверг",
    "в пятницу",
    "в субботу",
    "в воскресенье",
)


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class Person:
    slug: str
    # full name: nominative, genitive, dative, instrumental, prepositional
    nom: str
    gen: str
    dat: str
    ins: str
    prep: str
    # surname alone: nominative, genitive, dative, instrumental
    s_nom: str
    s_gen: str
    s_dat: str
    s_ins: str
    # position: nominative, genitive, dative, instrumental
    r_nom: str
    r_gen: str
    r_dat: str
    r_ins: str
    fem: bool = False
    side: str = "ru"

    def v(self, masc: str, fem: str) -> str:
        """The past-tense verb agreeing with this person («заявил» / «заявила»)."""
        return fem if self.fem else masc


def _p(
    slug: str, full: str, short: str, role: str, *, fem: bool = False, side: str = "ru"
) -> Person:
    f, s, r = full.split("/"), short.split("/"), role.split("/")
    return Person(slug, *f, *s, *r, fem=fem, side=side)  # type: ignore[arg-type]


PEOPLE: dict[str, Person] = {
    p.slug: p
    for p in (
        _p(
            "putin",
            "Владимир Путин/Владимира Путина/Владимиру Путину/Владимиром Путиным/Владимире Путине",
            "Путин/Путина/Путину/Путиным",
            "президент России/президента России/президенту России/президентом России",
        ),
        _p(
            "trump",
            "Дональд Трамп/Дональда Трампа/Дональду Трампу/Дональдом Трампом/Дональде Трампе",
            "Трамп/Трампа/Трампу/Трампом",
            "президент США/президента США/президенту США/президентом США",
            side="us",
        ),
        _p(
            "lavrov",
            "Сергей Лавров/Сергея Лаврова/Сергею Лаврову/Сергеем Лавровым/Сергее Лаврове",
            "Лавров/Лаврова/Лаврову/Лавровым",
            "министр иностранных дел России/министра иностранных дел России/"
            "министру иностранных дел России/министром иностранных дел России",
        ),
        _p(
            "rubio",
            "Марко Рубио/Марко Рубио/Марко Рубио/Марко Рубио/Марко Рубио",
            "Рубио/Рубио/Рубио/Рубио",
            "госсекретарь США/госсекретаря США/госсекретарю США/госсекретарём США",
            side="us",
        ),
        _p(
            "ushakov",
            "Юрий Ушаков/Юрия Ушакова/Юрию Ушакову/Юрием Ушаковым/Юрии Ушакове",
            "Ушаков/Ушакова/Ушакову/Ушаковым",
            "помощник президента России/помощника президента России/"
            "помощнику президента России/помощником президента России",
        ),
        _p(
            "peskov",
            "Дмитрий Песков/Дмитрия Пескова/Дмитрию Пескову/Дмитрием Песковым/Дмитрии Пескове",
            "Песков/Пескова/Пескову/Песковым",
            "пресс-секретарь президента России/пресс-секретаря президента России/"
            "пресс-секретарю президента России/пресс-секретарём президента России",
        ),
        _p(
            "ryabkov",
            "Сергей Рябков/Сергея Рябкова/Сергею Рябкову/Сергеем Рябковым/Сергее Рябкове",
            "Рябков/Рябкова/Рябкову/Рябковым",
            "заместитель министра иностранных дел России/заместителя министра иностранных "
            "дел России/заместителю министра иностранных дел России/заместителем министра "
            "иностранных дел России",
        ),
        _p(
            "zakharova",
            "Мария Захарова/Марии Захаровой/Марии Захаровой/Марией Захаровой/Марии Захаровой",
            "Захарова/Захаровой/Захаровой/Захаровой",
            "официальный представитель МИД России/официального представителя МИД России/"
            "официальному представителю МИД России/официальным представителем МИД России",
            fem=True,
        ),
        _p(
            "witkoff",
            "Стив Уиткофф/Стива Уиткоффа/Стиву Уиткоффу/Стивом Уиткоффом/Стиве Уиткоффе",
            "Уиткофф/Уиткоффа/Уиткоффу/Уиткоффом",
            "специальный посланник президента США/специального посланника президента США/"
            "специальному посланнику президента США/специальным посланником президента США",
            side="us",
        ),
        _p(
            "dmitriev",
            "Кирилл Дмитриев/Кирилла Дмитриева/Кириллу Дмитриеву/Кириллом Дмитриевым/"
            "Кирилле Дмитриеве",
            "Дмитриев/Дмитриева/Дмитриеву/Дмитриевым",
            "глава РФПИ/главы РФПИ/главе РФПИ/главой РФПИ",
        ),
        _p(
            "vance",
            "Джей Ди Вэнс/Джей Ди Вэнса/Джей Ди Вэнсу/Джей Ди Вэнсом/Джей Ди Вэнсе",
            "Вэнс/Вэнса/Вэнсу/Вэнсом",
            "вице-президент США/вице-президента США/вице-президенту США/вице-президентом США",
            side="us",
        ),
        _p(
            "darchiev",
            "Александр Дарчиев/Александра Дарчиева/Александру Дарчиеву/Александром Дарчиевым/"
            "Александре Дарчиеве",
            "Дарчиев/Дарчиева/Дарчиеву/Дарчиевым",
            "посол России в США/посла России в США/послу России в США/послом России в США",
        ),
    )
}


@dataclass(frozen=True)
class Org:
    slug: str
    nom: str
    gen: str
    dat: str
    ins: str
    prep: str  # with its preposition: «в МИД России», «в Кремле»
    side: str


ORGS: dict[str, Org] = {
    o.slug: o
    for o in (
        Org("mfa", "МИД России", "МИД России", "МИД России", "МИД России", "в МИД России", "ru"),
        Org(
            "state-dept",
            "Госдепартамент США",
            "Госдепартамента США",
            "Госдепартаменту США",
            "Госдепартаментом США",
            "в Госдепартаменте США",
            "us",
        ),
        Org("kremlin", "Кремль", "Кремля", "Кремлю", "Кремлём", "в Кремле", "ru"),
        Org(
            "white-house",
            "Белый дом",
            "Белого дома",
            "Белому дому",
            "Белым домом",
            "в Белом доме",
            "us",
        ),
        Org(
            "treasury",
            "Минфин США",
            "Минфина США",
            "Минфину США",
            "Минфином США",
            "в Минфине США",
            "us",
        ),
    )
}

# (nominative, prepositional with «в»)
CITIES = (
    ("Москва", "в Москве"),
    ("Вашингтон", "в Вашингтоне"),
    ("Эр-Рияд", "в Эр-Рияде"),
    ("Стамбул", "в Стамбуле"),
    ("Анкоридж", "в Анкоридже"),
    ("Женева", "в Женеве"),
    ("Будапешт", "в Будапеште"),
    ("Абу-Даби", "в Абу-Даби"),
)

# (accusative «обсудили ...», dative after «по ...»)
TOPICS = (
    ("перспективы украинского урегулирования", "перспективам украинского урегулирования"),
    ("восстановление прямого авиасообщения", "восстановлению прямого авиасообщения"),
    ("возвращение дипломатической собственности", "возвращению дипломатической собственности"),
    ("работу дипломатических миссий", "работе дипломатических миссий"),
    ("вопросы стратегической стабильности", "вопросам стратегической стабильности"),
    ("энергетическое сотрудничество", "энергетическому сотрудничеству"),
    ("обмен заключёнными", "обмену заключёнными"),
    ("ситуацию на Ближнем Востоке", "ситуации на Ближнем Востоке"),
    ("сотрудничество в Арктике", "сотрудничеству в Арктике"),
    ("продление договора СНВ-3", "продлению договора СНВ-3"),
    ("нормализацию двусторонних отношений", "нормализации двусторонних отношений"),
)

# Pairs that talk to each other, with how often.
PAIRS = (
    (("putin", "trump"), 6),
    (("lavrov", "rubio"), 5),
    (("ushakov", "witkoff"), 2),
    (("dmitriev", "witkoff"), 3),
    (("putin", "witkoff"), 3),
    (("ryabkov", "rubio"), 1),
    (("darchiev", "rubio"), 1),
    (("lavrov", "vance"), 1),
)
SPEAKERS = (
    ("peskov", 5),
    ("zakharova", 5),
    ("lavrov", 4),
    ("ryabkov", 3),
    ("ushakov", 3),
    ("trump", 4),
    ("rubio", 3),
    ("vance", 1),
    ("putin", 3),
    ("dmitriev", 2),
)

# --------------------------------------------------------------------------- outlets

OUTLETS = (
    ("interfax", "Интерфакс"),
    ("ria", "РИА Новости"),
    ("tass", "ТАСС"),
    ("dateheader", "Вестник Москвы"),
    ("site", "Мир и политика"),
    ("site", "Новая повестка"),
    ("nodate", "Столичный обозреватель"),
    ("dateheader", "Политика сегодня"),
)

AUTHORS = (
    "Анна Белова",
    "Игорь Семёнов",
    "Ольга Кравец",
    "Павел Орлов",
    "Елена Миронова",
    "Денис Гаврилов",
    "Маргарита Сомова",
)

FURNITURE = (
    "Форма поиска по сайту",
    "Главная Новости Политика Мир",
    "Меню Лента новостей Подписка",
    "Фото: Reuters",
    "Версия для слабовидящих",
)
RUBRICS = ("Политика", "В мире", "Дипломатия", "Главное", "Международные отношения")


# --------------------------------------------------------------------------- dates


def day_month(d: dt.date) -> str:
    return f"{d.day} {MONTH_GEN[d.month - 1]}"


def date_phrase(rng: random.Random, d: dt.date, pub: dt.date, *, sentence_start: bool) -> str:
    """A past date expression for `d` as an article of `pub` would write it."""
    gap = (pub - d).days
    options: list[str] = []
    if gap == 0:
        options += ["сегодня", WEEKDAY_ACC[d.weekday()]]
    if gap == 1:
        options += ["вчера", "накануне", WEEKDAY_ACC[d.weekday()]]
    if 2 <= gap <= 6:
        options += [WEEKDAY_ACC[d.weekday()], WEEKDAY_ACC[d.weekday()], day_month(d)]
    if 7 <= gap <= 13:
        options += ["на прошлой неделе", "на прошлой неделе", day_month(d)]
    if gap >= 2:
        options += [day_month(d), day_month(d)]
        options.append(f"{day_month(d)} {d.year} года")
        options.append(d.strftime("%d.%m.%Y"))
    if gap >= 25:
        options.append(f"в {MONTH_PREP[d.month - 1]} {d.year} года")
        if d.year == pub.year:
            options.append(f"в {MONTH_PREP[d.month - 1]}")
        part = ("в начале", "в середине", "в конце")[min(2, (d.day - 1) // 10)]
        options.append(f"{part} {MONTH_GEN[d.month - 1]}")
    if gap >= 14:
        options += ["ранее", "недавно"]
    if gap >= 120:
        options.append(f"в {d.year} году")
        half = "в начале" if d.month <= 4 else "в конце" if d.month >= 9 else "в середине"
        options.append(f"{half} {d.year} года")
    phrase = rng.choice(options)
    return cap(phrase) if sentence_start else phrase


def range_phrase(d: dt.date, days: int) -> str:
    end = d + dt.timedelta(days=days)
    if end.month == d.month:
        return f"с {d.day} по {end.day} {MONTH_GEN[d.month - 1]}"
    return f"с {day_month(d)} по {day_month(end)}"


def planned_phrase(rng: random.Random, d: dt.date) -> str:
    return rng.choice(
        (
            f"{WEEKDAY_ACC[d.weekday()]}, {day_month(d)}",
            day_month(d),
            f"{day_month(d)} {d.year} года",
        )
    )


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def s_(word: str) -> str:
    """«с» or «со» before an instrumental: «с Сергеем Лавровым», «со Стивом Уиткоффом»."""
    w = word.lower()
    if len(w) > 1 and w[0] in "сзшжщ" and w[1] not in "аеёиоуыэюя":
        return f"со {word}"
    return f"с {word}"


# --------------------------------------------------------------------------- stories


@dataclass(frozen=True)
class Story:
    """One real-world happening, reported by one or more articles."""

    kind: str  # call | meeting | talks | statement | proposal | sanctions | interview
    a: str  # person or org slug
    b: str | None
    day: dt.date
    days: int  # length of talks
    topic: int
    city: int
    planned_day: dt.date  # a follow-up meeting announced by the reports
    context_day: dt.date  # an earlier happening recalled in the reports
    context_pair: int


START = dt.date(2025, 1, 20)
SPAN_DAYS = 400


def make_story(rng: random.Random) -> Story:
    kind = rng.choices(
        ("call", "meeting", "talks", "statement", "proposal", "sanctions", "interview"),
        (5, 4, 3, 6, 2, 1, 2),
    )[0]
    pairs, weights = zip(*PAIRS, strict=True)
    speakers, sweights = zip(*SPEAKERS, strict=True)
    a: str
    b: str | None
    if kind in ("call", "meeting", "talks"):
        a, b = rng.choices(pairs, weights)[0]
    elif kind in ("statement", "interview"):
        a, b = rng.choices(speakers, sweights)[0], None
    elif kind == "proposal":
        a, b = rng.choice(("mfa", "kremlin", "state-dept", "white-house")), None
    else:
        a, b = rng.choice(("treasury", "state-dept", "white-house")), None
    day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    return Story(
        kind=kind,
        a=a,
        b=b,
        day=day,
        days=rng.choice((1, 2, 2, 3)),
        topic=rng.randrange(len(TOPICS)),
        city=rng.randrange(2, len(CITIES)),
        planned_day=day + dt.timedelta(days=rng.randrange(8, 40)),
        context_day=day - dt.timedelta(days=rng.randrange(20, 300)),
        context_pair=rng.randrange(len(PAIRS)),
    )


def person(slug: str) -> Person:
    return PEOPLE[slug]


def titled(p: Person) -> str:
    """«министр иностранных дел России Сергей Лавров» (nominative)."""
    return f"{p.r_nom} {p.nom}"


def lead_sentence(rng: random.Random, s: Story, pub: dt.date) -> str:
    """The sentence stating the story's happening, in one of several wordings."""
    when = date_phrase(rng, s.day, pub, sentence_start=False)
    When = cap(when)
    topic_acc, topic_dat = TOPICS[s.topic]
    city, in_city = CITIES[s.city]
    if s.kind in ("call", "meeting", "talks"):
        a, b = person(s.a), person(s.b or "trump")
        if s.kind == "call":
            return rng.choice(
                (
                    f"{When} {a.nom} и {b.nom} провели телефонный разговор, "
                    f"в ходе которого обсудили {topic_acc}.",
                    f"{cap(a.r_nom)} {a.nom} {when} {a.v('провёл', 'провела')} телефонный "
                    f"разговор {s_(b.r_ins)} {b.ins}.",
                    f"В ходе телефонного разговора {when} {a.s_nom} и {b.s_nom} обсудили "
                    f"{topic_acc}, сообщил {PEOPLE['ushakov'].nom}.",
                    f"{When} состоялся телефонный разговор {a.gen} и {b.gen}, "
                    f"посвящённый {topic_dat}.",
                )
            )
        if s.kind == "meeting":
            return rng.choice(
                (
                    f"{When} {a.nom} и {b.nom} встретились {in_city} и обсудили {topic_acc}.",
                    f"Встреча {a.r_gen} {a.gen} и {b.r_gen} {b.gen} прошла {in_city} {when}.",
                    f"{cap(a.r_nom)} {a.nom} {when} {a.v('провёл', 'провела')} {in_city} "
                    f"встречу {s_(b.ins)}, на которой стороны обсудили {topic_acc}.",
                )
            )
        rng_phrase = range_phrase(s.day, s.days)
        return rng.choice(
            (
                f"{cap(rng_phrase)} {in_city} прошли российско-американские консультации по "
                f"{topic_dat} с участием {a.gen} и {b.gen}.",
                f"Делегации России и США во главе с {a.ins} и {b.ins} провели переговоры "
                f"{in_city} {rng_phrase}.",
                f"{When} {in_city} завершились переговоры {a.gen} и {b.gen} по {topic_dat}.",
            )
        )
    if s.kind in ("statement", "interview"):
        p = person(s.a)
        said = p.v("заявил", "заявила")
        if s.kind == "interview":
            medium = rng.choice(("телеканалу CBS", "газете «Известия»", "агентству Bloomberg"))
            return rng.choice(
                (
                    f"{When} {p.r_nom} {p.nom} в интервью {medium} {said}, что Москва и "
                    f"Вашингтон готовы продолжить диалог по {topic_dat}.",
                    f"В интервью {medium}, опубликованном {when}, {p.s_nom} {said} о "
                    f"готовности к контактам по {topic_dat}.",
                )
            )
        return rng.choice(
            (
                f"{When} {p.r_nom} {p.nom} {said}, что стороны продолжают работу по {topic_dat}.",
                f"{cap(p.r_nom)} {p.nom} {when} {said} журналистам, что контакты по "
                f"{topic_dat} продолжатся.",
                f"Об этом {when} {said} {p.r_nom} {p.nom}, комментируя {topic_acc}.",
            )
        )
    org = ORGS[s.a]
    if s.kind == "proposal":
        other = "американской стороне" if org.side == "ru" else "российской стороне"
        return rng.choice(
            (
                f"{When} {org.nom} передал {other} предложения по {topic_dat}.",
                f"{cap(org.prep)} {when} сообщили, что {other} переданы предложения по "
                f"{topic_dat}.",
            )
        )
    return rng.choice(
        (
            f"{When} {org.nom} объявил о новых санкциях против российских компаний "
            f"энергетического сектора.",
            f"{cap(org.prep)} {when} сообщили о расширении санкционного списка, в который "
            f"вошли российские банки и судоходные компании.",
        )
    )


def title_of(rng: random.Random, s: Story) -> str:
    topic_acc, topic_dat = TOPICS[s.topic]
    if s.kind in ("call", "meeting", "talks"):
        a, b = person(s.a), person(s.b or "trump")
        return rng.choice(
            {
                "call": (
                    f"{a.s_nom} и {b.s_nom} провели телефонный разговор",
                    f"{a.s_nom} и {b.s_nom} обсудили по телефону {topic_acc}",
                ),
                "meeting": (
                    f"{a.s_nom} и {b.s_nom} встретились {CITIES[s.city][1]}",
                    f"{a.s_nom} {a.v('провёл', 'провела')} встречу {s_(b.s_ins)}",
                ),
                "talks": (
                    f"Россия и США провели консультации по {topic_dat}",
                    f"{a.s_nom} и {b.s_nom} завершили переговоры {CITIES[s.city][1]}",
                ),
            }[s.kind]
        )
    if s.kind in ("statement", "interview"):
        p = person(s.a)
        return rng.choice(
            (
                f"{p.s_nom} {p.v('заявил', 'заявила')} о продолжении контактов по {topic_dat}",
                f"{p.s_nom} {p.v('высказался', 'высказалась')} о перспективах диалога "
                f"{'с Вашингтоном' if p.side == 'ru' else 'с Москвой'}",
            )
        )
    org = ORGS[s.a]
    if s.kind == "proposal":
        return f"{org.nom} передал предложения по {topic_dat}"
    return f"{org.nom} расширил санкции против России"


QUOTES = (
    "Мы настроены конструктивно и рассчитываем, что диалог будет продолжен",
    "Работа идёт непросто, но стороны понимают важность регулярных контактов",
    "Никаких договорённостей пока нет, обсуждение продолжается на уровне экспертов",
    "Мы не исключаем новых контактов, если для этого появятся условия",
    "Это живой процесс, он не прекращается ни на день",
    "Раздражителей в отношениях по-прежнему много, и быстро их не устранить",
    "Американская сторона получила наши предложения и обещала их изучить",
    "Мы исходим из того, что договорённости будут выполняться",
)


def quote_paragraph(rng: random.Random, s: Story) -> str:
    if s.a in PEOPLE:
        slug = s.a
    elif ORGS[s.a].side == "ru":
        slug = rng.choice(("peskov", "zakharova", "ryabkov"))
    else:
        slug = rng.choice(("rubio", "vance", "witkoff"))
    p = person(slug)
    q = rng.choice(QUOTES)
    said = p.v("сказал", "сказала")
    return rng.choice(
        (
            f"«{q}», — {said} {p.s_nom}.",
            f"{p.s_nom} {p.v('подчеркнул', 'подчеркнула')}: «{q}».",
            f"«{q}», — {p.v('отметил', 'отметила')} {p.r_nom} {p.nom}.",
        )
    )


def context_sentence(rng: random.Random, s: Story, pub: dt.date, k: int = 0) -> str:
    """An earlier happening recalled: «Ранее ...», «в марте 2025 года ...»."""
    (x, y), _ = PAIRS[(s.context_pair + 3 * k) % len(PAIRS)]
    a, b = person(x), person(y)
    day = s.context_day - dt.timedelta(days=37 * k)
    when = date_phrase(rng, day, pub, sentence_start=True)
    return rng.choice(
        (
            f"{when} {a.s_nom} и {b.s_nom} уже обсуждали {TOPICS[(s.topic + 3) % len(TOPICS)][0]}.",
            f"{when} {a.nom} {a.v('провёл', 'провела')} переговоры {s_(b.ins)}.",
            f"Напомним, что {when.lower()} {a.s_nom} {a.v('встретился', 'встретилась')} "
            f"{s_(b.s_ins)} {CITIES[(s.city + 1) % len(CITIES)][1]}.",
        )
    )


def planned_sentence(rng: random.Random, s: Story) -> str:
    (x, y), _ = PAIRS[(s.context_pair + 1) % len(PAIRS)]
    a, b = person(x), person(y)
    when = planned_phrase(rng, s.planned_day)
    return rng.choice(
        (
            f"{a.s_nom} и {b.s_nom} встретятся {when} {CITIES[s.city][1]}.",
            f"Следующий раунд консультаций запланирован на {day_month(s.planned_day)}.",
            f"Как ожидается, {a.nom} и {b.nom} проведут новые переговоры {when}.",
        )
    )


FILLER = (
    "Отношения между Москвой и Вашингтоном остаются напряжёнными, однако обе стороны "
    "говорят о готовности поддерживать рабочие контакты.",
    "Эксперты обращают внимание на то, что повестка двусторонних отношений за последние "
    "месяцы заметно расширилась.",
    "По мнению аналитиков, быстрого прорыва ожидать не стоит: слишком много вопросов "
    "накопилось за годы взаимного охлаждения.",
    "В дипломатических кругах считают, что многое будет зависеть от позиции европейских "
    "союзников Соединённых Штатов.",
    "Политологи напоминают, что подобные контакты долгое время носили эпизодический "
    "характер и сводились к техническим вопросам.",
    "Обсуждение проходило в закрытом режиме, подробности участники не раскрывают.",
    "Сторонники диалога указывают на экономические выгоды сотрудничества, противники "
    "призывают не торопиться.",
    "Вопрос о работе посольств остаётся одним из самых чувствительных в двусторонней повестке.",
    "Значительная часть экспертного сообщества скептически оценивает шансы на быстрое "
    "урегулирование.",
    "Представители бизнеса с обеих сторон следят за переговорами и ждут сигналов о снятии "
    "ограничений.",
    "Комментаторы отмечают, что тон заявлений с обеих сторон стал заметно мягче.",
    "Часть договорённостей требует одобрения законодателей, что может затянуть процесс.",
    "Дипломаты подчёркивают, что речь идёт о долгой работе, а не о разовой сделке.",
    "Многие наблюдатели связывают активизацию контактов с изменением состава "
    "американской администрации.",
    "В экспертной среде обсуждают и возможные форматы будущих встреч на высшем уровне.",
    "Тема санкций по-прежнему остаётся за рамками публичных заявлений сторон.",
)

SEE_ALSO = (
    "Песков прокомментировал итоги переговоров",
    "Захарова ответила на вопросы журналистов о визах",
    "В Госдепартаменте рассказали о работе посольства в Москве",
    "Рябков оценил перспективы договора СНВ-3",
    "Дмитриев рассказал об экономической повестке",
    "Эксперты оценили итоги года в российско-американских отношениях",
)


EXPERTS = (
    ("Политолог Андрей Суханов", "считает"),
    ("Американист Ирина Лебедева", "полагает"),
    ("Эксперт Валдайского клуба Олег Тимофеев", "уверен"),
    ("Профессор МГИМО Николай Зуев", "напоминает"),
    ("Бывший дипломат Томас Грэм", "замечает"),
    ("Аналитик Центра Карнеги Юлия Ветрова", "отмечает"),
)


def filler_sentence(rng: random.Random) -> str:
    topic = TOPICS[rng.randrange(len(TOPICS))][1]
    expert, verb = rng.choice(EXPERTS)
    k = rng.randrange(6)
    if k == 0:
        return f"{expert} {verb}, что прогресс по {topic} возможен лишь шаг за шагом."
    if k == 1:
        return f"По данным источников, продвижение по {topic} идёт медленнее, чем рассчитывали."
    if k == 2:
        return f"Консультации по {topic} ведутся на уровне экспертов и рабочих групп."
    return rng.choice(FILLER)


def filler_paragraph(rng: random.Random) -> str:
    seen: list[str] = []
    while len(seen) < rng.choice((2, 3)):
        x = filler_sentence(rng)
        if x not in seen:
            seen.append(x)
    return " ".join(seen)


def footer(rng: random.Random, outlet: str) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        links = "\n".join(rng.sample(SEE_ALSO, 3))
        return f"Смотрите также:\n{links}"
    if kind == 1:
        return (
            f"© 2012-2026 {outlet}. Все права защищены. При использовании материалов ссылка "
            f"на источник обязательна. Мнение редакции может не совпадать с мнением авторов."
        )
    links = "\n".join(rng.sample(SEE_ALSO, 2))
    return f"Читайте также\n{links}\n\n© {outlet}, 2026. Редакция: newsdesk@example.org"


def header(
    rng: random.Random, layout: str, outlet: str, title: str, pub: dt.date
) -> tuple[str, bool]:
    """Text before the lead sentence, and whether the lead continues on the same line."""
    city = rng.choice(("Москва", "Москва", "Вашингтон"))
    if layout == "interfax":
        return f"{title}\n\n{city}. {day_month(pub)}. INTERFAX.RU - ", True
    if layout == "ria":
        return (
            f"{title}\n\n{city.upper()}, {pub.day} {MONTH_ABBR[pub.month - 1]} — РИА Новости. ",
            True,
        )
    if layout == "tass":
        return f"{city.upper()}, {day_month(pub)}. /ТАСС/. ", True
    if layout == "dateheader":
        return f" date {pub.isoformat()} {rng.choice(FURNITURE)}\n\n{title}\n\n", False
    if layout == "site":
        stamp = f"{day_month(pub)}, {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"
        return (
            f"{rng.choice(RUBRICS)} {title}\n{stamp}\n{title}\n\n{rng.choice(AUTHORS)}\n"
            "Основные тезисы\n"
            f"  • Стороны вернулись к работе по {TOPICS[rng.randrange(len(TOPICS))][1]}.\n"
            f"  • {rng.choice(FILLER)}\n\n",
            False,
        )
    return "", False  # no date anywhere in the header


GAPS = (0, 1, 1, 1, 2, 3, 4, 6, 8, 9, 10, 12, 20, 35, 60, 150)


def article(rng: random.Random, story: Story, report: int) -> tuple[str, str]:
    """(layout name, text) of one report of `story`."""
    layout, outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    if report == 0:
        gap = rng.choice(GAPS[:6])
    else:
        gap = rng.choice(GAPS)
    pub = story.day + dt.timedelta(days=gap)
    title = title_of(rng, story)
    head, _inline = header(rng, layout, outlet, title, pub)
    paragraphs = [lead_sentence(rng, story, pub) + " " + quote_paragraph(rng, story)]
    for k in range(rng.choice((1, 1, 2, 3))):
        paragraphs.append(context_sentence(rng, story, pub, k) + " " + filler_paragraph(rng))
    if rng.random() < 0.4:
        paragraphs.append(planned_sentence(rng, story))
    body_bytes = len(head.encode()) + sum(len(p.encode()) + 2 for p in paragraphs)
    target = TARGET_BYTES + rng.randrange(-500, 500)
    tail = footer(rng, outlet)
    target -= len(tail.encode())
    while body_bytes < target:
        p = filler_paragraph(rng)
        if rng.random() < 0.3:
            p = f"{p} {quote_paragraph(rng, story)}"
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), p)
        body_bytes += len(p.encode()) + 2
    body = "\n\n".join(paragraphs)
    return layout, f"{head}{body}\n\n{tail}\n"


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield (file name, text) for n articles, deterministically; one at a time."""
    i = 0
    story_no = 0
    while i < n:
        rng = random.Random(f"letopis-bench:{seed}:{story_no}")
        story = make_story(rng)
        reports = rng.choices((1, 2, 3), (4, 3, 2))[0]
        for r in range(reports):
            if i >= n:
                break
            layout, text = article(rng, story, r)
            yield f"{i:06d}_{layout}.txt", text
            i += 1
        story_no += 1


def write_corpus(n: int, out: Path, seed: int = 0) -> int:
    """Write n articles into `out`; returns the total number of bytes written."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, text in generate(n, seed):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--out", type=Path, default=Path("bench/out/corpus"), help="output folder")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("N must be >= 0")
    total = write_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} articles, {total / 1e6:.1f} MB, to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
