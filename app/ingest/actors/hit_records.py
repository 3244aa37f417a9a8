"""The record of each actor found (match.py): the gazetteer's, the one a hit carries (a
state's body, an organisation), or a new person made from a natasha PER entity (rule 7).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.ingest.actors.actor_hit import ActorHit
from app.ingest.actors.gazetteer import ActorRecord, Gazetteer
from app.ingest.actors.lemmas import norm
from app.ingest.actors.names import article_names
from app.ingest.actors.slugs import slugify
from app.ingest.nlp import Analysis, Entity


def actors_of(
    hits: Iterable[ActorHit], analysis: Analysis, gazetteer: Gazetteer
) -> dict[str, ActorRecord]:
    """The records of the actors hit: gazetteer records, and new persons for ``ner`` hits."""
    out: dict[str, ActorRecord] = {}
    by_span = {(e.start, e.end): e for e in analysis.entities}
    names = article_names(analysis.entities, analysis.tokens)
    for h in hits:
        if h.actor_id in out:
            continue
        rec = h.record or gazetteer.get(h.actor_id)
        if rec is None and h.via == "ner" and (h.start, h.end) in by_span:
            rec = unknown_person(by_span[(h.start, h.end)], names.get((h.start, h.end)))
        if rec is not None:
            out[h.actor_id] = rec
    return out


def _title(name: str) -> str:
    # «Мак-Кейн» and glued initials «В.Н.Кузьмичёв»: each part after a hyphen or a stop
    # starts with a capital, else the initials would read «В.н.кузьмичёв».
    def cap(word: str) -> str:
        return "".join(p[:1].upper() + p[1:].lower() for p in re.split(r"(?<=[-.])", word))

    return " ".join(cap(w) for w in name.split())


def unknown_person(entity: Entity, name: str | None = None) -> ActorRecord | None:
    """A new person actor from a natasha PER entity (None if the name has no letters);
    `name` is its nominative (see names.py), else natasha's normal form."""
    if name:
        # Particles of a name stay lower-case («Мухаммед бен Заид»), numerals upper-case
        # («Мсвати III»).
        name_ru = " ".join(w if w.islower() or w[1:].isupper() else _title(w) for w in name.split())
    else:
        name_ru = _title(" ".join((entity.normal or entity.text).split()))
    slug = slugify(name_ru)
    if not slug or not any(ch.isalpha() for ch in name_ru):
        return None
    return ActorRecord(
        id=slug,
        name=None,  # an English name is given by the gazetteer, never guessed
        name_ru=name_ru,
        kind="person",
        aliases=(" ".join(norm(w) for w in name_ru.split()),),
    )
