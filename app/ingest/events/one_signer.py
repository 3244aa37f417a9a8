"""One signer told for a verb of signing.

«Обама подписал «акт Магнитского»», «закон, подписанный Бараком Обамой»: one party signs its
own act (a law, a decree, an «акт»), while «Россия и НАТО подписали Основополагающий акт» is
an agreement of the two. status.unilateral_act asks, for the acts that are agreements only
when more than one party signs them (ONE_SIGNER_ACTS).
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse

# Who signs: the subject of the verb, the agent of its participle or passive.
_SIGNER_LINKS = frozenset({"nsubj", "obl:agent"})


def one_signer(parse: SentenceParse, verb: int) -> bool:
    """Is one signer told for the verb of signing, with no other joined to it («Обама
    подписал», «подписанный Бараком Обамой»; not «Россия и НАТО подписали»)?"""
    signers = [j for j, h in enumerate(parse.heads) if h == verb and parse.rels[j] in _SIGNER_LINKS]
    return len(signers) == 1 and not any(
        h == signers[0] and parse.rels[j] == "conj" for j, h in enumerate(parse.heads)
    )
