"""«Об этом сообщила пресс-служба»: a body naming itself as the source of its own act.

«Совет ЕС в понедельник утвердил пакет санкций. Об этом сообщила пресс-служба Совета ЕС.»:
the second sentence opens with «об этом», pointing back at the sentence before, and its
verb of saying names where that news came from. When the speaker is a body (not a person)
and a party of the happening the sentence before tells as done, the words are that body
making its own act known: the act is the news and the body its source, no statement of its
own, as «..., сообщили в МИД» closing the same sentence is (sourcing.source_only). So is a
body of a party's own state on no day of its own («Лавров провёл разговор с Блинкеном. Об
этом сообщили в МИД России»: the ministry makes its minister's contact known). A contact the
sentence before announces as planned («Министры проведут в пятницу консультации. Об этом
сообщил МИД России») is such an act too: the party's ministry makes its plan known. Words of
someone else («Об этом сообщил Песков» after talks of Putin's) stay a statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ArticleInput, EventCandidate
from app.ingest.events.plural_refs import state_for

# What the sentence before tells of a happening that its own side may make known.
ACTS = frozenset({"happened", "planned"})
_ABOUT_THIS = re.compile(r"(?:об|о)\s+этом(?![а-яё])", re.IGNORECASE)


def _body(inp: ArticleInput, actor_id: str) -> bool:
    info = inp.actors.get(actor_id)
    return info is not None and info.kind != "person"


def without_own_source(
    inp: ArticleInput, si: int, cands: list[EventCandidate], before: Sequence[EventCandidate]
) -> list[EventCandidate]:
    """`cands` of sentence `si` without a statement that only names a body as the source of
    its own act told in the sentence before (`before`: that sentence's events)."""
    sent = inp.analysis.sentences[si]
    if _ABOUT_THIS.match(inp.text, sent.start, sent.end) is None:
        return cands
    acts = [set(c.actors) for c in before if c.type not in SPEECH_TYPES and c.status in ACTS]
    # «Лавров провёл телефонный разговор с Блинкеном. Об этом сообщили в МИД России.»: a
    # ministry of a party's own state makes its minister's act known, as its own.
    sides = [{state_for(inp, a) for a in act} - {None} for act in acts]

    def own_source(c: EventCandidate) -> bool:
        if c.type != "statement" or not c.actors or not all(_body(inp, a) for a in c.actors):
            return False
        if any(set(c.actors) <= act for act in acts):
            return True
        # (on no day of its own: «Об этом в среду сообщили в МИД» is the ministry's news)
        return not c.date.explicit and any(
            all(inp.parents.get(a) in side for a in c.actors) for side in sides
        )

    return [c for c in cands if not own_source(c)]
