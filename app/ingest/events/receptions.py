"""A reception with no date of its own, kept when it names both host and guest.

«X принял Y» told without a date mostly retells a meeting the article dates elsewhere
under another word, and is left to that one. But when the host and the guest are both
people the sentence names («Затем российского министра принял президент Лула», «Путин
принял в Кремле главу МИД КНДР»), it is that meeting's own telling: it groups with the
meeting (identity.py) and gives the outlet as its source. One named party only («Бута
встретили мать и жена») still retells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.events.model import ActorSpan


def names_both(actors: Sequence[ActorSpan], person: Callable[[str], bool]) -> bool:
    """Whether the reception's parties include two different people."""
    return len({h.actor_id for h in actors if person(h.actor_id)}) >= 2
