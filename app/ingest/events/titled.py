"""A happening whose only party is a bare title or a pronoun: who it stands for.

«В Москве венгерский лидер в последний раз был 1 февраля 2022 года», «в июле того же года
израильский премьер снова прилетал в Москву», «Он приезжал в Пекин в 2019 году». News
retelling a past trip or contact in passing names its party again only by a title (often
with the state's adjective) or a pronoun, and the sentence holds no name at all. coref.py
tells whom such a word stands for; this module only says that such a sentence is worth a
parse, so that the happening is read and the referring word resolved, as it is in a
sentence that also names someone.

A title with a state in the genitive and no name («президент Алжира приезжал в Россию в
2008 году», «регион посещал посол Лаоса») is a holder the article does not name, often of
years before: the state takes part for him (unnamed_holder), when the happening is dated
and nobody else is named as its party.

Only a happening told by its verb («был», «прилетал», «встречались») or by the object of
one («её заместитель провёл консультации») is read so: a noun retold with a pronoun near
it («сказал на встрече с ...», «визит был нужен ему») is mostly the setting of words or
their topic, and a proposal («он предложил ...») is words.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.antecedents import PRONOUN_GENDER
from app.ingest.events.coref import TITLE_WORDS
from app.ingest.events.lexicon import PERSON_TITLES, SPEECH_TYPES
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.syntax import VERBAL, anchor_verb, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could a sentence with no actor tell a happening of a person it names only by a
    singular title or pronoun in the nominative (a subject maybe)?"""
    if not any(t not in SPEECH_TYPES for _, t in triggers):
        return False
    return any(
        t.feats.get("Case") == "Nom"
        and t.feats.get("Number") == "Sing"
        and (
            (t.pos == "NOUN" and lemma_of(t) in TITLE_WORDS)
            or (t.pos == "PRON" and lemma_of(t) in PRONOUN_GENDER)
        )
        for t in toks
    )


def by_verb(toks: Sequence[Token], parse: SentenceParse, idx: int, type_: str) -> bool:
    """Is the happening told by its verb (or as the object of one) and of a kind other
    than words (only then may a bare title or pronoun alone be its party)?"""
    if type_ in SPEECH_TYPES or type_ == "proposal":
        return False
    return toks[idx].pos in VERBAL or parse.rels[idx] == "obj"


def unnamed_holder(
    inp: ArticleInput,
    toks: list[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    idx: int,
    type_: str,
    attached: Sequence[DateMention],
) -> list[ActorSpan]:
    """The state in the genitive under a title with no name that is the subject of the
    happening's verb («президент Алжира приезжал»), for a dated happening other than words
    (an empty list otherwise)."""
    if not by_verb(toks, parse, idx, type_):
        return []
    if type_ == "appointment":
        # «новый посол Турции вручил копии грамот»: the office, not the state, is what
        # an appointment is about; the state alone would make «Назначение Турции».
        return []
    if not any(d.value.precision != "unknown" for d in attached):
        return []
    verb = anchor_verb(toks, parse, idx)
    titles = {
        j
        for j, (h, r) in enumerate(zip(parse.heads, parse.rels, strict=True))
        if h == verb and r.startswith("nsubj") and lemma_of(toks[j]) in PERSON_TITLES
    }
    out: list[ActorSpan] = []
    for hit in hits:
        info = inp.actors.get(hit.actor_id)
        if info is None or info.kind != "state":
            continue
        k = span_head(toks, parse, hit.start, hit.end)
        if (
            k is not None
            and parse.heads[k] in titles
            and parse.rels[k] == "nmod"
            and toks[k].feats.get("Case") == "Gen"
        ):
            out.append(hit)
    return out
