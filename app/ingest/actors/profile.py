"""What the gazetteer tells about a person or a state beyond its names, for reading text
that refers back to it (app/ingest/events/coref.py): the words of a person's titles, and
the words that name a state.
"""

from __future__ import annotations

from datetime import date

from app.ingest.actors.gazetteer import Gazetteer

_ADJ_ENDINGS = ("ий", "ый", "ой")


Term = tuple[frozenset[str], date | None, date | None]


def person_titles(gazetteer: Gazetteer) -> dict[str, tuple[Term, ...]]:
    """Person id -> the titles of each of his roles, lemmatised («министр иностранный дело
    россия», «российский министр иностранный дело»), with the term's first day and the day
    after its last (None: open): a bare «министр» or «российский министр» may stand for him
    while he holds it (titles_on)."""
    out: dict[str, tuple[Term, ...]] = {}
    for actor in gazetteer.actors.values():
        if actor.kind != "person":
            continue
        terms: list[Term] = []
        for term in actor.roles:
            role = gazetteer.roles.get(term.role)
            if role is not None and role.titles:
                terms.append((frozenset(role.titles), term.start, term.end))
        if terms:
            out[actor.id] = tuple(terms)
    return out


def titles_on(terms: tuple[Term, ...], day: date | None) -> frozenset[str]:
    """The titles of the terms that cover ``day`` (every term when the day is unknown).

    A title the person held years before is no word for him now: in an article of 2022 a
    bare «министр» is not Medvedev, prime minister until 2020, nor «президент» Medvedev,
    president until 2012."""
    out: set[str] = set()
    for titles, start, end in terms:
        if day is None or ((start is None or start <= day) and (end is None or day < end)):
            out |= titles
    return frozenset(out)


def state_words(gazetteer: Gazetteer) -> dict[str, str]:
    """Lemma -> state id for each state's one-word names («россия», «рф») and its adjective,
    read from its «<adjective> сторона» alias («российский»)."""
    out: dict[str, str] = {}
    for actor in gazetteer.actors.values():
        if actor.kind != "state":
            continue
        for alias in actor.aliases:
            words = alias.split()
            if len(words) == 1:
                out.setdefault(words[0], actor.id)
            elif len(words) == 2 and words[1] == "сторона" and words[0].endswith(_ADJ_ENDINGS):
                out.setdefault(words[0], actor.id)
    return out
