"""Layout of a plain-text article: title, outlet, author, language, publication date, and
the character spans that are page furniture rather than article body.

The text is never changed: :attr:`Layout.excluded` lists spans of the original text, so the
source view keeps the original and offsets stay valid (see :func:`.spans.mask_spans` for the
body text event extraction should see).

Shapes handled (general rules; none is tied to one site):

* a crawler header line `` date 2026-02-03 <rest>`` on the first line: the date is the
  publication date (``header``); the rest of that line is page furniture (a photo caption,
  "Форма поиска по сайту") and is excluded, never the title;
* a headline line: the first content line when it reads as a headline (not ending with a
  period, not too long); a run of two or more rubric words before it ("Геополитика Россия")
  is breadcrumbs and is excluded; if the first content line is a body paragraph there is no
  title (``None``);
* a time stamp line near the top (``3 февраля, 09:55``, ``03.02.2026 10:15``,
  ``Опубликовано: 2 февраля 2026 г.``);
* an agency dateline at the start of a paragraph: ``Москва. 2 февраля. INTERFAX.RU - ``,
  ``МОСКВА, 2 фев — РИА Новости.``, ``Вашингтон, 5 марта /ТАСС/.``,
  ``MOSCOW, Feb 2 (Reuters) -``, with or without a year; the agency becomes the outlet;
* an author line: ``Автор: ...``/``Текст: ...``/``By ...`` or a short line that is a person's
  name (two or three capitalised words) among the top lines or the last lines;
* furniture anywhere: breadcrumb lines (``Главная / Политика``), navigation lines
  ("Поиск", "Поделиться", social network names), photo credits (``Фото: Reuters``),
  «Смотрите также» / «Читайте также» / «Читайте нас» lines, key-points box headings
  ("Основні тези", "Главное"), tag lines;
* a footer in the second half of the text: from ``©``/``Copyright`` to the end, and lines with
  contacts, phones, e-mails, 18+ notices; the outlet may come from it
  (``Информационный портал «antmsk.ru»`` -> ``antmsk.ru``). A copyright year is never a date;
* trailing headline-shaped lines without final punctuation after the body (related links).

Publication date signalling:

* full date found: ``published`` set, ``published_how`` is ``"header"`` (crawler header or a
  time stamp line with a year) or ``"dateline"`` (agency dateline with a year);
* day and month without a year: ``published=None``, ``partial_date=(day, month)``, and
  ``published_how`` is what the caller should store once it has inferred the year from the
  text's own dates: ``"dateline"`` for an agency dateline, ``"inferred"`` for a bare time
  stamp. If the caller cannot infer a year it must store ``"unknown"``;
* nothing: ``published=None``, ``partial_date=None``, ``published_how="unknown"``.

``date_span`` is the span of the date expression used (inside an excluded span), so the dates
module can skip it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .lang import guess_lang
from .months import MONTH_PATTERN, month_number
from .spans import Span, mask_spans, merge_spans

__all__ = ["Layout", "PublishedHow", "parse_layout"]

PublishedHow = Literal["header", "dateline", "inferred", "unknown"]


@dataclass(frozen=True)
class Layout:
    title: str | None
    outlet: str | None
    author: str | None
    lang: str
    published: date | None
    published_how: PublishedHow
    partial_date: tuple[int, int] | None
    excluded: tuple[tuple[int, int], ...]
    date_span: tuple[int, int] | None = None


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Line:
    index: int
    start: int
    end: int  # exclusive, before the newline
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def content_span(self) -> Span:
        """The span without leading/trailing whitespace."""
        lead = len(self.raw) - len(self.raw.lstrip())
        trail = len(self.raw) - len(self.raw.rstrip())
        return (self.start + lead, self.end - trail)


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        out.append(_Line(i, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


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
_SEP = r"\s*[,|·•/—–-]?\s*"
_TIMESTAMP_RE = re.compile(
    r"^(?:(?:Опубликовано|Обновлено|Дата публикации|Дата|Опубліковано|Оновлено|Published|"
    r"Updated|Posted)\s*:?\s*)?"
    rf"(?:{_TIME}{_SEP})?"
    r"(?:"
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})(?:,?\s+(?P<y>\d{{4}}){_YEAR_TAIL})?"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}|\d{2})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    rf"|(?P<m4>{MONTH_PATTERN})\s+(?P<d4>\d{{1,2}})(?:,?\s+(?P<y4>\d{{4}}))?"
    r")"
    rf"(?:{_SEP}(?:в\s+|о\s+|at\s+)?{_TIME})?\s*$",
    _F,
)

_CITY = rf"[{_UP}][\w'’]*(?:(?:[ -]|-на-|-he-)[{_UP}][\w'’]*){{0,3}}"
_DATELINE_RE = re.compile(
    rf"^(?P<lead>\s*)(?P<city>{_CITY})\s*[.,]\s*"
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})|(?P<m2>{MONTH_PATTERN})\s+(?P<d2>\d{{1,2}})"
    r"|(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4}))"
    rf"(?:,?\s+(?P<y>\d{{4}}){_YEAR_TAIL})?"
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
    r"Related\s*:|Реклама\s*:|Новости\s+партн[её]ров)",
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
_FOOTER_RE = re.compile(
    r"все\s+права\s+защищены|all\s+rights\s+reserved|мнение\s+редакции|"
    r"использование\s+материалов|перепечатка|контакты\s+редакции|^контакты\b|редакция\s*:|"
    r"свидетельство\s+о\s+регистрации|роскомнадзор|эл\s*№\s*фс|^учредитель|главный\s+редактор|"
    r"(?<![\w+])18\+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+\d[\d\s()\-]{8,}\d|усі\s+права\s+захищені",
    _F,
)
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


def _is_breadcrumb_line(s: str) -> bool:
    if len(s) > 150:
        return False
    parts = _BREADCRUMB_SEP_RE.split(s)
    if len(parts) < 2 or len(s) > 150:
        return False
    if any(len(p.split()) > 4 or not p for p in parts):
        return False
    return len(parts) >= 3 or parts[0].lower() in _RUBRICS


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


# --------------------------------------------------------------------------- the parser


# (priority, full date, (day, month), how, span of the date expression); lowest priority wins
_DateCandidate = tuple[int, date | None, tuple[int, int] | None, PublishedHow, Span]


@dataclass
class _State:
    text: str
    lines: list[_Line]
    excluded: list[Span]
    excluded_lines: set[int]
    title: str | None = None
    title_line: int | None = None
    author: str | None = None
    outlet: str | None = None
    header_date: date | None = None
    header_span: Span | None = None
    # (priority, published, partial, how, span); lower priority wins
    date_candidates: list[_DateCandidate] = field(default_factory=list)

    def exclude_line(self, ln: _Line) -> None:
        self.excluded_lines.add(ln.index)
        self.excluded.append(ln.span)

    def is_excluded(self, ln: _Line) -> bool:
        return ln.index in self.excluded_lines


def _content_lines(st: _State) -> list[_Line]:
    return [ln for ln in st.lines if ln.text and not st.is_excluded(ln)]


def _pass_furniture(st: _State) -> None:
    """Line-level furniture anywhere in the text."""
    lines = st.lines
    i = 0
    while i < len(lines):
        ln = lines[i]
        s = ln.text
        if not s:
            i += 1
            continue
        if _SEE_ALSO_RE.match(s):
            st.exclude_line(ln)
            marker_only = len(s.split()) <= 3 or s.endswith(":")
            if marker_only:  # the links are on the following lines
                j = i + 1
                taken = 0
                while j < len(lines) and taken < 5:
                    nxt = lines[j].text
                    if not nxt:
                        if taken:
                            break
                        j += 1
                        continue
                    if _ends_sentence(nxt) or len(nxt) > 200:
                        break
                    st.exclude_line(lines[j])
                    taken += 1
                    j += 1
                i = j
                continue
        elif (
            (len(s) <= 250 and _PHOTO_RE.search(s))
            or _KEYPOINTS_RE.match(s)
            or _is_nav_line(s)
            or _is_breadcrumb_line(s)
        ):
            st.exclude_line(ln)
        i += 1


def _pass_header(st: _State) -> None:
    first = next((ln for ln in st.lines if ln.text), None)
    if first is None:
        return
    m = _HEADER_RE.match(first.raw)
    if not m:
        return
    st.exclude_line(first)
    st.header_date = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    st.header_span = (first.start + m.start("y"), first.start + m.end("d"))


def _timestamp(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    m = _TIMESTAMP_RE.match(s)
    if not m:
        return None
    if m["d"]:
        d, mo, y, span = int(m["d"]), month_number(m["m"]), m["y"], m.span("d")
        end = m.end("y") if m["y"] else m.end("m")
    elif m["d2"]:
        d, mo, y = int(m["d2"]), int(m["m2"]), m["y2"]
        span, end = m.span("d2"), m.end("y2")
    elif m["y3"]:
        d, mo, y = int(m["d3"]), int(m["m3"]), m["y3"]
        span, end = m.span("y3"), m.end("d3")
    else:
        d, mo, y = int(m["d4"]), month_number(m["m4"]), m["y4"]
        span = m.span("m4")
        end = m.end("y4") if m["y4"] else m.end("d4")
    if mo is None:
        return None
    date_span = (span[0], end)
    if y:
        year = int(y) + (2000 if len(y) == 2 else 0)
        full = _valid_date(year, mo, d)
        return (full, None, date_span) if full else None
    if not _valid_day_month(d, mo):
        return None
    return (None, (d, mo), date_span)


_HEAD_LINES = 12


def _pass_head(st: _State) -> None:
    """Title, time stamp and author among the top lines, until the body starts."""
    title_decided = False
    seen = 0
    for ln in st.lines:
        s = ln.text
        if not s or st.is_excluded(ln):
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        ts = _timestamp(s)
        if ts is not None:
            full, partial, (a, b) = ts
            lead = ln.raw.find(s)
            span = _trim_dot(st.text, (ln.start + lead + a, ln.start + lead + b))
            st.exclude_line(ln)
            if full is not None:
                st.date_candidates.append((1, full, None, "header", span))
            else:
                st.date_candidates.append((4, None, partial, "inferred", span))
            continue
        author = _match_author(s, bare_ok=title_decided)
        if author is not None and st.author is None:
            st.author = author
            st.exclude_line(ln)
            continue
        if not title_decided:
            title_decided = True
            cut = _breadcrumb_prefix(s)
            cand = s[cut:].strip()
            if _is_headline_like(cand) and not _DATELINE_RE.match(cand):
                st.title = cand
                st.title_line = ln.index
                if cut:
                    lead = ln.raw.find(s)
                    st.excluded.append((ln.start + lead, ln.start + lead + cut))
                continue
        if not _is_headline_like(s):
            break  # the body has started


def _pass_dateline(st: _State) -> None:
    """An agency dateline at the start of one of the first body paragraphs."""
    checked = 0
    for ln in st.lines:
        if not ln.text or st.is_excluded(ln) or ln.index == st.title_line:
            continue
        checked += 1
        if checked > 4:
            return
        m = _DATELINE_RE.match(ln.raw)
        if not m:
            continue
        agency = next(
            (m[g] for g in ("a1", "a2", "a3", "a4") if m[g]),
            "",
        ).strip()
        if not _valid_agency(agency):
            continue
        year = m["y"]
        if m["d"]:
            d, mo, dspan = int(m["d"]), month_number(m["m"]), (m.start("d"), m.end("m"))
        elif m["d2"]:
            d, mo, dspan = int(m["d2"]), month_number(m["m2"]), (m.start("m2"), m.end("d2"))
        else:  # «МОСКВА, 05.03.2025 — РИА Новости.»
            d, mo, dspan = int(m["d3"]), int(m["m3"]), (m.start("d3"), m.end("y3"))
            year = m["y3"]
        if mo is None or not _valid_day_month(d, mo):
            continue
        end = m.end()
        if m["a3"] and m["a3end"] == ",":  # "— РИА Новости, Иван Петров."
            rest = re.match(rf"\s*(?P<name>{_NAME})\s*\.[ \t]*", ln.raw[end:])
            if rest:
                if st.author is None:
                    st.author = rest.group("name")
                end += rest.end()
        st.excluded.append((ln.start + m.end("lead"), ln.start + end))
        dspan = _trim_dot(ln.raw, dspan)
        st.outlet = st.outlet or agency.strip('"«»')
        if year:
            if m["y"]:
                dspan = (dspan[0], m.end("y"))
            full = _valid_date(int(year), mo, d)
            if full is not None:
                st.date_candidates.append(
                    (2, full, None, "dateline", (ln.start + dspan[0], ln.start + dspan[1]))
                )
        else:
            st.date_candidates.append(
                (3, None, (d, mo), "dateline", (ln.start + dspan[0], ln.start + dspan[1]))
            )
        return


def _outlet_from_footer(footer: str) -> str | None:
    m = _FOOTER_OUTLET_RE.search(footer)
    if m:
        return m.group("name").strip()
    m = _COPYRIGHT_OUTLET_RE.search(footer)
    if m:
        name = _LEGAL_FORM_RE.sub("", m.group("name").strip(' «»"“”'))
        if name and not _FOOTER_RE.search(name) and len(name.split()) <= 6:
            return name
    return None


def _body_after(st: _State) -> list[bool]:
    """For each line index: does a body-like line follow it (a sentence of 6+ words that is
    not footer boilerplate)?"""
    out = [False] * len(st.lines)
    seen = False
    for ln in reversed(st.lines):
        out[ln.index] = seen
        s = ln.text
        if (
            not seen
            and _ends_sentence(s)
            and len(s.split()) >= 6
            and not st.is_excluded(ln)
            and not _FOOTER_RE.search(s)
        ):
            seen = True
    return out


def _pass_footer(st: _State) -> None:
    """Copyright footer to the end of the text; contact/legal lines near the end."""
    text = st.text
    body_after = _body_after(st)
    starts = [ln.start for ln in st.lines]
    start: int | None = None
    for m in _COPYRIGHT_RE.finditer(text):
        ln = st.lines[bisect_right(starts, m.start()) - 1]
        if st.is_excluded(ln):
            continue
        near_end = m.start() >= len(text) // 2 or len(text) - m.start() <= 1500
        if body_after[ln.index] or not near_end:
            if len(ln.text) <= 120:  # a credit line such as "© Reuters" above the body
                st.exclude_line(ln)
            continue
        before = text[ln.start : m.start()]
        start = ln.start if len(before.strip()) <= 20 else m.start()
        break
    tail_from = int(len(text) * 0.6)
    for ln in st.lines:
        if start is not None and ln.start >= start:
            break
        if ln.start < tail_from or not ln.text or st.is_excluded(ln):
            continue
        if len(ln.text) <= 400 and _FOOTER_RE.search(ln.text):
            if not body_after[ln.index]:
                start = ln.start
                break
            st.exclude_line(ln)
    if start is None:
        return
    st.excluded.append((start, len(text)))
    for ln in st.lines:
        if ln.end >= start:
            st.excluded_lines.add(ln.index)
    if st.outlet is None:
        st.outlet = _outlet_from_footer(text[start:])


def _pass_tail(st: _State) -> None:
    """Author byline and related-article links after the body."""
    content = _content_lines(st)
    if not content:
        return
    body_lines = [ln for ln in content if ln.index != st.title_line]
    if not any(_ends_sentence(ln.text) for ln in body_lines):
        return
    taken = 0
    for ln in reversed(body_lines):
        s = ln.text
        if taken >= 5:
            break
        if st.author is None and taken == 0:
            author = _match_author(s, bare_ok=True)
            if author is not None:
                st.author = author
                st.exclude_line(ln)
                continue
        if _ends_sentence(s) or len(s) > 200 or len(s.split()) < 3 or s.endswith(":"):
            break
        st.exclude_line(ln)
        taken += 1


def _choose_date(
    st: _State,
) -> tuple[date | None, PublishedHow, tuple[int, int] | None, Span | None]:
    if st.header_date is not None:
        return st.header_date, "header", None, st.header_span
    if not st.date_candidates:
        return None, "unknown", None, None
    _, full, partial, how, span = min(st.date_candidates, key=lambda c: c[0])
    return full, how, partial, span


def parse_layout(text: str) -> Layout:
    """Find the layout of a plain-text article (see the module doc for the rules)."""
    st = _State(text=text, lines=_split_lines(text), excluded=[], excluded_lines=set())
    _pass_header(st)
    _pass_furniture(st)
    _pass_head(st)
    _pass_dateline(st)
    _pass_footer(st)
    _pass_tail(st)
    published, how, partial, date_span = _choose_date(st)
    excluded = merge_spans(st.excluded)
    lang = guess_lang(mask_spans(text, excluded))
    return Layout(
        title=st.title,
        outlet=st.outlet,
        author=st.author,
        lang=lang,
        published=published,
        published_how=how,
        partial_date=partial,
        excluded=excluded,
        date_span=date_span,
    )
