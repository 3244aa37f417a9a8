"""What an article says of each person it names, for telling whom a pronoun or a bare
title stands for (coref.py, antecedents.py): the head nouns and words of his titles (the
gazetteer's and those the article puts before his name), the states they name, and the
grammatical gender of his name's forms.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from app.ingest.events.model import ArticleInput
from app.ingest.events.per_article import per_article
from app.ingest.nlp import Token

# Words of a title before a name: how far back they are read.
TITLE_REACH = 5


@dataclass(slots=True)
class Profile:
    """What the article says of one person: title words, states, grammatical gender."""

    heads: set[str]  # head nouns of his titles («министр», «президент», «председатель»)
    words: set[str]  # every word of them («российский», «россия», «иностранный»)
    states: set[str]
    genders: Counter[str]


@per_article
def profiles_of(inp: ArticleInput) -> dict[str, Profile]:
    """Every person's titles, states and gender, from all his mentions and the gazetteer
    (once per article: read them only)."""
    tokens = inp.analysis.tokens
    starts = [t.start for t in tokens]
    out: dict[str, Profile] = {}
    spans = sorted((h.start, h.end) for h in inp.actor_hits)
    hits = {(a.start, a.end): a.actor_id for a in inp.actor_hits}
    for h in inp.actor_hits:
        info = inp.actors.get(h.actor_id)
        if info is None or info.kind != "person":
            continue
        prof = out.get(h.actor_id)
        if prof is None:
            words = {w for title in info.titles for w in title.split()}
            prof = Profile(_title_heads(info.titles), words, set(), Counter())
            out[h.actor_id] = prof
        lo = bisect.bisect_left(starts, h.start)
        hi = bisect.bisect_left(starts, h.end)
        k = lo
        posting = lo  # where a «в России» of the title («посол Индонезии в России») begins
        while k > 0 and lo - k < TITLE_REACH:
            t = tokens[k - 1]
            if _posting(t, tokens, k, inp, hits):
                posting = k - 1
            elif t.pos in ("PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "ADV"):
                break
            else:
                other = bisect.bisect_right(spans, (t.start, 10**9)) - 1
                if other >= 0 and spans[other][0] <= t.start < spans[other][1]:
                    if _state_at(t, inp, hits) is None:
                        break  # some other actor's phrase
            k -= 1
        if posting < lo and posting == k:
            k = lo  # the title ends at the preposition: no title words before it
        phrase = [t for j, t in enumerate(tokens[k:hi], start=k) if not posting <= j < lo]
        for t in phrase:
            prof.words.add(lemma(t))
            # Only the name's own words tell the gender: not a state in the title
            # («премьер-министр Литвы»).
            if t.pos == "PROPN" and t.feats.get("Gender") and t.feats.get("Animacy") != "Inan":
                prof.genders[t.feats["Gender"]] += 1
        head = next((t for t in phrase if t.pos == "NOUN"), None)
        if head is not None:
            prof.heads.add(lemma(head))
    for prof in out.values():
        prof.states = {inp.state_words[w] for w in prof.words if w in inp.state_words}
    return out


# Prepositions of the place a title holder is posted to («посол Индонезии в России»,
# «постпред при ООН»).
POSTING = frozenset({"в", "во", "при"})


def _state_at(tok: Token, inp: ArticleInput, hits: dict[tuple[int, int], str]) -> str | None:
    """The state or international body whose name token `tok` is (a whole hit of its
    own), else None: a state in a title («посол Индонезии») is no other person's phrase."""
    for (start, end), actor_id in hits.items():
        if start <= tok.start and tok.end <= end:
            info = inp.actors.get(actor_id)
            return actor_id if info is not None and info.kind in ("state", "intl-org") else None
    return None


def _posting(
    tok: Token, tokens: list[Token], k: int, inp: ArticleInput, hits: dict[tuple[int, int], str]
) -> bool:
    """Is `tok` (at k - 1) the preposition of a posting before a name, a state right
    after it («посол Индонезии в России Хосе ...»)?"""
    return (
        tok.pos == "ADP"
        and lemma(tok) in POSTING
        and k < len(tokens)
        and _state_at(tokens[k], inp, hits) is not None
    )


_ADJ_ENDINGS = ("ий", "ый", "ой", "ая", "ое", "ые", "ие")


def _title_heads(titles: frozenset[str]) -> set[str]:
    """Head nouns of a gazetteer's lemmatised titles: the first word that is no adjective
    («российский министр иностранный дело» -> «министр»)."""
    out: set[str] = set()
    for title in titles:
        head = next((w for w in title.split() if not w.endswith(_ADJ_ENDINGS)), None)
        if head is not None:
            out.add(head)
    return out


def lemma(tok: Token) -> str:
    """A token's lemma in lower case, «ё» read as «е» (as the gazetteer's titles are)."""
    return tok.lemma.lower().replace("ё", "е")


@per_article
def person_heads(inp: ArticleInput) -> dict[str, frozenset[str]]:
    """Each person's title heads, from the gazetteer and the words the article puts before
    his name (for a plural title: title_pairs.py)."""
    return {aid: frozenset(p.heads) for aid, p in profiles_of(inp).items()}


@per_article
def person_genders(inp: ArticleInput) -> dict[str, str | None]:
    """Each person's grammatical gender as the article's forms of his name show it (None
    when they do not), for a pronoun speaker (pronoun_speakers.py)."""
    return {
        aid: (p.genders.most_common(1)[0][0] if p.genders else None)
        for aid, p in profiles_of(inp).items()
    }
