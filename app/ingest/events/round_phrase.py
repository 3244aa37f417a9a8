"""The round a contact noun belongs to: «раунд консультаций», «очередной тур переговоров».

A round noun with the contact in the genitive names one happening, the round of that
contact. Whatever dates the round noun in its own phrase dates the contact: a participle
(«раунд консультаций, состоявшийся 5 декабря в Женеве»; «запланированный на начало декабря
раунд переговоров», put off), or a relative clause on it («раунд, который планировалось
провести 14 июня»), as the same words would on the contact noun itself. The parser hangs
such a phrase on the round noun, not on the contact noun the trigger is, so without this the
round's day was lost and the happening fell back on its publication. The nouns are data
(app/data/triggers.toml, [rounds]); not any noun over a contact («итоги переговоров,
подведённые в пятницу» date the summing-up, not the talks).
"""

from __future__ import annotations

from app.ingest.events.lexicon import ROUND_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# How the contact noun hangs on the noun of its round («раунд ← переговоров»).
_ROUND_LINK = "nmod"


def round_of(tokens: list[Token], parse: SentenceParse, trigger: int) -> int | None:
    """The round noun the trigger noun is the genitive of, if any. By lemma only: at the
    start of a sentence the tagger may take «Раунд» for an adjective."""
    head = parse.heads[trigger]
    if head < 0 or head == trigger or parse.rels[trigger] != _ROUND_LINK:
        return None
    if tokens[trigger].feats.get("Case") not in (None, "Gen"):
        return None  # «раунд с переговорами»: not the round of that contact
    return head if tokens[head].lemma.lower() in ROUND_NOUNS else None
