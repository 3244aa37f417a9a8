"""«будет принят», «будут подписаны»: the future of a passive told by «быть».

The tagger often marks the finite auxiliary «будет» as present tense, so a short passive
participle under it (past by its form: «принят», «подписано») reads as a happening that
took place. Finite forms of «быть» other than the past are its future («буду», «будет»,
«будут»...; its present «есть» is no auxiliary of a passive), so the clause speaks of
what is to come. So is an infinitive completing a verb in the future, fronted or not
(«Подписать его поедет президент», «Ратифицировать договор Дума будет весной»).
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# The stem every future form of «быть» shares; «будучи» (converb) and «будь» (imperative)
# are not finite indicative forms and are left out by their features.
FUTURE_STEM = "буд"


def future_auxiliary(tok: Token) -> bool:
    """Is `tok` a future form of the auxiliary «быть» («будет», «будут»), whatever tense
    the tagger gave it?"""
    return (
        tok.pos == "AUX"
        and tok.lemma.lower() == "быть"
        and tok.feats.get("VerbForm") == "Fin"
        and tok.feats.get("Tense") != "Past"
        and tok.feats.get("Mood", "Ind") == "Ind"
        and tok.text.lower().startswith(FUTURE_STEM)
    )


def future_infinitive(tokens: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Is infinitive `verb` the complement of a verb in the future, so its happening is to
    come too? «Подписать его поедет лично президент» (the trip is ahead, the signing after
    it), «Ратифицировать соглашение Дума будет не раньше весны» (a fronted infinitive of the
    future «будет», which the parse may leave as a root of its own beside it)."""
    if tokens[verb].feats.get("VerbForm") != "Inf":
        return False
    head = parse.heads[verb]
    if head >= 0:
        return parse.rels[verb] == "xcomp" and _future_verb(tokens, parse, head)
    # a root of its own: the future «будет» is the other root of the sentence
    return any(
        h < 0 and i != verb and future_auxiliary(tokens[i]) for i, h in enumerate(parse.heads)
    )


def _future_verb(tokens: list[Token], parse: SentenceParse, v: int) -> bool:
    """A finite verb in the future («поедет»), or one with the future «будет» on it."""
    t = tokens[v]
    if t.feats.get("VerbForm") == "Fin" and t.feats.get("Tense") == "Fut":
        return True
    return any(h == v and future_auxiliary(tokens[i]) for i, h in enumerate(parse.heads))
