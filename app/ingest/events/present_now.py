"""«Лавров проводит переговоры с Фиданом»: a happening told in the present tense is going on
the day the news is told.

A trigger with no date of its own falls back to «before publication» (when.py), which reads
a past verb right: «провёл встречу» took place some time before the report. An imperfective
present in the third person («проводит встречу», «находится с визитом», «принимает в
Кремле», «переговоры проходят в Вене») is the report of what happens as it is written: the
publication day, like words told undated. A present that tells a custom instead («регулярно
проводят консультации», «ежегодно принимает») names no day, so it keeps the fallback.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.events.sourcing import FREQUENCY_ADVERBS, HABITUAL_ADVERBS
from app.ingest.events.syntax import anchor_verb
from app.ingest.nlp import Token

_CUSTOM = HABITUAL_ADVERBS | FREQUENCY_ADVERBS


def _present_finite(t: Token) -> bool:
    f = t.feats
    return (
        t.pos in ("VERB", "AUX")
        and f.get("VerbForm") == "Fin"
        and f.get("Tense") == "Pres"
        and f.get("Mood") == "Ind"
        and f.get("Person") == "3"
        and f.get("Aspect") != "Perf"
    )


def _custom(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """The verb has a word of habit or frequency among its words («регулярно проводят»,
    «проводят раз в год», «встречаются каждую осень»), one word («обычно») or several («как
    правило», «время от времени»)."""
    text = " ".join(t.text.lower() for t in toks)
    for i, t in enumerate(toks):
        h = parse.heads[i]
        near = h == verb or (h >= 0 and parse.heads[h] == verb)  # «раз» itself or «каждый год»
        if near and t.lemma.lower() in _CUSTOM:
            return True
    return any(" " in a and f" {a} " in f" {text} " for a in _CUSTOM)


def happening_now(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """True when trigger `idx` is told by a third-person imperfective present verb (itself
    or the verb it hangs on) that tells no custom: news of the publication day."""
    verb = anchor_verb(toks, parse, idx)
    if not _present_finite(toks[verb]):
        return False
    return not _custom(toks, parse, verb)
