"""Words told right after the occasion they were said at are dated by that occasion.

«По завершении встречи президенты выступили с заявлениями для прессы. Президент назвал
саммит деловым ...»: the second sentence tells what was said at the appearance the first
one dates; told undated, the words would take the day of publication, a day late when the
appearance was the day before. So a statement left on the publication fallback takes the
day of the happening told in the sentence just before, when that sentence tells an
occasion of words (a statement, a press conference, an interview: «выступили с
заявлениями», «на пресс-конференции») and the happening it dates shares a speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import DateReading, EventCandidate
from app.ingest.events.triggers import find_triggers
from app.ingest.nlp import Token


def occasion_day(
    cand: EventCandidate,
    groups: Sequence[EventCandidate],
    before: tuple[int, int] | None,
    before_tokens: list[Token],
) -> DateReading | None:
    """The day of the occasion of words told in the sentence `before`, for an undated
    statement told right after it by one of its parties; else None."""
    v = cand.date.value
    if (
        before is None
        or cand.type not in SPEECH_TYPES
        or cand.date.explicit
        or v.how != "publication-date"
    ):
        return None
    if not any(kind in SPEECH_TYPES for _, kind in find_triggers(before_tokens)):
        return None
    own = [
        g
        for g in groups
        if g.type in SPEECH_TYPES and before in g.sentences and set(g.actors) & set(cand.actors)
    ]
    if own and not any(g.date.explicit for g in own):
        # «Ушаков заявил, что обмен прошёл 4 января. По его словам, ...»: his words go on,
        # on the day of his words before, not on that of a happening they told
        return None
    for g in groups:
        r = g.date
        if (
            before in g.sentences
            and r.explicit
            and r.value.precision == "day"
            and not g.planned
            and set(g.actors) & set(cand.actors)
            and r.value.start is not None
            and v.start is not None
            and r.value.start < v.start
        ):
            return r
    return None
