"""A surname alone that the gazetteer does not take by itself is the one of its people who
held an office on the day the text speaks of.

The gazetteer turns a bare surname off where two of its people share it («Клинтон»: Bill,
president 1993–2001, and Hillary, secretary of state 2009–2013; «Иванов»: Igor and Sergei)
or where somebody it does not list is as likely («Пауэлл»: Colin, secretary of state 2001–2005,
and Jerome of the Fed). Alone in a text the surname then became a new person «Клинтон»,
nobody's. The day tells them apart: of the people whose name ends in the surname, the one
whose term in an office holds on the day («Ельцин и Клинтон» of June 1999: the president).
Two holding on the day («Иванов» in 2003), none holding it («Клинтон» in 2016), or no day
at all: the surname is left a new person, as before.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.ingest.actors.names import name_key
from app.ingest.actors.per_gazetteer import per_gazetteer

if TYPE_CHECKING:
    from app.ingest.actors.gazetteer import Gazetteer


@per_gazetteer
def _people_by_surname(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """The stem of a surname -> the gazetteer's people with dated terms whose name ends in
    it."""
    out: dict[str, list[str]] = {}
    for a in gaz.actors.values():
        if a.kind != "person" or not a.roles:
            continue
        keys = {name_key(n.split()[-1]) for n in (a.name_ru, *a.aliases) if n.split()}
        for k in keys:
            out.setdefault(k, []).append(a.id)
    return {k: tuple(v) for k, v in out.items()}


def dated_namesake(gaz: Gazetteer, surname: str, day: date | None) -> str | None:
    """The one gazetteer person named ``surname`` (one word, any case) who held an office
    on ``day``, or None."""
    if day is None or len(surname.split()) != 1:
        return None
    people = _people_by_surname(gaz).get(name_key(surname), ())
    holding = [
        p for p in people if (rec := gaz.actors.get(p)) and any(t.holds_on(day) for t in rec.roles)
    ]
    return holding[0] if len(holding) == 1 else None
