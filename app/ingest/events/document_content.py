"""A contact named as what a document is about: «план консультаций», «меморандум о
межмидовских консультациях», «соглашение о взаимных поездках».

News on ministries often ends with «подписан План консультаций между министерствами
иностранных дел на 2024–2025 годы» or «министры подписали меморандум о консультациях»: the
consultations there are the document's subject, a series to come over the years it covers,
not a happening of the day (and those years are not its date). A contact or visit noun that
hangs from a document noun as its genitive or «о» + locative complement is read as that
content and gives no event; the document's own verb («подписан», «подписали») is the news.
A contact under a noun of outcome on the way («заявление по итогам переговоров») is the
setting of the document, not its content, and stays. So is a contact under a step of the
process the document is about («протокол о завершении переговоров», «меморандум о начале
консультаций», «совместное заявление о начале переговоров»): the document marks that step,
it is the news, and the talks are what it begins or ends. The document nouns and the steps
are data (app/data/triggers.toml, [documents]).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import DOCUMENT_NOUNS, DOCUMENT_STEPS, STEP_DOCUMENTS
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


def _complement(toks: Sequence[Token], parse: SentenceParse, i: int, about: bool = True) -> bool:
    """Is noun `i` a complement of the noun it hangs from: its genitive, or (when `about`)
    «о» + locative?"""
    if toks[i].pos not in ("NOUN", "PROPN") or parse.rels[i] != "nmod" or parse.heads[i] < 0:
        return False
    case = toks[i].feats.get("Case")
    prep = _preposition(toks, parse, i)
    return (case == "Gen" and prep is None) or (about and case == "Loc" and prep == "о")


def _noun_in(toks: Sequence[Token], i: int, lemmas: frozenset[str]) -> bool:
    return toks[i].pos in ("NOUN", "PROPN") and lemma_of(toks[i]) in lemmas


def document_content(toks: Sequence[Token], parse: SentenceParse, idx: int, kind: str) -> bool:
    """Is the contact trigger at `idx` the subject matter of a document noun it depends on
    («План консультаций», «меморандум о консультациях»), directly or through a step of the
    process («протокол о завершении переговоров»)?"""
    if kind not in _CONTENT_KINDS or not _complement(toks, parse, idx):
        return False
    head = parse.heads[idx]
    if _noun_in(toks, head, DOCUMENT_NOUNS):
        return True
    # «о завершении переговоров»: the talks as the genitive of a step the document is about
    if not _noun_in(toks, head, DOCUMENT_STEPS) or not _complement(toks, parse, idx, about=False):
        return False
    if not _complement(toks, parse, head):
        return False
    return _noun_in(toks, parse.heads[head], DOCUMENT_NOUNS | STEP_DOCUMENTS)
