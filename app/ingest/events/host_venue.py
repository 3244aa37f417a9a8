"""Who hosts a happening is its venue, not a party: «Хельсинки примет встречу Путина и
Трампа», «Финляндия готова принять саммит России и США».

A host verb («принять», «принимать») whose object is the happening's own noun names in its
subject the place or state that gives the happening room; the parties are the noun's own
(«встречу Путина и Трампа»). «Путин принял Болтона» (a person received) is a meeting of
host and guest, and is not read here: there the trigger is the verb, not its object.
"""

from __future__ import annotations

from app.ingest.events.lexicon import HOST_VERBS, NOUN_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Happenings a place gives room to; not credentials («принял верительные грамоты у
# посла»: the head of state who accepts them takes part).
_HOSTED = frozenset({"meeting", "talks", "call"})
# Verbs a host verb's infinitive may stand under («готова принять»): the subject is theirs.
_INFINITIVE_LINKS = frozenset({"xcomp", "csubj"})


def hosted(tokens: list[Token], parse: SentenceParse, trigger: int) -> int | None:
    """The verb whose subject hosts the happening the noun at `trigger` names, when that
    noun is a host verb's object, else None."""
    if tokens[trigger].pos != "NOUN" or parse.rels[trigger] != "obj":
        return None
    if NOUN_TRIGGERS.get(tokens[trigger].lemma.lower().replace("ё", "е")) not in _HOSTED:
        return None
    verb = parse.heads[trigger]
    if verb < 0 or tokens[verb].lemma.lower().replace("ё", "е") not in HOST_VERBS:
        return None
    # «готова принять саммит»: the subject hangs on the word the infinitive completes
    while parse.rels[verb] in _INFINITIVE_LINKS and parse.heads[verb] >= 0:
        verb = parse.heads[verb]
    return verb
