"""Mending the words of a verb of saying hung by the parser on the occasion noun.

«Путин заявил на совместной пресс-конференции, что Россия готова вернуться к сделке»,
«сказал в интервью, что ...»: a parser may hang the «что» clause on the noun right before
it (the press conference, the interview) as a clause describing it. A clause opened by the
conjunction «что» after a verb of saying is what was said, whatever noun stands between:
the noun is where it was said (an adverbial of the verb). Left on the noun, the clause's
subjects («Россия») pass for speakers at the press conference. The clause is put back on
the verb as its content.

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
