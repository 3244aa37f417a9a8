"""Invitations and proposals accepted: what they invite to is planned, not only proposed.

«Пригласил посетить Тегеран» proposes a visit (proposals.py): nothing is planned yet. Once the
one invited accepts («принял приглашение посетить Иран», «с благодарностью принял
приглашение приехать в Москву с визитом»), the visit is a planned happening of theirs, due
when the text says, else undated (SPEC: a planned event is dated when it is due). A refusal
(«не принял приглашения») plans nothing. The verbs and nouns are data (app/data/triggers.toml,
[status] accepting, accepted_nouns).
"""

from __future__ import annotations

from app.ingest.dates import DateValue
from app.ingest.events.lexicon import ACCEPTED_NOUNS, ACCEPTING_LEMMAS
from app.ingest.events.model import ActorSpan, DateReading, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How the infinitive of what is invited to hangs on the invitation noun («приглашение
# посетить»: natasha gives nmod or acl), and the noun on the verb that accepts it.
_ACT_LINKS = frozenset({"nmod", "acl", "xcomp"})
_ACCEPTED_LINKS = frozenset({"obj", "nsubj:pass"})
# Planned with no day set yet: «сроки будут согласованы» (SPEC: unknown). Only in an article
# whose publication is read: else a page's stamp left unread («7 декабря 2023,источник: ...»
# under the headline) passes for a date of the plan and dates it wrongly.
UNDATED = DateReading(DateValue(None, None, "unknown", "unanchored"), explicit=False)


def accepted(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger `idx` the act an accepted invitation or proposal invites to: an
    infinitive under the invitation noun, or a noun of that infinitive («принял приглашение
    приехать с официальным визитом»)?"""
    verb = anchor_verb(toks, parse, idx)  # the trigger itself when it is a verb
    if toks[verb].pos not in VERBAL or toks[verb].feats.get("VerbForm") != "Inf":
        return False
    noun = parse.heads[verb]
    if noun < 0 or parse.rels[verb] not in _ACT_LINKS:
        return False
    if lemma_of(toks[noun]) not in ACCEPTED_NOUNS or parse.rels[noun] not in _ACCEPTED_LINKS:
        return False
    accepting = parse.heads[noun]
    return (
        accepting >= 0
        and lemma_of(toks[accepting]) in ACCEPTING_LEMMAS
        and not _negated(toks, parse, accepting)
    )


# How a name hangs on the subject it names («Президент России Владимир Путин»).
_NAMING_LINKS = frozenset({"appos", "flat", "flat:name"})


def acceptors(
    toks: list[Token], parse: SentenceParse, hits: list[ActorSpan], idx: int
) -> list[ActorSpan]:
    """Who accepted the invitation trigger `idx` is the act of: the subject of the verb of
    accepting (the visitor to be), not the one who invited («приглашение Раиси»)."""
    accepting = parse.heads[parse.heads[anchor_verb(toks, parse, idx)]]
    found = []
    for h in hits:
        cur = span_head(toks, parse, h.start, h.end)
        while cur is not None and cur >= 0 and parse.rels[cur] in _NAMING_LINKS:
            cur = parse.heads[cur]
        if (
            cur is not None
            and cur >= 0
            and parse.heads[cur] == accepting
            and parse.rels[cur] in ("nsubj", "nsubj:pass")
        ):
            found.append(h)
    return found


def _negated(toks: list[Token], parse: SentenceParse, i: int) -> bool:
    return any(
        h == i and lemma_of(toks[j]) == "не" and toks[j].pos == "PART"
        for j, h in enumerate(parse.heads)
    )
