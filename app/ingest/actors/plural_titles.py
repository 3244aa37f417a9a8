"""A plural title followed by several states names each state's holder of that office.

«президенты России, Ирана и Казахстана», «министры иностранных дел Армении и Азербайджана»:
the title is written once, in the plural, and the states after it are coordinated. The first
state is inside the matched title («президенты России» is the role «президент России»); each
further state stands for the holder of the same office in that state, when the gazetteer has
a role with that title («президент» + «Иран» = «президент Ирана»). A state with no such role
stays the state.

A plural title whose holders the gazetteer does not know on the article's day («министры
обороны США и России» in 2010) names its states: the states themselves, inside the title or
listed after it, are the hits (unheld_states), and who acts for them is read from the
sentence (app/ingest/events/unnamed_sides.py). Not when names follow the title, which say
who they were, nor for a title that names somebody's deputy or aide.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.ingest.actors.gazetteer import Gazetteer, Pattern
from app.ingest.nlp import Token

# Words that join the states of one list: «России, Ирана и Казахстана».
_JOINERS = frozenset({",", "и"})


def plural_title_roles(
    tokens: Sequence[Token], gazetteer: Gazetteer, cands: Sequence[tuple[int, int, Pattern]]
) -> dict[int, str]:
    """Index of a candidate (token start, token end, pattern; text order, not overlapping)
    -> the role its state stands for, for the states listed after a plural title."""
    out: dict[int, str] = {}
    by_title: dict[str, str] | None = None
    for n, (i, j, p) in enumerate(cands):
        if p.kind != "role" or not _plural(gazetteer, tokens[i]):
            continue
        if by_title is None:
            by_title = {t: r.id for r in gazetteer.roles.values() for t in r.titles}
        words = p.key.split(" ")
        end, listed = j, {}
        for m in range(n + 1, len(cands)):
            i2, j2, p2 = cands[m]
            if i2 <= end or any(t.text.lower() not in _JOINERS for t in tokens[end:i2]):
                break
            if not _is_state(gazetteer, p2):
                break
            role = _same_office(by_title, words, p2.key)
            if role is None:
                break
            listed[m] = role
            end = j2
        if not _names_follow(gazetteer, cands, end):
            out.update(listed)
    return out


def unheld_states(
    tokens: Sequence[Token],
    gazetteer: Gazetteer,
    cands: Sequence[tuple[int, int, Pattern]],
    resolved: Sequence[tuple[int, int, Pattern, bool]],
    listed: Iterable[int],
    subordinate: Iterable[int],
) -> dict[int, list[tuple[int, int, Pattern]]]:
    """Index into `resolved` (token start, end, pattern, whether it found an actor) -> the
    state candidates (from all of `cands`) that stand in its place: for a plural role with
    no holder, the states inside it; for a listed state (`listed`, Rule 3b) with no holder,
    the state itself."""
    out: dict[int, list[tuple[int, int, Pattern]]] = {}
    skip = set(subordinate)
    for n, (i, j, p, found) in enumerate(resolved):
        if found:
            continue
        if n in set(listed):
            out[n] = [(i, j, p)]
            continue
        if p.kind != "role" or i in skip or not _plural(gazetteer, tokens[i]):
            continue
        if _names_follow(gazetteer, [(a, b, q) for a, b, q, _ in resolved], j):
            continue  # «министры ... России и Украины Сергей Лавров и Дмитрий Кулеба»
        states = [(a, b, q) for a, b, q in cands if i <= a and b <= j and _is_state(gazetteer, q)]
        if states:
            out[n] = states
    return out


def _names_follow(
    gazetteer: Gazetteer, cands: Sequence[tuple[int, int, Pattern]], end: int
) -> bool:
    """Are the holders named right after the list («министры иностранных дел России и
    Украины Сергей Лавров и Дмитрий Кулеба»)? The names then say who they were."""
    for i, _, p in cands:
        if i == end:
            rec = gazetteer.actors.get(p.target)
            return p.kind in ("alias", "surname") and rec is not None and rec.kind == "person"
    return False


def _plural(gazetteer: Gazetteer, token: Token) -> bool:
    """Is the title's head word plural? The tagger's word, or pymorphy3's when every reading
    of the form is plural: a capitalised first word («Президенты России») is often tagged a
    singular proper noun, while «главы» (a genitive singular too) is left to the tagger."""
    if token.feats.get("Number") == "Plur":
        return True
    parses = gazetteer.lemmatizer._parses(token.text.lower())
    return bool(parses) and all("plur" in p.tag for p in parses)


def _is_state(gazetteer: Gazetteer, p: Pattern) -> bool:
    rec = gazetteer.actors.get(p.target)
    return p.kind == "alias" and rec is not None and rec.kind == "state"


def _same_office(by_title: dict[str, str], words: list[str], state_key: str) -> str | None:
    """The role titled like ``words`` with its state part replaced by ``state_key``: the
    longest head first («министр иностранных дел» before «министр»)."""
    for k in range(len(words) - 1, 0, -1):
        role = by_title.get(" ".join([*words[:k], state_key]))
        if role is not None:
            return role
    return None
