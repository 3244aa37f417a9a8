"""Whose aide: a person in the genitive under a title held in someone's service.

«Советник Трампа провёл переговоры с Аверьяновым», «Путин принял помощника президента США
Джона Болтона», «заместитель Лаврова Сергей Рябков»: the genitive names the principal the
adviser, aide or deputy serves, not one who took part; the name in apposition («Джона
Болтона», parsed `appos`) is the one who did. Ranks are not such titles («визит министра
Лаврова» is the minister's own). The titles are data (app/data/triggers.toml, [principals]).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import PERSON_TITLES, PRINCIPAL_TITLES
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.nlp import Token

# A person's word under the title: a name, or a title standing for its holder
# («помощника президента США»).
_PERSON_POS = frozenset({"PROPN"})


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


# How the holder's own name hangs on the title («советника ... Джона Болтона»).
_NAME_LINKS = frozenset({"appos", "flat", "flat:name"})


def principal_of(
    tokens: list[Token], parse: SentenceParse, cur: int, title: int, own: set[int]
) -> bool:
    """Is token `cur`, hung on the noun `title`, the principal whom that title serves?
    `own`: the actor's tokens (empty: `cur` heads the actor); when its name hangs on the
    title too, the actor is the title's holder (a hit «советника американского президента
    ... Джона Болтона»)."""
    if parse.rels[cur] != "nmod" or _lemma(tokens[title]) not in PRINCIPAL_TITLES:
        return False
    if own and cur not in own:
        # Reached from a name below: «заместителя министра ... Александра Грушко» with the
        # name hung on «министра» is the deputy himself, however the parser hung it.
        return False
    if any(parse.heads[j] == title and parse.rels[j] in _NAME_LINKS for j in own):
        return False
    if _named(tokens, parse, cur):
        return False  # a title with its own name under it is that name's («министра Лаврова»)
    if parse.rels[title].startswith("nsubj") and not _named(tokens, parse, title):
        # «советник Трампа провёл переговоры»: an aide the sentence does not name, as the
        # subject, is aide_of's to judge (a proper name only, never «помощник президента»).
        return False
    tok = tokens[cur]
    if tok.pos == "PROPN" and tok.feats.get("Animacy") != "Anim":
        return False  # «представитель МИД Турции»: a body speaks through its spokesman
    # An animate genitive reads as the accusative too («принял советника Трампа»).
    if tok.feats.get("Case") not in ("Gen", "Acc"):
        return False
    return tok.pos in _PERSON_POS or (tok.pos == "NOUN" and _lemma(tok) in PERSON_TITLES)


def aide_of(tokens: list[Token], cur: int, parent: int, rel: str, lemma: str) -> bool:
    """A name in the genitive under an aide's title in another case names whose aide it is
    («советник Трампа», «пресс-секретарю Путина»); a name in the title's own case is the
    aide himself, however a parser hangs it («советника ... Джона Болтона»)."""
    if rel != "nmod" or lemma not in PRINCIPAL_TITLES or tokens[cur].pos != "PROPN":
        return False
    if tokens[cur].feats.get("Animacy") != "Anim":
        return False  # «представитель МИД Турции»: the body's spokesman speaks for it
    case = tokens[cur].feats.get("Case")
    return case == "Gen" and tokens[parent].feats.get("Case") != "Gen"


# How many words after the principal the aide's own name may come («советника Трампа по
# национальной безопасности Джона Болтона»).
_NAME_REACH = 6


def served_by_order(tokens: list[Token], hit: ActorSpan, hits: Sequence[ActorSpan]) -> bool:
    """Without a parse: is `hit` a genitive right after a title in someone's service, with
    another person's name soon after it (the aide's own)? «помощника Юрия Ушакова», with
    no name after, is the aide himself."""
    first = next((k for k, t in enumerate(tokens) if t.start >= hit.start), None)
    if first is None or first == 0 or _lemma(tokens[first - 1]) not in PRINCIPAL_TITLES:
        return False
    if tokens[first].feats.get("Case") not in ("Gen", "Acc"):
        return False
    last = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].end <= hit.end), first)
    reach = tokens[min(last + _NAME_REACH, len(tokens) - 1)].end
    return any(
        h is not hit and hit.end <= h.start < reach and h.actor_id != hit.actor_id for h in hits
    )


def _named(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Does a name hang on the noun at i («Помощник Путина Юрий Ушаков», «министра
    Лаврова»)?"""
    return any(
        h == i and parse.rels[j] in _NAME_LINKS and tokens[j].pos == "PROPN"
        for j, h in enumerate(parse.heads)
    )
