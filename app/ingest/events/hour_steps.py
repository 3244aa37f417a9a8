"""Two contacts of one day told hour by hour in one article stay two.

«Путин принял Керри в Кремле; во встрече участвовал Лавров. Около девяти вечера начались
переговоры Лаврова и Керри»: the second sentence is dated only by words placing it hours
from the happening just told (dates/sequel.py: «После этого», «Параллельно», a clock
time), so its day is that happening's day by construction, and sharing it says nothing of
being the same happening. When both tellings name their parties as people (two or more
each) and the one so dated lacks a person the other names, it tells another step of the
day. A retelling that adds a person («в 17:00 начались переговоры Путина, Керри и Лаврова»
after «Путин принял Керри») stays one happening: a body names more than its lead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.ingest.dates.sequel import told
from app.ingest.events.lexicon import SPEECH_TYPES


def steps_apart(
    type_a: str,
    actors_a: Iterable[str],
    text_a: str | None,
    type_b: str,
    actors_b: Iterable[str],
    text_b: str | None,
    is_person: Callable[[str], bool],
    is_state: Callable[[str], bool] = lambda _: False,
) -> bool:
    """Two contacts of one day (`text_*`: the words of each one's date): one of them dated
    only by hours from another happening, naming fewer of the people the other names (or,
    when either names fewer than two people, fewer of the states both name two or more of).
    In one article and across articles alike: another outlet's dated telling of the first
    step is no more the second one."""
    if type_a in SPEECH_TYPES or type_b in SPEECH_TYPES:
        return False
    if not (told(text_a) or told(text_b)):
        return False
    for named in (is_person, is_state):
        a = {x for x in actors_a if named(x)}
        b = {x for x in actors_b if named(x)}
        if len(a) < 2 or len(b) < 2:
            continue  # a telling that names one side only may be any step of the day
        return (told(text_b) and bool(a - b)) or (told(text_a) and bool(b - a))
    return False
