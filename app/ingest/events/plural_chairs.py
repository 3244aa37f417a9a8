"""«Протокол сопредседатели подписали в среду»: the co-chairs the article named before.

News report a joint body's sitting naming who leads each side once («сопредседатели
комиссии X и Y», «Российскую часть группы возглавляет X, американскую — Y») and further on
tell the chairs' own acts by the bare plural of their title: «сопредседатели подписали
протокол», «после подписания сопредседатели провели пресс-конференцию», «решение
сопредседатели согласовали в ходе телефонного разговора», «главы делегаций встретились».
The subject then stands for the persons the nearest chairs sentence before named
(side_chair.chairs_sentence): the co-chairs are the body's standing leaders. Read only when
the happening names no party of its own, and only for a plural with no name in apposition
(a singular «сопредседатель» is one side's, side_chair.py); a chairs sentence naming fewer
than two persons leaves it unread (whose the other chair is, the text does not say).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.cochairs import cochair_word
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.side_chair import HEAD_NOUNS, chairs_sentences_before
from app.ingest.events.syntax import span_head
from app.ingest.nlp import Token

# «главы делегаций», «руководители делегаций»: the heads of the sides' delegations.
DELEGATIONS = frozenset({"делегация"})


def _ancestors(heads: Sequence[int], i: int) -> list[int]:
    out: list[int] = []
    while 0 <= i < len(heads) and i not in out:
        out.append(i)
        i = heads[i]
    return out


def _clause_up(parse: SentenceParse, i: int) -> list[int]:
    """The trigger and the words it hangs from in its clause, up to a noun it modifies:
    in «подписали протокол заседания» the sitting is the protocol's, not the signers' act."""
    out: list[int] = []
    while 0 <= i < len(parse.heads) and i not in out:
        out.append(i)
        if parse.rels[i] == "nmod":
            break
        i = parse.heads[i]
    return out


def _chairs_word(toks: Sequence[Token], i: int) -> bool:
    """Token i is the plural title of the chairs of a joint body or of the delegations."""
    t = toks[i]
    if t.feats.get("Number") != "Plur":
        return False
    if cochair_word(t):
        return True
    return (
        t.lemma.lower() in HEAD_NOUNS
        and i + 1 < len(toks)
        and toks[i + 1].lemma.lower() in DELEGATIONS
        and toks[i + 1].feats.get("Number") == "Plur"
    )


def worth_parsing(toks: Sequence[Token]) -> bool:
    """A sentence with no actor is worth a parse when the chairs' plural title may be its
    subject («После подписания сопредседатели провели пресс-конференцию»)."""
    return any(_chairs_word(toks, i) for i in range(len(toks)))


def _bare_subject(
    inp: ArticleInput, toks: Sequence[Token], parse: SentenceParse, idx: int
) -> bool:
    """The trigger's clause has the chairs' plural title as its subject, with no person
    named under it."""
    if len(parse.heads) != len(toks):
        return False
    up = _clause_up(parse, idx)
    for i in range(len(toks)):
        if not _chairs_word(toks, i) or parse.rels[i] not in {"nsubj", "nsubj:pass"}:
            continue
        if parse.heads[i] not in up:
            continue
        for h in inp.actor_hits:
            if not (toks[0].start <= h.start and h.end <= toks[-1].end):
                continue
            head = span_head(list(toks), parse, h.start, h.end)
            if head is not None and i in _ancestors(parse.heads, head):
                return False  # «сопредседатели X и Y»: named here
        return True
    return False


def chairs_before(
    inp: ArticleInput, si: int, toks: Sequence[Token], parse: SentenceParse, idx: int
) -> list[ActorSpan]:
    """The persons the nearest chairs sentence before si names, as spans on the trigger,
    when the trigger's subject is the bare plural of the chairs' title."""
    if not _bare_subject(inp, toks, parse, idx):
        return []
    for _sent, _stoks, hits in chairs_sentences_before(inp, si):
        found: list[str] = []
        for h in hits:
            if h.actor_id not in found:
                found.append(h.actor_id)
        if len(found) >= 2:
            t = toks[idx]
            return [ActorSpan(t.start, t.end, a) for a in found]
    return []
