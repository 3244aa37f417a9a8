"""«будет принят», «будут подписаны»: the future of a passive told by «быть».

The tagger often marks the finite auxiliary «будет» as present tense, so a short passive
participle under it (past by its form: «принят», «подписано») reads as a happening that
took place. Finite forms of «быть» other than the past are its future («буду», «будет»,
«будут»...; its present «есть» is no auxiliary of a passive), so the clause speaks of
what is to come.
"""

from __future__ import annotations

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
