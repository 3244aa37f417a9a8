"""Whether two reports are one speaker's words, and the small readings of a report the
merge rules share: its plain words, its named place, its one day, its speakers. Split from
identity.py (which decides whether two reports are one happening) so that the speech rules
stand on their own: the same speakers on the same day are one statement (a state and the
minister who speaks for it count as one speaker, state_voice.py), and a reprint that
lost its date is the same words when it shares the place and a few plain words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from app.ingest.events.key_memo import keyed
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import DateReading
from app.ingest.events.ordinals import plain
from app.ingest.events.places import places, words
from app.ingest.events.state_voice import one_state_voice, state_ids
from app.ingest.events.trips import plain as without_venue


@keyed
def wording(keys: frozenset[str]) -> frozenset[str]:
    """The plain words among the keys (no place, ordinal or venue marks)."""
    return without_venue(plain(words(keys)))


def shared_place(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both reports put the happening in the same named place («в Ханое»)."""
    return bool(places(a) & places(b))


def undated(r: DateReading) -> bool:
    """Nothing dates the report: no date in its text, no publication date (an explicit
    «ранее» without a publication date is dated: before the news, another occasion)."""
    return r.value.start is None and r.value.end is None and not r.explicit


def day_of(r: DateReading) -> dt.date | None:
    """The one day a reading resolves to: a stated day («в понедельник», «17 июля» alike),
    or the publication day a reported statement without a date of its own takes."""
    v = r.value
    if v.precision != "day" or v.start is None or v.start != v.end:
        return None
    return v.start if r.explicit or v.how == "publication-date" else None


def voices(actors: Iterable[str], parents: Mapping[str, str] | None = None) -> frozenset[str]:
    """Who speaks: a state named beside its own body is that body's voice («Минфин США»
    and «США» in one report are one speaker)."""
    named = set(actors)
    states = {parents[a] for a in named if parents and a in parents}
    return frozenset(named - states)


def one_voice(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    parents: Mapping[str, str] | None = None,
) -> bool:
    """The same speakers' words on the same day, as two outlets tell them in their own
    words: one statement (a speaker's words of one day make one occasion, as inside one
    article), whatever the outlets quote of it."""
    if type_a not in SPEECH_TYPES or type_b not in SPEECH_TYPES:
        return False
    day = day_of(date_a)
    if day is None or day != day_of(date_b):
        return False
    va, vb = voices(actors_a, parents), voices(actors_b, parents)
    if type_a == type_b == "statement":
        # Not an interview or a press conference: each is its own occasion with its own
        # outlet or hall, and the states named there are no sign of the speaker.
        va, vb = speakers(va), speakers(vb)
    # «Венгрия заявила» and her foreign minister's words of that day: one statement.
    return bool(va) and (va == vb or one_state_voice(va, vb, day))


def speakers(named: frozenset[str]) -> frozenset[str]:
    """Who speaks in a report of one day's words: a person or body named beside states
    is the speaker, the states what he speaks of or for («Путин заявил, что Россия не
    будет высылать…», «Песков подтвердил контакт с американской стороной»), so that his
    words of that day told with and without the state are one statement. A report of
    states alone keeps them all."""
    states = state_ids()
    own = named - states
    return own if own else named


# Plain words two reports of one speaker's words share when one of them has no date at all.
MIN_UNDATED_SHARED = 2


def undated_voice(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    keys_a: frozenset[str],
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    keys_b: frozenset[str],
    parents: Mapping[str, str] | None = None,
) -> bool:
    """The same speakers' words, one report without any date (a reprint that lost its
    publication date), both naming one place and sharing a few plain words: the day
    cannot tell them apart, and the words say they are one."""
    if type_a not in SPEECH_TYPES or type_b not in SPEECH_TYPES:
        return False
    if not (undated(date_a) or undated(date_b)):
        return False
    va, vb = voices(actors_a, parents), voices(actors_b, parents)
    if not va or va != vb:
        return False
    shared = wording(keys_a) & wording(keys_b)
    return shared_place(keys_a, keys_b) and len(shared) >= MIN_UNDATED_SHARED


# Plain words undated words must share with another outlet's dated words of one speaker:
# more than the few every report of words shares (a title, «журналистам», «пресс-служба»).
MIN_DATELESS_SHARED = 4


def dateless_words(
    type_a: str,
    date_a: DateReading,
    keys_a: frozenset[str],
    type_b: str,
    date_b: DateReading,
    keys_b: frozenset[str],
) -> bool:
    """Two outlets' reports of words, one of which resolves to no date at all (a reprint
    without a publication date, «в понедельник» with nothing to count from), that share
    too few plain words to share a topic: a speaker says many things on many days, and
    the frame words any two reports of his words share («помощник президента сообщил
    журналистам о делегации») are no sign of one occasion. They stand apart."""
    if type_a not in SPEECH_TYPES or type_b not in SPEECH_TYPES:
        return False
    if _no_value(date_a) == _no_value(date_b):
        return False
    return len(wording(keys_a) & wording(keys_b)) < MIN_DATELESS_SHARED


def _no_value(r: DateReading) -> bool:
    return r.value.start is None and r.value.end is None
