"""A document told as concluded with no party named: whose it is.

«Соглашение было подписано в Каире 19 ноября 2015 года», «Договор был подписан в Праге в
2010 году», «межправительственное соглашение ... было заключено в 2018 году». News recalls
an old treaty or agreement of the two states it is about in a passive clause, naming
neither: the parties are then the article's pair of states, as a joint body's sitting is
theirs (attendance.article_pair). Here the states are counted by their names and also by
their adjectives («российский», «египетский»): an article on Russia and Egypt names Russia
mostly through its people («российский министр», Лавров), and a third state named twice
must not outweigh it.

Only a passive predicate with a date of its own counts: an active verb has a subject the
parse reads (or a plural subject «стороны» that parties.py resolves), an undated «было
подписано» retells the article's own news, and a participle modifying a noun («конвенции,
подписанной в 2018 году») only describes that noun.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.attendance import _state_of
from app.ingest.events.lexicon import VERB_TRIGGERS
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The relations under which a passive verb is a clause's own predicate.
_PREDICATE = frozenset({"root", "conj", "parataxis"})


def passive_predicate(toks: Sequence[Token], parse: SentenceParse, idx: int) -> bool:
    """Is the trigger a passive verb that is a clause's predicate («было подписано»), or the
    document noun that is its subject («соглашение было подписано»)?"""
    if parse.rels[idx] == "nsubj:pass" and parse.heads[idx] >= 0:
        idx = parse.heads[idx]
        # «соглашение было подписано», not «договорённость была достигнута на саммите»:
        # only a verb of concluding tells the document concluded there and then.
        if VERB_TRIGGERS.get(lemma_of(toks[idx])) != "agreement":
            return False
    t = toks[idx]
    if t.pos not in ("VERB", "AUX") or t.feats.get("Voice") != "Pass":
        return False
    if parse.rels[idx] in _PREDICATE:
        return True
    # «соглашение, ... которое было заключено в 2018 году»: a relative clause's predicate
    own = zip(parse.heads, parse.rels, strict=True)
    return parse.rels[idx] == "acl:relcl" and any(
        h == idx and r in ("aux:pass", "nsubj:pass") for h, r in own
    )


def unnamed_signatories(
    inp: ArticleInput,
    toks: Sequence[Token],
    parse: SentenceParse,
    idx: int,
    type_: str,
    attached: Sequence[DateMention],
) -> list[ActorSpan]:
    """The article's two states as the parties of a dated agreement told in the passive with
    no party (an empty list when any condition fails)."""
    if type_ != "agreement" or not passive_predicate(toks, parse, idx):
        return []
    if not any(d.value.precision != "unknown" for d in attached):
        return []
    pair = states_pair(inp)
    if pair is None:
        return []
    return [ActorSpan(toks[idx].start, toks[idx].end, state) for state in pair]


# An article is about a pair of states when each is named this often and the next less.
_PAIR_MENTIONS = 2


def states_pair(inp: ArticleInput) -> tuple[str, str] | None:
    """The two states the article is about, counting each state's actor hits (its own and
    its bodies') and the words naming it (its adjectives) outside any hit."""
    counts: dict[str, int] = {}
    spans = sorted((h.start, h.end) for h in inp.actor_hits)
    for h in inp.actor_hits:
        state = _state_of(inp, h.actor_id)
        if state:
            counts[state] = counts.get(state, 0) + 1
    for t in inp.analysis.tokens:
        state = inp.state_words.get(t.lemma.lower().replace("ё", "е"))
        if state and not any(s <= t.start and t.end <= e for s, e in spans):
            counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < _PAIR_MENTIONS:
        return None
    if len(ranked) > 2 and ranked[2][1] >= ranked[1][1]:
        return None
    return ranked[0][0], ranked[1][0]


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could a sentence with no actor tell such a document (worth a parse)?"""
    return any(t == "agreement" and toks[i].feats.get("Voice") == "Pass" for i, t in triggers)
