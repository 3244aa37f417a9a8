"""A package of documents signed after talks is the states': «По итогам переговоров стороны
подписали 12 документов», «подписан пакет межправительственных соглашений», «президенты
подписали ряд документов о сотрудничестве».

Documents counted in the plural are intergovernmental and interagency papers that ministers
and heads of agencies sign for their states, often in the leaders' presence; news counts
them as what the two countries concluded («Россия и Казахстан подпишут два документа»). The
people told as their signers — the leaders whose talks they close, or «стороны» standing for
them — stay, and the states they speak for join as parties. A single named document («лидеры
подписали совместное заявление», «договор о ...») is its signers' and is left alone. The
document nouns and the nouns that count them are data (app/data/document_packages.toml).
Only counted documents: plural papers with no count («Документы о коридоре подписали
министры») may be mirror documents each side signed with a third party apart.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources

from app.ingest.events.ministry_documents import states_spoken_for
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How far up the tree a counted noun may stand from the signing word: its object
# («подписали документы»), a numeral's or a collective noun's dependent («12 документов»,
# «пакет документов», «ряд соглашений»).
_REACH = 3


@cache
def _data() -> dict[str, frozenset[str]]:
    with (resources.files("app") / "data" / "document_packages.toml").open("rb") as f:
        return {k: frozenset(v) for k, v in tomllib.load(f).items()}


def package_nouns() -> frozenset[str]:
    """Lemmas of document nouns that, in the plural, count a package."""
    return _data()["nouns"]


def counter_nouns() -> frozenset[str]:
    """Lemmas of nouns that count documents («пакет», «ряд», «десяток»)."""
    return _data()["counters"]


def _counted(toks: Sequence[Token], parse: SentenceParse, k: int) -> bool:
    """Is noun k counted: by a numeral of its own («12 документов», «несколько
    соглашений») or as what a counting noun holds («пакет документов», «около десятка
    документов»)?"""
    if any(parse.heads[j] == k and t.pos == "NUM" for j, t in enumerate(toks)):
        return True
    head = parse.heads[k]
    return head >= 0 and lemma_of(toks[head]) in counter_nouns()


def _reaches(parse: SentenceParse, k: int, idx: int) -> bool:
    """Does token k hang on trigger idx within a few steps up the tree?"""
    cur = k
    for _ in range(_REACH + 1):
        if cur == idx:
            return True
        if cur < 0:
            return False
        cur = parse.heads[cur]
    return False


def counted_documents(toks: Sequence[Token], parse: SentenceParse, idx: int) -> bool:
    """Is agreement trigger idx a package of documents: a document noun in the plural,
    counted, that is the trigger itself or hangs on it («подписали 12 документов»)?"""
    return any(
        lemma_of(t) in package_nouns()
        and t.pos == "NOUN"
        and t.feats.get("Number") == "Plur"
        and _counted(toks, parse, k)
        and _reaches(parse, k, idx)
        for k, t in enumerate(toks)
    )


def package_states(
    inp: ArticleInput,
    toks: Sequence[Token],
    parse: SentenceParse,
    idx: int,
    typ: str,
    actors: Sequence[ActorSpan],
) -> list[ActorSpan]:
    """The states a package of documents binds, each at the span of the party that speaks
    for it; empty unless the agreement counts documents in the plural and its parties
    speak for two states or more, each for one."""
    if typ != "agreement" or not counted_documents(toks, parse, idx):
        return []
    return states_spoken_for(inp, actors)
