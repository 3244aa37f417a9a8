"""Mending the words of a verb of saying hung by the parser on the occasion noun.

«Путин заявил на совместной пресс-конференции, что Россия готова вернуться к сделке»,
«сказал в интервью, что ...»: a parser may hang the «что» clause on the noun right before
it (the press conference, the interview) as a clause describing it. A clause opened by the
conjunction «что» after a verb of saying is what was said, whatever noun stands between:
the noun is where it was said (an adverbial of the verb). Left on the noun, the clause's
subjects («Россия») pass for speakers at the press conference. The clause is put back on
the verb as its content.

Likewise the subject: «Банковская группа в четверг объявила, что её «дочка» прекращает
переводы»: a parser may hang «группа» on «прекращает», past the verb of saying that governs
that verb. Arcs of a Russian sentence do not pass over the words above them; a subject
before a finite verb with no subject of its own, agreeing with it, is that verb's subject.

And the words before a closing verb of saying: «Министр отправится в Москву, где проведёт
переговоры, сообщил официальный представитель ведомства»: in a long sentence the parser may
leave the words' verb and the verb of saying as two roots. A verb of saying right after a
comma or dash, with the sentence's other root before it, closes those words: they are its
content.

And a verb the parser hangs as a conjunct inside the words when it closes them: «Путин
заявил, что Россия не будет ратифицировать хартию, и предложил пересмотреть протокол».
Predicates of one subject joined by a single «и» take no comma, so «, и» with a verb of no
subject of its own after a «что» clause closes the clause; when that verb agrees with the
speaker and not with the clause's subject («Россия» ≠ «предложил»), or the clause is told in
another tense (the speaker's past against the clause's future), it is the speaker's second
act, coordinated with the verb of saying (said_and_done.py reads it as a proposal beside the
words).

Only a noun (not «о том, что»: the pronoun already carries the words as they are meant)
that is an adverbial of the verb is passed over, so «сообщения о том, что» or «уверенность,
что» keep their clause.
"""

from __future__ import annotations

from app.ingest.events.lexicon import REPORTING_VERBS
from app.ingest.nlp import Token

_COMPLEMENTIZERS = frozenset({"что"})


def words_to_verb(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each «что» clause the parser put on an adverbial noun of a verb
    of saying onto that verb, as its content (ccomp)."""
    for c, rel in enumerate(rels):
        noun = heads[c]
        if rel != "acl" or noun < 0 or noun > c or toks[noun].pos != "NOUN":
            continue
        verb = heads[noun]
        if verb < 0 or rels[noun] != "obl" or toks[verb].pos != "VERB":
            continue
        if toks[verb].lemma.lower().replace("ё", "е") not in REPORTING_VERBS:
            continue
        if any(
            heads[k] == c
            and rels[k] == "mark"
            and toks[k].lemma.lower() in _COMPLEMENTIZERS
            and noun < k < c
            for k in range(len(toks))
        ):
            heads[c], rels[c] = verb, "ccomp"


_SUBJECT = "nsubj"


def subject_to_verb(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, each subject whose arc passes over a governing finite verb with no
    subject of its own that agrees with it onto that verb."""
    for i, h in enumerate(heads):
        if rels[i] != _SUBJECT or h <= i or toks[i].pos not in ("NOUN", "PROPN"):
            continue
        above: list[int] = []
        cur = heads[h]
        while cur >= 0 and cur not in above and len(above) <= len(heads):
            above.append(cur)
            cur = heads[cur]
        for v in above:
            if (
                i < v < h
                and toks[v].pos == "VERB"
                and toks[v].feats.get("VerbForm") == "Fin"
                and not any(
                    heads[k] == v and rels[k].startswith(_SUBJECT) for k in range(len(heads))
                )
                and agree(toks[i], toks[v], _joined(heads, rels, i))
            ):
                heads[i] = v
                break


def _joined(heads: list[int], rels: list[str], i: int) -> bool:
    """Does subject `i` head a coordination («Сергей Лавров и Джон Керри объявили»), so
    that its verb is plural whatever the number of its first conjunct?"""
    return any(h == i and rels[k] == "conj" for k, h in enumerate(heads))


def agree(noun: Token, verb: Token, joined: bool = False) -> bool:
    """Does `verb` agree with subject `noun` (`joined`: the first of coordinated subjects)
    in number and, in the past singular, gender?"""
    number = "Plur" if joined else noun.feats.get("Number")
    if number is None or verb.feats.get("Number") != number:
        return False
    if number == "Sing" and verb.feats.get("Tense") == "Past":
        return verb.feats.get("Gender") == noun.feats.get("Gender")
    return True


_CLOSING_MARKS = frozenset({",", "—", "–", "-"})


def words_to_closing_verb(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Hang, in place, a root before a root verb of saying that follows a comma or dash
    («..., сообщил представитель») on that verb, as its words."""
    roots = [i for i, h in enumerate(heads) if h < 0]
    if len(roots) != 2:
        return
    first, verb = roots
    if not (
        toks[verb].pos == "VERB"
        and toks[verb].feats.get("VerbForm") == "Fin"
        and toks[verb].lemma.lower().replace("ё", "е") in REPORTING_VERBS
        and verb > 0
        and toks[verb - 1].text in _CLOSING_MARKS
        and toks[first].pos in ("VERB", "AUX", "ADJ")
    ):
        return
    heads[first], rels[first] = verb, "ccomp"


_CLOSING_JOINERS = frozenset({"и", "а"})


def conj_to_words_verb(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, a finite verb hung as a conjunct on the head of a verb of saying's
    words, after «, и», onto the verb of saying when it is the speaker's and not the words'
    (module docstring)."""
    for c, rel in enumerate(rels):
        v = heads[c]
        if rel != "conj" or v < 0 or toks[c].pos != "VERB" or rels[v] != "ccomp":
            continue
        s = heads[v]
        if not (0 <= s < v < c and closes_clause(toks, heads, rels, c)):
            continue
        if toks[s].lemma.lower().replace("ё", "е") not in REPORTING_VERBS:
            continue
        speaker, told, own = (_subject(heads, rels, i) for i in (s, v, c))
        if speaker is None or own is not None or not agree(toks[speaker], toks[c]):
            continue
        tense = toks[c].feats.get("Tense")
        if tense is None or toks[s].feats.get("Tense") != tense:
            continue
        if told is not None and agree(toks[told], toks[c]) and _tense(toks, heads, v) == tense:
            continue  # «сказал, что Эрдоган приехал, и предложил»: may be Erdoğan's
        heads[c] = s


def closes_clause(toks: list[Token], heads: list[int], rels: list[str], c: int) -> bool:
    """Is verb `c` joined by «и» («а») right after a comma, with nothing between (so it
    closes a clause before it, rather than joining a predicate of the same subject)?"""
    return (
        c >= 2
        and toks[c - 1].text.lower() in _CLOSING_JOINERS
        and heads[c - 1] == c
        and rels[c - 1] == "cc"
        and toks[c - 2].text == ","
    )


def _subject(heads: list[int], rels: list[str], verb: int) -> int | None:
    return next(
        (k for k, h in enumerate(heads) if h == verb and rels[k].startswith(_SUBJECT)), None
    )


def _tense(toks: list[Token], heads: list[int], verb: int) -> str | None:
    """The tense of the clause headed by `verb`: its own, or its auxiliary's («будет
    ратифицировать»: future)."""
    aux = [k for k, h in enumerate(heads) if h == verb and toks[k].pos == "AUX"]
    for k in [verb, *aux]:
        if (tense := toks[k].feats.get("Tense")) is not None:
            return tense
    return None
