"""«Президенты», «министры», «главы МИД»: a plural title that names no one stands for the
holders of that title the article is about.

News retell an earlier contact of the two people of the main story by their common title
only: «Прошлая личная встреча президентов состоялась в июле», «президенты виделись в
Тегеране», «До этого министры дважды беседовали по телефону», «главы МИД обсудили ...». The
plural title is the subject of the happening's verb or the agent of its noun (a genitive
with no preposition: «встреча президентов»). It stands for two persons the article names
whose title it is at the happening's date (the gazetteer's roles and their terms; for a
person the gazetteer gives no role, the words the article puts before his name), preferring
the most-mentioned ones (the article's main story), from two different states: not the
parties of the article's nearest contact, which may be with someone else.

Only for happenings between parties (a call, a meeting, talks, an agreement); a plural title
with an adjective of a state or a name of its own («министры стран ШОС», «российские
министры») is a group, not the two.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence

from app.ingest.actors.gazetteer import Gazetteer
from app.ingest.dates import DateMention
from app.ingest.events.model import ActorInfo, ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.refs import HEAD_WORD, class_heads
from app.ingest.events.syntax import VERBAL, anchor_verb, governing_verbs, plural
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

KINDS = frozenset({"call", "meeting", "talks", "agreement"})
# Plural titles and the title heads each stands for. The US secretary of state is his
# country's foreign minister: «встреча министров» of Lavrov and Rubio is theirs.
TITLES: dict[str, frozenset[str]] = {
    "президент": frozenset({"президент"}),
    "министр": frozenset({"министр", "госсекретарь"}),
    "премьер": frozenset({"премьер", "премьер-министр", "канцлер"}),
    "премьер-министр": frozenset({"премьер", "премьер-министр", "канцлер"}),
    "канцлер": frozenset({"канцлер"}),
}
# «Лидеры», «стороны» are the parties of the contact told before (parties.py): a summit's
# leaders are more than two.
SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass"})
TWO = frozenset({"два", "оба"})
# Relative adverbs of a clause that only sets where or when another happening took place.
RELATIVE = frozenset({"где", "куда", "когда"})
# A role's term: the head nouns of its titles, its first day and the day after its last.
Term = tuple[frozenset[str], dt.date | None, dt.date | None]


def role_terms(gazetteer: Gazetteer) -> dict[str, tuple[Term, ...]]:
    """Person id -> the head nouns of each role he held, with the role's term."""
    out: dict[str, tuple[Term, ...]] = {}
    for actor in gazetteer.actors.values():
        if actor.kind != "person":
            continue
        terms: list[Term] = []
        for term in actor.roles:
            role = gazetteer.roles.get(term.role)
            if role is not None:
                terms.append((_heads(role.titles), term.start, term.end))
        if terms:
            out[actor.id] = tuple(terms)
    return out


_ADJ_ENDINGS = ("ий", "ый", "ой", "ая", "ое", "ые", "ие")


def _heads(titles: Sequence[str]) -> frozenset[str]:
    """The first word of each lemmatised title that is no adjective; «глава мид» gives
    the heads «глава» stands for."""
    out: set[str] = set()
    for title in titles:
        words = title.split()
        head = next((w for w in words if not w.endswith(_ADJ_ENDINGS)), None)
        if head is None:
            continue
        out.add(head)
    return frozenset(out)


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could the sentence tell a happening between parties by a plural title alone?"""
    if not any(t in KINDS for _, t in triggers):
        return False
    return any(
        t.pos in ("NOUN", "PROPN")
        and plural(t)
        and (lemma_of(t) in TITLES or lemma_of(t) == HEAD_WORD)
        for t in toks
    )


def plural_title(
    toks: list[Token], parse: SentenceParse, trigger: int, state_words: Mapping[str, str]
) -> tuple[int, frozenset[str]] | None:
    """The plural title that is the trigger's subject or agent, and the heads it stands for."""
    verb = anchor_verb(toks, parse, trigger)
    if any(
        h == verb and parse.rels[k] == "advmod" and lemma_of(toks[k]) in RELATIVE
        for k, h in enumerate(parse.heads)
    ):
        return None  # «прозвучало в Улан-Баторе, где главы провели переговоры»: a setting
    verbs = {verb, *governing_verbs(toks, parse, verb)} if toks[verb].pos in VERBAL else set()
    for j, tok in enumerate(toks):
        if tok.pos not in ("NOUN", "PROPN") or not plural(tok):
            continue  # «Президенты» opening a sentence may be tagged a singular name
        head, rel = parse.heads[j], parse.rels[j]
        subject = head in verbs and rel in SUBJECT_LINKS
        agent = (
            head == trigger
            and rel == "nmod"
            and tok.feats.get("Case") == "Gen"
            and not any(h == j and parse.rels[k] == "case" for k, h in enumerate(parse.heads))
        )
        if not (subject or agent):
            continue
        heads = _title_heads(toks, parse, j, state_words)
        if heads is not None:
            return j, heads
    return None


def _title_heads(
    toks: list[Token], parse: SentenceParse, j: int, state_words: Mapping[str, str]
) -> frozenset[str] | None:
    """The heads a bare plural title stands for; None for a group named by more words
    («министры стран ШОС», «российские министры», «президенты двух стран» is the two)."""
    lemma = lemma_of(toks[j])
    if lemma == HEAD_WORD:
        cls = class_heads(toks, parse, j)
        if cls is None:
            return None
        heads, body = cls
        deps = [k for k, h in enumerate(parse.heads) if h in (j, body) and k not in (j, body)]
    else:
        found = TITLES.get(lemma)
        if found is None:
            return None
        heads = found
        deps = [k for k, h in enumerate(parse.heads) if h == j]
    for k in deps:
        if parse.rels[k].startswith("nummod") and lemma_of(toks[k]) not in TWO:
            return None  # «встреча трех лидеров»: more than the two
        if toks[k].pos in ("PROPN", "ADJ") and parse.rels[k] in ("amod", "nmod", "flat:name"):
            if toks[k].pos == "ADJ" and lemma_of(toks[k]) not in state_words:
                continue  # «личная встреча», «главы внешнеполитических ведомств»
            return None  # «российские министры», «министры Индии»: not the two
        if toks[k].pos == "NOUN" and parse.rels[k] == "nmod":
            if lemma_of(toks[k]) not in (
                "страна",
                "государство",
            ):  # «президенты двух стран»: still the two
                return None
    return heads


def holders(
    inp: ArticleInput,
    heads: frozenset[str],
    day: dt.date | None,
    terms: Mapping[str, tuple[Term, ...]],
    titles: Mapping[str, frozenset[str]],
    two: bool = False,
) -> list[str]:
    """The two most-mentioned persons of the article who held a title of `heads` on `day`
    (any day when unknown), from two states where their states are known; [] if fewer, or
    if a third is mentioned as often as the second, unless the text says «two» (`two`)."""
    counts = Counter(h.actor_id for h in inp.actor_hits)
    fits: list[str] = []
    for aid, n in counts.most_common():
        info = inp.actors.get(aid)
        if info is None or info.kind != "person" or n < 1:
            continue
        if _holds(heads, day, terms.get(aid, ()), titles.get(aid, frozenset())):
            fits.append(aid)
    if len(fits) < 2:
        return []
    first = fits[0]
    state = _state(inp, first)
    for n, other in enumerate(fits[1:], start=2):
        if state is None or _state(inp, other) != state:
            rest = [a for a in fits[n:] if a != other]
            if not two and rest and counts[rest[0]] >= counts[other]:
                return []  # «главы государств» of a summit: no pair stands out
            return [first, other]
    return []


def _holds(
    heads: frozenset[str], day: dt.date | None, terms: Sequence[Term], words: frozenset[str]
) -> bool:
    if terms:
        return any(
            hs & heads and (day is None or ((a is None or a <= day) and (b is None or day < b)))
            for hs, a, b in terms
        )
    return bool(words & heads)


def _state(inp: ArticleInput, aid: str) -> str | None:
    """The state a person's gazetteer titles name («президент иран» -> iran)."""
    info: ActorInfo | None = inp.actors.get(aid)
    if info is None:
        return None
    for title in sorted(info.titles):
        for w in title.split():
            if w in inp.state_words:
                return inp.state_words[w]
    return None


def pair(
    inp: ArticleInput,
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    kind: str,
    attached: Sequence[DateMention],
    article_titles: Mapping[str, frozenset[str]],
) -> list[ActorSpan]:
    """The two holders a plural title of the happening stands for, as spans on the title."""
    if kind not in KINDS:
        return []
    found = plural_title(toks, parse, trigger, inp.state_words)
    if found is None:
        return []
    j, heads = found
    # «главы двух государств», «оба президента»: the text itself says they are two.
    said_two = any(
        lemma_of(toks[k]) in TWO
        for k in range(len(toks))
        if parse.heads[k] in (j, *_body(toks, parse, j))
    )
    day = next(
        (d.value.start or d.value.end for d in attached if d.value.precision != "unknown"), None
    )
    found_two = holders(inp, heads, day, inp.terms, article_titles, said_two)
    tok = toks[j]
    return [ActorSpan(tok.start, tok.end, a) for a in found_two]


def _body(toks: list[Token], parse: SentenceParse, j: int) -> list[int]:
    """Nouns under the title («государств» of «главы двух государств»)."""
    return [k for k, h in enumerate(parse.heads) if h == j and toks[k].pos == "NOUN"]
