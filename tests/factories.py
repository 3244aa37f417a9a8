"""Realistic test data written through the models and app/db/derived, as ingest will.

`populate(session)` stores the seed articles (their real text) with the events the seeds are
expected to yield, plus two synthetic articles: one carrying every remaining date precision
(range, year, planned, unknown) and one hostile article full of markup for escaping tests.
Every mention's spans are real offsets into its article's text, found by searching for the
quoted words, so the source view and the quote marks are exercised for real.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.db import cards, derived
from app.db.models import Actor, ActorAlias, Article, Event, EventRedirect, Mention

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ACTORS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    # id: (name, name_ru, kind, surface forms searched in texts for actor spans)
    "vladimir-putin": ("Vladimir Putin", "Владимир Путин", "person", ("Владимир Путин", "Путин")),
    "donald-trump": (
        "Donald Trump",
        "Дональд Трамп",
        "person",
        ("Дональд Трамп", "Дональдом Трампом", "Трамп"),
    ),
    "sergey-lavrov": ("Sergey Lavrov", "Сергей Лавров", "person", ("Сергея Лаврова", "Лавров")),
    "russian-mfa": (
        "Russian Foreign Ministry",
        "МИД России",
        "organisation",
        (
            "МИД РФ",
            "МИД России",
            "Министерства иностранных дел России",
            "Министерстве иностранных дел России",
            "МИД",
        ),
    ),
    "marco-rubio": ("Marco Rubio", "Марко Рубио", "person", ("Марко Рубио", "Рубио")),
    "russia": ("Russia", "Россия", "state", ("России", "Россией", "Россия")),
    "usa": ("United States", "США", "state", ("США",)),
}

ALIASES = {
    "sergey-lavrov": ["сергей лавров", "лавров", "глава мид рф"],
    "vladimir-putin": ["владимир путин", "путин"],
    "donald-trump": ["дональд трамп", "трамп"],
    "russian-mfa": ["мид россия", "мид рф", "министерство иностранный дело россия"],
}

SYNTHETIC_TEXT = (
    "Переговоры в Эр-Рияде\n\n"
    "Делегации России и США провели консультации с 10 по 12 февраля 2025 года в Эр-Рияде.\n\n"
    "В 2025 году МИД России неоднократно заявлял о готовности к диалогу.\n\n"
    "Сергей Лавров и Марко Рубио встретятся в четверг, 23 октября, сообщил МИД РФ.\n\n"
    "Когда-то Лавров обсуждал с Рубио обмен дипломатами, но дата этого разговора неизвестна.\n\n"
    "Читайте также: все новости раздела «Политика»"
)

HOSTILE_TEXT = (
    "<script>alert(1)</script> Заголовок\n\n"
    'Лавров сказал: " onmouseover="alert(1)" и <b>жирный</b> текст 5 марта 2025 года.\n\n'
    "Ещё один абзац & символы < > без событий."
)


@dataclass
class Built:
    """What populate() stored, for tests to refer to."""

    articles: dict[str, Article] = field(default_factory=dict)  # key: seed prefix or name
    events: dict[str, Event] = field(default_factory=dict)  # key: short name
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # key: event short name


def _article(
    session: Session,
    *,
    file: str,
    text: str,
    title: str | None,
    outlet: str | None,
    author: str | None,
    published: dt.date | None,
    published_how: str,
    excluded: list[list[int]] | None = None,
) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(
        id=digest[:16],
        file=file,
        path=f"seeds/{file}",
        title=title,
        outlet=outlet,
        author=author,
        published=published,
        published_how=published_how,
        lang="ru",
        encoding="utf-8",
        text=text,
        excluded=excluded or [],
        sha256=digest,
    )
    session.add(art)
    session.flush()
    return art


def _sentence(text: str, needle: str) -> tuple[int, int]:
    """Span of the sentence (or line) around the first occurrence of `needle`."""
    p = text.index(needle)
    start = 0
    for sep in ("\n", ". ", ".", "• "):
        i = text.rfind(sep, 0, p)
        if i != -1:
            start = max(start, i + len(sep))
    while start < p and text[start].isspace():
        start += 1
    end = len(text)
    q = p + len(needle)
    for sep in (".", "\n"):
        i = text.find(sep, q)
        if i != -1:
            end = min(end, i + (1 if sep == "." else 0))
    return start, end


def _actor_spans(text: str, start: int, end: int, actor_ids: list[str]) -> list[list[Any]]:
    spans: list[list[Any]] = []
    taken: list[tuple[int, int]] = []
    for aid in actor_ids:
        for form in ACTORS[aid][3]:
            i = text.find(form, start, end)
            while i != -1:
                j = i + len(form)
                if not any(a < j and i < b for a, b in taken):
                    spans.append([i, j, aid])
                    taken.append((i, j))
                i = text.find(form, j, end)
    return sorted(spans)


def _mention(
    session: Session,
    event: Event,
    article: Article,
    *,
    needle: str,
    date_text: str | None,
    actors: list[str],
    date: tuple[dt.date | None, dt.date | None, str, str] | None = None,
) -> Mention:
    """A mention of `event` in the sentence of `article` containing `needle`.

    `date` overrides the event's reading (start, end, precision, how) when this source
    disagrees with the others.
    """
    s, e = _sentence(article.text, needle)
    ds = de = None
    if date_text is not None:
        ds = article.text.index(date_text, s, e)
        de = ds + len(date_text)
    start, end, precision, how = date or (
        event.date_start,
        event.date_end,
        event.date_precision,
        event.date_how,
    )
    m = Mention(
        event_id=event.id,
        article_id=article.id,
        sent_start=s,
        sent_end=e,
        quote=article.text[s:e],
        date_text_start=ds,
        date_text_end=de,
        date_text=date_text,
        date_start=start,
        date_end=end,
        date_precision=precision,
        date_how=how,
        planned=event.planned,
        actor_spans=_actor_spans(article.text, s, e, actors),
    )
    session.add(m)
    return m


def _event(
    session: Session,
    *,
    id: str,
    title: str,
    type: str,
    start: dt.date | None,
    end: dt.date | None,
    precision: str,
    date_text: str | None,
    how: str,
    planned: bool = False,
) -> Event:
    sort_date, rank = derived.sort_key(start, end, precision)
    ev = Event(
        id=id,
        title=title,
        type=type,
        planned=planned,
        status="planned" if planned else "happened",
        date_start=start,
        date_end=end,
        date_precision=precision,
        date_text=date_text,
        date_how=how,
        sort_date=sort_date,
        precision_rank=rank,
        sources_count=0,
        disagreement=[],
        signature="",
    )
    session.add(ev)
    session.flush()
    return ev


def searchable_event(session: Session, ident: str, day: dt.date | None, title: str) -> Event:
    """An event of one known day (or undated) with its full-text row, no actors or sources:
    what a search reads."""
    ev = _event(
        session,
        id=ident,
        title=title,
        type="meeting",
        start=day,
        end=day,
        precision="day" if day else "unknown",
        date_text=None,
        how="explicit",
    )
    derived.index_event(session, ev, [], [])
    return ev


def _finish(session: Session, ev: Event, actors: list[str], mentions: list[Mention]) -> None:
    session.flush()
    derived.set_event_actors(session, ev, actors)
    derived.recount_sources(session, ev)
    names = [n for a in actors for n in ACTORS[a][:2]]
    derived.index_event(session, ev, [m.quote for m in mentions], names)


def _seed(name: str) -> str:
    return next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def populate(session: Session) -> Built:
    """Store the seeds' articles and expected events; commit."""
    b = Built()
    for aid, (name, name_ru, kind, _forms) in ACTORS.items():
        session.add(Actor(id=aid, name=name, name_ru=name_ru, kind=kind, curated=True))
        for alias in ALIASES.get(aid, []):
            session.add(ActorAlias(actor_id=aid, alias=alias))
    session.flush()

    t000 = _seed("000")
    nav = t000.index("Смотрите также")
    b.articles["000"] = _article(
        session,
        file="000_47a6b022a73ab088.txt",
        text=t000,
        title="Россия предлагает США восстановление отношений, обещая \"выгоду\" для Вашингтона",
        outlet="24 Канал",
        author="Маргарита Волошина",
        published=dt.date(2026, 2, 3),
        published_how="header",
        excluded=[[nav, t000.index("\n", nav)]],
    )
    b.articles["001"] = _article(
        session,
        file="001_55f56a95290e11ae.txt",
        text=_seed("001"),
        title="МИД России передал США предложения по «оздоровлению» отношений",
        outlet="РБК-Украина",
        author=None,
        published=dt.date(2026, 2, 3),
        published_how="header",
    )
    b.articles["002"] = _article(
        session,
        file="002_f8e89291c56939e2.txt",
        text=_seed("002"),
        title="МИД сообщил о почти беспрерывном диалоге между РФ и США на различных уровнях",
        outlet="Интерфакс",
        author=None,
        published=dt.date(2026, 2, 2),
        published_how="dateline",
    )
    t003 = _seed("003")
    footer = t003.index("© 2014-2024")
    b.articles["003"] = _article(
        session,
        file="003_8e1043e0d5741523.txt",
        text=t003,
        title=None,
        outlet="antmsk.ru",
        author=None,
        published=dt.date(2025, 12, 30),
        published_how="inferred-from-text",
        excluded=[[footer, len(t003)]],
    )
    t004 = _seed("004")
    b.articles["004"] = _article(
        session,
        file="004_08a23a4b229d2437.txt",
        text=t004,
        title="Лавров заявил об устойчивом характере диалога РФ и США по нормализации отношений",
        outlet=None,
        author=None,
        published=dt.date(2025, 12, 30),
        published_how="header",
        excluded=[[1, t004.index("\n", 1)]],
    )
    b.articles["synthetic"] = _article(
        session,
        file="synthetic-riyadh.txt",
        text=SYNTHETIC_TEXT,
        title="Переговоры в Эр-Рияде",
        outlet="Тестовое агентство",
        author="Иван Проверкин",
        published=dt.date(2025, 10, 20),
        published_how="header",
        excluded=[[SYNTHETIC_TEXT.index("Читайте также"), len(SYNTHETIC_TEXT)]],
    )
    b.articles["hostile"] = _article(
        session,
        file="hostile.html.txt",
        text=HOSTILE_TEXT,
        title='<script>alert(1)</script>" onmouseover="alert(2)',
        outlet="<i>Outlet</i>",
        author=None,
        published=dt.date(2025, 3, 6),
        published_how="header",
    )

    # 2025-02-12: the Putin-Trump phone call, two sources agreeing on the date for
    # different reasons.
    ev = _event(
        session,
        id="2025-02-12-putin-trump-phone-call",
        title="Phone call between Vladimir Putin and Donald Trump",
        type="call",
        start=dt.date(2025, 2, 12),
        end=dt.date(2025, 2, 12),
        precision="day",
        date_text="12 февраля",
        how="year-from-publication",
    )
    actors = ["vladimir-putin", "donald-trump"]
    ms = [
        _mention(
            session,
            ev,
            b.articles["004"],
            needle="телефонного разговора 12 февраля",
            date_text="12 февраля",
            actors=actors,
        ),
        _mention(
            session,
            ev,
            b.articles["003"],
            needle="телефонный разговор 12 февраля",
            date_text="12 февраля",
            actors=actors,
            date=(dt.date(2025, 2, 12), dt.date(2025, 2, 12), "day", "year-from-context"),
        ),
    ]
    _finish(session, ev, actors, ms)
    b.events["call"], b.mentions["call"] = ev, ms
    session.add(EventRedirect(old_id="2025-02-12-putin-trump-call", new_id=ev.id))

    # 2026-02-02: the Russian MFA's written answers; two sources date it by publication.
    ev = _event(
        session,
        id="2026-02-02-russian-mfa-statement-proposals-to-usa",
        title="Russian MFA: proposals to the USA on «healing» relations (written answers)",
        type="statement",
        start=dt.date(2026, 2, 2),
        end=dt.date(2026, 2, 2),
        precision="day",
        date_text="2 февраля",
        how="explicit",
    )
    actors = ["russian-mfa", "sergey-lavrov", "usa"]
    pub = (dt.date(2026, 2, 3), dt.date(2026, 2, 3), "day", "publication-date")
    ms = [
        _mention_dateline(session, ev, b.articles["002"], actors),
        _mention(
            session,
            ev,
            b.articles["001"],
            needle="передали Соединенным Штатам Америки предложения",
            date_text=None,
            actors=actors,
            date=pub,
        ),
        _mention(
            session,
            ev,
            b.articles["000"],
            needle="Россия сообщила о передаче американской стороне предложений",
            date_text=None,
            actors=actors,
            date=pub,
        ),
    ]
    ev.disagreement = [
        {
            "start": "2026-02-03",
            "end": "2026-02-03",
            "precision": "day",
            "text": None,
            "how": "publication-date",
            "article_id": b.articles["001"].id,
        },
        {
            "start": "2026-02-03",
            "end": "2026-02-03",
            "precision": "day",
            "text": None,
            "how": "publication-date",
            "article_id": b.articles["000"].id,
        },
    ]
    _finish(session, ev, actors, ms)
    b.events["mfa"], b.mentions["mfa"] = ev, ms

    # «в марте 2025 года»: month precision.
    ev = _event(
        session,
        id="2025-03-trump-team-reset-relations",
        title="Trump's team says he wants to reset relations with Russia",
        type="statement",
        start=dt.date(2025, 3, 1),
        end=dt.date(2025, 3, 31),
        precision="month",
        date_text="в марте 2025 года",
        how="explicit",
    )
    actors = ["donald-trump", "russia"]
    ms = [
        _mention(
            session,
            ev,
            b.articles["001"],
            needle="в марте 2025 года",
            date_text="в марте 2025 года",
            actors=actors,
        )
    ]
    _finish(session, ev, actors, ms)
    b.events["month"], b.mentions["month"] = ev, ms

    # «в конце 2025 года»: part of a year.
    ev = _event(
        session,
        id="2025-late-moscow-relations-destroyed",
        title="Moscow says US-Russia relations are destroyed",
        type="statement",
        start=dt.date(2025, 9, 1),
        end=dt.date(2025, 12, 31),
        precision="part",
        date_text="в конце 2025 года",
        how="explicit",
    )
    actors = ["russia", "usa"]
    ms = [
        _mention(
            session,
            ev,
            b.articles["000"],
            needle="в конце 2025 года",
            date_text="в конце 2025 года",
            actors=actors,
        )
    ]
    _finish(session, ev, actors, ms)
    b.events["part"], b.mentions["part"] = ev, ms

    # «Ранее»: before the publication date.
    ev = _event(
        session,
        id="2025-putin-trump-call-negotiating-position",
        title="Putin tells Trump Russia will revise its negotiating position",
        type="call",
        start=None,
        end=dt.date(2025, 12, 30),
        precision="before",
        date_text="Ранее",
        how="before-publication",
    )
    actors = ["vladimir-putin", "donald-trump"]
    ms = [
        _mention(
            session,
            ev,
            b.articles["004"],
            needle="Ранее Путин в телефонном разговоре",
            date_text="Ранее",
            actors=actors,
        )
    ]
    _finish(session, ev, actors, ms)
    b.events["before"], b.mentions["before"] = ev, ms

    syn = b.articles["synthetic"]
    specs: list[tuple[str, dict[str, Any], list[str], str, str | None]] = [
        (
            "range",
            {
                "id": "2025-02-10-riyadh-consultations",
                "title": "Russia-US consultations in Riyadh",
                "type": "talks",
                "start": dt.date(2025, 2, 10),
                "end": dt.date(2025, 2, 12),
                "precision": "range",
                "date_text": "с 10 по 12 февраля 2025 года",
                "how": "explicit",
            },
            ["russia", "usa"],
            "провели консультации",
            "с 10 по 12 февраля 2025 года",
        ),
        (
            "year",
            {
                "id": "2025-russian-mfa-ready-for-dialogue",
                "title": "Russian MFA repeatedly declares readiness for dialogue",
                "type": "statement",
                "start": dt.date(2025, 1, 1),
                "end": dt.date(2025, 12, 31),
                "precision": "year",
                "date_text": "В 2025 году",
                "how": "explicit",
            },
            ["russian-mfa"],
            "неоднократно заявлял",
            "В 2025 году",
        ),
        (
            "planned",
            {
                "id": "2025-10-23-lavrov-rubio-meeting",
                "title": "Meeting of Sergey Lavrov and Marco Rubio",
                "type": "meeting",
                "start": dt.date(2025, 10, 23),
                "end": dt.date(2025, 10, 23),
                "precision": "day",
                "date_text": "в четверг, 23 октября",
                "how": "weekday-from-publication",
                "planned": True,
            },
            ["sergey-lavrov", "marco-rubio"],
            "встретятся",
            "в четверг, 23 октября",
        ),
        (
            "unknown",
            {
                "id": "undated-lavrov-rubio-diplomats-exchange",
                "title": "Lavrov and Rubio discussed an exchange of diplomats",
                "type": "talks",
                "start": None,
                "end": None,
                "precision": "unknown",
                "date_text": None,
                "how": "unresolved",
            },
            ["sergey-lavrov", "marco-rubio"],
            "обмен дипломатами",
            None,
        ),
    ]
    for key, kwargs, actors, needle, date_text in specs:
        ev = _event(session, **kwargs)
        ms = [_mention(session, ev, syn, needle=needle, date_text=date_text, actors=actors)]
        _finish(session, ev, actors, ms)
        b.events[key], b.mentions[key] = ev, ms

    hostile = b.articles["hostile"]
    ev = _event(
        session,
        id="2025-03-05-hostile-markup-event",
        title='<script>alert("t")</script> Lavrov " onmouseover="x',
        type="statement",
        start=dt.date(2025, 3, 5),
        end=dt.date(2025, 3, 5),
        precision="day",
        date_text="5 марта 2025 года",
        how="explicit",
    )
    ms = [
        _mention(
            session,
            ev,
            hostile,
            needle="onmouseover",
            date_text="5 марта 2025 года",
            actors=["sergey-lavrov"],
        )
    ]
    _finish(session, ev, ["sergey-lavrov"], ms)
    b.events["hostile"], b.mentions["hostile"] = ev, ms

    _recount(session)
    session.commit()
    return b


def _mention_dateline(session: Session, ev: Event, article: Article, actors: list[str]) -> Mention:
    """002 dates the event by its dateline «2 февраля» and states it in the next sentence."""
    m = _mention(
        session, ev, article, needle="В МИД РФ заявили в понедельник", date_text=None, actors=actors
    )
    ds = article.text.index("2 февраля")
    m.date_text_start, m.date_text_end, m.date_text = ds, ds + len("2 февраля"), "2 февраля"
    # The dateline precedes the sentence: widen the evidence span to include it.
    m.sent_start = article.text.rfind("\n", 0, ds) + 1
    m.quote = article.text[m.sent_start : m.sent_end]
    return m


def _recount(session: Session) -> None:
    session.flush()
    derived.recount_actors(session, list(ACTORS))
    months = {derived.month_key(e.sort_date) for e in session.query(Event)}
    derived.recount_months(session, months)
    # The events' cards, as ingest builds them last in each article's transaction.
    cards.refresh(session)
    session.flush()


def add_bulk_events(session: Session, n: int, *, start: dt.date = dt.date(2024, 1, 1)) -> None:
    """n more day events, two actors and a source each, for paging and query-count tests."""
    text = "\n".join(
        f"Сергей Лавров и Марко Рубио провели встречу номер {i} {i % 28 + 1} января."
        for i in range(n)
    )
    art = _article(
        session,
        file=f"bulk-{n}-{start}.txt",
        text=text,
        title=f"Bulk {n}",
        outlet="Bulk",
        author=None,
        published=start,
        published_how="header",
    )
    for i in range(n):
        day = start + dt.timedelta(days=i % 300)
        ev = _event(
            session,
            id=f"bulk-{start}-{i:05d}",
            title=f"Bulk meeting {i}",
            type="meeting",
            start=day,
            end=day,
            precision="day",
            date_text=None,
            how="explicit",
        )
        actors = ["sergey-lavrov", "marco-rubio"]
        m = _mention(
            session, ev, art, needle=f"номер {i} ", date_text=None, actors=actors
        )
        _finish(session, ev, actors, [m])
    _recount(session)
    session.commit()
