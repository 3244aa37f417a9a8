"""«Прибытие посла совпало с ... В тот же день ...»: the day of a happening told as a noun
is the day the text told it with its verb («Посол прибыл в Вашингтон в четверг, 31 августа»).

«В тот же день» counts from the last day the text named. When the sentence before it names
no day of its own but opens with a happening («Прибытие посла совпало с очередным витком
противостояния»), «the same day» is that happening's day, which the text told earlier with
the noun's verb (прибытие ← прибыл, визит ← посетил, встреча ← встретились) or the noun
itself, though other days (a decree's, a plan's) were named since. Only a day told within
a few sentences back counts; the families of nouns and verbs are data
(app/data/date_anchors.toml, [families]).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from datetime import date
from importlib import resources

from .model import DateValue
from .morph import word

with (resources.files("app") / "data" / "date_anchors.toml").open("rb") as _f:
    _FAMILIES: dict[str, list[str]] = tomllib.load(_f)["families"]

FAMILIES = {noun: frozenset([noun, *verbs]) for noun, verbs in _FAMILIES.items()}
LOOKBACK = 12  # sentences back the happening may have been told with its day
_OPENING = 2  # words a sentence's happening noun may stand among at its head («Само прибытие»)
_WORD = re.compile(r"[а-яё\-]+", re.IGNORECASE)


def _lemmas(text: str) -> set[str]:
    return {word(w.lower()).lemma.replace("ё", "е") for w in _WORD.findall(text)}


def _family(sentence: str) -> frozenset[str] | None:
    """The lemmas that tell the happening a sentence opens with, if it opens with one."""
    for w in _WORD.findall(sentence)[:_OPENING]:
        lemma = word(w.lower()).lemma
        if (family := FAMILIES.get(lemma)) is not None:
            return frozenset(x.replace("ё", "е") for x in family)
    return None


def happening_told_day(
    text: str,
    told: Sequence[tuple[int, int, DateValue]],
    spans: Sequence[tuple[int, int]],
    sentence: int,
) -> date | None:
    """The day «В тот же день» opening `sentence` stands for when the sentence before it
    names no day and opens with a happening told earlier with its day; `told` holds each
    earlier time as (sentence index, start, value)."""
    prev = sentence - 1
    if prev < 0 or any(j == prev for j, _, _ in told):
        return None
    family = _family(text[spans[prev][0] : spans[prev][1]])
    if family is None:
        return None
    for j, _, v in reversed(told):
        if j >= prev:
            continue
        if prev - j > LOOKBACK:
            break
        if v.precision != "day" or v.start is None or v.start != v.end:
            continue
        if _lemmas(text[spans[j][0] : spans[j][1]]) & family:
            return v.start
    return None
