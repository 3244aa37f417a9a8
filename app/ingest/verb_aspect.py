"""The aspect and tense of a finite verb, set right by the dictionary.

natasha's tagger guesses a verb's features from its context, and now and then gives an
imperfective present the perfective future's features («Москва высылает дипломатов»
tagged as «вышлет»): the happening then reads as a plan instead of the day's news. The
aspect of a Russian verb is a property of the word, not of the sentence: when every
dictionary reading of the form as a finite verb has one aspect, that aspect is the
verb's, and its non-past tense follows from it (an imperfective non-past form is
present, a perfective one future). A form the dictionary reads both ways («проводит»,
«казнит») or does not know keeps the tagger's guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# pymorphy's aspect grammemes, as Universal Dependencies features
_ASPECT = {"impf": "Imp", "perf": "Perf"}
# the non-past tense each aspect's finite form has
_NON_PAST = {"Imp": "Pres", "Perf": "Fut"}


def dictionary_aspect(readings: Iterable[Iterable[str]]) -> str | None:
    """The one aspect ("Imp"/"Perf") all finite-verb readings (grammeme sets) of a word
    form share; None when they differ or there is none."""
    found = {
        _ASPECT[g]
        for r in readings
        if "VERB" in r and ("pres" in r or "futr" in r)
        for g in r
        if g in _ASPECT
    }
    return found.pop() if len(found) == 1 else None


def set_right(pos: str, feats: Mapping[str, str], aspect: str | None) -> dict[str, str]:
    """The features of a finite non-past verb with the dictionary's `aspect` (and the
    tense it makes); any other token's features unchanged."""
    out = dict(feats)
    if (
        aspect is None
        or pos not in ("VERB", "AUX")
        or out.get("VerbForm") != "Fin"
        or out.get("Tense") not in ("Pres", "Fut")
    ):
        return out
    out["Aspect"] = aspect
    out["Tense"] = _NON_PAST[aspect]
    return out
