"""A tour told as one list: «министр до 9 марта посетит Анголу, Намибию, Мозамбик, Зимбабве
и Эфиопию», «совершит поездку в Корею, КНР, Японию и на Филиппины».

Two destinations of one verb are two visits (trip_legs.py: «посетит ОАЭ и Саудовскую
Аравию», each leg told on its own by the outlets). Three or more states listed after one
verb of travel are the stops of one tour, which an analyst lists as one visit of the
traveller: the list names its route, not a visit to each state (a stop told in a sentence of
its own, with its own day or place, is its own event, from that sentence). A list whose
stops carry their own days («15 марта прибудет в Токио, 17-го в Сеул и 18-го в Пекин») still
tells a visit to each.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import ActorSpan, ArticleInput

# Fewer states than this are legs told each on its own (trip_legs.py).
TOUR_STOPS = 3


def one_tour(inp: ArticleInput, places: Sequence[ActorSpan]) -> bool:
    """Do `places` (one sentence's destinations, in text order) list the stops of one tour:
    three states or more, with no date told among them?"""
    stops = [h for h in places if _state(inp, h.actor_id)]
    if len({h.actor_id for h in stops}) < TOUR_STOPS:
        return False
    first, last = min(h.start for h in stops), max(h.end for h in stops)
    # A day inside the list dates one stop («..., 17-го в Сеул, ...»): stops of their own.
    return not any(first < m.start < last for m in inp.dates)


def _state(inp: ArticleInput, actor_id: str) -> bool:
    info = inp.actors.get(actor_id)
    return info is not None and info.kind == "state"
