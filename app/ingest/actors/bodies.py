"""Bodies of a state that the gazetteer does not list: «Минфин Японии», «ФСБ России»,
«правительства Великобритании», «Министерства иностранных дел Турции».

A head noun that names a body (ministry, government, embassy, service, central bank, council)
followed by a state in the genitive, with only genitive words between them, is one actor:
the state's body, named in the nominative the way news name it («МИД Турции», not
«Министерство иностранных дел Турции»), `part_of` that state. Without the rule the state
alone became the party of what its ministry did.

A state's adjective right before such a head («в индийском МИД», «японский Минфин»,
«китайское внешнеполитическое ведомство») names the same body: «МИД Индии», «Минфин
Японии», «МИД Китая». Without it a bare «МИД» was read by context as the Russian MFA. A
government («японское правительство») stays the state itself (match.py, rule 10).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from app.ingest.actors.gazetteer import ActorRecord
from app.ingest.actors.lemmas import is_capitalised, norm
from app.ingest.actors.slugs import slugify
from app.ingest.nlp import Token

# Lemmas of nouns that head a body's name.
BODY_HEADS = frozenset(
    {
        "министерство", "правительство", "посольство", "консульство", "парламент",
        "совет", "банк", "центробанк", "нацбанк", "служба", "прокуратура", "генпрокуратура",
        "минфин", "мид", "минобороны", "минэкономразвития", "минэнерго", "минюст",
        "минпромторг", "минтранс", "минздрав", "фсб", "свр", "фсо", "генштаб", "сенат",
        "кабмин", "кабинет", "казначейство", "минсельхоз", "минкультуры", "минпросвещения",
        "постпредство", "представительство",
    }
)  # fmt: skip
# Heads of a state's missions abroad: named with the place they are in, when given, or
# the organisation they are accredited to («Постпредство России при ООН»).
MISSIONS = frozenset({"посольство", "консульство", "постпредство", "представительство"})
# How news shorten the full names of ministries (lemmatised phrase -> short name).
SHORT_NAMES = {
    "министерство иностранный дело": "МИД",
    "министерство финансы": "Минфин",
    "министерство оборона": "Минобороны",
    "министерство экономический развитие": "Минэкономразвития",
    "министерство энергетика": "Минэнерго",
    "министерство юстиция": "Минюст",
    "федеральный служба безопасность": "ФСБ",
}
# Abbreviated heads keep their capitals («МИД», «ФСБ», «Минфин»).
_MAX_BETWEEN = 3


def body_of_state(
    tokens: list[Token], state_first: int, state_text: str, state_id: str
) -> tuple[int, ActorRecord] | None:
    """The body whose name ends with the state named `state_text` at token `state_first`:
    the index of its head token and its record; None when the state ends no body's name."""
    state = tokens[state_first]
    if state.feats.get("Case") not in ("Gen", None) and not state.text.isupper():
        return None
    between: list[Token] = []
    for i in range(state_first - 1, max(-1, state_first - 2 - _MAX_BETWEEN), -1):
        t = tokens[i]
        if norm(t.lemma) in _heads() and t.feats.get("Number") != "Plur":
            if norm(t.lemma) in joint_nouns() and coordinated_state(tokens, state_first):
                return None  # «совета России и Франции»: the two states' joint body
            host = _host(tokens, state_first, state_text) if norm(t.lemma) in MISSIONS else None
            short = _short_with_adjectives(tokens, i, between)
            if short is not None:  # «Федеральная служба безопасности России»: «ФСБ России»
                return short, named_body(
                    f"{SHORT_NAMES[_words(tokens[short : i + 1], between)]} {state_text}", state_id
                )
            return i, _record(t, between, state_text, state_id, host)
        if t.pos not in ("NOUN", "ADJ") or t.feats.get("Case") != "Gen" or t.text[:1].isupper():
            return None
        between.insert(0, t)
    return None


@cache
def joint_nouns() -> frozenset[str]:
    """Nouns of bodies two states hold together (app/data/bodies.toml)."""
    with (resources.files("app") / "data" / "bodies.toml").open("rb") as f:
        return frozenset(tomllib.load(f)["nouns"])


def coordinated_state(tokens: list[Token], k: int) -> bool:
    """Is the state at token `k` followed by «и» and another capitalised genitive («России
    и Франции»)?"""
    return (
        k + 2 < len(tokens)
        and norm(tokens[k + 1].text) == "и"
        and is_capitalised(tokens[k + 2].text)
        and tokens[k + 2].feats.get("Case") == "Gen"
    )


def _heads() -> frozenset[str]:
    """BODY_HEADS and the nouns of a state's services («разведка Турции», services.py)."""
    from app.ingest.actors.services import service_nouns  # services imports this module

    return BODY_HEADS | service_nouns()


def _short_with_adjectives(tokens: list[Token], head: int, between: list[Token]) -> int | None:
    """Where a body's name starts when the adjectives before its head make a full name
    news shorten («Федеральная служба безопасности»: «ФСБ»); None otherwise."""
    k = head
    while k > 0 and tokens[k - 1].pos == "ADJ" and _agree(tokens[k - 1], tokens[head]):
        k -= 1
        if _words(tokens[k : head + 1], between) in SHORT_NAMES:
            return k
    return None


def _agree(adj: Token, noun: Token) -> bool:
    return all(adj.feats.get(f) == noun.feats.get(f) for f in ("Case", "Number"))


def _words(heads: list[Token], between: list[Token]) -> str:
    """The lemmatised words of a body's name up to its state."""
    return " ".join(norm(t.lemma) for t in [*heads, *between])


def _host(tokens: list[Token], state_first: int, state_text: str) -> str | None:
    """«Посольство Пакистана в Москве»: where a mission is, when the words after its state
    say it (a capitalised place in the locative after «в»/«во»). A state has a mission in
    many capitals; the one named is part of its name."""
    j = _host_at(tokens, state_first, state_text)
    return None if j is None else f"{norm(tokens[j - 1].text)} {tokens[j].text}"


def host_end(tokens: list[Token], head: int, state_first: int, state_text: str) -> int | None:
    """Where the name of a mission whose head is token `head` ends when it names the place
    it is in («Посольство России в Китае»: after «Китае»); None for any other body. The
    place is part of the name, no actor of its own beside the mission."""
    if norm(tokens[head].lemma) not in MISSIONS:
        return None
    j = _host_at(tokens, state_first, state_text)
    return None if j is None else tokens[j].end


def _host_at(tokens: list[Token], state_first: int, state_text: str) -> int | None:
    """The token of the place a mission's name gives after its state, or None."""
    end = tokens[state_first].start + len(state_text)
    j = next((k for k in range(state_first, len(tokens)) if tokens[k].start >= end), None)
    if j is None or j + 1 >= len(tokens):
        return None
    place = tokens[j + 1]
    if norm(tokens[j].text) == "при" and is_capitalised(place.text):
        return j + 1  # «при ООН», «при Евросоюзе»: the organisation it is accredited to
    if norm(tokens[j].text) not in ("в", "во"):
        return None
    if not is_capitalised(place.text) or place.feats.get("Case") != "Loc":
        return None
    return j + 1


def _record(
    head: Token, between: list[Token], state_text: str, state_id: str, host: str | None = None
) -> ActorRecord:
    words = [norm(head.lemma), *(norm(t.lemma) for t in between)]
    short = SHORT_NAMES.get(" ".join(words))
    if short is not None:
        name = f"{short} {state_text}"
    else:
        # An abbreviation as written («ФСБ»), a word in the nominative («Минфин»).
        first = head.text if head.text.isupper() else head.lemma
        if head.text[:2].isupper():
            first = head.lemma.upper()  # «МИДе», «МИДа»: the abbreviation «МИД»
        first = first[:1].upper() + first[1:]
        name = " ".join([first, *(t.text for t in between), state_text])
    if host is not None:
        name = f"{name} {host}"
    return named_body(name, state_id)


def named_body(name: str, state_id: str) -> ActorRecord:
    """A body of a state the gazetteer does not list, by its Russian name («МИД Индии»)."""

    return ActorRecord(
        id=slugify(name),
        # Transliterated like a new person's: the web shows `name` wherever English is.
        name=None,
        name_ru=name,
        kind="organisation",
        aliases=(" ".join(norm(w) for w in name.split()),),
        part_of=state_id,
    )
