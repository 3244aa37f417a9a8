"""What page furniture looks like: the patterns of header lines, time stamps, agency
datelines, bylines, navigation, «Смотрите также» links, photo credits and footers, and the
tests on single lines that layout.py's passes use.
"""

from __future__ import annotations

import re
from datetime import date

from .months import MONTH_PATTERN
from .spans import Span

# --------------------------------------------------------------------------- patterns

_F = re.IGNORECASE
_UP = "A-ZА-ЯЁЇІЄҐ"
_LOW = "a-zа-яёїієґ'’"
_NAME_TOKEN = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_INITIAL = rf"[{_UP}]\."
_NAME = (
    rf"(?:{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|{_INITIAL})){{1,2}}"
    rf"|{_INITIAL}\s*(?:{_INITIAL}\s*)?{_NAME_TOKEN})"
)
_AUTHOR_PREFIX = (
    r"(?:Автор(?:ы|\s+текста|\s+статті)?|Текст|Беседовал(?:а)?|Подготовил(?:а)?|Author|By|Від)"
    r"\s*[:—–-]?\s*"
)
_AUTHOR_PREFIXED_RE = re.compile(rf"^{_AUTHOR_PREFIX}(?P<name>{_NAME}(?:\s*,\s*{_NAME})*)\s*$")
_AUTHOR_BARE_RE = re.compile(rf"^(?P<name>{_NAME})$")

_HEADER_RE = re.compile(
    r"^\s*(?:date|дата|published)\s*[:=]?\s*"
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)",
    _F,
)

_YEAR_TAIL = r"(?:\s*(?:года|г\.|г|року|р\.))?"
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:MSK|МСК|GMT|UTC|Киев|Kyiv)(?:\s*[+-]\d{1,2})?)?"
_SEP = r"\s*[,|·•/—–-]?,?\s*"  # a CMS may double the comma: «28 декабря 2019,, 08:59»
_WEEKDAY = (
    r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)"
)
_TIMESTAMP_RE = re.compile(
    r"^(?:(?:Опубликован[оа]?|Обновлен[оа]?|Изменен[оа]?|Дата публикации|Дата|Опубліковано|"
    r"Оновлено|Published|Updated|Posted|Modified)\s*:?\s*)?"
    # a rubric before the stamp on the same line: «Политика, 23 янв 2023, 14:36», «Азия
    # 05 августа, 2022 / 15:23» (one word and a space)
    rf"(?:[{_UP}][{_LOW}]+(?:\s+[{_LOW}]+)?\s*[,|·•/—–]\s*|(?P<rub>[{_UP}][{_LOW}]+\s+(?=\d)))?"
    # a weekday before the date: «Пятница, 5 января 2024 г.»
    rf"(?:{_WEEKDAY}\s*,?\s+)?"
    rf"(?:{_TIME}{_SEP})?"
    r"(?:"
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})(?:,?\s+(?P<y>\d{{4}}){_YEAR_TAIL})?"
    # «21.06.2004»; «21/06/2004», the same separator twice (a reprint's closing stamp);
    # «21-06-2004» with the year in full only (a CMS's stamp; «21-22» is a range)
    r"|(?P<d2>\d{1,2})(?P<sep>[./]|-(?=\d{1,2}-\d{4}\b))(?P<m2>\d{1,2})(?P=sep)"
    r"(?P<y2>\d{4}|\d{2})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    rf"|(?P<m4>{MONTH_PATTERN})\s+(?P<d4>\d{{1,2}})(?:,?\s+(?P<y4>\d{{4}}))?"
    r")"
    # or a weekday, in full, after it: «26 ноября 2019, вторник» (a regional site's date line)
    rf"(?:\s*,?\s*{_WEEKDAY})?"
    rf"(?:{_SEP}(?:в\s+|о\s+|at\s+)?{_TIME})?"
    # a view counter after the stamp: «13.06.2024 в 17:20, просмотров: 4210», «12:40 2143»
    r"(?:(?<=\d)\s*[,|·•]?\s*(?:просмотр[а-яё]*\s*:?\s*)?\d{1,7})?"
    # a later edit in brackets: «19:42 26.01.2021 (обновлено: 20:15 26.01.2021)»
    r"(?:\s*\((?:обновлено|изменено|updated|modified)\b[^()\n]{0,40}\))?\s*$",
    _F,
)

# The label of a later edit's stamp («Обновлено 19 окт 2023», «Modified 30 марта, 15:13»):
# the page's date only when it gives no other.
_EDIT_LABEL_RE = re.compile(r"^(?:Обновлен[оа]?|Изменен[оа]?|Оновлено|Updated|Modified)\b", _F)

# A site's clock bar: today's date with the weekday's abbreviation after it («26 Янв 2026,
# Пн»), the day the page was viewed; a stamp puts a weekday, in full, before its date.
_TODAY_BAR_RE = re.compile(
    rf"^\d{{1,2}}\s+(?:{MONTH_PATTERN})\.?\s+\d{{4}}\s*,?\s*(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed"
    r"|thu|fri|sat|sun)\.?$",
    _F,
)

# «Вчера, 14:10», «Сегодня в 09:00», «Yesterday, 18:05»: a stamp counted from the crawler's date.
_RELATIVE_STAMP_RE = re.compile(
    r"^(?:(?:Опубликовано|Обновлено|Published|Updated)\s*:?\s*)?"
    rf"(?:{_TIME}{_SEP})?(?P<w>Сегодня|Вчера|Позавчера|Today|Yesterday)"
    rf"(?:{_SEP}(?:в\s+|at\s+)?{_TIME})?\s*$",
    _F,
)

# Segments of a header line: «NEWSru.com :: В мире :: 5 января 2024 г.», «Коммерсантъ  Мир
# 04.11.2021, 14:32» (two spaces or a separator between outlet, rubric and stamp).
_SEGMENTS_RE = re.compile(r"\s{2,}|\s+(?:::|//|[|/›»•·—–])\s+")
# A currency or weather ticker line of a site's header.
_TICKER_RE = re.compile(
    # the quote's day may stand between the currency and the rate: «USD 02/10 94.2331»
    r"\b(?:USD|EUR|CNY|GBP)\s*[$€]?\s*(?:\d{1,2}[./]\d{1,2}\s+)?\d+[.,]\d+"
    r"|[-+]?\d+\s*°\s*C?\b",
    re.UNICODE,
)

# A print issue's line: «Газета «Коммерсантъ» №174 от 18.09.2023, стр. 6».
_EDITION_RE = re.compile(
    r"№\s*\d+(?:\s*\(\d+\))?\s+от\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)", _F
)

_CITY = rf"[{_UP}][\w'’]*(?:(?:[ -]|-на-|-he-)[{_UP}][\w'’]*){{0,3}}"
_DATELINE_RE = re.compile(
    rf"^(?P<lead>\s*)(?P<city>{_CITY})\s*[.,]\s*"
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})|(?P<m2>{MONTH_PATTERN})\s+(?P<d2>\d{{1,2}})"
    r"|(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4}))"
    rf"(?:,?\s+(?P<y>\d{{4}}){_YEAR_TAIL})?"
    # the hour of the item after the date: «Москва, 15 июня 2023, 16:16 — ИА Вестник.»
    rf"(?:\s*,?\s+{_TIME})?"
    r"\s*[.,]?\s*"
    r"(?:"
    r"/\s*(?P<a1>[^/\n]{2,40}?)\s*/\s*[.,:]?"
    r"|\(\s*(?P<a2>[^)\n]{2,40}?)\s*\)\s*[-–—.:]?"
    r"|[-–—]\s*(?P<a3>[^.,\n—–]{2,40}?)\s*(?P<a3end>[.,:]|\s[-–—])"
    rf"|(?P<a4>[{_UP}][\w.\-]*(?:\s+[{_UP}][\w.\-]*){{0,2}})\s*[-–—:]"
    r")[ \t]*",
    re.UNICODE,
)

_KNOWN_AGENCIES = {
    "интерфакс",
    "interfax",
    "тасс",
    "tass",
    "риа новости",
    "ria novosti",
    "прайм",
    "рбк",
    "reuters",
    "ap",
    "afp",
    "bloomberg",
    "dpa",
    "efe",
    "ansa",
    "xinhua",
    "синьхуа",
    "kyodo",
    "yonhap",
    "анадолу",
    "anadolu",
    "унiан",
    "униан",
    "укринформ",
    "укрінформ",
    "белта",
    "sputnik",
    "регнум",
    "ia regnum",
    "ria",
    "известия",
    "коммерсантъ",
    "ведомости",
}

_RUBRICS = {
    "главная",
    "новости",
    "политика",
    "геополитика",
    "экономика",
    "общество",
    "мир",
    "в мире",
    "россия",
    "украина",
    "сша",
    "европа",
    "азия",
    "спорт",
    "культура",
    "происшествия",
    "технологии",
    "наука",
    "регионы",
    "аналитика",
    "мнения",
    "интервью",
    "дипломатия",
    "бизнес",
    "финансы",
    "армия",
    "безопасность",
    "бывший ссср",
    "в россии",
    "международные отношения",
    "лента",
    "новини",
    "політика",
    "геополітика",
    "світ",
    "економіка",
    "суспільство",
    "україна",
    "росія",
    "війна",
    "home",
    "news",
    "world",
    "politics",
    "economy",
    "europe",
    "business",
}

_NAV_LINES = {
    "форма поиска по сайту",
    "поиск по сайту",
    "поиск",
    "меню",
    "главное меню",
    "главная",
    "войти",
    "вход",
    "регистрация",
    "поделиться",
    "поделиться:",
    "комментарии",
    "комментарии:",
    "подписаться",
    "версия для печати",
    "распечатать",
    "закрыть",
    "наверх",
    "реклама",
    "все новости",
    "лента новостей",
    "перейти к содержимому",
    "skip to content",
    "share",
    "tweet",
    "menu",
    "search",
    "пошук",
    "поділитися",
    "головна",
    "усі новини",
    "все материалы",
    "показать ещё",
    "показать еще",
    "загрузить ещё",
    "загрузить еще",
    "dmca",
}
_SOCIAL = {
    "вконтакте",
    "вк",
    "vk",
    "одноклассники",
    "ок",
    "telegram",
    "телеграм",
    "whatsapp",
    "viber",
    "twitter",
    "x",
    "facebook",
    "дзен",
    "яндекс.дзен",
    "rutube",
    "youtube",
    "мой",
    "мир",
    "livejournal",
    "email",
    "e-mail",
    "copy",
    "link",
}

_SEE_ALSO_RE = re.compile(
    r"^(?:Смотрите\s+также|Смотри(?:те)?\s+также|См\.\s*также|Читайте\s+также|Читать\s+также|"
    r"Также\s+читайте|Читайте\s+нас|Читайте\s+подробнее|Подробнее\s*:|Новости\s+по\s+теме|"
    r"Материалы\s+по\s+теме|По\s+теме\s*:|Подписывайтесь|Подпишитесь|Дивіться\s+також|"
    r"Читайте\s+також|Читайте\s+нас|Підписуйтесь|See\s+also|Read\s+also|Read\s+more|"
    r"Related\s*:|Реклама\s*:|Новости\s+партн[её]ров"
    # «Читайте: США и Россия согласовали ...»: a linked headline on the marker's own line (an
    # imperative to the reader with a colon opens no sentence of the article's own)
    r"|(?:Читайте|Читать|Смотрите|Слушайте)(?:\s+(?:по\s+теме|в\s+тему|еще|ещё))?\s*:"
    # «Рекомендуем» alone on its line heads a list of linked headlines (an agency's page)
    r"|Рекомендуем(?:\s+(?:прочитать|почитать|к\s+прочтению))?\s*:?\s*$)",
    _F,
)
_PHOTO_RE = re.compile(
    r"^(?:Фото(?:графия)?|Фото\s+и\s+видео|Видео|Иллюстрация|Источник\s+фото|Кадр|"
    r"Скриншот|Photo|Image|Credit|Фото\s+на\s+(?:заставке|обложке))\s*(?:[:©/—–-]|$)"
    r"|(?:^|\s)(?:Фото|Photo|Фото\s+и\s+видео)\s*[:©]\s*\S.{0,80}$",
    _F,
)
_KEYPOINTS_RE = re.compile(
    r"^(?:Основн(?:ые|і)\s+тез(?:исы|и)|Ключевые\s+тезисы|Ключов[іи]\s+тези|Главное|Головне|"
    r"Коротко(?:\s+(?:о|про)\s+главном|\s+про\s+головне)?|Кратко|Вкратце|Key\s+points|"
    r"Key\s+takeaways|In\s+brief|Что\s+известно|Що\s+відомо)\s*[:.]?$",
    _F,
)
_TAGS_RE = re.compile(r"^(?:Теги|Тэги|Метки|Теги статьи|Теґи|Tags|Рубрика|Рубрики)\s*:", _F)
_BREADCRUMB_SEP_RE = re.compile(r"\s+[/›»>|→]\s+")

_COPYRIGHT_RE = re.compile(r"©|\(c\)\s*\d{4}|\bCopyright\b|\(С\)\s*\d{4}", _F)
# Words that only a footer carries: a line with them is furniture whatever its length.
_FOOTER_STRONG_RE = re.compile(
    r"все\s+права\s+защищены|all\s+rights\s+reserved|контакты\s+редакции|редакция\s*:|"
    r"свидетельство\s+о\s+регистрации|роскомнадзор|эл\s*№\s*фс|"
    r"(?<![\w+])18\+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+\d[\d\s()\-]{8,}\d|усі\s+права\s+захищені",
    _F,
)
# Words a body sentence uses too («Контакты двух стран стали регулярными», «главный редактор
# RT заявила»): furniture only on a short line such as «Главный редактор: И. Иванов».
_FOOTER_WEAK_RE = re.compile(
    r"мнение\s+редакции|использование\s+материалов|перепечатка|^контакты\b|^учредитель|"
    r"главный\s+редактор",
    _F,
)
FOOTER_WEAK_MAX_WORDS = 12


def footer_line(s: str) -> bool:
    """A line of a page's footer: legal, contact or reprint notices."""
    if _FOOTER_STRONG_RE.search(s):
        return True
    return len(s.split()) <= FOOTER_WEAK_MAX_WORDS and bool(_FOOTER_WEAK_RE.search(s))
_FOOTER_OUTLET_RE = re.compile(
    r"(?:портал|издание|сайт|СМИ|газета|агентство|журнал|телеканал|радио|портал)\s*"
    r"[«\"“„](?P<name>[^»\"”“\n]{2,60})[»\"”“]",
    _F,
)
_COPYRIGHT_OUTLET_RE = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*[,.]?\s*)?"
    r"(?P<name>[«\"“]?[^\s.,;«»\"“”][^.,;\n]{1,60}?)(?:[.,;]\s|[.,;]?$|\s+[-–—]\s)",
    _F,
)
_LEGAL_FORM_RE = re.compile(r"^(?:ООО|АО|ЗАО|ОАО|ФГУП|МИА|ФГБУ|ИА|Сетевое издание)\s+", _F)

_CLOSERS = "\"'»”’)]"


def _ends_sentence(s: str) -> bool:
    core = s.rstrip().rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".!?…"


def _ends_with_period(s: str) -> bool:
    core = s.rstrip().rstrip(_CLOSERS)
    return core.endswith(".") and not core.endswith("..")


def _words(s: str) -> list[str]:
    return s.split()


def _is_headline_like(s: str) -> bool:
    """A line that reads as a headline: 2+ words, not too long, no final period."""
    words = _words(s)
    return (
        2 <= len(words) <= 40
        and len(s) <= 250
        and any(c.isalpha() for c in s)
        and not _ends_with_period(s)
        and not s.endswith(":")
    )


def _trim_dot(text: str, span: Span) -> Span:
    """A month name's optional dot is sentence punctuation unless it ends an abbreviation."""
    a, b = span
    if b > a and text[b - 1] == "." and len(text[a:b].split()[-1]) > 5:
        return (a, b - 1)
    return span


def _valid_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _valid_day_month(d: int, m: int) -> bool:
    return _valid_date(2000, m, d) is not None  # 2000 is a leap year: 29 Feb allowed


# --------------------------------------------------------------------------- line kinds


def _is_nav_line(s: str) -> bool:
    if len(s) > 80:
        return False
    low = s.lower().strip(" |•·")
    if low in _NAV_LINES:
        return True
    if _TAGS_RE.match(s):
        return True
    tokens = [t.strip(",;|•·").lower() for t in s.split()]
    tokens = [t for t in tokens if t]
    return len(tokens) >= 2 and all(t in _SOCIAL for t in tokens)


_DOUBLED_MIN_WORDS = 3


def _is_doubled_line(s: str) -> bool:
    """A run of words printed twice on one line («Лавров Мьянма политика Лавров Мьянма
    политика»): a tag list or menu rendered for two screens, never a headline or prose."""
    words = s.split()
    half = len(words) // 2
    return half >= _DOUBLED_MIN_WORDS and len(words) % 2 == 0 and words[:half] == words[half:]


def _is_breadcrumb_line(s: str) -> bool:
    if len(s) > 150:
        return False
    parts = _BREADCRUMB_SEP_RE.split(s)
    if len(parts) < 2 or len(s) > 150:
        return False
    if any(len(p.split()) > 4 or not p for p in parts):
        return False
    return len(parts) >= 3 or parts[0].lower() in _RUBRICS


# A cell border of a table row as the HTML extraction renders it, a pipe inside a cell
# escaped with a backslash («| | Новости \\| Статьи \\| Смольный |»).
_ROW_SEP_RE = re.compile(r"\s*\\?\|\s*")
_MENU_CELL_WORDS = 4
_MENU_MIN_CELLS = 3


def _is_menu_row(s: str) -> bool:
    """A row of a page's menu table: three or more cells, each a label of a few words that
    starts with a letter and ends no sentence («| | Новости \\| Статьи \\| Саммит G8 |»).
    A site lays its menu out as a table; a table in the body holds figures or sentences."""
    t = s.strip()
    if len(t) > 250 or not (t.startswith("|") and t.endswith("|")):
        return False
    cells = [c for c in _ROW_SEP_RE.split(t) if c]
    return len(cells) >= _MENU_MIN_CELLS and all(
        len(c.split()) <= _MENU_CELL_WORDS and c[0].isalpha() and c[-1] not in ".!?:;»"
        for c in cells
    )


def _breadcrumb_prefix(s: str) -> int:
    """Length of a leading run of 2+ rubric words followed by a capitalised word."""
    tokens = list(re.finditer(r"\S+", s))
    i = 0
    while i < len(tokens):
        two = " ".join(t.group().lower() for t in tokens[i : i + 2])
        if i + 2 < len(tokens) and two in _RUBRICS:
            i += 2
        elif tokens[i].group().lower() in _RUBRICS:
            i += 1
        else:
            break
    # keep at least three words of headline, and the headline must start capitalised
    while i >= 2 and (len(tokens) - i < 3 or not tokens[i].group()[0].isupper()):
        i -= 1
    if i < 2:
        return 0
    return tokens[i].start()


def _match_author(s: str, bare_ok: bool) -> str | None:
    m = _AUTHOR_PREFIXED_RE.match(s)
    if m:
        return m.group("name")
    if not bare_ok or len(s) > 60:
        return None
    m = _AUTHOR_BARE_RE.match(s)
    if not m:
        return None
    words = [w.lower().strip(".") for w in s.split()]
    if any(w in _RUBRICS or w in _NAV_LINES or w in _SOCIAL for w in words):
        return None
    return m.group("name")


def _valid_agency(a: str) -> bool:
    a = a.strip().strip('"«»')
    if not a or len(a) > 40 or len(a.split()) > 4:
        return False
    if a.lower() in _KNOWN_AGENCIES:
        return True
    upper = sum(1 for c in a if c.isupper())
    return a[0].isupper() and (upper >= 2 or "." in a)
