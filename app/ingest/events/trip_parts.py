"""What a trip holds, told after it with no date of its own.

An announcement gives the trip its dates, then what will happen on it in the next
sentences, undated: «Министр посетит Пекин 8–9 апреля. По её словам, он проведёт
переговоры с главой МИД», «Президент 16–17 мая посетит Китай. Переговоры пройдут в
Пекине», «в Москве министр также встретится с секретарём Совбеза». A planned happening with
no date of its own is otherwise dropped (nothing to place it on); told soon after a planned,
dated trip, by a sentence naming the traveller, it is a part of that trip and takes the
trip's dates. Likewise for a trip held on one stated day: «В Москве в пятницу побывала
турецкая делегация: министр Чавушоглу, ... Чавушоглу провёл переговоры с Лавровым» — the
talks a traveller held, told right after with no date, were held on that day.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.model import ArticleInput, EventCandidate

# Sentences back a trip's parts may be told: the announcement, a word on the trip
# («Это будет первая поездка ...»), then its parts.
REACH = 2


def planned_trip(
    inp: ArticleInput,
    groups: Sequence[EventCandidate],
    spans: Sequence[tuple[int, int]],
    si: int,
) -> tuple[DateMention, frozenset[str]] | None:
    """The date mention and travellers of a planned visit, with a date of its own, told in
    sentence `si` or up to REACH sentences before it; None when there is none."""
    near = {spans[i] for i in range(si - REACH, si + 1) if 0 <= i < len(spans)}
    for g in reversed(groups):
        if g.type != "visit" or g.status != "planned" or not g.date.explicit:
            continue
        for sent, reading in zip(g.sentences, g.sentence_dates, strict=False):
            if sent not in near or reading.span is None:
                continue
            mention = next(
                (d for d in inp.dates if (d.start, d.end) == reading.span and d.planned), None
            )
            if mention is not None:
                return mention, frozenset(g.actors)
    return None


def held_trip(
    inp: ArticleInput,
    groups: Sequence[EventCandidate],
    spans: Sequence[tuple[int, int]],
    si: int,
) -> tuple[DateMention, frozenset[str]] | None:
    """The day and travellers of a visit held on one stated day, told in sentence `si` or
    up to REACH sentences before it; None when there is none."""
    near = {spans[i] for i in range(si - REACH, si + 1) if 0 <= i < len(spans)}
    for g in reversed(groups):
        v = g.date.value
        if g.type != "visit" or g.status != "happened" or not g.date.explicit:
            continue
        if v.precision != "day" or v.start is None:
            continue
        for sent, reading in zip(g.sentences, g.sentence_dates, strict=False):
            if sent not in near or reading.span is None:
                continue
            mention = next(
                (d for d in inp.dates if (d.start, d.end) == reading.span and not d.planned),
                None,
            )
            if mention is not None:
                return mention, frozenset(g.actors)
    return None


def part_of_trip(
    trip: tuple[DateMention, frozenset[str]] | None,
    actors: Sequence[str],
    typ: str,
) -> DateMention | None:
    """The trip's date for a happening to come that a traveller takes part in (not the
    trip itself, nor another trip)."""
    if trip is None or typ == "visit":
        return None
    mention, travellers = trip
    return mention if travellers & set(actors) else None
