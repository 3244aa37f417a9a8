"""A round of consultations told by its order is the foreign ministries' affair.

«Договорились провести следующий раунд консультаций в Сантьяго», «Предыдущий раунд прошёл
в Москве в октябре 2014 года»: the next or previous round of consultations is held by the
two foreign ministries, whoever leads the delegations then (the people of this round may not
lead the next). Its parties are the states' ministries beside the states. Only a round told
by an adjective of order (next_round.py): consultations told with their people keep their
people, and consultations of other bodies on other matters («консультации о совместной
деятельности») are not told as a numbered round of one track.
"""

from __future__ import annotations

from app.ingest.events.lexicon import NEXT_WORDS, PREVIOUS_WORDS
from app.ingest.events.model import SentenceParse
from app.ingest.events.next_round import in_order
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

CONSULTATIONS = "консультация"
ROUND = "раунд"


def ministries_hold(
    toks: list[Token], parse: SentenceParse, idx: int, told_before: list[Token]
) -> bool:
    """Is trigger `idx` a round of consultations told by its order («следующий раунд
    консультаций»; a bare «предыдущий раунд» after the article told of consultations)?
    `told_before`: the article's tokens before the sentence."""
    if not in_order(toks, parse, idx, NEXT_WORDS | PREVIOUS_WORDS):
        return False
    lemma = lemma_of(toks[idx])
    if lemma == CONSULTATIONS:
        return True
    if lemma != ROUND:
        return False
    kinds = [lemma_of(toks[k]) for k in range(len(toks)) if parse.heads[k] == idx]
    if any(k == CONSULTATIONS for k in kinds):
        return True
    # «Следующий раунд пройдёт в Вашингтоне»: a bare round of what the article told
    return any(lemma_of(t) == CONSULTATIONS for t in told_before)
