"""The author of a piece of words told by its noun: «на сайте Кремля опубликована статья
Путина» is Putin's statement, though he is only the genitive of the noun the verb governs.

A person hung as a genitive modifier on an authored noun (lexicon.AUTHORED_NOUNS) that is
the subject or object of the speech trigger's verb speaks; a body does not (it is where
the piece came out: «статья в журнале МИД»).

Words quoted from a published text, by an impersonal verb of saying («..., — отмечается в
сообщении МИД России», «в коммюнике министерства говорится, что ...»), are its author's,
a body or a person: whoever is named in the genitive of the text's noun (speech.toml
[published]) speaks, as «говорится в заявлении Кремля» already does by the trigger noun.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from importlib import resources

from app.ingest.events.lexicon import AUTHORED_NOUNS
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import anchor_verb, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

PIECE_LINKS = frozenset({"nsubj", "nsubj:pass", "obj"})

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    _PUBLISHED = tomllib.load(_f)["published"]
PUBLISHED_NOUNS = frozenset(_PUBLISHED["nouns"])
PUBLISHED_PREPOSITIONS = frozenset(_PUBLISHED["prepositions"])


def authors(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    hits: Sequence[ActorSpan],
    is_person: Callable[[str], bool],
) -> list[ActorSpan]:
    """Persons named in the genitive under an authored noun of speech trigger `idx`'s verb."""
    verb = anchor_verb(toks, parse, idx)
    pieces = {
        j
        for j, h in enumerate(parse.heads)
        if (h == verb and parse.rels[j] in PIECE_LINKS or j == idx)
        and lemma_of(toks[j]) in AUTHORED_NOUNS
    }
    texts = published_texts(toks, parse, verb)
    out: list[ActorSpan] = []
    for hit in hits:
        head = span_head(toks, parse, hit.start, hit.end)
        if (
            head is not None
            and parse.heads[head] in pieces | texts
            and parse.rels[head] == "nmod"
            and toks[head].feats.get("Case") == "Gen"
            and (is_person(hit.actor_id) or parse.heads[head] in texts)
        ):
            out.append(hit)
    return out


def published_texts(toks: list[Token], parse: SentenceParse, verb: int) -> set[int]:
    """Nouns of a published text in which impersonal verb of saying `verb` finds its words
    («отмечается в сообщении», «говорится в коммюнике»)."""
    if verb < 0 or toks[verb].pos != "VERB" or not lemma_of(toks[verb]).endswith("ся"):
        return set()
    return {
        j
        for j, h in enumerate(parse.heads)
        if h == verb
        and parse.rels[j] == "obl"
        and lemma_of(toks[j]) in PUBLISHED_NOUNS
        and any(
            parse.heads[k] == j
            and parse.rels[k] == "case"
            and lemma_of(toks[k]) in PUBLISHED_PREPOSITIONS
            for k in range(len(toks))
        )
    }
