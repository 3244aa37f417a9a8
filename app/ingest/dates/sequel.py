"""Words that place a sentence an hour or a few from the happening just told: «После этого»,
«Перед этим», «Вслед за этим», «После него», «Вслед за ним» («Ужин затянулся. После него
...»: the happening or the speaker just told; «перед ним» is as often a place or a task set),
«Параллельно», «Почти сразу», «Через несколько часов», «Всего за несколько часов до этого»,
«По итогам», and a clock time («16:50», «около девяти вечера»).

They name no day of their own: the happening they tell is on the day of the one told just
before (then.py, time_of_day.py), at day precision. Opening a sentence only (`n` = 2, as
«Затем»): in mid-sentence «через несколько часов» may be a plan and «после этого» a
condition's consequence. A clock time is a time of day (`n` = 1): «в 16:50» goes on with
the day told as «вечером» does. «До этого» alone is left out: it opens a career as often as
a step of the day. Importing the module registers its patterns (expr.PATTERNS).
"""

from __future__ import annotations

import re

from .expr import Expr, pattern

# Expr.unit of the words read here: the event reader leaves them out (extract.py)
TOLD = "told"
_SOON = r"(?:(?:сразу|вскоре|почти\s+сразу|незадолго|уже|а|лишь|всего)\s+)?"
# an hour or a few: «несколько часов», «пару часов», «час», «полчаса», «два часа», «40 минут»
_HOURS = (
    r"(?:(?:несколько|пару|два|две|три|четыре|пять|\d{1,3})\s+(?:час(?:а|ов)?|минут[ы]?)"
    r"|час|полчаса|полтора\s+часа)"
)
_NO_DAY = r"(?!\s+(?:\d|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)))"


_SEQUEL = (
    r"(?<![а-яё\-])(?:"
    + _SOON
    + r"(?:после\s+(?:этого|того|него|нее|неё|них)|перед\s+(?:этим|тем)"
    r"|незадолго\s+до\s+(?:этого|того)"
    r"|вслед\s+за\s+(?:этим|тем|ним|ней|ними))"
    r"|параллельно|(?:почти|практически)\s+сразу(?:\s+же)?|сразу\s+же"
    r"|(?:всего\s+|лишь\s+|уже\s+)?(?:через|спустя)\s+" + _HOURS
    + r"|" + _HOURS + r"\s+спустя|(?:несколькими|парой)\s+часами\s+(?:позже|позднее|ранее)"
    r"|(?:всего\s+|лишь\s+)?за\s+" + _HOURS + r"\s+до(?:\s+(?:этого|того|начала|открытия))?"
    # «По итогам Лавров сказал ...»: «по итогам» with no noun after it, of the talks told
    r"|по\s+итогам(?=\s*,|\s+(?-i:[А-ЯЁ])))"
    r"(?![а-яё\-])(?!\s+со?\s)" + _NO_DAY
)


@pattern(_SEQUEL)
def _sequel(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=2, unit=TOLD)


# «16:50», «В 19.20», «около девяти вечера», «в два часа дня», «около часа дня» (one o'clock:
# «часа» alone, no numeral before it): a time of the day just told.
_CLOCK = (
    r"(?<![\d.:,])(?:(?:около|примерно\s+в|в|к)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d|[.:]\d)"
    r"|(?<![а-яё])(?:около|примерно\s+в|в|к)\s+(?:часа?|двух|тр[её]х|четыр[её]х|пяти|шести"
    r"|семи|восьми|девяти|десяти|одиннадцати|двенадцати|два|три|четыре|пять|шесть|семь"
    r"|восемь|девять|десять|одиннадцать|двенадцать)(?:\s+час(?:а|ов)?)?\s+(?:утра|вечера|дня)"
    r"(?![а-яё])"
)


@pattern(_CLOCK)
def _clock(mt: re.Match[str]) -> Expr | None:
    return Expr("then", mt.start(), mt.end(), n=1, unit=TOLD)


_TOLD_RES = tuple(re.compile(r, re.IGNORECASE) for r in (_SEQUEL, _CLOCK))


def told(text: str | None) -> bool:
    """The words of a date reading are these hours from the happening just told: its day is
    the day of another happening, not one the text states (events/hour_steps.py)."""
    return text is not None and any(r.fullmatch(text.strip()) for r in _TOLD_RES)
