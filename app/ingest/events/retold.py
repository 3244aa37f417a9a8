"""A happening named again as the subject of its sentence, with no parties of its own:
«Приглашение прозвучало накануне в Улан-Баторе», «Визит состоялся в среду».

News tells a happening with its parties, then comes back to it by its noun alone to say when
or where it took place. Such a sentence retells the happening the article last told of its
kind (anaphora.resolve joins it as one more source, and its date may be the better one);
with none told before it names no happening (a contact needs two sides named).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.anaphora import CONTACTS, antecedent, own_parties
from app.ingest.events.model import ActorSpan, EventCandidate, SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.nlp import Token

SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# Words that set a happening beside the one told, not the same one: «следующая встреча
# пройдет в мае», «прошлый, шестой раунд завершился в июне», «новые консультации».
OTHER_ONE = frozenset(
    {
        "следующий", "предыдущий", "прошлый", "прежний", "очередной", "новый", "первый",
        "второй", "третий", "последний", "ближайший", "другой", "еще", "каждый",
    }
)  # fmt: skip


def retelling(
    toks: list[Token], parse: SentenceParse, idx: int, hits: Sequence[ActorSpan]
) -> bool:
    """Is trigger noun `idx` the subject of a verb, naming no party of its own, and not
    set beside the one told («следующая встреча»)?"""
    head = parse.heads[idx]
    return (
        toks[idx].pos not in VERBAL
        and parse.rels[idx] in SUBJECT
        and head >= 0
        and toks[head].pos in VERBAL
        and not own_parties(toks, parse, idx, hits)
        and not any(
            h == idx and toks[j].lemma.lower().replace("ё", "е") in OTHER_ONE
            for j, h in enumerate(parse.heads)
        )
    )


def worth_parsing(toks: list[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could a sentence with no actor retell a happening (worth a parse)? A trigger noun in
    the nominative, a subject maybe."""
    return any(
        toks[i].pos not in VERBAL and toks[i].feats.get("Case") == "Nom" for i, _ in triggers
    )


def told_before(groups: Sequence[EventCandidate], cand: EventCandidate) -> bool:
    """Has the article told the happening a retelling `cand` (no actors of its own) names?
    A contact told with one side only is no antecedent: who met whom the text has not
    said, and its noun alone says no more («Переговоры министров прошли в Претории»)."""
    g = antecedent(groups, cand)
    return g is not None and (g.type not in CONTACTS or len(g.actors) >= 2)
