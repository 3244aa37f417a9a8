"""One article's reports of one happening as one candidate: which candidates are the same
happening (identity.same_happening, unless they are clearly apart) and how one absorbs
another (sentences, actors, wording, the best date, the status told as held)."""

from __future__ import annotations

from app.ingest.events import (
    attendance,
    headlines,
    hour_steps,
    identity,
    merged_date,
    phone_talks,
    sanctions,
    separate_contacts,
    trip_legs,
    trips,
)
from app.ingest.events.keys import BILATERAL
from app.ingest.events.keys import root as keys_root
from app.ingest.events.lexicon import NEXT_WORDS, SPEECH_TYPES
from app.ingest.events.model import ArticleInput, DateReading, EventCandidate


def group(inp: ArticleInput, groups: list[EventCandidate], cand: EventCandidate) -> EventCandidate:
    """The group of `groups` that `cand` is one more report of (absorbed into it), else
    `cand` itself, appended as a new group."""
    for g in groups:
        if (
            other_counterparts(inp, g, cand)
            or held_beside_planned_others(inp, g, cand)
            or attendance.bilateral_apart(
                g.actors, BILATERAL in g.keys, cand.actors, BILATERAL in cand.keys
            )
            or sanctions.other_targets(
                sanctions.targets_of(g.roles), sanctions.targets_of(cand.roles)
            )
            or other_legs(inp, g, cand)
            or separate_contacts.told_apart(
                g.type, g.actors, g.keys, cand.type, cand.actors, cand.keys,
                lambda x: kind(inp, x) == "state", inp.parents,
            )  # fmt: skip
            or held_beside_called_off(g, cand)
            or next_beside_held(g, cand)
            or two_occasions(g, cand)
            or hour_steps.steps_apart(
                g.type, g.actors, g.date.text, cand.type, cand.actors, cand.date.text,
                lambda x: kind(inp, x) == "person",
                lambda x: kind(inp, x) == "state",
            )  # fmt: skip
        ):
            continue
        if identity.same_happening(
            g.type, g.actors, g.date, placed_keys(g),
            cand.type, cand.actors, cand.date, placed_keys(cand), inp.parents,
            same_article=True,
        ) or same_called_off(g, cand) or phone_talks.talks_of_call(g, cand):  # fmt: skip
            headlines.keep_body_parties(inp, g, cand)
            absorb(g, cand)
            return g
    groups.append(cand)
    return cand


def placed_keys(c: EventCandidate) -> frozenset[str]:
    """The keys with the venue of a visit or contact, as the store keeps them (trips.py)."""
    return c.keys | trips.venue_key(c.venue) if c.type in trips.PLACED else c.keys


def other_counterparts(inp: ArticleInput, a: EventCandidate, b: EventCandidate) -> bool:
    """«Чонг встретился с Путиным», «Ман также провёл встречу с Путиным»: meetings of one
    person with two others, each naming a person the other lacks, are two happenings."""
    if a.type in SPEECH_TYPES or b.type in SPEECH_TYPES:
        return False
    people_a = {x for x in a.actors if kind(inp, x) == "person"}
    people_b = {x for x in b.actors if kind(inp, x) == "person"}
    return bool(people_a - people_b) and bool(people_b - people_a) and bool(people_a & people_b)


def held_beside_planned_others(inp: ArticleInput, a: EventCandidate, b: EventCandidate) -> bool:
    """«Лавров встретился с Трампом» and «В четверг Лавров будет участвовать во встрече
    министров Арктического совета»: a contact told as held and one told as still to come,
    sharing a party but each with a counterpart the other lacks, are two happenings (a
    state may stand for its people, so states do not count as counterparts)."""
    if a.type in SPEECH_TYPES or b.type in SPEECH_TYPES:
        return False
    if {a.status, b.status} != {"happened", "planned"}:
        return False
    sa, sb = set(a.actors), set(b.actors)

    def others(mine: set[str], theirs: set[str]) -> set[str]:
        cover = theirs | {inp.parents.get(x, x) for x in theirs}
        return {
            x
            for x in mine - cover
            if kind(inp, x) != "state" and inp.parents.get(x, x) not in cover
        }

    return bool(sa & sb) and bool(others(sa, sb)) and bool(others(sb, sa))


def other_legs(inp: ArticleInput, a: EventCandidate, b: EventCandidate) -> bool:
    """Visits to two different states named as their destinations: two legs of a tour."""
    return (
        a.type == b.type == trip_legs.VISIT
        and a.venue is not None
        and b.venue is not None
        and trip_legs.other_destinations([a.venue], [b.venue], inp.parents)
    )


# An interview is one outlet's talk with one person; a press conference answers the press at
# large: «после пресс-конференции Путин дал интервью Fox News» tells two occasions.
_APART_OCCASIONS = frozenset({"interview", "press-conference"})


def two_occasions(a: EventCandidate, b: EventCandidate) -> bool:
    """An interview and a press conference of one article are two occasions of words, not
    one told twice (a bare statement may still be either's words)."""
    return {a.type, b.type} == _APART_OCCASIONS


def kind(inp: ArticleInput, actor_id: str) -> str | None:
    info = inp.actors.get(actor_id)
    return info.kind if info else None


CALLED_OFF = frozenset({"postponed", "cancelled"})


def same_called_off(a: EventCandidate, b: EventCandidate) -> bool:
    """«Заседание комиссии отменено» over «Запланированное на 20 сентября заседание
    комиссии отменено»: one article's called-off happening of the same parties, told once
    without its due date. The undated telling falls back to «before publication», which a
    due date after publication contradicts; being called off, it is the same one."""
    return (
        a.status in CALLED_OFF
        and b.status in CALLED_OFF
        and a.type == b.type
        and set(a.actors) == set(b.actors)
        and not (a.date.explicit and b.date.explicit)
    )


def held_beside_called_off(a: EventCandidate, b: EventCandidate) -> bool:
    """«Помпео вылетел в Брюссель и отменил визит в Москву»: one sentence tells a happening
    held and another called off; they are two (told in sentences apart, the called-off one
    may yet be held: «визит отложили ... визит всё же состоялся»)."""
    statuses = {a.status, b.status}
    return (
        "happened" in statuses
        and bool(statuses & CALLED_OFF)
        and bool(set(a.sentences) & set(b.sentences))
    )


# The stems of the words that tell the next of a kind of contact («следующий раунд»).
_NEXT_KEYS = frozenset(keys_root(w) for w in NEXT_WORDS)


def next_beside_held(a: EventCandidate, b: EventCandidate) -> bool:
    """«Россия и Кипр проведут следующий раунд консультаций» beside «провели консультации»:
    the next round to come is not the one told as held, however alike the parties."""
    for held, to_come in ((a, b), (b, a)):
        if held.status == "happened" and to_come.status == "planned":
            if to_come.keys & _NEXT_KEYS and not held.keys & _NEXT_KEYS:
                return True
    return False


def vague_held_beside_next(
    status_a: str,
    date_a: DateReading,
    keys_a: frozenset[str],
    status_b: str,
    keys_b: frozenset[str],
) -> bool:
    """Across articles: a contact told as held with no date of its own («дипломаты провели
    консультации») is not the next round another report tells as to come («следующий раунд
    пройдёт в Никосии»), however much wording they share."""
    return (
        status_a == "happened"
        and not date_a.explicit
        and status_b == "planned"
        and bool(keys_b & _NEXT_KEYS)
        and not keys_a & _NEXT_KEYS
    )


def absorb(g: EventCandidate, c: EventCandidate) -> None:
    g.type = identity.merged_type(g.type, c.type)
    g.sentences.extend(c.sentences)
    g.sentence_dates.extend(c.sentence_dates)
    g.actors.extend(a for a in c.actors if a not in g.actors)
    g.actor_spans.extend(c.actor_spans)
    g.keys = g.keys | c.keys
    g.date = merged_date.best_reading([g.date, c.date])
    g.planned = g.planned and c.planned
    g.status = merged_status(g.status, c.status)
    for a, role in c.roles.items():
        g.roles.setdefault(a, role)
    g.gist = g.gist or c.gist
    g.venue = g.venue or c.venue


# A happening told as held in one sentence and as planned in another was held; one told as
# called off or put off stays so unless it is also told as held.
STATUS_RANK = {"happened": 0, "cancelled": 1, "postponed": 2, "planned": 3}


def merged_status(a: str, b: str) -> str:
    return min(a, b, key=lambda s: STATUS_RANK.get(s, 4))
