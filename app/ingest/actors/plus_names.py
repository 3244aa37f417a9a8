"""«ОПЕК+»: a name with a «+» written right after it names the wider grouping.

The tokenizer drops a «+» glued to a word, so «ОПЕК+» first matches OPEC. When the text
has «+» right after a hit and the gazetteer knows an actor whose short Russian name is the
hit's own short name with «+» («ОПЕК» → «ОПЕК+»), the hit is that actor, its span taking
the «+». The pairs are data: the `short_ru` of the wider actor in app/data/*.toml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from app.ingest.actors.gazetteer import ActorRecord

if TYPE_CHECKING:  # match.py imports this module
    from app.ingest.actors.actor_hit import ActorHit


def plus_index(actors: Mapping[str, ActorRecord]) -> dict[str, str]:
    """Short Russian name of a «+» grouping («ОПЕК+») -> its actor id."""
    return {r.short_ru: aid for aid, r in actors.items() if r.short_ru and r.short_ru.endswith("+")}


def with_plus(hits: list[ActorHit], text: str, actors: Mapping[str, ActorRecord]) -> list[ActorHit]:
    """Hits followed by a glued «+» read as the «+» grouping of their actor, when known."""
    index = plus_index(actors)
    out: list[ActorHit] = []
    for h in hits:
        record = actors.get(h.actor_id)
        if record is not None and text[h.end : h.end + 1] == "+":
            names = {record.short_ru or record.name_ru, record.name_ru, h.text}
            wider = next((index[n + "+"] for n in names if n + "+" in index), None)
            if wider is not None:
                end = h.end + 1
                out.append(replace(h, end=end, actor_id=wider, text=text[h.start : end]))
                continue
        out.append(h)
    return out
