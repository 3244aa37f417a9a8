"""What the gazetteer tells about a person or a state beyond its names, for reading text
that refers back to it (app/ingest/events/coref.py): the words of a person's titles, and
the words that name a state.
"""

from __future__ import annotations

from app.ingest.actors.gazetteer import Gazetteer

_ADJ_ENDINGS = ("ий", "ый", "ой")


def person_titles(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Person id -> every title of his roles, lemmatised («министр иностранный дело россия»,
    «российский министр иностранный дело»), whenever he held them: a bare «министр» or
    «российский министр» may stand for him."""
    out: dict[str, frozenset[str]] = {}
    for actor in gazetteer.actors.values():
        if actor.kind != "person":
            continue
        titles: set[str] = set()
        for term in actor.roles:
            role = gazetteer.roles.get(term.role)
            if role is not None:
                titles.update(role.titles)
        if titles:
            out[actor.id] = frozenset(titles)
    return out


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
