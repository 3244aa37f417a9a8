"""A state's service named by the state's adjective: «турецкая разведка», «японская
береговая охрана», «турецкие спецслужбы».

News name the intelligence, border or coast guard of a state by its adjective far more often
than by the state's name; the service, not the state, is then the party («турецкая разведка
распространила заявление»). The noun is one of a lexical class of services
(app/data/actors_refs.toml, [state_services]); adjectives that agree with both may stand
between (agreeing.py). The body is named as bodies.py names one: its noun phrase in the
nominative and the state in the genitive («Береговая охрана Японии»), part of the state.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

from app.ingest.actors.adjective_bodies import _morph, genitive
from app.ingest.actors.agreeing import qualified_noun
from app.ingest.actors.bodies import named_body
from app.ingest.actors.gazetteer import ActorRecord, Gazetteer
from app.ingest.actors.lemmas import norm
from app.ingest.nlp import Token


@lru_cache(maxsize=1)
def service_nouns() -> frozenset[str]:
    with (resources.files("app") / "data" / "actors_refs.toml").open("rb") as f:
        return frozenset(tomllib.load(f)["state_services"]["nouns"])


def _nominative(tok: Token) -> str:
    """The word in the nominative, in its number and (for an adjective) the noun's gender."""
    plural = tok.feats.get("Number") == "Plur"
    for p in _morph().parse(tok.text.lower()):
        if p.normal_form.replace("ё", "е") != norm(tok.lemma) and p.tag.POS not in ("ADJF",):
            continue
        want = {"nomn", "plur" if plural else "sing"}
        if not plural and p.tag.POS == "ADJF" and p.tag.gender:
            want.add(p.tag.gender)
        form = p.inflect(want)
        if form is not None:
            return str(form.word)
    return tok.text.lower()


def service_body(
    tokens: list[Token], k: int, gaz: Gazetteer, adjectives: Mapping[str, str], text: str
) -> tuple[int, ActorRecord] | None:
    """The service named by the state's adjective at `k` and the words after it: one past
    its last token and its record; None when the words name no service of the class."""
    adj = tokens[k]
    state_id = adjectives.get(norm(adj.lemma))
    if adj.pos != "ADJ" or state_id is None or (state := gaz.actors.get(state_id)) is None:
        return None
    j = qualified_noun(tokens, k, adjectives, text)
    if j is None or norm(tokens[j].lemma) not in service_nouns():
        return None
    words = [_nominative(t) for t in tokens[k + 1 : j + 1]]
    name = " ".join(words)
    name = name[:1].upper() + name[1:]
    return j + 1, named_body(f"{name} {genitive(state.name_ru)}", state_id)
