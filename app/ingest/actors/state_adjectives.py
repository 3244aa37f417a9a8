"""A state's adjective as an actor (match.py rules 9 and 10): each state of a compound
adjective («российско-индийская комиссия»), and the state before a noun for those who act
for it («украинские переговорщики»). The adjectives are read from the gazetteer's
«<adjective> сторона» aliases.
"""

from __future__ import annotations

from app.ingest.actors.actor_hit import ActorHit
from app.ingest.actors.agreeing import qualified_noun
from app.ingest.actors.gazetteer import Gazetteer
from app.ingest.actors.lemmas import norm
from app.ingest.actors.per_gazetteer import per_gazetteer
from app.ingest.nlp import Token


@per_gazetteer
def state_adjectives(gazetteer: Gazetteer) -> dict[str, str]:
    """Combining forms of the states' adjectives («российско», «индийско») -> state, and the
    adjectives themselves, read from the gazetteer's «<adjective> сторона» aliases (once per
    gazetteer: the table is shared, read it only)."""
    out: dict[str, str] = {}
    stems: dict[str, set[str]] = {}
    for a in gazetteer.actors.values():
        if a.kind != "state":
            continue
        for alias in a.aliases:
            words = alias.split()
            if len(words) == 2 and words[1] == "сторона" and words[0][-2:] in _ADJ_ENDINGS:
                out[words[0]] = a.id
                out[words[0][:-2] + "о"] = a.id
                stem = _stem_form(words[0])
                if stem:
                    stems.setdefault(stem, set()).add(a.id)
    # The stem's form is a second way only: the «-ско» form keeps its state, and a stem two
    # states share names neither.
    for stem, ids in stems.items():
        if len(ids) == 1 and stem not in out:
            out[stem] = next(iter(ids))
    return out


_ADJ_ENDINGS = frozenset({"ий", "ый", "ой"})
# The first part of a compound is also formed on the stem without «-ский» (after «и» of
# «-ийский», without «-ийский»): «американо-российские», «палестино-израильские»,
# «германо-французские», «армяно-азербайджанский», «индо-пакистанский».
_STEM_SUFFIXES = ("ийский", "ский")
# A stem this short meets unrelated compounds more often than it names a state.
_MIN_STEM = 3


def _stem_form(adjective: str) -> str | None:
    """«американский» -> «американо», «индийский» -> «индо»; None for other adjectives."""
    for suffix in _STEM_SUFFIXES:
        if adjective.endswith(suffix):
            stem = adjective[: -len(suffix)]
            return stem + "о" if len(stem) >= _MIN_STEM else None
    return None


# Nouns for those who act for a state: with the state's adjective they are the state
# («украинские переговорщики», «российская делегация»), unlike «российские компании».
REPRESENTATIVES = frozenset(
    {"делегация", "переговорщик", "власть", "руководство", "правительство", "кабмин",
     "дипломат"}
)  # fmt: skip
# Of these, some stand for the state only as the doers, in the nominative plural
# («российские и американские дипломаты провели консультации»): one diplomat is a person
# («по словам российского дипломата»), and diplomats expelled are whom it was done to.
AS_DOERS = frozenset({"дипломат"})


def represented_states(
    tokens: list[Token], gazetteer: Gazetteer, text: str, hits: list[ActorHit]
) -> list[ActorHit]:
    """Rule 10: a state's adjective right before a noun for its representatives is the
    state («украинские переговорщики опубликовали»: Ukraine). The hit spans the adjective
    alone, so the noun stays free to head the phrase in the parse."""
    forms = state_adjectives(gazetteer)
    taken = [(h.start, h.end) for h in hits]
    out: list[ActorHit] = []
    for k, a in enumerate(tokens):
        # «словацкой правительственной делегации»: past adjectives agreeing with both.
        j = qualified_noun(tokens, k, forms, text) if a.pos == "ADJ" else None
        if j is None or norm(tokens[j].lemma) not in REPRESENTATIVES:
            continue
        b = tokens[j]
        if norm(b.lemma) in AS_DOERS and (
            b.feats.get("Case") != "Nom" or b.feats.get("Number") != "Plur"
        ):
            continue
        state = forms.get(a.lemma.lower().replace("ё", "е"))
        if state is None or any(s < b.end and a.start < e for s, e in taken):
            continue
        out.append(ActorHit(a.start, b.end, state, text[a.start : b.end], "alias"))
    return out




def compound_states(
    tokens: list[Token], gazetteer: Gazetteer, text: str, hits: list[ActorHit]
) -> list[ActorHit]:
    """Rule 9: a compound adjective of states names each of them («российско-индийская
    комиссия», «российско-американские переговоры»: Russia and India, Russia and the USA).
    Every part must be a state the gazetteer knows; a single nationality adjective stays no
    actor («российские компании»). Whether the states take part is the grammar's to say."""
    forms = state_adjectives(gazetteer)
    taken = [(h.start, h.end) for h in hits]
    out: list[ActorHit] = []
    for tok in tokens:
        if tok.pos != "ADJ" or "-" not in tok.text:
            continue
        if any(s < tok.end and tok.start < e for s, e in taken):
            continue
        parts = tok.lemma.lower().replace("ё", "е").split("-")
        states = [forms.get(p) for p in parts]
        ids = list(dict.fromkeys(x for x in states if x))
        if len(parts) < 2 or None in states or len(ids) < 2:
            continue
        out += [
            ActorHit(tok.start, tok.end, sid, text[tok.start : tok.end], "alias") for sid in ids
        ]
    return out
