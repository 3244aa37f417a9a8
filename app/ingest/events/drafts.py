"""A draft is no act in force: sanctions or a treaty told as a draft's content.

«Делегация внесла проект резолюции, предусматривающий санкции против Ирана», «законопроект о
санкциях внесён в конгресс», «МИД опубликовал проект договора с США»: the measures and the
treaty are only written down; nobody has imposed or concluded anything. A sanctions or
agreement trigger told inside a draft («проект», «законопроект», lexicon.DRAFTS["nouns"]) is
therefore no sanctions and no agreement, unless the draft is adopted in the sentence
(«сенат одобрил законопроект о санкциях», «законопроект о санкциях, который сенат одобрил»,
«министры одобрили проект документа»: DRAFTS["adopting"]). A draft of a treaty made public
or handed over («опубликовал», «разместил на сайте», «внёс»: DRAFTS["offering"]) is its
author's proposal, as the news tells it («Москва предложила проект договора»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import (
    DRAFT_ADOPTING,
    DRAFT_BY_ITSELF,
    DRAFT_DOCUMENTS,
    DRAFT_NOUNS,
    DRAFT_OFFERING,
)
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

_DRAFTED = frozenset({"sanctions", "agreement"})


def _finite(tok: Token) -> bool:
    """A verb that makes a clause of its own (not a participle on a noun)."""
    return tok.pos in VERBAL and tok.feats.get("VerbForm") != "Part"


def _is_draft(tokens: Sequence[Token], parse: SentenceParse, j: int) -> bool:
    """Is the word at `j` a draft: «законопроект», or «проект» of a document («проект
    резолюции»), not a venture («инвестиционный проект»)?"""
    lemma = lemma_of(tokens[j])
    if lemma in DRAFT_BY_ITSELF:
        return True
    return lemma in DRAFT_NOUNS and any(
        h == j and lemma_of(tokens[k]) in DRAFT_DOCUMENTS for k, h in enumerate(parse.heads)
    )


def draft_of(tokens: Sequence[Token], parse: SentenceParse, idx: int) -> int | None:
    """The draft the trigger at `idx` is told in: the trigger itself, or a draft noun above
    it before any clause verb («проект резолюции, предусматривающий санкции») or a relative
    clause on it («проект, который введёт санкции»), or the draft
    a verb trigger takes as its object («внесла проект»)."""
    if _is_draft(tokens, parse, idx):
        return idx
    if tokens[idx].pos in VERBAL:
        return next(
            (
                j
                for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True))
                if h == idx and rel in ("obj", "nsubj:pass") and _is_draft(tokens, parse, j)
            ),
            None,
        )
    for j in ancestors(parse, idx):
        if _is_draft(tokens, parse, j):
            return j
        if _finite(tokens[j]):
            # «проект резолюции, который введёт санкции»: a relative clause on the draft
            up = parse.heads[j]
            on_draft = parse.rels[j] == "acl:relcl" and up >= 0 and _is_draft(tokens, parse, up)
            return up if on_draft else None
    return None


def _governor(tokens: Sequence[Token], parse: SentenceParse, draft: int) -> int | None:
    """The clause verb the draft hangs on (over conjoined drafts: «проект договора и проект
    соглашения»)."""
    for j in ancestors(parse, draft):
        if tokens[j].pos in VERBAL:
            return j
    return None


def drafted(
    tokens: Sequence[Token], parse: SentenceParse, triggers: Sequence[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The triggers with sanctions and agreements told inside a draft left out, or read as a
    proposal when the draft of a document is made public or handed over; a draft adopted in
    the sentence keeps them."""
    out: list[tuple[int, str]] = []
    for i, typ in triggers:
        draft = draft_of(tokens, parse, i) if typ in _DRAFTED else None
        if draft is None:
            out.append((i, typ))
            continue
        verb = i if tokens[i].pos in VERBAL else _governor(tokens, parse, draft)
        near = subtree(parse, draft) | ({verb} if verb is not None else set())
        if any(lemma_of(tokens[k]) in DRAFT_ADOPTING for k in near):
            out.append((i, typ))  # «сенат одобрил законопроект о санкциях»
        elif typ == "agreement" and verb is not None and lemma_of(tokens[verb]) in DRAFT_OFFERING:
            out.append((i, "proposal"))  # «опубликовал проект договора»
    return out
