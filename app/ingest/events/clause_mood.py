"""Whether a trigger's clause asserts its happening: spoken of as ahead («встретятся», «будут
обсуждать», «планируют провести», «должна пройти», «собирается в Баку») or denied or left
only possible («не встретились», «не исключил встречи», «разошлись без соглашения»). Read on
the dependency parse of the trigger's own verb (tree.py walks who takes part).
"""

from __future__ import annotations

from app.ingest.events.date_tree import due_infinitive
from app.ingest.events.future_aux import future_auxiliary, future_infinitive
from app.ingest.events.getting_ready import setting_off
from app.ingest.events.model import SentenceParse
from app.ingest.events.outcome_denied import outcome_denied
from app.ingest.events.syntax import VERBAL, anchor_verb
from app.ingest.nlp import Token

PLANNING_VERBS = frozenset(
    {"планировать", "намереваться", "собираться", "намерен", "предстоять", "ожидаться",
     "планироваться", "готовиться", "договориться", "мочь", "смочь", "хотеть"}
)  # fmt: skip


def future_clause(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """The trigger's verb speaks of the future: «встретятся», «будут обсуждать»,
    «планируют провести»."""
    if due_infinitive(tokens, parse, trigger) is not None:
        return True  # «встреча должна пройти в мае»
    verb = anchor_verb(tokens, parse, trigger)
    if tokens[verb].feats.get("Tense") == "Fut":
        return True
    if setting_off(tokens, parse, verb):
        return True  # «министр собирается в Баку»: he means to go
    for i, h in enumerate(parse.heads):
        if (
            h == verb
            and tokens[i].pos == "AUX"
            and (
                tokens[i].feats.get("Tense") == "Fut"
                or future_auxiliary(tokens[i])  # «будет принят»
            )
        ):
            return True
    head = parse.heads[verb]
    if future_infinitive(tokens, parse, verb):
        return True  # «Подписать его поедет лично президент», «Ратифицировать ... будет»
    if parse.rels[verb] == "xcomp" and head >= 0:
        lemma = tokens[head].lemma.lower()
        return lemma in PLANNING_VERBS and lemma != "договориться"
    return False


def negated(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """The happening is denied or only possible, never asserted: «не встретились», «не
    заявлял», «встреча так и не состоялась», «не исключил встречи». The trigger's own verb,
    or the verb governing a trigger noun, carries «не»."""
    if tokens[trigger].pos not in VERBAL and any(
        h == trigger and parse.rels[i] == "case" and tokens[i].lemma.lower() == "без"
        for i, h in enumerate(parse.heads)
    ):
        return True  # «разошлись без соглашения», «завершились без документов»: none was
    verb = anchor_verb(tokens, parse, trigger)
    if tokens[verb].pos not in VERBAL:
        return False
    if outcome_denied(tokens, parse, trigger, verb):
        return False  # «встреча не принесла прорыва»: held, only its fruit is denied
    verbs = {verb}
    head = parse.heads[verb]
    xcomp = verb == trigger and parse.rels[verb] == "xcomp" and head >= 0
    if xcomp and tokens[head].pos in VERBAL:
        # «не стал встречаться», «не планировал встречаться»: the «не» of the verb the
        # infinitive trigger completes denies the happening too (not so a noun under the
        # infinitive: «не стал связывать поездку с саммитом» tells of the summit)
        verbs.add(head)
    return any(
        h in verbs and tokens[i].lemma.lower() == "не" and tokens[i].pos == "PART"
        for i, h in enumerate(parse.heads)
    )
