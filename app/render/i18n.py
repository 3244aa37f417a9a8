"""Interface language: choosing it per request, and the English/Russian phrase tables.

Only the interface is translated; article text always stays in its own language. The
`how` values come from the ingest date resolver's closed set; an unknown one is shown raw
rather than hidden, so a new resolver rule never breaks a page.
"""

from __future__ import annotations

import re

LANGS = ("en", "ru")
COOKIE = "lang"

MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
MONTHS_EN_SHORT = [m[:3] for m in MONTHS_EN]
MONTHS_RU = (
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
).split()
MONTHS_RU_GEN = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()

# Why a date is what it is, per resolver rule: (English, Russian).
HOW: dict[str, tuple[str, str]] = {
    "explicit": ("written in full in the text", "указана в тексте полностью"),
    "year-from-publication": (
        "year from the publication date",
        "год взят из даты публикации",
    ),
    "year-from-context": (
        "year from an earlier date in the same article",
        "год взят из более ранней даты в той же статье",
    ),
    "weekday-from-publication": (
        "weekday counted from the publication date",
        "день недели отсчитан от даты публикации",
    ),
    "publication-date": (
        "the article's publication date",
        "дата публикации статьи",
    ),
    "relative": (
        "counted from the publication date («вчера», «на прошлой неделе»)",
        "отсчитана от даты публикации («вчера», «на прошлой неделе»)",
    ),
    "before-publication": (
        "some time before the publication date («ранее», «недавно»)",
        "когда-то до даты публикации («ранее», «недавно»)",
    ),
    "after-publication": (
        "some time after the publication date",
        "когда-то после даты публикации",
    ),
    "numeric": ("a numeric date (DD.MM.YYYY)", "числовая дата (ДД.ММ.ГГГГ)"),
    "dateline": ("the article's dateline", "дата в начале заметки"),
    "unresolved": ("no date could be anchored", "дату не к чему привязать"),
    "unanchored": (
        "nothing to anchor the date on (no publication date, no year in the text)",
        "дату не к чему привязать (нет даты публикации и года в тексте)",
    ),
    "year-from-weekday": (
        "the year in which that day and month fall on the named weekday",
        "год, в котором это число приходится на названный день недели",
    ),
    "unknown": ("no date could be anchored", "дату не к чему привязать"),
    "year-unknown": (
        "day and month without a year, and nothing in the text settles the year",
        "день и месяц без года, и текст не позволяет установить год",
    ),
    "from-stated-date": (
        "counted from a day the text has just stated («в тот же день», «днём ранее»)",
        "отсчитана от даты, только что названной в тексте («в тот же день», «днём ранее»)",
    ),
}

# How an article's publication date was found.
PUBLISHED_HOW: dict[str, tuple[str, str]] = {
    "header": ("from the article's header", "из заголовка статьи"),
    "dateline": ("from the dateline", "из даты в начале текста"),
    "inferred": ("inferred from the text", "выведена из текста"),
    "inferred-from-text": ("inferred from the text", "выведена из текста"),
    "url": ("from the article's address", "из адреса статьи"),
    "unknown": ("unknown", "неизвестно"),
}

TYPES: dict[str, tuple[str, str]] = {
    "call": ("phone call", "телефонный разговор"),
    "meeting": ("meeting", "встреча"),
    "talks": ("talks", "переговоры"),
    "statement": ("statement", "заявление"),
    "proposal": ("proposal", "предложение"),
    "sanctions": ("sanctions", "санкции"),
    "interview": ("interview", "интервью"),
    "visit": ("visit", "визит"),
    "agreement": ("agreement", "соглашение"),
    "press-conference": ("press conference", "пресс-конференция"),
    "answers": ("written answers", "ответы на вопросы"),
    "exchange": ("prisoner exchange", "обмен заключёнными"),
    "appointment": ("appointment", "назначение"),
    "expiry": ("treaty expiry", "прекращение договора"),
}

KINDS: dict[str, tuple[str, str]] = {
    "person": ("person", "человек"),
    "organisation": ("organisation", "организация"),
    "state": ("state", "государство"),
    "company": ("company", "компания"),
    "media": ("media", "СМИ"),
}

UI: dict[str, tuple[str, str]] = {
    "site_title": ("Letopis: diplomatic timeline", "Летопись: хроника дипломатии"),
    "brand": ("Letopis", "Летопись"),
    "skip": ("Skip to content", "Перейти к содержанию"),
    "nav_timeline": ("Timeline", "Хроника"),
    "nav_actors": ("Actors", "Участники"),
    "nav_articles": ("Sources", "Источники"),
    "lang_switch": ("Русский", "English"),
    "filters": ("Filters", "Фильтры"),
    "actors": ("Actors", "Участники"),
    "actor_search": ("Find an actor", "Найти участника"),
    "actors_all_hint": (
        "Several actors: events involving all of them.",
        "Несколько участников: события, где участвуют все.",
    ),
    "from": ("From", "С"),
    "to": ("To", "По"),
    "type": ("Type", "Тип"),
    "any_type": ("any type", "любой тип"),
    "status": ("Status", "Статус"),
    "any_status": ("any status", "любой статус"),
    # Status names, for the filter and the badges (an event that happened shows none).
    "status_happened": ("happened", "состоялось"),
    "status_planned": ("planned", "запланировано"),
    "status_postponed": ("postponed", "перенесено"),
    "status_cancelled": ("cancelled", "отменено"),
    "order": ("Order", "Порядок"),
    "order_newest": ("newest first", "сначала новые"),
    "order_oldest": ("oldest first", "сначала старые"),
    "new_events": ("new events since you loaded this page", "новых событий с момента загрузки"),
    "show_new": ("Show them", "Показать"),
    "actors_search": ("Find", "Найти"),
    "any_kind": ("any kind", "любой вид"),
    "prev_page": ("Previous", "Назад"),
    "no_actors": ("No actors match.", "Таких участников нет."),
    "next_page": ("Next", "Дальше"),
    "q": ("Words", "Слова"),
    "article": ("Source article", "Статья-источник"),
    "any_article": ("any article", "любая статья"),
    "apply": ("Show", "Показать"),
    "reset": ("Reset", "Сбросить"),
    "events_found": ("events", "событий"),
    "no_events": ("No events match these filters.", "Нет событий под эти фильтры."),
    "more": ("More events", "Ещё события"),
    "planned": ("planned", "запланировано"),
    "venue": ("Where", "Где"),
    "role_speaker": ("speaker", "сообщил"),
    "sources": ("sources", "источники"),
    "source_one": ("source", "источник"),
    "histogram": ("Events per month", "События по месяцам"),
    "histogram_hint": (
        "Choose a month to show its events.",
        "Выберите месяц, чтобы показать его события.",
    ),
    "undated": ("Undated", "Без даты"),
    "export": ("Export", "Экспорт"),
    "date": ("Date", "Дата"),
    "why_date": ("Why this date", "Почему эта дата"),
    "in_article_of": ("in an article of", "в статье от"),
    "no_date_text": ("no date in the text", "даты в тексте нет"),
    "past_tense": ("past tense", "прошедшее время"),
    "future_tense": ("future tense", "будущее время"),
    "disagreement": ("Sources disagree on the date", "Источники расходятся в дате"),
    "source_says": ("says", "пишет"),
    "open_source": ("Show in the article", "Показать в статье"),
    "previous": ("Previous event", "Предыдущее событие"),
    "next": ("Next event", "Следующее событие"),
    "json": ("JSON", "JSON"),
    "published": ("Published", "Опубликовано"),
    "outlet": ("Outlet", "Издание"),
    "author": ("Author", "Автор"),
    "file": ("File", "Файл"),
    "mentions": ("Events in this article", "События в этой статье"),
    "excluded_note": (
        "Dimmed text is page furniture (navigation, footers) not read for events.",
        "Бледный текст: служебные части страницы (навигация, подвал), события в них не ищутся.",
    ),
    "aliases": ("Also written as", "Другие написания"),
    "name": ("Name", "Имя"),
    "name_ru": ("Russian name", "Имя по-русски"),
    "kind": ("Kind", "Вид"),
    "events": ("Events", "События"),
    "show_timeline": ("Show on the timeline", "Показать в хронике"),
    "error": ("Error", "Ошибка"),
    "not_found": ("Not found", "Не найдено"),
    "bad_request": ("Bad request", "Неверный запрос"),
    "back_home": ("Back to the timeline", "К хронике"),
    "untitled": ("(untitled)", "(без заголовка)"),
    "unknown_outlet": ("unknown outlet", "издание неизвестно"),
    "date_unknown": ("date unknown", "дата неизвестна"),
    "with": ("with", "участники"),
    "article_list": ("Source articles", "Статьи-источники"),
    "actor_list": ("Actors", "Участники"),
    "sentence": ("Evidence", "Фрагмент"),
    "filtered_by": ("Filtered", "Отбор"),
}


def t(key: str, lang: str) -> str:
    pair = UI.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "ru" else pair[0]


def _pick(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "ru" else pair[0]


def how(key: str, lang: str) -> str:
    return _pick(HOW, key, lang)


def published_how(key: str, lang: str) -> str:
    return _pick(PUBLISHED_HOW, key, lang)


def event_type(key: str, lang: str) -> str:
    return _pick(TYPES, key, lang)


def kind(key: str, lang: str) -> str:
    return _pick(KINDS, key, lang)


_ACCEPT = re.compile(r"\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*")


def negotiate(cookie: str | None, accept_language: str | None, default: str) -> str:
    """The `lang` cookie if valid, else the best of Accept-Language, else `default`."""
    if cookie in LANGS:
        return cookie
    best: tuple[float, str] | None = None
    for part in (accept_language or "")[:500].split(","):
        m = _ACCEPT.fullmatch(part)
        if not m:
            continue
        code = m.group(1).lower()
        try:
            q = float(m.group(2)) if m.group(2) else 1.0
        except ValueError:
            continue
        if code in LANGS and q > 0 and (best is None or q > best[0]):
            best = (q, code)
    if best is not None:
        return best[1]
    return default if default in LANGS else "en"
