"""Talks an article tells of the very parties of its call are the call.

«Путин и Эрдоган провели телефонный разговор ... Лидеры обсудили ситуацию в Карабахе», a
headline «Путин обсудил с Токаевым обстановку» over «телефонный разговор состоялся в
субботу»: «обсудили», «переговоры» read alone are talks, but in one article with a call of
the same parties, with no place of their own (talks in person are held somewhere) and no
day of their own apart from the call's, they tell the call by its topic. Across articles a
call and talks stay two: leaders who phone each other also meet.
"""

from __future__ import annotations

from app.ingest.events.identity import dates_compatible, same_day, same_parties
from app.ingest.events.model import EventCandidate
from app.ingest.events.places import places

_PAIR = frozenset({"call", "talks"})


def talks_of_call(a: EventCandidate, b: EventCandidate) -> bool:
    """Are `a` and `b` (of one article) a call and talks of the same parties, the talks
    placed nowhere and not dated apart from the call?"""
    if {a.type, b.type} != _PAIR or a.status != b.status:
        return False
    talks = a if a.type == "talks" else b
    if places(talks.keys) or talks.venue:
        return False
    if not same_parties(a.actors, b.actors) or not dates_compatible(a.date, b.date):
        return False
    # One of them undated by the text (only the publication places it), or both the same day.
    return not (a.date.explicit and b.date.explicit) or same_day(a.date, b.date)
