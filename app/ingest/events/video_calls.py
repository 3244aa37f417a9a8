"""A videoconference of two people is a call by video.

«Путин и Байден провели двухчасовую видеоконференцию», «министр провёл видеоконференцию с
коллегой»: two people talking at a distance, as «переговоры по видеосвязи» or a phone
call are (triggers.toml reads those as calls). Outlets tell one such talk as «переговоры
в формате видеоконференции» and as «видеоконференция», and the two must be one call. A
videoconference of several people («видеоконференция лидеров G20», «онлайн-саммит») stays
a meeting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# Nouns of a conference held by video (lemmas): a meeting's trigger that may be a call.
VIDEO_NOUNS = frozenset({"видеоконференция"})
# People talking in a call: one on each side.
CALL_PEOPLE = 2


def video_call(
    typ: str, trigger_lemma: str, actors: Iterable[str], person: Callable[[str], bool]
) -> bool:
    """Is a meeting told by a videoconference noun a call: exactly two people take part?"""
    if typ != "meeting" or trigger_lemma.lower().replace("ё", "е") not in VIDEO_NOUNS:
        return False
    return sum(1 for a in dict.fromkeys(actors) if person(a)) == CALL_PEOPLE
