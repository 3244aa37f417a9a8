"""English event titles, alongside the Russian ones, when every name in them has an English
name in the gazetteer: «Phone call between Vladimir Putin and Donald Trump», «Visit by Wang Yi
to Russia», «Sanctions by US Treasury against Gazprombank».

Nothing is translated or transliterated here: an open-world actor has no English name, and
then there is no English title (None) rather than an invented one; the pages fall back to the
Russian title. The gist of a statement is Russian text, so English titles carry none.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.titles import MAX_TITLE, shorten

TYPE_LABEL_EN: dict[str, str] = {
    "call": "Phone call",
    "meeting": "Meeting",
    "visit": "Visit",
    "talks": "Talks",
    "agreement": "Agreement",
    "sanctions": "Sanctions",
    "proposal": "Proposals",
    "interview": "Interview",
    "press-conference": "Press conference",
    "answers": "Answers",
    "statement": "Statement",
    "exchange": "Prisoner exchange",
    "appointment": "Appointment",
    "expiry": "Expiry of a treaty",
}

# Happenings between parties («between A and B»); the rest are by their one actor («by A»).
_BETWEEN = frozenset({"call", "meeting", "talks", "agreement", "exchange"})
# Happenings whose place is where someone went («to Moscow») rather than where it was held.
_TO = frozenset({"visit"})
# Happenings whose place is not in the title (as in the Russian titles).
_NO_PLACE = frozenset({"statement", "answers", "proposal", "interview", "press-conference",
                       "sanctions"})  # fmt: skip


def join_en(items: Sequence[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def make_title_en(
    type_: str,
    actors: Sequence[str | None],
    venue: str | None = None,
    target: str | None = None,
    *,
    has_venue: bool = False,
    has_target: bool = False,
) -> str | None:
    """`actors` are the English names of the titled participants (or the speaker) in order
    of importance, None where there is none; `venue` and `target` the English names of the
    place and of the one sanctions are against (`has_venue`/`has_target` say that there is
    one, named or not). None when a name the title needs is missing."""
    label = TYPE_LABEL_EN.get(type_)
    named = list(actors[:3])
    if label is None or any(not n for n in named):
        return None
    names = [n for n in named if n]
    place = has_venue and type_ not in _NO_PLACE
    against = has_target and type_ == "sanctions"
    if (place and not venue) or (against and not target):
        return None
    if not names:
        head = label
    elif type_ in _BETWEEN and len(names) >= 2:
        head = f"{label} between {join_en(names)}"
    elif type_ in _BETWEEN:
        head = f"{label}: {names[0]}"  # one party named: who the other was is not known
    else:
        head = f"{label} by {join_en(names)}"
    if against:
        head += f" against {target}"
    if place:
        head += f" {'to' if type_ in _TO else 'in'} {venue}"
    return shorten(head, MAX_TITLE, keep_quotes=True)
