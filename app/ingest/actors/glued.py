"""Initials glued to a surname («А.В.Ладыгина», «С.Шукри»), as the Russian foreign ministry
and other official releases write every person: split off before the surname is put in the
nominative, and glued back after.

Read as one word, «А.В.Ладыгина» is no Cyrillic word at all, and the name rules of names.py
leave it as written: the genitive «Ладыгина» or the instrumental «Рашидовым» would become a
new actor of its own. Spaced initials («А.В. Ладыгина») are separate words already.
"""

from __future__ import annotations

import re

# One to three capital initials, each with its stop, glued to a capitalised surname.
_GLUED = re.compile(r"((?:[А-ЯЁA-Z]\.){1,3})([А-ЯЁA-Z][\w-]+)")


def split_glued(words: list[str]) -> tuple[list[str], dict[int, str]]:
    """The words with each glued «И.О.Фамилия» split into its initials and surname, and the
    initials by the index of the surname they were glued to."""
    out: list[str] = []
    glued: dict[int, str] = {}
    for w in words:
        m = _GLUED.fullmatch(w)
        if m is None:
            out.append(w)
            continue
        glued[len(out)] = m.group(1)
        out.append(m.group(2))
    return out, glued


def glue_back(words: list[str], glued: dict[int, str]) -> list[str]:
    """The words with the initials split off by split_glued glued back to their surnames."""
    return [glued.get(i, "") + w for i, w in enumerate(words)]
