"""«X принял американского сопредседателя группы»: the co-chair of one side, named earlier.

News report a joint body's session naming each side's chair once («Российскую часть группы
возглавляет X, американскую — Y»; «сопредседатель с американской стороны Y»), and further on
refer to one of them by side alone («губернатор принял американского сопредседателя», «глава
российской части комиссии провел видеоконференцию с лаосским сопредседателем»). That
co-chair is a party of the contact told there: the person the text named before, in a sentence
telling who chairs or leads a side, right after that side's word (its adjective or state name)
with no other person between. Only a word for a chair of a body held by two sides
(cochairs.COCHAIR_WORDS) with a state's adjective before it, or a head of a side's part or
delegation («глава российской части»), with no name in apposition, is read, and only when the
contact does not name that person already; a side whose chair the text never named adds no one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from app.ingest.events.cochairs import SESSIONS, cochair_word
from app.ingest.events.delegations import DELEGATION_NOUNS, LEAD_VERBS
from app.ingest.events.model import ActorSpan, ArticleInput
from app.ingest.nlp import Span, Token

# Words for the head of one side's part of a joint body or of its delegation («глава
# российской части комиссии», «руководитель американской делегации»).
HEAD_NOUNS = frozenset({"глава", "руководитель"})
# Tokens after the side's phrase where a name would stand in apposition to it («глава
# российской части комиссии Виталий Кругликов»): then the sentence names its own person.
APPOSITION = 3


def _sides_asked(inp: ArticleInput, toks: Sequence[Token]) -> list[str]:
    """The states whose co-chair or head the sentence names by side alone («американского
    сопредседателя», «глава российской части комиссии»), in order."""
    out: list[str] = []
    for i, t in enumerate(toks):
        lemma = t.lemma.lower()
        side = None
        if i > 0 and cochair_word(t):
            side, end = inp.state_words.get(toks[i - 1].lemma.lower()), i + 1
        elif lemma in HEAD_NOUNS and i + 2 < len(toks):
            if toks[i + 2].lemma.lower() in DELEGATION_NOUNS:
                side, end = inp.state_words.get(toks[i + 1].lemma.lower()), i + 3
        if side is None or side in out:
            continue
        near = toks[min(end + APPOSITION, len(toks)) - 1].end
        if any(
            toks[end - 1].end <= h.start < near and person(inp, h.actor_id)
            for h in inp.actor_hits
        ):
            continue  # «глава российской делегации Сергей Рябков»: named here
        out.append(side)
    return out


def chairs_sentence(toks: Sequence[Token]) -> bool:
    """A sentence telling who chairs a side: the co-chairs word, or a word of leading with a
    delegation or a body's national part."""
    lemmas = {t.lemma.lower() for t in toks}
    leading = bool(lemmas & LEAD_VERBS and lemmas & DELEGATION_NOUNS)
    return leading or any(cochair_word(t) for t in toks)


def side_chair(
    inp: ArticleInput, si: int, toks: Sequence[Token], trigger_tok: Token, typ: str,
    named: Sequence[ActorSpan],
) -> list[ActorSpan]:
    """The co-chair of the side the sentence si names by side alone, as a span on the
    trigger: the person an earlier chairs sentence names right after that side's word."""
    if typ not in SESSIONS:
        return []
    out: list[ActorSpan] = []
    for side in _sides_asked(inp, toks):
        found = _named_for(inp, si, side)
        if found is not None and not any(a.actor_id == found for a in [*named, *out]):
            out.append(ActorSpan(trigger_tok.start, trigger_tok.end, found))
    return out


def chairs_sentences_before(
    inp: ArticleInput, si: int
) -> Iterator[tuple[Span, list[Token], list[ActorSpan]]]:
    """The chairs sentences before si, nearest first (chairs may change, so the nearest
    naming counts first), each with its tokens and the persons' hits in text order."""
    sentences = inp.analysis.sentences
    for sj in range(si - 1, -1, -1):
        sent = sentences[sj]
        stoks = inp.analysis.tokens_in(sent.start, sent.end)
        if not chairs_sentence(stoks):
            continue
        hits = sorted(
            (h for h in inp.actor_hits if sent.start <= h.start and h.end <= sent.end
             and person(inp, h.actor_id)),
            key=lambda h: h.start,
        )
        yield sent, list(stoks), hits


def _named_for(inp: ArticleInput, si: int, side: str) -> str | None:
    """The person the nearest chairs sentence before si names right after `side`'s word."""
    for sent, stoks, hits in chairs_sentences_before(inp, si):
        prev_end = sent.start
        for h in hits:
            # The nearest side word before the name, after the person named before it.
            sides = [
                inp.state_words[t.lemma.lower()]
                for t in stoks
                if prev_end <= t.start and t.end <= h.start and t.lemma.lower() in inp.state_words
            ]
            prev_end = h.end
            if sides and sides[-1] == side:
                return h.actor_id
    return None


def person(inp: ArticleInput, actor_id: str) -> bool:
    """Whether the actor is a person (chairs are people, not their states or bodies)."""
    info = inp.actors.get(actor_id)
    return info is not None and info.kind == "person"
