"""Finding the words that signal a happening in a sentence (by lemma and part of speech)."""

from __future__ import annotations

from app.ingest.events.lexicon import (
    NOUN_TRIGGERS,
    REPORTING_VERBS,
    REQUIRED_WORDS,
    VERB_TRIGGERS,
)
from app.ingest.nlp import Token

VERBAL = frozenset({"VERB", "AUX"})
PHONE = frozenset({"телефонный", "телефон", "видеосвязь", "видеоконференция"})
TALK_NOUNS = frozenset({"разговор", "переговоры", "переговор", "беседа", "контакт"})


def lemma_of(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def find_triggers(tokens: list[Token]) -> list[tuple[int, str]]:
    """(sentence-local token index, event type) for each trigger word, in text order."""
    lemmas = [lemma_of(t) for t in tokens]
    present = set(lemmas)

    def allowed(kind: str | None) -> str | None:
        need = REQUIRED_WORDS.get(kind or "")
        return kind if need is None or need & present else None

    found: list[tuple[int, str]] = []
    for i, (tok, lemma) in enumerate(zip(tokens, lemmas, strict=True)):
        if tok.pos in VERBAL:
            kind = allowed(VERB_TRIGGERS.get(lemma))
            if kind is None and lemma in REPORTING_VERBS:
                kind = "statement"
            if kind:
                found.append((i, kind))
            continue
        if tok.pos not in ("NOUN", "PROPN"):
            continue
        if lemma in TALK_NOUNS:
            # «телефонный разговор», «разговор по телефону», «беседа по видеосвязи»
            window = lemmas[max(0, i - 3) : i + 4]
            if any(w in PHONE for w in window):
                found.append((i, "call"))
            elif lemma in ("переговоры", "переговор"):
                found.append((i, "talks"))
            continue
        kind = allowed(NOUN_TRIGGERS.get(lemma))
        if kind == "answers" and tok.feats.get("Number") != "Plur":
            continue  # «в ответ на» is a reaction, «ответы на вопросы» are answers
        if kind:
            found.append((i, kind))
    return found
