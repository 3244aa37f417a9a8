"""People exchanged, told with no prisoner word: «Россия и США обменялись разведчиками»,
«провели обмен людьми, осуждёнными за шпионаж», «стороны обменяли десять агентов на четырёх
осуждённых», «обменялись гражданами». What is exchanged stands right after the exchange word
(«обмен»/«обменяться» with the instrumental, «обменять» with the accusative), figures and
adjectives between; when it is animate (pymorphy's Animacy), people were swapped. Views,
notes, experience, a handshake («мнениями», «нотами», «опытом», «рукопожатием») are
inanimate and stay no exchange of people; so do the students and specialists of an exchange
programme (lexicon.NOT_SWAPPED).
"""

from __future__ import annotations

from app.ingest.events.lexicon import NOT_SWAPPED
from app.ingest.nlp import Token

# The case of what is exchanged, by the exchange word's lemma («обменяли трёх граждан»: an
# animate accusative has the genitive's form, and after a figure the tagger reads it so).
_CASE = {"обмен": ("Ins",), "обменяться": ("Ins",), "обменять": ("Acc", "Gen")}
# Words that may stand between the exchange word and what is exchanged: «обменяли десять
# российских агентов», «провели быстрый обмен теми, кого ...» (a pronoun stands for no one named).
_BETWEEN = frozenset({"ADJ", "NUM", "DET", "ADV", "PART"})
_REACH = 5


def people_swapped(tokens: list[Token], lemmas: list[str], i: int) -> bool:
    """Is the trigger at `i` an exchange word whose object, right after it, is people?"""
    case = _CASE.get(lemmas[i])
    if case is None:
        return False
    for k in range(i + 1, min(len(tokens), i + 1 + _REACH)):
        t = tokens[k]
        if t.pos in _BETWEEN:
            continue
        return (
            t.pos == "NOUN"
            and t.feats.get("Animacy") == "Anim"
            and t.feats.get("Case") in case
            and lemmas[k] not in NOT_SWAPPED
        )
    return False
