"""A guest the parser hangs on the place of a reception is the one received.

«Путин принял в сочинской резиденции государственного секретаря США»: the guest's noun
(animate, in the accusative that looks like the genitive) follows the place, and the parser
reads it as the place's owner («резиденция секретаря»), leaving «принял» with no object: no
reception is read, and the guest is no party. A host verb (app/data/triggers.toml, [host])
with no object of its own does take one, so the first animate noun hung as a genitive on
the place «в ...» it governs, after it, is its object. With an object of its own («принял
в резиденции президента делегацию») the genitive is the place's owner and stays so.
"""

from __future__ import annotations

from app.ingest.events.lexicon import HOST_VERBS
from app.ingest.events.triggers import animate
from app.ingest.nlp import Token

# Prepositions of the place where a guest is received.
_AT = frozenset({"в", "во", "на"})
# Links of a verb's own object or complement: with one, the verb needs no other.
_OBJECTS = frozenset({"obj", "iobj", "ccomp", "xcomp"})


def guest_to_host(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang the guest the parser put under the place of a host verb with no object on the
    verb, as its object (in place)."""
    for v, t in enumerate(toks):
        if t.lemma.lower().replace("ё", "е") not in HOST_VERBS or t.pos != "VERB":
            continue
        if t.feats.get("Voice") == "Pass":
            continue  # «был принят в резиденции председателя»: the agent is elsewhere
        kids = [j for j, h in enumerate(heads) if h == v]
        if any(rels[j] in _OBJECTS for j in kids):
            continue
        guest = next(
            (
                k
                for p in kids
                if _place(toks, heads, rels, p)
                for k in _owners(toks, heads, rels, p)
            ),
            None,
        )
        if guest is not None:
            heads[guest], rels[guest] = v, "obj"


def _place(toks: list[Token], heads: list[int], rels: list[str], p: int) -> bool:
    """A noun in the locative under «в»/«на», hung on its verb as an oblique."""
    return (
        rels[p] == "obl"
        and toks[p].feats.get("Case") == "Loc"
        and any(heads[k] == p and toks[k].lemma.lower() in _AT for k in range(p))
    )


def _owners(toks: list[Token], heads: list[int], rels: list[str], p: int) -> list[int]:
    """The animate genitives (or accusatives) hung on place `p` after it."""
    return [
        k
        for k in range(p + 1, len(toks))
        if heads[k] == p
        and rels[k] == "nmod"
        and animate(toks[k])
        and toks[k].feats.get("Case") in ("Gen", "Acc")
    ]
