"""Mending coordinated parties the parser hangs across the verb they are the subject of.

«Губернатор края Х и министр торговли страны Y подписали меморандум»: a parser may hang the
second conjunct («министр») on the object after the verb («меморандум»), an arc that passes
over the verb above its own head, which a Russian sentence's tree does not do. A conjunct
belongs to the first conjunct before it: the nearest noun before it in its case, taken up
through the names and appositions around that noun («губернатор края Х» — «Х» is the
apposition of «губернатор», the noun «министр» is joined to).

The name after the second title («... и председатель комитета Y подписали»), hung as an
apposition of the first title across the second, is the second title's own apposition: a
title noun stands for the person named right after it.
"""

from __future__ import annotations

from app.ingest.events.syntax import hangs_under
from app.ingest.nlp import Token

NOMINAL = frozenset({"NOUN", "PROPN"})
VERBAL = frozenset({"VERB", "AUX"})
# The relations inside one party's noun group: a name's parts, its title's apposition.
_WITHIN_PARTY = frozenset({"flat:name", "flat", "appos"})
# Marks that close a clause: a first conjunct is not looked for past one.
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})


def conjuncts_over_verb(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each nominal conjunct whose arc passes over a verb above its head
    onto the first conjunct before it; then each apposition hung past a conjunct title of
    its head onto that title."""
    for i, h in enumerate(heads):
        if rels[i] != "conj" or h <= i or toks[i].pos not in NOMINAL:
            continue
        if not any(i < v < h and toks[v].pos in VERBAL for v in _governors(heads, h)):
            continue
        first = _first_conjunct(toks, heads, rels, i)
        if first is not None:
            heads[i] = first
    _appositions_to_nearest_title(toks, heads, rels)


def conjuncts_over_comma(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each nominal conjunct the parser hangs back over a clause mark on a
    noun of another case onto the first conjunct after the mark («Как сообщили в МИД России,
    Лавров и Керри встретились»: «Керри» is no conjunct of «России»). Conjuncts agree in case;
    the noun before «и» in the conjunct's own case, within its own clause, is its first."""
    for i, h in enumerate(heads):
        if rels[i] != "conj" or not 0 <= h < i or toks[i].pos not in NOMINAL:
            continue
        case = toks[i].feats.get("Case")
        if case is None or toks[h].feats.get("Case") in (None, case):
            continue
        if not any(toks[m].text in _CLAUSE_MARKS for m in range(h + 1, i)):
            continue
        first = _first_conjunct(toks, heads, rels, i)
        if first is not None and first > h:
            heads[i] = first


def _first_conjunct(toks: list[Token], heads: list[int], rels: list[str], i: int) -> int | None:
    """The nearest noun before `i` in its case, up through its name and apposition."""
    case = toks[i].feats.get("Case")
    if case is None:
        return None
    for j in range(i - 1, -1, -1):
        if toks[j].pos in NOMINAL and toks[j].feats.get("Case") == case:
            cur = j
            while rels[cur] in _WITHIN_PARTY and 0 <= heads[cur] < cur:
                cur = heads[cur]
            return None if hangs_under(heads, cur, i) else cur
        if toks[j].pos in VERBAL or toks[j].text in _CLAUSE_MARKS:
            # the first conjunct is in the verb's own words before it, joined by «и» alone
            # («..., и в Москве их итоги оценивают»: a clause of its own)
            return None
    return None


def _appositions_to_nearest_title(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """«Мэр А и председатель Б»: «Б» hung on «Мэр» goes on «председатель»."""
    for i, h in enumerate(heads):
        if rels[i] != "appos" or not 0 <= h < i:
            continue
        titles = [
            c
            for c in range(h + 1, i)
            if heads[c] == h
            and rels[c] == "conj"
            and toks[c].pos == "NOUN"
            and toks[c].feats.get("Animacy") == "Anim"
            and not any(heads[k] == c and rels[k] == "appos" for k in range(len(heads)))
        ]
        if titles:
            heads[i] = titles[-1]


def _governors(heads: list[int], h: int) -> list[int]:
    """The words above `h`, nearest first."""
    out: list[int] = []
    cur = heads[h]
    while cur >= 0 and cur not in out and len(out) <= len(heads):
        out.append(cur)
        cur = heads[cur]
    return out
