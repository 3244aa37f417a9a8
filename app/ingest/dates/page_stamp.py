"""Publication dates a page states outside its usual stamp places.

The layout reader (app.ingest.reading.layout) takes the stamp under the headline, a crawler
header or an agency dateline. Pages of other layouts state the day elsewhere, and each rule
here says WHY a date is the article's own:

* a LABEL: «Опубликовано 5 марта 2019 в 11:20», «Дата публикации: 05.03.2019» on a line of
  its own anywhere on the page (weekly reviews and regional sites print it at the very end,
  under the text and its permanent address);
* its PLACE on the headline: «Политика 08/11/2019 <headline>», a rubric and a stamp glued
  to the headline that the next line repeats; a date in a currency block («Курсы валют от
  08/11/2019») or any line that does not carry the headline is never taken;
* a stamp LINE at the head the layout reader does not parse: year first («2018-10-20
  19:03 |») or followed by its rubric («12 марта 2019 | Политика»);
* the body's own DATELINE: «(Афины, 26 октября 2020 года)» or «Афины, 26 октября 2020 года.»
  opening one of the first paragraphs dates a statement or report the page prints;
* the page's own ADDRESS printed with its label («Постоянный адрес новости: …/2019/03/05/…»).

A date read off its place alone (not its label) must agree with the text's own dates.
A site's TODAY BAR («Среда, 15 мая», «Сегодня: 27 ноября 2026»: a weekday or «Сегодня» and
a date, no hour) is the day the page was viewed: when the layout reader took it, a labelled
stamp or a stamp with its hour among the head lines replaces it.

Nothing here reads a copyright year, a currency date or a related item's stamp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.ingest.reading.months import MONTH_PATTERN, month_number
from app.ingest.reading.stamp_line import timestamp
from app.ingest.reading.urldate import date_from_url

from .calendar import make_date
from .page_year import agrees_with_text

__all__ = [
    "PageDate",
    "body_dateline",
    "head_stamp",
    "headline_stamp",
    "labelled_stamp",
    "hour_stamp",
    "over_viewing_bar",
    "own_address_date",
    "page_date",
    "viewing_bar",
]


@dataclass(frozen=True)
class PageDate:
    published: date
    how: str  # "header" (a stamp) or "dateline"


# labels of the day a page went out: «Опубликовано», «Дата публикации», «Размещено»,
# «Добавлено» (the label of common site engines), «Дата создания»
_LABEL_RE = re.compile(
    r"^\s*(?:Опубликован[оа]?|Дата (?:публикации|размещения|создания)|Размещен[оа]?"
    r"|Добавлен[оа]?|Опубліковано|Published|Posted)\b\s*:?",
    re.IGNORECASE,
)
# a later edit on the same line («… Обновлено: 13.03.2019»): its day is not the publication's
_EDIT_LABEL_RE = re.compile(r"^\s*(?:Обновлен[оа]?|Изменен[оа]?|Updated|Оновлено)\b", re.I)
_EDIT_RE = re.compile(r"\s+(?:Обновлен[оа]?|Изменен[оа]?|Updated|Оновлено)\b.*$", re.IGNORECASE)


def labelled_stamp(text: str) -> date | None:
    """The full date of a line that opens with a publication label. The label, not the
    line's place, says whose date it is, so the line may stand anywhere. When several lines
    are labelled (a page repeats its stamp), they must agree."""
    found: set[date] = set()
    for line in text.splitlines():
        label = _LABEL_RE.match(line)
        if label is None:
            continue
        rest = _EDIT_RE.sub("", line[label.end() :].strip())
        ts = timestamp(rest)
        if ts is not None and ts[0] is not None:
            found.add(ts[0])
        elif (m := _LABELLED_DATE_RE.match(rest)) is not None and (d := _date_of(m)):
            # the label names the date; what follows it is the page's («, Просмотров: 12»)
            found.add(d)
    return found.pop() if len(found) == 1 else None


_FULL_DATE = (
    r"(?:(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)"
    rf"|(?P<vd>\d{{1,2}})\s+(?P<vm>{MONTH_PATTERN})\s+(?P<vy>(?:19|20)\d\d)(?:\s*г\.?)?)"
)
# the date right after a label, its hour before or after it, whatever follows
_LABELLED_DATE_RE = re.compile(rf"^(?:\d{{1,2}}:\d\d,?\s+)?{_FULL_DATE}(?!\d)")
# up to three rubric words, the date, then the headline
_HEADLINE_STAMP_RE = re.compile(
    rf"^\s*(?:[^\W\d_][\w-]*\s+){{0,3}}{_FULL_DATE}(?:,?\s+\d{{1,2}}:\d\d)?\s*[|•·—–-]?\s*(?P<rest>\S.*)$"
)
HEAD_LINES = 15  # non-empty lines at the top of a page where the headline stands


def _date_of(m: re.Match[str]) -> date | None:
    if m["d"]:
        return make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    month = month_number(m["vm"])
    return make_date(int(m["vy"]), month, int(m["vd"])) if month else None


def _norm(s: str) -> str:
    return " ".join(s.lower().split()).strip(" .")


def headline_stamp(text: str) -> date | None:
    """A stamp glued to the headline: a head line «<rubric> <date> <headline>» whose
    headline the page prints again on a line of its own. The repeated headline is what ties
    the date to the article; a currency block's or a weather bar's date has no headline."""
    head = [ln.strip() for ln in text.splitlines() if ln.strip()][:HEAD_LINES]
    others = {_norm(ln) for ln in head}
    for line in head:
        m = _HEADLINE_STAMP_RE.match(line)
        if m is None:
            continue
        rest = _norm(m["rest"])
        if len(rest.split()) >= 3 and rest in others - {_norm(line)}:
            return _date_of(m)
    return None


# «2018-10-20 19:03 |», «2018-3-17 18:18»: a machine stamp (year first) on a line of its own
_ISO_STAMP_RE = re.compile(
    r"^\s*(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?"
    r"\s*[|•·—–-]?\s*$"
)
# «12 марта 2019 | Политика», «12.03.2019, 10:15 · Мир»: a stamp, a separator, a rubric of up
# to three words (no digit, no sentence end)
_STAMP_RUBRIC_RE = re.compile(
    rf"^\s*{_FULL_DATE}(?:,?\s+(?:в\s+)?\d{{1,2}}:\d\d)?\s*[|•·/]\s*"
    r"[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}\s*$"
)
# «06.11.2019 12:47», «6 ноября 2019, 12:47»: a full date with its hour and nothing else on
# the line. A site's today beside a weather or currency ticker shows no hour; a line with
# the hour is the article's stamp even when a ticker stands next to it.
_HOUR_STAMP_RE = re.compile(rf"^\s*{_FULL_DATE},?\s+(?:в\s+)?\d{{1,2}}:\d\d\s*$")


def head_stamp(text: str) -> date | None:
    """A stamp line among the top lines of a page that the layout reader does not read:
    year first («2018-10-20 19:03 |»), followed by its rubric («12 марта 2019 | Мир»), by
    its hour alone beside a weather bar the reader took for a site's today, or by its hour
    and furniture under menu lines the reader took for the body.
    Its place, at the head and on a line of its own, makes it the page's stamp."""
    head = [ln for ln in text.splitlines() if ln.strip()][:HEAD_LINES]
    for line in head:
        m = _ISO_STAMP_RE.match(line)
        if m is not None:
            return make_date(int(m["y"]), int(m["m"]), int(m["d"]))
        m = _STAMP_RUBRIC_RE.match(line) or _HOUR_STAMP_RE.match(line)
        if m is not None:
            return _date_of(m)
        # a full date with its hour and the page's furniture after it («10 мая 2012 09:32
        # Четверг», «… | 1 843 просмотра»), under site menus the layout took for the body
        if _HOUR_RE.search(line) and not _EDIT_LABEL_RE.match(line):
            ts = timestamp(line)
            if ts is not None and ts[0] is not None:
                return ts[0]
    return None


# «Постоянный адрес новости: site/ru/news/2019/03/05/…»: the page's own address, labelled so
_OWN_ADDRESS_RE = re.compile(
    r"^\s*(?:Постоянн(?:ый|ая)\s+)?(?:адрес|ссылка)(?:\s+(?:на\s+)?"
    r"(?:новост[ьи]|материала?|стать[юи]|страниц[ыу]|публикаци[юи]))?\s*:\s*(?P<url>\S+)\s*$",
    re.IGNORECASE,
)


def own_address_date(text: str) -> date | None:
    """The day in the page's own address printed under the text with its label («Постоянный
    адрес новости:», «Ссылка на материал:»); a link to another page («Источник:»,
    «Подробнее:») is not the page's own."""
    days: set[date] = set()
    for line in text.splitlines():
        m = _OWN_ADDRESS_RE.match(line)
        if m is None:
            continue
        url = m["url"] if "//" in m["url"] else "https://" + m["url"]
        if (d := date_from_url(url)) is not None:
            days.add(d)
    return days.pop() if len(days) == 1 else None


# «(Афины, 26 октября 2020 года)», «Женева, 3 марта 2021 г. —»: a place, a comma and a full
# date opening a paragraph, closed by a bracket or a dash or a period
_DATELINE_RE = re.compile(
    rf"^\s*(?P<open>\()?\s*[A-ZА-ЯЁ][\w-]*(?:[ -][\w-]+){{0,2}},\s*"
    rf"(?P<vd>\d{{1,2}})\s+(?P<vm>{MONTH_PATTERN})\s+(?P<vy>(?:19|20)\d\d)"
    r"(?:\s*(?:года|г\.?))?\s*(?P<close>\)|[.—–-])"
)
DATELINE_PARAGRAPHS = 3  # paragraphs of the body (from the headline on) the dateline may open


def body_dateline(text: str, title: str | None = None) -> date | None:
    """The full date of a place dateline opening one of the first paragraphs of the body
    (after the headline, when the title is known)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if title:
        at = next((i for i, ln in enumerate(lines) if _norm(ln) == _norm(title)), None)
        if at is not None:
            lines = lines[at + 1 :]
    # a paragraph is a line that ends a sentence; menu lines above the body do not count
    seen = 0
    for ln in lines:
        m = _DATELINE_RE.match(ln)
        if m is not None and (m["open"] is None) == (m["close"] != ")"):
            month = month_number(m["vm"])
            return make_date(int(m["vy"]), month, int(m["vd"])) if month else None
        if ln.rstrip().endswith((".", "!", "?", "»", '"')):
            seen += 1
            if seen >= DATELINE_PARAGRAPHS:
                return None
    return None


# «Среда, 15 мая», «Пятница, 27 ноября 2026 г.», «Сегодня 27 ноября 2026»: a weekday or
# «Сегодня» and the date, without an hour: the bar of a site's today
_VIEWING_BAR_RE = re.compile(
    r"^\s*(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\s*,?"
    r"|сегодня\s*:?)\s*"
    rf"\d{{1,2}}\s+(?:{MONTH_PATTERN})(?:\s+(?:19|20)\d\d(?:\s*г\.?)?)?\s*$",
    re.IGNORECASE,
)
_HOUR_RE = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")


def viewing_bar(line: str) -> bool:
    """A weekday (or «Сегодня») and a date without an hour at the top of a page: a site's
    bar naming the day the page is viewed. An article's stamp names its hour."""
    return _VIEWING_BAR_RE.match(line) is not None


def hour_stamp(text: str, skip: str) -> date | None:
    """The full date of a stamp line with its hour among the head lines (other than the
    line `skip`): «12.03.2019 10:15» under the headline."""
    head = [ln.strip() for ln in text.splitlines() if ln.strip()][:HEAD_LINES]
    days: set[date] = set()
    for line in head:
        # an edit's stamp («Обновлено: 6 января, 10:30») is later than the publication
        if line == skip.strip() or not _HOUR_RE.search(line) or _EDIT_LABEL_RE.match(line):
            continue
        ts = timestamp(line)
        if ts is not None and ts[0] is not None:
            days.add(ts[0])
    return days.pop() if len(days) == 1 else None


def over_viewing_bar(text: str, bar: str, title: str | None = None) -> date | None:
    """The article's own date on a page whose stamp, as the layout read it, is the site's
    today bar `bar`: a labelled stamp, or a stamp with its hour among the head lines, or a
    body dateline the text's own dates agree with. None when the page has no other date
    (the bar is then left as it was read)."""
    if not viewing_bar(bar):
        return None
    found = labelled_stamp(text) or hour_stamp(text, bar)
    if found is not None:
        return found
    dl = body_dateline(text, title)  # «(Афины, 26 октября 2020 года)» under the headline
    # the bar's own day is the day of viewing, none the text tells
    return dl if dl is not None and agrees_with_text(text.replace(bar, "", 1), dl) else None


def page_date(
    text: str,
    title: str | None,
    partial: tuple[int, int] | None,
    how: str,
    body: str | None = None,
) -> PageDate | None:
    """The publication date of a page the layout reader left without a full date
    (`partial`: the day and month it found, as `how`; `body`: the text without the page's
    furniture, the text itself when None), or None.

    A labelled stamp or a headline stamp is taken when it agrees with the day and month an
    agency dateline gave (the dateline is the article's own); a body dateline is taken when
    no day was found or when it gives the same day and month."""
    own_day = partial if how == "dateline" else None
    found = labelled_stamp(text)
    if found is not None and own_day in (None, (found.day, found.month)):
        return PageDate(found, "header")
    # without a label, the place alone says whose date it is: the text must agree with it
    # («Ялта, 4 февраля 1945 года.» opening a feature that tells of 2020 is a scene's date)
    for found in (headline_stamp(text), head_stamp(text)):
        if (
            found is not None
            and own_day in (None, (found.day, found.month))
            and agrees_with_text(body or text, found)
        ):
            return PageDate(found, "header")
    dl = body_dateline(text, title)
    if (
        dl is not None
        and partial in (None, (dl.day, dl.month))
        and agrees_with_text(body or text, dl)
    ):
        return PageDate(dl, "dateline")
    url_day = own_address_date(text)
    if url_day is not None and partial in (None, (url_day.day, url_day.month)):
        return PageDate(url_day, "url")
    return None
