"""An object put before the verb, which the parser reads as a second subject.

Russian fronts what a sentence is about, object included: «Следующий раунд стороны
договорились провести в Пекине», «Очередной саммит стороны наметили на весну». A masculine
inanimate or a neuter noun looks the same in the nominative and the accusative, so the
parser may hang it on the finite verb as a subject beside the real one. A finite verb agrees
in number with its subject: of two nominative-looking subjects of a plural verb, a plural
one that agrees and a singular inanimate one before it that cannot, the singular one is an
object — of the infinitive the verb governs («договорились провести»), else of the verb.
"""

from __future__ import annotations

from app.ingest.events.lexicon import INFINITIVE_SUBJECT_VERBS
from app.ingest.nlp import Token

_SUBJECT = "nsubj"
_NOUNS = frozenset({"NOUN", "PROPN"})


def fronted_objects(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Put a fronted singular inanimate «subject» of a plural verb that has a plural subject
    of its own on the verb's infinitive (or the verb) as its object (in place)."""
    for v, verb in enumerate(toks):
        if verb.pos != "VERB" or verb.feats.get("Number") != "Plur":
            continue
        if verb.feats.get("VerbForm") not in (None, "Fin"):
            continue
        subjects = [j for j, h in enumerate(heads) if h == v and rels[j] == _SUBJECT]
        if len(subjects) < 2 or not any(_plural(toks[j]) for j in subjects):
            continue
        for j in subjects:
            if j < v and _fronted(toks[j]) and not _conjoined(heads, rels, j):
                infinitive = next(
                    (
                        k
                        for k, h in enumerate(heads)
                        if h == v and rels[k] == "xcomp" and toks[k].feats.get("VerbForm") == "Inf"
                    ),
                    None,
                )
                heads[j] = v if infinitive is None else infinitive
                rels[j] = "obj"


def _plural(tok: Token) -> bool:
    return tok.pos in _NOUNS | {"PRON"} and tok.feats.get("Number") == "Plur"


def _fronted(tok: Token) -> bool:
    """A singular noun whose nominative is its accusative: inanimate, masculine or neuter."""
    f = tok.feats
    return (
        tok.pos == "NOUN"
        and f.get("Number") == "Sing"
        and f.get("Animacy") == "Inan"
        and f.get("Gender") in ("Masc", "Neut")
    )


def _conjoined(heads: list[int], rels: list[str], j: int) -> bool:
    """Has the noun conjuncts of its own («визит и саммит»): then it is plural together."""
    return any(h == j and r == "conj" for h, r in zip(heads, rels, strict=True))


# How the parser hangs an infinitive that is the subject of an impersonal verb of plan or
# decision («планируется провести», «намечено провести», «решено перенести»).
_CLAUSE_SUBJECTS = frozenset({"csubj", "csubj:pass"})
_NOUN_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def objects_of_subject_infinitive(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Put a fronted noun «subject» of a verb whose subject is already an infinitive on that
    infinitive as its object (in place).

    «Переговоры планируется провести в мае», «Заседание комиссии намечено провести в
    Москве», «Саммит решено перенести на осень»: the impersonal verb has the infinitive for
    its subject, so it cannot have a noun subject too; the noun before it, in the form its
    nominative and accusative share (inanimate), is what the infinitive acts on, fronted as
    the topic. The parser hangs it on the verb as a subject, and the event noun loses the
    verb that tells it is to come.

    A plan told in the past («Заседание планировалось провести 5 июня, однако его
    отложили») is left as parsed: the readings of a first plan and of its putting off
    (original_plan.py, put_off_after.py) take it from the verb of planning."""
    for v, verb in enumerate(toks):
        if verb.pos not in ("VERB", "AUX") or _told_in_past(toks, heads, rels, v):
            continue
        if verb.lemma.lower() not in INFINITIVE_SUBJECT_VERBS:
            continue  # «Срок истекает ..., а документ подготовить не успели»: a stray parse
        infinitive = next(
            (
                k
                for k, h in enumerate(heads)
                if h == v and rels[k] in _CLAUSE_SUBJECTS and toks[k].feats.get("VerbForm") == "Inf"
            ),
            None,
        )
        if infinitive is None or infinitive < v:
            continue
        if any(h == infinitive and rels[k] == "obj" for k, h in enumerate(heads)):
            continue  # «Планируется провести переговоры»: the infinitive has its object
        for j in [j for j, h in enumerate(heads) if h == v and rels[j] in _NOUN_SUBJECTS]:
            if j < v and _accusative_alike(toks[j]):
                heads[j], rels[j] = infinitive, "obj"


def _told_in_past(toks: list[Token], heads: list[int], rels: list[str], v: int) -> bool:
    """«планировалось», «было намечено»: a finite past verb, or one with a past «быть»."""
    if toks[v].feats.get("VerbForm") == "Fin" and toks[v].feats.get("Tense") == "Past":
        return True
    return any(
        h == v and rels[k] in ("aux", "aux:pass", "cop") and toks[k].feats.get("Tense") == "Past"
        for k, h in enumerate(heads)
    )


def _accusative_alike(tok: Token) -> bool:
    """An inanimate noun that may be read in the accusative: its nominative is the same."""
    f = tok.feats
    return tok.pos == "NOUN" and f.get("Animacy") == "Inan" and f.get("Case") in ("Nom", "Acc")
