"""The case a name shows by the title it stands beside («принял посла Израиля Гари Корена»).

A name in apposition agrees in case with its title. A foreign name whose first name does not
decline («Гари») and whose surname no dictionary knows («Корена») shows no case of its own,
and natasha's normaliser leaves it as written; the title before it («посла», accusative)
shows it. Only a title that heads its phrase counts: one right after a verb, a preposition
or a punctuation mark, with at most proper names between it and the name («посла Израиля»).
A title that is itself a noun's genitive («заместитель министра Гари Корен») says nothing
about the name, which is the head's apposition.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from app.ingest.nlp import Token

_CASES = {"Gen": "gent", "Acc": "accs", "Dat": "datv", "Ins": "ablt"}


def apposed_case(tokens: Sequence[Token], starts: Sequence[int], name_at: int) -> str | None:
    """The oblique case of the title heading the name that begins at `name_at`, if any.
    `starts` are the tokens' start offsets (sorted)."""
    i = bisect.bisect_left(starts, name_at) - 1
    while i >= 0 and tokens[i].pos == "PROPN":
        i -= 1
    if i < 0:
        return None
    title = tokens[i]
    feats = title.feats
    if title.pos != "NOUN" or feats.get("Animacy") != "Anim" or feats.get("Number") != "Sing":
        return None
    if i > 0 and tokens[i - 1].pos == "NOUN":
        return None  # «заместитель министра»: the title is a genitive of another noun
    return _CASES.get(feats.get("Case", ""))
