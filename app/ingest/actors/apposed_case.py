"""The case a name shows by the title it stands beside («принял посла Израиля Гари Корена»).

A name in apposition agrees in case with its title. A foreign name whose first name does not
decline («Гари») and whose surname no dictionary knows («Корена») shows no case of its own,
and natasha's normaliser leaves it as written; the title before it («посла», accusative)
shows it. Only a title that heads its phrase counts: one right after a verb, a preposition
or a punctuation mark, with at most proper names between it and the name («посла Израиля»).
A title that is itself a noun's genitive («заместитель министра Гари Корен») says nothing
about the name, which is the head's apposition; a title after a thing's name is not
(«визита королевы Маргрете II», «встреча посла Гари Корена»): a thing has no apposed name,
so the name is the title's.

A title in the nominative («встретила королева Маргрете II») is told too ("nomn"): a word
the dictionary knows only as an oblique case of another name («Маргрете»: the dative of
«Маргрета») is then an indeclinable foreign name (name_endings.disagrees).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from app.ingest.nlp import Token

_CASES = {"Nom": "nomn", "Gen": "gent", "Acc": "accs", "Dat": "datv", "Ins": "ablt"}


def apposed_case(tokens: Sequence[Token], starts: Sequence[int], name_at: int) -> str | None:
    """The case ("nomn" or an oblique one) of the title heading the name that begins at
    `name_at`, if any. `starts` are the tokens' start offsets (sorted)."""
    i = bisect.bisect_left(starts, name_at) - 1
    while i >= 0 and tokens[i].pos == "PROPN":
        i -= 1
    if i < 0:
        return None
    title = tokens[i]
    feats = title.feats
    if title.pos != "NOUN" or feats.get("Animacy") != "Anim" or feats.get("Number") != "Sing":
        return None
    head = tokens[i - 1] if i > 0 else None
    if head is not None and head.pos == "NOUN" and head.feats.get("Animacy") != "Inan":
        return None  # «заместитель министра»: the title is a genitive of another noun
    return _CASES.get(feats.get("Case", ""))
