"""The era of an article without a publication date, from the dated roles of the gazetteer.

«президент США Джо Байден» names Biden as president: the text was written during his term
(20 January 2021 – 19 January 2025). Each role title followed within a few words by the name
of one of its holders, not marked as former («бывший», «экс-») or as not yet in office
(«новоизбранный президент США Дональд Трамп» speaks of a term to come, in a text written
in the term of another), is such a term; the era is their intersection. A term still open
bounds the era only from below. The resolver uses the era only when it settles a year by
itself (see resolve.py); it never reads today's date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from app.ingest.actors.per_gazetteer import per_gazetteer

from .calendar import make_date

if TYPE_CHECKING:
    from app.ingest.actors.gazetteer import Gazetteer

Span = tuple[date | None, date | None]  # inclusive bounds; None = open
Era = tuple[Span, ...]  # the text lies in one of these spans

_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*")
_FORMER = frozenset({"бывший", "экс", "экс-", "прежний", "предыдущий", "покойный"})
# a holder not yet in office: the text lies in none of his terms
# («избранный» alone is not one: «законно избранный президент» holds office)
_NOT_YET = frozenset({"новоизбранный", "будущий"})
_NAME_WINDOW = 4  # words between the title and the name («госсекретарь США Марко Рубио»)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    from app.ingest.actors.gazetteer import Gazetteer

    return Gazetteer.load()


Holder = tuple[list[str], frozenset[str], Era]  # title lemmas, name lemmas, the holder's terms


@per_gazetteer
def _holders(gaz: Gazetteer) -> dict[str, list[Holder]]:
    """A role title's first lemma -> the holders of that role with dated terms."""
    terms: dict[tuple[str, str], list[Span]] = {}
    for role in gaz.roles.values():
        for t in role.terms:
            if t.start is not None or t.end is not None:
                last = t.end - timedelta(days=1) if t.end is not None else None
                terms.setdefault((role.id, t.actor_id), []).append((t.start, last))
    out: dict[str, list[Holder]] = {}
    for (role_id, actor_id), spans in terms.items():
        actor = gaz.actors.get(actor_id)
        if actor is None:
            continue
        names = frozenset(a.split()[-1] for a in actor.aliases if a)
        for title in gaz.roles[role_id].titles:
            words = title.split()
            if words:
                out.setdefault(words[0], []).append((words, names, tuple(spans)))
    return out


def _meet(a: Span, b: Span) -> Span | None:
    lo = a[0] if b[0] is None else b[0] if a[0] is None else max(a[0], b[0])
    hi = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
    return None if lo is not None and hi is not None and lo > hi else (lo, hi)


def era_of(text: str, gaz: Gazetteer | None = None) -> Era | None:
    """The spans of time the text's dated roles allow, or None when it names none (or
    they contradict each other)."""
    g = gaz if gaz is not None else default_gazetteer()
    index = _holders(g)
    lemmas = [g.lemmatizer.lemma(m.group()) for m in _WORD.finditer(text)]
    era: Era = ((None, None),)
    found = False
    for i, w in enumerate(lemmas):
        for title, names, spans in index.get(w, ()):
            n = len(title)
            if lemmas[i : i + n] != title or (i and lemmas[i - 1] in _FORMER | _NOT_YET):
                continue
            if not names.intersection(lemmas[i + n : i + n + _NAME_WINDOW]):
                continue
            found = True
            era = tuple(m for a in era for b in spans if (m := _meet(a, b)) is not None)
    return era if found and era else None


def day_in_era(era: Era | None, day: int, month: int) -> date | None:
    """The one day of that day and month the era holds: a yearless dateline («Ханой.
    19 ноября.») over «глава Минэкономразвития Герман Греф и торговый представитель США
    Сьюзан Шваб» (June 2006 – September 2007) is 19 November 2006. None when the era is
    open at an end or holds that day in no year or in more than one."""
    if era is None:
        return None
    days: set[date] = set()
    for lo, hi in era:
        if lo is None or hi is None:
            return None  # a term still open bounds nothing from above
        for y in range(lo.year, hi.year + 1):
            d = make_date(y, month, day)
            if d is not None and lo <= d <= hi:
                days.add(d)
    return days.pop() if len(days) == 1 else None
