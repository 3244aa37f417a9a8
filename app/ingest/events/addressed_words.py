"""Thanks and wishes said to the other party inside a private contact belong to that contact.

«Путин в телефонном разговоре выразил поддержку Мадуро», «в ходе переговоров Путин
поблагодарил Моди за поддержку»: a readout tells what a call or talks held by what one party
said to the other; thanking, congratulating or expressing support or condolences there is
the contact's content, and the contact (an event of its own, from the same sentence) is the
happening. Public words keep their statement: «на пресс-конференции по итогам переговоров
поблагодарил» (a press conference is no private contact), «в письменном заявлении
поблагодарил Турцию», and so do words of any other kind («в ходе разговора заявил, что ...»),
which news often tell as statements. The verbs are data (app/data/triggers.toml,
[status] addressed).
"""

from __future__ import annotations

from app.ingest.events.lexicon import ADDRESSED_LEMMAS
from app.ingest.events.model import EventCandidate
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Contacts that are private: what is said there is told only through their readout. Not
# «meeting», which holds summits and forums («поблагодарил волонтёров за работу во время
# саммита»: thanks said in public, after it).
PRIVATE = frozenset({"call", "talks"})


def in_private_contact(
    toks: list[Token], verb: int, speakers: list[str], setting: EventCandidate | None
) -> bool:
    """Are the words of verb `verb` (by `speakers`) thanks or wishes said at `setting`, the
    private contact the same sentence places them at, one of whose parties speaks?"""
    if setting is None or setting.type not in PRIVATE or setting.status != "happened":
        return False
    if lemma_of(toks[verb]) not in ADDRESSED_LEMMAS:
        return False
    return bool(speakers) and all(s in setting.actors for s in speakers)
