"""A short name that stands for a full name the gazetteer knows.

names.py resolves a lone word to the article's full name it begins («Шейх Мухаммед» after
«Мухаммед бен Заид Аль Нахайян»). When the gazetteer found the person under that full
name, the short name is the same actor, not a new person called by the full name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from app.ingest.actors.actor_hit import ActorHit
from app.ingest.nlp import Entity


def known_full_names(
    entities: Iterable[Entity],
    names: Mapping[tuple[int, int], str],
    hits: Iterable[ActorHit],
    is_person: Callable[[str], bool],
) -> dict[str, str]:
    """Each full name of a PER entity a gazetteer person's hit covers -> that person."""
    people = [h for h in hits if is_person(h.actor_id)]
    out: dict[str, str] = {}
    for ent in entities:
        name = names.get((ent.start, ent.end))
        if ent.type != "PER" or name is None or len(name.split()) < 2:
            continue
        over = {h.actor_id for h in people if h.start < ent.end and ent.start < h.end}
        if len(over) == 1:
            out.setdefault(name, next(iter(over)))
    return out
