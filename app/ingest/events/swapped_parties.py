"""The parties of an exchange of prisoners are the states that swapped them.

«Россия обменяла Бриттни Грайнер на Виктора Бута», «Обмен Грайнер на Виктора Бута состоялся
8 декабря»: the people exchanged are named (role `subject`, as a sanctions target is), not
parties; the parties are the states the sentence names or, when it names fewer than two, the
two states the article is about (state_pair.py). When the article gives no such pair, the
sentence is left as it reads.
"""

from __future__ import annotations

from app.ingest.events.model import ArticleInput, EventCandidate
from app.ingest.events.state_pair import state_of, states_pair

SUBJECT = "subject"


def mark_swapped(inp: ArticleInput, cand: EventCandidate, span: tuple[int, int]) -> None:
    """Give the people of an exchange the role `subject` and make its parties states; `span`
    is the trigger's, the evidence for states taken from the article."""
    if cand.type != "exchange":
        return
    people = [a for a in cand.actors if (i := inp.actors.get(a)) is not None and i.kind == "person"]
    if not people:
        return
    states = [a for a in cand.actors if state_of(inp, a) == a]
    if len(states) < 2:
        pair = states_pair(inp)
        if pair is None or not set(states) <= set(pair):
            return
        for state in pair:
            if state not in cand.actors:
                cand.actors.append(state)
                cand.actor_spans.append((span[0], span[1], state))
                cand.roles[state] = "participant"
    for person in people:
        cand.roles[person] = SUBJECT
