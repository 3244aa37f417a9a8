"""A possessive pronoun on a happening's noun names its agent: «Его переговоры с Путиным
пройдут в среду», «Её встреча с премьером продлилась час», «переговоры его с ...».

News name a visitor in one sentence and go on with his talks in the next («Х прибыл в
Москву. Его переговоры с Y пройдут ...»). The talks then name only the counterpart «с Y»;
the possessor «его»/«её» is the other party, as a genitive agent is («переговоры Х с Y»).
Whom the pronoun stands for is found as for a personal pronoun (coref.py): the nearest
person of its gender, never the counterpart of the same noun.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# The third person's possessives of one person, by the gender they show. «их» (plural) is
# left out: a group of parties is not found this way.
POSSESSIVE_GENDER = {"его": "Masc", "ее": "Fem"}
# How a parser hangs a possessive on its noun («Его переговоры»: det; «переговоры его»).
POSSESSIVE_LINKS = frozenset({"det", "nmod:poss", "nmod"})


def owner_gender(toks: list[Token], parse: SentenceParse, i: int, trigger: int) -> str | None:
    """The gender of the person token i stands for, when it is a possessive pronoun on the
    trigger's own noun («Его переговоры»), else None."""
    tok = toks[i]
    if parse.heads[i] != trigger or parse.rels[i] not in POSSESSIVE_LINKS:
        return None
    if toks[trigger].pos != "NOUN" or tok.pos not in ("DET", "PRON"):
        return None
    word = tok.text.lower().replace("ё", "е")
    if any(parse.heads[j] == i and parse.rels[j] == "case" for j in range(len(toks))):
        return None  # «с его помощью», «у него»: not the noun's agent
    return POSSESSIVE_GENDER.get(word)
