"""Fill a database with N synthetic events in realistic proportions, fast.

    python -m bench.filldb --events N [--db URL] [--seed S] [--analyze]

About one article per three events, 2-3 mentions per event (each from a different
article, with the evidence sentence and date expression spans pointing into the article's
text), 1-4 actors per event drawn from ~2,000 actors with a Zipf distribution (Putin,
Trump and Lavrov are in a large share of events), dates over 2015-2026 with mixed
precisions (day, range, part, month, year, before, unknown, planned), the full-text index.

Rows go in with executemany in large transactions (no per-row ORM); the derived data
(actors.events_count, month_counts) are built afterwards in bulk SQL with the same
semantics as app.db.derived, and the search text is app.db.search.index_content of
exactly what app.db.derived.index_event would index. SQLite only (the benchmark target).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import itertools
import json
import random
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bench.corpus import FILLER, MONTH_GEN, MONTH_PREP, WEEKDAY_ACC, cap

WINDOW_ARTICLES = 300  # articles published within one ~month-long slice of time
COMMIT_EVERY = 60_000  # events per transaction
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2026, 6, 30)
ZIPF_S = 1.05
_SORT_COLS = (9, 10)  # sort_date, precision_rank in a row of events (see ev_rows)

# id, English name, Russian name, kind, Russian genitive (for titles)
CURATED = (
    ("vladimir-putin", "Vladimir Putin", "Владимир Путин", "person", "Путина"),
    ("donald-trump", "Donald Trump", "Дональд Трамп", "person", "Трампа"),
    ("sergey-lavrov", "Sergey Lavrov", "Сергей Лавров", "person", "Лаврова"),
    ("marco-rubio", "Marco Rubio", "Марко Рубио", "person", "Рубио"),
    ("dmitry-peskov", "Dmitry Peskov", "Дмитрий Песков", "person", "Пескова"),
    ("maria-zakharova", "Maria Zakharova", "Мария Захарова", "person", "Захаровой"),
    ("yury-ushakov", "Yury Ushakov", "Юрий Ушаков", "person", "Ушакова"),
    ("steve-witkoff", "Steve Witkoff", "Стив Уиткофф", "person", "Уиткоффа"),
    ("sergey-ryabkov", "Sergey Ryabkov", "Сергей Рябков", "person", "Рябкова"),
    ("kirill-dmitriev", "Kirill Dmitriev", "Кирилл Дмитриев", "person", "Дмитриева"),
    (
        "russian-mfa",
        "Russian Ministry of Foreign Affairs",
        "МИД России",
        "organisation",
        "МИД России",
    ),
    (
        "us-state-department",
        "US State Department",
        "Госдепартамент США",
        "organisation",
        "Госдепартамента США",
    ),
    ("kremlin", "Kremlin", "Кремль", "organisation", "Кремля"),
    ("russia", "Russia", "Россия", "state", "России"),
    ("united-states", "United States", "США", "state", "США"),
    ("jd-vance", "JD Vance", "Джей Ди Вэнс", "person", "Вэнса"),
    ("joe-biden", "Joe Biden", "Джо Байден", "person", "Байдена"),
    ("white-house", "White House", "Белый дом", "organisation", "Белого дома"),
    ("ukraine", "Ukraine", "Украина", "state", "Украины"),
    ("volodymyr-zelensky", "Volodymyr Zelensky", "Владимир Зеленский", "person", "Зеленского"),
    ("antony-blinken", "Antony Blinken", "Энтони Блинкен", "person", "Блинкена"),
    ("alexander-darchiev", "Alexander Darchiev", "Александр Дарчиев", "person", "Дарчиева"),
    ("us-treasury", "US Treasury", "Минфин США", "organisation", "Минфина США"),
    ("nato", "NATO", "НАТО", "organisation", "НАТО"),
    ("european-union", "European Union", "Евросоюз", "organisation", "Евросоюза"),
)
STATES = (
    ("china", "China", "Китай", "Китая"),
    ("india", "India", "Индия", "Индии"),
    ("turkey", "Turkey", "Турция", "Турции"),
    ("france", "France", "Франция", "Франции"),
    ("germany", "Germany", "Германия", "Германии"),
    ("iran", "Iran", "Иран", "Ирана"),
    ("saudi-arabia", "Saudi Arabia", "Саудовская Аравия", "Саудовской Аравии"),
    ("hungary", "Hungary", "Венгрия", "Венгрии"),
    ("israel", "Israel", "Израиль", "Израиля"),
    ("japan", "Japan", "Япония", "Японии"),
    ("brazil", "Brazil", "Бразилия", "Бразилии"),
    ("uae", "United Arab Emirates", "ОАЭ", "ОАЭ"),
    ("qatar", "Qatar", "Катар", "Катара"),
    ("egypt", "Egypt", "Египет", "Египта"),
    ("poland", "Poland", "Польша", "Польши"),
    ("finland", "Finland", "Финляндия", "Финляндии"),
    ("norway", "Norway", "Норвегия", "Норвегии"),
    ("belarus", "Belarus", "Белоруссия", "Белоруссии"),
    ("syria", "Syria", "Сирия", "Сирии"),
    ("serbia", "Serbia", "Сербия", "Сербии"),
)
FIRST = (
    ("Иван", "Ивана", "ivan"),
    ("Пётр", "Петра", "petr"),
    ("Алексей", "Алексея", "alexey"),
    ("Михаил", "Михаила", "mikhail"),
    ("Андрей", "Андрея", "andrey"),
    ("Николай", "Николая", "nikolay"),
    ("Олег", "Олега", "oleg"),
    ("Игорь", "Игоря", "igor"),
    ("Джон", "Джона", "john"),
    ("Роберт", "Роберта", "robert"),
    ("Майкл", "Майкла", "michael"),
    ("Дэвид", "Дэвида", "david"),
    ("Томас", "Томаса", "thomas"),
    ("Марк", "Марка", "mark"),
    ("Павел", "Павла", "pavel"),
    ("Виктор", "Виктора", "viktor"),
    ("Борис", "Бориса", "boris"),
    ("Юрий", "Юрия", "yury"),
    ("Фёдор", "Фёдора", "fedor"),
    ("Глеб", "Глеба", "gleb"),
    ("Артём", "Артёма", "artem"),
    ("Степан", "Степана", "stepan"),
    ("Илья", "Ильи", "ilya"),
    ("Роман", "Романа", "roman"),
    ("Антон", "Антона", "anton"),
    ("Ричард", "Ричарда", "richard"),
    ("Джеймс", "Джеймса", "james"),
    ("Стивен", "Стивена", "steven"),
    ("Кевин", "Кевина", "kevin"),
    ("Брайан", "Брайана", "brian"),
)
SURNAMES = (
    ("Петров", "petrov"),
    ("Смирнов", "smirnov"),
    ("Кузнецов", "kuznetsov"),
    ("Соколов", "sokolov"),
    ("Морозов", "morozov"),
    ("Волков", "volkov"),
    ("Лебедев", "lebedev"),
    ("Козлов", "kozlov"),
    ("Новиков", "novikov"),
    ("Фёдоров", "fedorov"),
    ("Орлов", "orlov"),
    ("Зайцев", "zaytsev"),
    ("Белов", "belov"),
    ("Гусев", "gusev"),
    ("Тарасов", "tarasov"),
    ("Беляев", "belyaev"),
    ("Комаров", "komarov"),
    ("Гришин", "grishin"),
    ("Фомин", "fomin"),
    ("Ильин", "ilyin"),
    ("Калинин", "kalinin"),
    ("Мельников", "melnikov"),
    ("Денисов", "denisov"),
    ("Захаров", "zakharov"),
    ("Никитин", "nikitin"),
    ("Соловьёв", "solovyev"),
    ("Борисов", "borisov"),
    ("Яковлев", "yakovlev"),
    ("Григорьев", "grigoryev"),
    ("Романов", "romanov"),
    ("Воробьёв", "vorobyev"),
    ("Сергеев", "sergeev"),
    ("Фролов", "frolov"),
    ("Андреев", "andreev"),
    ("Макаров", "makarov"),
    ("Абрамов", "abramov"),
    ("Медведев", "medvedev"),
    ("Ершов", "ershov"),
    ("Карпов", "karpov"),
    ("Сидоров", "sidorov"),
    ("Осипов", "osipov"),
    ("Матвеев", "matveev"),
    ("Виноградов", "vinogradov"),
    ("Богданов", "bogdanov"),
    ("Дмитриенко", "dmitrienko"),
    ("Кириллов", "kirillov"),
    ("Жуков", "zhukov"),
    ("Голубев", "golubev"),
    ("Антонов", "antonov"),
    ("Тимофеев", "timofeev"),
    ("Смит", "smith"),
    ("Джонсон", "johnson"),
    ("Браун", "brown"),
    ("Миллер", "miller"),
    ("Уилсон", "wilson"),
    ("Тейлор", "taylor"),
    ("Андерсон", "anderson"),
    ("Томпсон", "thompson"),
    ("Кларк", "clark"),
    ("Льюис", "lewis"),
    ("Уокер", "walker"),
    ("Холл", "hall"),
    ("Янг", "young"),
    ("Кинг", "king"),
    ("Райт", "wright"),
    ("Грин", "green"),
    ("Бейкер", "baker"),
    ("Адамс", "adams"),
    ("Нельсон", "nelson"),
    ("Картер", "carter"),
)
ORG_FORMS = (
    ("Комитет по {x}", "Committee on {x}", "Комитета по {x}"),
    ("Фонд {x}", "{x} Foundation", "Фонда {x}"),
    ("Совет по {x}", "Council on {x}", "Совета по {x}"),
)
ORG_TOPICS = (
    ("международным делам", "international affairs"),
    ("энергетике", "energy"),
    ("обороне", "defence"),
    ("торговле", "trade"),
    ("безопасности", "security"),
    ("науке", "science"),
    ("транспорту", "transport"),
    ("финансам", "finance"),
)

TYPES = (
    # type, title phrase (followed by the actors' genitive), verb phrase for quotes, weight
    ("phone-call", "Телефонный разговор", "провели телефонный разговор", 14),
    ("meeting", "Встреча", "встретились и обсудили двусторонние отношения", 14),
    ("talks", "Переговоры", "провели переговоры", 10),
    ("statement", "Заявление", "выступили с заявлением о диалоге", 22),
    ("proposal", "Предложения", "передали предложения по урегулированию", 6),
    ("sanctions", "Санкции", "объявили о новых ограничительных мерах", 5),
    ("interview", "Интервью", "дали интервью о переговорном процессе", 6),
    ("visit", "Визит", "совершили визит и провели консультации", 8),
    ("consultations", "Консультации", "провели консультации экспертов", 7),
)
PRECISIONS = (
    # precision, weight
    ("day", 55),
    ("planned", 5),
    ("range", 6),
    ("part", 5),
    ("month", 10),
    ("year", 4),
    ("before", 10),
    ("unknown", 5),
)
DAY_HOWS = ("year-from-publication", "explicit", "weekday-from-publication", "relative")
OUTLETS = ("Интерфакс", "РИА Новости", "ТАСС", "Коммерсантъ", "РБК", "Известия", "Газета.Ru")


@dataclass(frozen=True)
class ActorRow:
    id: str
    name: str
    name_ru: str
    kind: str
    gen: str


def make_actors(n: int) -> list[ActorRow]:
    """The curated heads of the distribution first (they get the highest weights)."""
    out = [ActorRow(*a) for a in CURATED]
    out += [ActorRow(s, en, ru, "state", gen) for s, en, ru, gen in STATES]
    for (ru, en, gen), (x_ru, x_en) in itertools.product(ORG_FORMS, ORG_TOPICS):
        slug = en.format(x=x_en).lower().replace(" ", "-")
        out.append(
            ActorRow(
                slug,
                en.format(x=x_en.title()),
                ru.format(x=x_ru),
                "organisation",
                gen.format(x=x_ru),
            )
        )
    for (s_ru, s_en), (f_ru, f_gen, f_en) in itertools.product(SURNAMES, FIRST):
        if len(out) >= n:
            break
        s_gen = s_ru + "а" if s_ru[-2:] in ("ов", "ев", "ин", "ён", "ёв") else s_ru
        out.append(
            ActorRow(
                f"{f_en}-{s_en}",
                f"{f_en.title()} {s_en.title()}",
                f"{f_ru} {s_ru}",
                "person",
                f"{f_gen} {s_gen}",
            )
        )
    return out[:n]


def d_iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


@dataclass
class EventDate:
    start: dt.date | None
    end: dt.date | None
    precision: str
    text: str | None
    how: str
    planned: bool = False


def make_date(rng: random.Random, pub: dt.date) -> EventDate:
    """A date interval for an event reported on `pub`, with the expression a source wrote."""
    kind = rng.choices([p for p, _ in PRECISIONS], [w for _, w in PRECISIONS])[0]
    if kind == "planned":
        d = pub + dt.timedelta(days=rng.randrange(1, 30))
        return EventDate(
            d,
            d,
            "day",
            f"{WEEKDAY_ACC[d.weekday()]}, {d.day} {MONTH_GEN[d.month - 1]}",
            "weekday-from-publication",
            planned=True,
        )
    if kind == "day":
        d = pub - dt.timedelta(days=rng.randrange(0, 21))
        how = rng.choice(DAY_HOWS)
        if how == "weekday-from-publication":
            text = WEEKDAY_ACC[d.weekday()]
        elif how == "relative":
            text = "накануне"
        elif how == "explicit":
            text = f"{d.day} {MONTH_GEN[d.month - 1]} {d.year} года"
        else:
            text = f"{d.day} {MONTH_GEN[d.month - 1]}"
        return EventDate(d, d, "day", text, how)
    if kind == "range":
        s = pub - dt.timedelta(days=rng.randrange(3, 25))
        e = s + dt.timedelta(days=rng.randrange(1, 4))
        if e > pub:
            e = pub
        text = f"с {s.day} {MONTH_GEN[s.month - 1]} по {e.day} {MONTH_GEN[e.month - 1]}"
        return EventDate(s, e, "range", text, "year-from-publication")
    if kind == "month":
        d = pub - dt.timedelta(days=rng.randrange(0, 120))
        return EventDate(
            dt.date(d.year, d.month, 1),
            month_end(d.year, d.month),
            "month",
            f"в {MONTH_PREP[d.month - 1]} {d.year} года",
            "explicit",
        )
    if kind == "part":
        y = pub.year - rng.randrange(0, 2)
        m = rng.randrange(1, 13) if y < pub.year else rng.randrange(1, pub.month + 1)
        part = rng.randrange(3)
        first = (1, 11, 21)[part]
        last = (10, 20, month_end(y, m).day)[part]
        word = ("в начале", "в середине", "в конце")[part]
        return EventDate(
            dt.date(y, m, first),
            dt.date(y, m, last),
            "part",
            f"{word} {MONTH_GEN[m - 1]}",
            "year-from-publication",
        )
    if kind == "year":
        y = pub.year - rng.randrange(0, 3)
        return EventDate(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"в {y} году", "explicit")
    if kind == "before":
        return EventDate(None, pub, "before", rng.choice(("ранее", "недавно")), "publication-date")
    return EventDate(None, None, "unknown", None, "unknown")


@dataclass
class Stats:
    events: int = 0
    articles: int = 0
    mentions: int = 0
    links: int = 0
    actors: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)


def sqlite_path(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        raise SystemExit(f"filldb: only SQLite files are supported, not {url!r}")
    return u.database


def fill(
    url: str,
    n_events: int,
    seed: int = 0,
    n_actors: int = 2000,
    analyze: bool = False,
    quiet: bool = False,
) -> Stats:
    from app.db import derived, models, search, searchkey
    from app.db.migrate import upgrade

    t0 = time.perf_counter()
    upgrade(url)
    path = sqlite_path(url)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-1500000")
    con.execute("PRAGMA temp_store=MEMORY")
    if con.execute("SELECT count(*) FROM events").fetchone()[0]:
        raise SystemExit(f"filldb: {path} already has events; give an empty database")

    stats = Stats()
    rng = random.Random(f"letopis-filldb:{seed}")
    actors = make_actors(n_actors)
    cum = list(itertools.accumulate(1 / (k + 1) ** ZIPF_S for k in range(len(actors))))
    total_w = cum[-1]

    # The stem of each word, computed once: index_content of one word is its stem, so the
    # joined stems are exactly index_content(dialect, content) (checked on a sample below).
    @cache
    def stem(word: str) -> str:
        return search.index_content("sqlite", word)

    def index_text(content: str) -> str:
        return " ".join([stem(w) for w in search.WORD.findall(content)])

    now = models.utcnow().isoformat(sep=" ")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO actors (id, name, name_ru, kind, curated, events_count) "
        "VALUES (?, ?, ?, ?, ?, 0)",
        [(a.id, a.name, a.name_ru, a.kind, int(i < len(CURATED))) for i, a in enumerate(actors)],
    )
    aliases = {(a.id, a.name_ru.lower()) for a in actors} | {
        (a.id, a.name_ru.split()[-1].lower()) for a in actors if a.kind == "person"
    }
    con.executemany("INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?)", sorted(aliases))
    con.execute("COMMIT")
    stats.actors = len(actors)

    type_names = [t[0] for t in TYPES]
    type_w = list(itertools.accumulate(t[3] for t in TYPES))
    types = {t[0]: t for t in TYPES}
    seen_ids: set[str] = set()
    span_days = (LAST_DAY - FIRST_DAY).days - 31
    n_articles_total = max(1, round(n_events / 3))
    article_no = 0
    in_tx = 0
    con.execute("BEGIN")
    checked = 0
    search_seq: dict[int, int] = {}  # next sequence number per full-text rowid group
    while stats.events < n_events:
        n_art = min(WINDOW_ARTICLES, max(1, n_articles_total - article_no))
        n_ev = min(n_events - stats.events, n_art * 3)
        base = FIRST_DAY + dt.timedelta(days=rng.randrange(span_days))
        pubs = [base + dt.timedelta(days=rng.randrange(31)) for _ in range(n_art)]
        # sentences of each article: (text, event index, date span, actor spans)
        sentences: list[list[tuple[str, int, tuple[int, int] | None, list[tuple[int, int, str]]]]]
        sentences = [[] for _ in range(n_art)]
        ev_rows: list[tuple[object, ...]] = []
        ev_meta: list[tuple[str, EventDate, list[ActorRow], str]] = []
        for _ in range(n_ev):
            k = 2 if rng.random() < 0.5 else 3
            arts = rng.sample(range(n_art), min(k, n_art))
            pub = min(pubs[a] for a in arts)
            date = make_date(rng, pub)
            n_act = rng.choices((1, 2, 3, 4), (25, 40, 25, 10))[0]
            ids: dict[int, None] = {}
            while len(ids) < n_act:
                ids[bisect.bisect_left(cum, rng.random() * total_w)] = None
            ev_actors = [actors[i] for i in ids]
            etype = type_names[bisect.bisect_left(type_w, rng.random() * type_w[-1])]
            sort_date, rank = derived.sort_key(date.start, date.end, date.precision)
            gens = [a.gen for a in ev_actors]
            title = f"{types[etype][1]} {' и '.join(gens) if len(gens) < 3 else ', '.join(gens)}"
            slug_date = (
                date.start.isoformat()
                if date.precision == "day" and date.start
                else date.start.strftime("%Y-%m")
                if date.precision in ("month", "part", "range") and date.start
                else str(date.start.year)
                if date.precision == "year" and date.start
                else "undated"
            )
            base_id = "-".join(
                [slug_date, *[a.id.rsplit("-", 1)[-1] for a in ev_actors[:2]], etype]
            )
            eid, n = base_id, 1
            while eid in seen_ids:
                n += 1
                eid = f"{base_id}-{n}"
            seen_ids.add(eid)
            idx = len(ev_meta)
            ev_meta.append((eid, date, ev_actors, title))
            ev_rows.append(
                (
                    eid,
                    title,
                    etype,
                    int(date.planned),
                    d_iso(date.start),
                    d_iso(date.end),
                    date.precision,
                    date.text,
                    date.how,
                    sort_date.isoformat(),
                    rank,
                    len(arts),
                    "[]",
                    f"{etype} " + " ".join(sorted(a.id for a in ev_actors)),
                    now,
                )
            )
            verb = types[etype][2]
            names = [a.name_ru for a in ev_actors]
            for a in arts:
                # «12 февраля Владимир Путин и Дональд Трамп провели телефонный разговор.»
                who = " и ".join(names) if len(names) < 3 else ", ".join(names)
                if date.text:
                    planned_verb = verb.replace("провели", "проведут").replace(
                        "встретились", "встретятся"
                    )
                    v = planned_verb if date.planned else verb
                    lead = cap(date.text) + " "
                    sent = f"{lead}{who} {v}."
                    dspan: tuple[int, int] | None = (0, len(date.text))
                    pos = len(lead)
                else:
                    sent = f"{who} {verb}."
                    dspan = None
                    pos = 0
                spans = []
                for actor, nm in zip(ev_actors, names, strict=True):
                    spans.append((pos, pos + len(nm), actor.id))
                    pos += len(nm) + (3 if len(names) < 3 else 2)
                sentences[a].append((sent, idx, dspan, spans))
            stats.events += 1
        con.executemany(
            "INSERT INTO events (id, title, type, planned, date_start, date_end, date_precision, "
            "date_text, date_how, sort_date, precision_rank, sources_count, disagreement, "
            "signature, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ev_rows,
        )
        con.executemany(
            "INSERT INTO event_actors (actor_id, sort_date, precision_rank, event_id) "
            "VALUES (?, ?, ?, ?)",
            [
                (a.id, r[9], r[10], r[0])
                for r, (_, _, acts, _) in zip(ev_rows, ev_meta, strict=True)
                for a in acts
            ],
        )
        stats.links += sum(len(m[2]) for m in ev_meta)

        quotes: list[list[str]] = [[] for _ in ev_meta]
        art_rows = []
        men_rows = []
        for a in range(n_art):
            pub = pubs[a]
            layout = rng.randrange(3)
            if layout == 0:
                head = f" date {pub.isoformat()} Форма поиска по сайту\n\n"
                how = "header"
            elif layout == 1:
                head = f"Москва. {pub.day} {MONTH_GEN[pub.month - 1]}. INTERFAX.RU - "
                how = "dateline"
            else:
                head = ""
                how = "inferred-from-text"
            sents = sentences[a]
            title = ev_meta[sents[0][1]][3] if sents else "Обзор новостей"
            parts = [title, "\n\n", head]
            pos = len(title) + 2 + len(head)
            m_rows = []
            for s, idx, dspan, aspans in sents:
                if rng.random() < 0.6:
                    f = rng.choice(FILLER) + " "
                    parts.append(f)
                    pos += len(f)
                parts.append(s)
                eid, date, _, _ = ev_meta[idx]
                m_rows.append(
                    (
                        eid,
                        pos,
                        pos + len(s),
                        s,
                        None if dspan is None else pos + dspan[0],
                        None if dspan is None else pos + dspan[1],
                        date.text,
                        d_iso(date.start),
                        d_iso(date.end),
                        date.precision,
                        date.how,
                        int(date.planned),
                        json.dumps([[pos + x, pos + y, i] for x, y, i in aspans]),
                    )
                )
                quotes[idx].append(s)
                parts.append(" ")
                pos += len(s) + 1
            while pos < 2000:
                f = rng.choice(FILLER) + "\n\n"
                parts.append(f)
                pos += len(f)
            tail = "Смотрите также: Песков прокомментировал итоги переговоров\n"
            parts.append(tail)
            text = "".join(parts)
            digest = hashlib.sha256(text.encode()).hexdigest()
            aid = digest[:16]
            art_rows.append(
                (
                    aid,
                    f"{article_no:07d}.txt",
                    f"bench/{article_no:07d}.txt",
                    title,
                    rng.choice(OUTLETS),
                    None,
                    None,
                    pub.isoformat(),
                    how if head else "unknown",
                    "ru",
                    "utf-8",
                    text,
                    json.dumps([[pos, pos + len(tail)]]),
                    digest,
                    now,
                )
            )
            men_rows += [(r[0], aid, *r[1:]) for r in m_rows]
            article_no += 1
        con.executemany(
            "INSERT INTO articles (id, file, path, title, outlet, author, url, published, "
            "published_how, lang, encoding, text, excluded, sha256, ingested_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            art_rows,
        )
        con.executemany(
            "INSERT INTO mentions (event_id, article_id, sent_start, sent_end, quote, "
            "date_text_start, date_text_end, date_text, date_start, date_end, date_precision, "
            "date_how, planned, actor_spans) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            men_rows,
        )
        stats.articles += n_art
        stats.mentions += len(men_rows)

        fts_rows = []
        for (eid, _, acts, title), qs in zip(ev_meta, quotes, strict=True):
            names = [n for a in acts for n in (a.name_ru, a.name)]
            content = "\n".join([title, *qs, *names])
            indexed = index_text(content)
            if checked < 200:  # exactly what ingest would store
                assert indexed == search.index_content("sqlite", content), content
                checked += 1
            fts_rows.append((eid, indexed))
        for (eid, indexed), row in zip(fts_rows, ev_rows, strict=True):
            # As ingest writes them (app.db.search.upsert_search): the rowid is the event's
            # timeline key (app.db.searchkey); the row's sort_date and precision_rank are
            # at _SORT_COLS.
            sort_date, rank = row[_SORT_COLS[0]], row[_SORT_COLS[1]]
            g = searchkey.group(dt.date.fromisoformat(sort_date), rank, eid)
            rowid = searchkey.first_rowid(g) + search_seq.get(g, 0)
            search_seq[g] = search_seq.get(g, 0) + 1
            con.execute(
                "INSERT INTO event_search (rowid, event_id, content) VALUES (?, ?, ?)",
                (rowid, eid, indexed),
            )
            con.execute(
                "INSERT INTO event_search_rowids (event_id, search_rowid) VALUES (?, ?)",
                (eid, rowid),
            )

        in_tx += n_ev
        if in_tx >= COMMIT_EVERY:
            con.execute("COMMIT")
            con.execute("BEGIN")
            in_tx = 0
            if not quiet:
                print(
                    f"  {stats.events:,} events, {time.perf_counter() - t0:.0f} s", file=sys.stderr
                )
    con.execute("COMMIT")
    stats.phases["rows"] = time.perf_counter() - t0

    t1 = time.perf_counter()
    con.execute("BEGIN")
    # derived.recount_actors for every actor, in one statement
    con.execute(
        "UPDATE actors SET events_count = "
        "(SELECT count(*) FROM event_actors WHERE event_actors.actor_id = actors.id)"
    )
    # derived.recount_months for every month: events by sort date, undated ones excluded
    con.execute("DELETE FROM month_counts")
    con.execute(
        "INSERT INTO month_counts (month, count) SELECT substr(sort_date, 1, 7), count(*) "
        "FROM events WHERE sort_date < ? GROUP BY substr(sort_date, 1, 7)",
        (derived.UNDATED.isoformat(),),
    )
    con.execute("COMMIT")
    _write_cards(url)
    if analyze:
        con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    stats.phases["derived"] = time.perf_counter() - t1
    stats.seconds = time.perf_counter() - t0
    return stats


def _write_cards(url: str) -> None:
    """The events' cards (app.db.cards), queued by migration 0007's triggers as the rows
    went in, built as ingest builds them."""
    from sqlalchemy.orm import Session

    from app.db import cards
    from app.db.engine import make_engine

    engine = make_engine(url)
    with Session(engine) as session, session.begin():
        cards.refresh(session)
    engine.dispose()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.filldb", description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, required=True)
    ap.add_argument("--db", default="sqlite:///bench/out/fill.db", help="SQLAlchemy URL (SQLite)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--analyze", action="store_true", help="run ANALYZE afterwards")
    ap.add_argument("--replace", action="store_true", help="delete the database file first")
    args = ap.parse_args(argv)
    if args.events < 1:
        ap.error("--events must be >= 1")
    if args.replace:
        p = Path(sqlite_path(args.db))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    s = fill(args.db, args.events, args.seed, args.actors, args.analyze)
    print(
        f"filled {args.db}: {s.events:,} events, {s.articles:,} articles, {s.mentions:,} "
        f"mentions, {s.links:,} actor links, {s.actors:,} actors in {s.seconds:.1f} s "
        f"(rows {s.phases['rows']:.1f} s, derived {s.phases['derived']:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
