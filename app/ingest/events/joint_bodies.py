"""Joint bodies named by two states, and their sittings told later by the head noun alone.

News names a body two states hold together by a compound adjective of the states on its
noun: «заседание российско-кипрской рабочей группы по туризму», «российско-французский совет
по безопасности», «Российско-турецкая группа соберётся в Анкаре». The compound names each
state (actors/match.py, rule 9); on the noun of a joint body it stays a party of the body's
sitting, as it does on a title (tree.py). Further on, the article refers back to the body by
its head noun alone: «Группа последний раз собиралась в Москве в апреле 2018 года»,
«Следующее заседание совета пройдёт в Париже». Such a bare noun tied to a sitting (its
subject, or the noun the sitting is of) is the body told before under the same lemma,
nearest first, and the sitting is the two states'. Date and status are the clause's own.
The nouns are data (app/data/bodies.toml).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.nlp import Token


def _load() -> frozenset[str]:
    with (resources.files("app") / "data" / "bodies.toml").open("rb") as f:
        return frozenset(tomllib.load(f)["nouns"])


BODY_NOUNS = _load()
# Sittings of a body: a meeting or talks.
SITTINGS = frozenset({"meeting", "talks"})
# How a body's noun is tied to its sitting: the subject of the verb («группа собиралась»),
# the noun the sitting is of («заседание совета»), or the subject of the verb the sitting
# depends on («комиссия должна собраться»).
_TIES = frozenset({"nsubj", "nsubj:pass", "nmod"})
_ADJ_LINK = "amod"
# How a body's noun stands where its states are parties: the subject («группа соберётся»),
# what a sitting is of («заседание группы»), the object or a conjunct; not a setting
# («на форуме», an oblique).
_BODY_AS_PARTY = frozenset({"nsubj", "nsubj:pass", "nmod", "obj", "conj", "appos", "root"})


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


# «межправкомиссия» is the «комиссия» told later, «межправкомитет» the «комитет».
_SHORT_PREFIX = "межправ"


def _head(tok: Token) -> str:
    """A body noun's head lemma, short of the «межправ-» of its compound word."""
    lemma = _lemma(tok)
    return lemma.removeprefix(_SHORT_PREFIX) if lemma.startswith(_SHORT_PREFIX) else lemma


def compound_on_body(
    tokens: Sequence[Token], parse: SentenceParse, cur: int, parent: int, rel: str
) -> bool:
    """Is token `cur` a compound adjective («российско-кипрской») on the noun of a joint
    body («группы»), or the first of two names coordinated in the genitive under it
    («совета России и Франции»)? Those states are the body's, and stand for it in the
    tree."""
    if _lemma(tokens[parent]) not in BODY_NOUNS or parse.rels[parent] not in _BODY_AS_PARTY:
        return False  # «на российско-китайском форуме встретился»: the setting, no party
    tok = tokens[cur]
    if rel == _ADJ_LINK:
        return "-" in tok.text and tok.pos in ("ADJ", "PROPN")
    return (
        rel == "nmod"
        and tok.pos == "PROPN"
        and tok.feats.get("Case") == "Gen"
        and any(parse.heads[k] == cur and parse.rels[k] == "conj" for k in range(len(tokens)))
    )


def _pairs(inp: ArticleInput) -> dict[tuple[int, int], list[str]]:
    """Span -> states, for each token that names two states or more (a compound adjective)."""
    out: dict[tuple[int, int], list[str]] = {}
    for h in inp.actor_hits:
        info = inp.actors.get(h.actor_id)
        if info is None or info.kind != "state":
            continue
        states = out.setdefault((h.start, h.end), [])
        if h.actor_id not in states:
            states.append(h.actor_id)
    return {span: ids for span, ids in out.items() if len(ids) >= 2}


def _body_after(tokens: Sequence[Token], k: int) -> int | None:
    """The joint body's noun the adjective at `k` stands before, past any other adjectives
    («российско-кипрская рабочая группа»), if any."""
    j = k + 1
    while j < len(tokens) and tokens[j].pos == "ADJ":
        j += 1
    if j < len(tokens) and tokens[j].pos in ("NOUN", "PROPN") and _lemma(tokens[j]) in BODY_NOUNS:
        return j
    return None


def body_mentions(inp: ArticleInput) -> list[tuple[int, str, tuple[str, ...]]]:
    """(offset, head lemma, states) of each joint body the article names by a compound
    adjective of states: the noun after the adjective, past any other adjectives
    («российско-кипрская рабочая группа»)."""
    pairs = _pairs(inp)
    if not pairs:
        return []
    tokens = inp.analysis.tokens
    by_start = {t.start: k for k, t in enumerate(tokens)}
    out: list[tuple[int, str, tuple[str, ...]]] = []
    for (start, _end), states in pairs.items():
        k = by_start.get(start)
        if k is None or "-" not in tokens[k].text:
            continue
        j = _body_after(tokens, k)
        if j is not None:
            out.append((tokens[j].start, _head(tokens[j]), tuple(states)))
    return sorted(out)


def _tied(toks: Sequence[Token], parse: SentenceParse, j: int, idx: int) -> bool:
    """Is noun `j` the subject of sitting `idx` (through a relative pronoun too), the noun
    it is of, or the subject of the verb it depends on?"""
    if (parse.heads[j] == idx and parse.rels[j] in _TIES) or _subject(toks, parse, idx) == j:
        return True
    head = parse.heads[idx]
    return head >= 0 and parse.heads[j] == head and parse.rels[j].startswith("nsubj")


def referred_body(
    inp: ArticleInput,
    toks: Sequence[Token],
    parse: SentenceParse,
    idx: int,
    type_: str,
) -> list[ActorSpan]:
    """The states of the body a bare noun tied to sitting `idx` refers back to («Группа
    последний раз собиралась ...»: the «российско-кипрская группа» told before), marked on
    the noun; none when no body of that lemma was named by two states before it."""
    if type_ not in SITTINGS:
        return []
    mentions = body_mentions(inp)
    if not mentions:
        return []
    taken = [(h.start, h.end) for h in inp.actor_hits]
    for j, tok in enumerate(toks):
        lemma = _lemma(tok)
        if lemma not in BODY_NOUNS or not _tied(toks, parse, j, idx):
            continue
        if any(s < tok.end and tok.start < e for s, e in taken):
            continue  # «Совет безопасности ООН»: a body of its own
        if any(parse.heads[c] == j and "-" in toks[c].text for c in range(len(toks))):
            continue  # named by its own compound adjective, read by the tree
        before = [m for m in mentions if m[1] == _head(tok) and m[0] < tok.start]
        if before:
            return [ActorSpan(tok.start, tok.end, s) for s in before[-1][2]]
    return []


def worth_parsing(inp_tokens: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could the sentence tell a sitting of a body by its noun alone (worth a parse)?"""
    return any(t in SITTINGS for _, t in triggers) and any(
        _lemma(t) in BODY_NOUNS for t in inp_tokens
    )


def body_gathers(tokens: Sequence[Token], i: int) -> bool:
    """Does a joint body's noun in the nominative stand in the clause of gathering verb `i`
    («совет собирался в 2012 году», «комиссия заседала в Ташкенте»)? A body's gathering
    is its sitting, with or without a place (people gathering need one: triggers.py)."""
    lo, hi = i, i
    while lo > 0 and tokens[lo - 1].text not in _CLAUSE_ENDS:
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi + 1].text not in _CLAUSE_ENDS:
        hi += 1
    return any(
        _lemma(t) in BODY_NOUNS and t.pos == "NOUN" and t.feats.get("Case") == "Nom"
        for t in tokens[lo : hi + 1]
    )


def body_subject(tokens: Sequence[Token], parse: SentenceParse, i: int) -> bool:
    """Is the subject of verb `i` a joint body's noun («группа собиралась», «комиссия,
    которая должна собраться»)?"""
    j = _subject(tokens, parse, i)
    return j is not None and _lemma(tokens[j]) in BODY_NOUNS and not _of_members(tokens, parse, j)


def _of_members(tokens: Sequence[Token], parse: SentenceParse, j: int) -> bool:
    """Is noun `j` a group of those a genitive plural names («группа компаний», «совет
    директоров»)? That is a gathering of people or firms, no joint body of states."""
    return any(
        parse.heads[k] == j
        and parse.rels[k] == "nmod"
        and tokens[k].feats.get("Case") == "Gen"
        and tokens[k].feats.get("Number") == "Plur"
        for k in range(len(tokens))
    )


def _subject(tokens: Sequence[Token], parse: SentenceParse, i: int) -> int | None:
    """The subject of verb `i`: its own, or that of the verb it completes («должна
    собраться»); a relative pronoun stands for the noun its clause hangs on («комиссия,
    которая соберётся»)."""
    verb = parse.heads[i] if parse.rels[i] == "xcomp" and parse.heads[i] >= 0 else i
    subj = next(
        (j for j in range(len(tokens)) if parse.heads[j] == verb and parse.rels[j] == "nsubj"),
        None,
    )
    if subj is not None and _lemma(tokens[subj]) == "который":
        return parse.heads[verb] if parse.rels[verb] == "acl:relcl" else None
    return subj


_CLAUSE_ENDS = frozenset({",", ";", ".", "!", "?", ":", "—", "–"})


def only_body_states(toks: Sequence[Token], actors: Sequence[ActorSpan]) -> bool:
    """Are all the parties found the states of a compound adjective on a joint body's noun
    («заседание российско-французского совета»)? Those who sit for them may still be listed
    apart («В нём примут участие министры ...»: attendance.py)."""
    spans = {(t.start, t.end): k for k, t in enumerate(toks)}
    for h in actors:
        k = spans.get((h.start, h.end))
        if k is None or "-" not in toks[k].text:
            return False
        if _body_after(toks, k) is None:
            return False
    return bool(actors)


def background_sitting(toks: Sequence[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` a body's gathering told in the imperfective past («комитет
    собирался в Москве»)? Like «заявлял», it recalls an earlier occasion: without a date of
    its own it is background, no event (a perfective «собралась» is the news)."""
    tok = toks[idx]
    return (
        tok.pos == "VERB"
        and tok.feats.get("Aspect") == "Imp"
        and tok.feats.get("Tense") == "Past"
        and body_subject(toks, parse, idx)
    )
