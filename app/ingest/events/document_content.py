"""A contact named as what a document is about: «план консультаций», «меморандум о
межмидовских консультациях», «соглашение о взаимных поездках».

News on ministries often ends with «подписан План консультаций между министерствами
иностранных дел на 2024–2025 годы» or «министры подписали меморандум о консультациях»: the
consultations there are the document's subject, a series to come over the years it covers,
not a happening of the day (and those years are not its date). A contact or visit noun that
hangs from a document noun as its genitive or «о» + locative complement is read as that
content and gives no event; the document's own verb («подписан», «подписали») is the news.
A contact under a noun of outcome on the way («заявление по итогам переговоров») is the
setting of the document, not its content, and stays. The document nouns are data
(app/data/triggers.toml, [documents]).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import DOCUMENT_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Happenings a document may be about without their taking place then.
_CONTENT_KINDS = frozenset({"call", "meeting", "talks", "visit"})


def _preposition(toks: Sequence[Token], parse: SentenceParse, i: int) -> str | None:
    for j, h in enumerate(parse.heads):
        if h == i and parse.rels[j] == "case":
            return lemma_of(toks[j])
    return None


def document_content(toks: Sequence[Token], parse: SentenceParse, idx: int, kind: str) -> bool:
    """Is the contact trigger at `idx` the subject matter of a document noun it depends on
    («План консультаций», «меморандум о консультациях»)?"""
    if kind not in _CONTENT_KINDS or toks[idx].pos not in ("NOUN", "PROPN"):
        return False
    if parse.rels[idx] != "nmod" or parse.heads[idx] < 0:
        return False
    case = toks[idx].feats.get("Case")
    prep = _preposition(toks, parse, idx)
    if not ((case == "Gen" and prep is None) or (case == "Loc" and prep == "о")):
        return False
    head = parse.heads[idx]
    return toks[head].pos in ("NOUN", "PROPN") and lemma_of(toks[head]) in DOCUMENT_NOUNS
