"""A state's body named by the state's adjective: «индийский МИД», «в турецком Минфине».

bodies.py reads a body followed by its state in the genitive («МИД Индии»); news name the
same body with the state's adjective as often («Источник в индийском МИД опроверг ...»), and
then only the ministry, not the state, is the party. A ministry's short name (or
«министерство» with its domain in the genitive) or a mission (embassy, consulate) right
after a state's adjective is the state's body: the gazetteer's when it lists it («российский
МИД» is the Russian MFA), else a new one named as bodies.py names it («МИД Индии»), so both
spellings are one actor. A bank, a council or a service after an adjective is not
(«российские банки» are companies, not the central bank).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.ingest.actors.bodies import SHORT_NAMES, named_body
from app.ingest.actors.gazetteer import ActorRecord, Gazetteer
from app.ingest.actors.lemmas import norm
from app.ingest.actors.per_gazetteer import per_gazetteer
from app.ingest.nlp import Token

# Short names of ministries and missions: with a state's adjective they are its body.
ADJECTIVE_HEADS = frozenset(
    {
        "мид", "минфин", "минобороны", "минэкономразвития", "минэнерго", "минюст",
        "минпромторг", "минтранс", "минздрав", "генштаб", "посольство", "консульство",
    }
)  # fmt: skip
_MINISTRY = "министерство"
# «китайское внешнеполитическое ведомство», «дипломатическое ведомство»: the foreign ministry.
_FOREIGN_OFFICE = frozenset({"внешнеполитический", "дипломатический"})
_MAX_DOMAIN = 3


def _morph() -> Any:
    from app.ingest.morph_parses import analyzer  # one per process, parses kept per word

    return analyzer()


def genitive(name: str) -> str:
    """A state's name in the genitive («Индия» → «Индии», «Саудовская Аравия» → «Саудовской
    Аравии»); an abbreviation or an indeclinable word stays as written («США»)."""
    out = []
    for word in name.split():
        if word.isupper() or not word.isalpha():
            out.append(word)
            continue
        parses = [p for p in _morph().parse(word) if "nomn" in p.tag.grammemes]
        form = parses[0].inflect({"gent"}) if parses else None
        w = str(form.word) if form is not None else word
        out.append(w[:1].upper() + w[1:] if word[:1].isupper() else w)
    return " ".join(out)


@per_gazetteer
def _known_bodies(gaz: Gazetteer) -> dict[str, str]:
    """Lemmatised names and aliases of the gazetteer's bodies of states -> their ids."""
    out: dict[str, str] = {}
    for a in gaz.actors.values():
        if a.part_of and a.kind != "person":
            for alias in a.aliases:
                out.setdefault(alias, a.id)
    return out


def adjective_body(
    tokens: list[Token], k: int, gaz: Gazetteer, adjectives: Mapping[str, str]
) -> tuple[int, str | ActorRecord] | None:
    """The body named by the state's adjective at token `k` and the words after it: one past
    its last token, and the gazetteer's id or a new record; None when no body is named."""
    from app.ingest.actors.bodies import _record  # one naming for both spellings

    adj = tokens[k]
    state_id = adjectives.get(norm(adj.lemma))
    if adj.pos != "ADJ" or state_id is None or k + 1 >= len(tokens):
        return None
    head = tokens[k + 1]
    lemma = norm(head.lemma)
    if head.feats.get("Number") == "Plur":
        return None
    end, between = k + 2, []
    if lemma in _FOREIGN_OFFICE:
        if k + 2 >= len(tokens) or norm(tokens[k + 2].lemma) != "ведомство":
            return None
        return _foreign_office(k + 3, gaz, state_id)
    if lemma == _MINISTRY:
        words = [lemma]
        for t in tokens[k + 2 : k + 2 + _MAX_DOMAIN]:
            if t.feats.get("Case") != "Gen" or t.pos not in ("NOUN", "ADJ"):
                break
            words.append(norm(t.lemma))
            between.append(t)
            if " ".join(words) in SHORT_NAMES:
                end = k + 2 + len(between)
                break
        else:
            return None
        if " ".join(words) not in SHORT_NAMES:
            return None
    elif lemma not in ADJECTIVE_HEADS:
        return None
    state = gaz.actors.get(state_id)
    if state is None:
        return None
    record = _record(head, between, genitive(state.name_ru), state_id)
    known = _known_bodies(gaz)
    found = known.get(gaz.lemmatizer.phrase_key(record.name_ru))
    return end, (found if found is not None else record)


def _foreign_office(
    end: int, gaz: Gazetteer, state_id: str
) -> tuple[int, str | ActorRecord] | None:
    """«внешнеполитическое ведомство» of a state: its MFA, named «МИД» + the state."""
    state = gaz.actors.get(state_id)
    if state is None:
        return None
    name = f"МИД {genitive(state.name_ru)}"
    known = _known_bodies(gaz)
    found = known.get(gaz.lemmatizer.phrase_key(name))
    if found is not None:
        return end, found
    return end, named_body(name, state_id)
