"""One new person under one id in one ingest run: two spellings of a name («Субраманьяма
Джайшанкара» where no article gave the nominative; «Лула да Силва» of the full name;
«А.Ю.Руденко» of «Андрей Руденко») are the id the run gave first (store.py's StoreCache).
"""

from __future__ import annotations

from dataclasses import replace

from app.ingest.actors.names import name_key
from app.ingest.facts import ArticleFacts
from app.ingest.initials import namesake


def _full_name(people: dict[str, str], name: str) -> str | None:
    """A short form of one full name this run knows («Лула да Силва» of «Луис Инасиу Лула
    да Силва»): at least two words, the last words of exactly one known person."""
    key = name_key(name)
    if len(key.split()) < 2:
        return None
    found = {pid for k, pid in people.items() if k.endswith(" " + key)}
    return found.pop() if len(found) == 1 else None


def same_people(facts: ArticleFacts, people: dict[str, str]) -> ArticleFacts:
    """The article's new people under the ids this run already gave them (`people`: the
    run's new people by the stems of their names' words)."""
    to: dict[str, str] = {}
    for a in facts.actors.values():
        if a.kind == "person" and not a.curated:
            known = (
                people.get(name_key(a.name_ru))
                or _full_name(people, a.name_ru)
                or namesake(a.name_ru, people)  # «А.Ю.Руденко», «Андрей Руденко»
            )
            if known is not None and known != a.id:
                to[a.id] = known
    if not to:
        return facts
    for c in facts.events:
        c.actors = list(dict.fromkeys(to.get(a, a) for a in c.actors))
        c.actor_spans = [(s, e, to.get(a, a)) for s, e, a in c.actor_spans]
        c.roles = {to.get(a, a): r for a, r in c.roles.items()}
        c.venue = to.get(c.venue, c.venue) if c.venue else None
    # The article's own spelling still names the actor in its titles; the stored row (the
    # first spelling) is left as it is.
    actors = {to.get(a.id, a.id): replace(a, id=to.get(a.id, a.id)) for a in facts.actors.values()}
    return replace(facts, actors=actors)
