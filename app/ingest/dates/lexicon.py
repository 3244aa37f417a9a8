"""Russian temporal vocabulary: regex fragments for every case form, and their meanings."""

from __future__ import annotations

# All case forms of the month names (январь, января, январю, январе, январём, январем ...).
MONTH = (
    r"(?:январ(?:ь|я|ю|е|ём|ем)|феврал(?:ь|я|ю|е|ём|ем)|март(?:а|у|е|ом)?|апрел(?:ь|я|ю|е|ем)"
    r"|ма(?:й|я|ю|е|ем)|июн(?:ь|я|ю|е|ем)|июл(?:ь|я|ю|е|ем)|август(?:а|у|е|ом)?"
    r"|сентябр(?:ь|я|ю|е|ём|ем)|октябр(?:ь|я|ю|е|ём|ем)|ноябр(?:ь|я|ю|е|ём|ем)"
    r"|декабр(?:ь|я|ю|е|ём|ем))(?![а-яё])"
)
# Abbreviated month names after a day number («18 сен.», «3 дек. 2023 г.», «3 июн»); май has
# no abbreviation. Only used right after a day, where a short word cannot be anything else.
MONTH_ABBR = r"(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\.|(?![а-яё]))"
MONTH_OR_ABBR = r"(?:" + MONTH + r"|" + MONTH_ABBR + r")"
_MONTH_PREFIX = {
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
}


def month_number(word: str) -> int:
    w = word.lower()
    return _MONTH_PREFIX.get(w[:3], 5)  # only май and its forms start differently


# Every case form of the weekdays (used before «, 15 февраля»).
WEEKDAY_ANY = (
    r"(?:понедельник(?:а|у|ом|е)?|вторник(?:а|у|ом|е)?|сред(?:а|у|ы|е|ой)|четверг(?:а|у|ом|е)?"
    r"|пятниц(?:а|у|ы|е|ей)|суббот(?:а|у|ы|е|ой)|воскресень(?:е|я|ю|ем))(?![а-яё])"
)
# The accusative after «в/во» (среду, not среде which is mostly «environment»).
WEEKDAY_ACC = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-яё])"
# The genitive after «с/со» and «до» («с четверга по субботу», «со вторника до четверга»).
WEEKDAY_GEN = (
    r"(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)(?![а-яё])"
)
_WEEKDAY_PREFIX = {"пон": 0, "вто": 1, "сре": 2, "чет": 3, "пят": 4, "суб": 5, "вос": 6}


def weekday_number(word: str) -> int:
    return _WEEKDAY_PREFIX[word.lower()[:3]]


# прошлый / этот / следующий and synonyms, any ending.
REL = (
    r"(?:прошл|минувш|прошедш|предыдущ|текущ|нынешн|эт|следующ|будущ|наступающ|грядущ"
    r"|ближайш)[а-яё]{0,3}"
)
_REL_OFFSET = {
    "прошл": -1,
    "минувш": -1,
    "прошедш": -1,
    "предыдущ": -1,
    "текущ": 0,
    "нынешн": 0,
    "эт": 0,
    "следующ": 1,
    "будущ": 1,
    "наступающ": 1,
    "грядущ": 1,
    "ближайш": 1,
}


def rel_offset(word: str) -> int:
    w = word.lower()
    for stem, off in _REL_OFFSET.items():
        if w.startswith(stem):
            return off
    return 0


# The word «год» after a number: 2025 год / года / году / г. / 2025-м году / 2025-го года.
YEAR_WORD = r"(?:\s*-?\s*(?:м|го|й)(?![а-яё]))?\s*(?:год(?:а|у|ом|е)?(?![а-яё])|г\.)"
YEAR_WORD_OPT = r"(?:" + YEAR_WORD + r"|-(?:м|го|й)(?![а-яё]))?"
REL_YEAR = REL + r"\s+год(?:а|у|ом)?(?![а-яё])"

PART = (
    r"(?:начал[еоау]|середин[аеуы]|конц[еау]|конец|(?:перв|втор)(?:ой|ую|ая)\s+половин[аеуы]"
    r"|(?:перв|втор)(?:ом|ое|ого)\s+полугоди[еия]"  # «в первом полугодии 2020 года»
    r"|(?:перв|втор|трет|четв[её]рт)[а-яё]{0,3}\s+квартал[аеу]?)"
)


# The days of a month counted as its first or last numbers («в первых числах октября», «в
# последних числах мая»): its first or last third, as «в начале», «в конце». Months only.
MONTH_PART = r"(?:" + PART + r"|(?:перв(?:ых|ые)|последн(?:их|ие))\s+числ(?:ах|а))"


def part_name(phrase: str) -> str:
    p = phrase.lower()
    if "числ" in p:
        return "begin" if p.startswith("перв") else "end"
    if "квартал" in p:
        return "q" + str(1 + ["перв", "втор", "трет", "четв"].index(p[:4].replace("ё", "е")))
    if "половин" in p or "полугоди" in p:
        return "h1" if p.startswith("перв") else "h2"
    if p.startswith("начал"):
        return "begin"
    if p.startswith("середин"):
        return "mid"
    return "end"


SEASON = r"(?:весн(?:ой|а|у|е|ы)|лет(?:ом|о|а)|осен(?:ью|ь|и)|зим(?:ой|а|у|е|ы))(?![а-яё])"
_SEASONS = {"вес": "spring", "лет": "summer", "осе": "autumn", "зим": "winter"}


def season_name(word: str) -> str:
    return _SEASONS[word.lower()[:3]]


NUMBER_WORDS = {
    "один": 1,
    "одну": 1,
    "одна": 1,
    "два": 2,
    "две": 2,
    "пару": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
}
NUMBER = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
UNIT = r"(?:дн(?:я|ей)|день|сутки|суток|недел(?:ю|и|ь)|месяц(?:а|ев)?|год(?:а)?|лет)(?![а-яё])"


def number_value(word: str) -> int:
    """The count a NUMBER match stands for («3», «три», «пару»); 0 for none."""
    w = word.lower()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w, 0)


def unit_name(word: str) -> str:
    w = word.lower()
    if w.startswith(("дн", "ден", "сут")):
        return "day"
    if w.startswith("недел"):
        return "week"
    if w.startswith("месяц"):
        return "month"
    return "year"


def is_singular_unit(word: str) -> bool:
    return word.lower() in {"день", "сутки", "неделю", "месяц", "год"}


RELDAY_OFFSET = {
    "позавчера": -2,
    "вчера": -1,
    "сегодня": 0,
    "завтра": 1,
    "послезавтра": 2,
    "накануне": -1,
}

# Anaphora to a day the text has just stated (offset in days from it): «в тот же день»,
# «в этот день» («отменил визит 13 мая, решив в этот день лететь в Брюссель»), «вечером
# того же дня», «в тот же вечер», «тем же вечером» (an hour of that day: the day),
# «в то же утро», «той же ночью», «в тот же понедельник» (the weekday just told: that day),
# «днём ранее», «на следующий день»; a plan set for that day, «на тот же день запланирована
# встреча». Without a stated day they count from publication.
ANAPHOR = (
    r"(?:в\s+(?:тот|этот)\s+(?:же\s+)?день(?![а-яё])(?!\s+(?:рождени|памят|в\s+истори))"
    r"|на\s+(?:тот|этот)\s+же\s+день(?![а-яё])"
    r"|в\s+(?:тот|этот)\s+(?:же\s+)?(?:вечер|утро)(?![а-яё])|тем\s+же\s+(?:вечером|утром|днём)"
    # the pronoun agrees with the noun: «в то же утро», «в ту же ночь», «той же ночью»;
    # a weekday told again, «в тот же понедельник», «в ту же среду», «в то же воскресенье»
    r"|в\s+(?:то|это)\s+же\s+(?:утро|воскресенье)(?![а-яё])"
    r"|в\s+(?:ту|эту)\s+же\s+(?:ночь|среду|пятницу|субботу)(?![а-яё])|той\s+же\s+ночью"
    r"|в\s+(?:тот|этот)\s+же\s+(?:понедельник|вторник|четверг)(?![а-яё])"
    r"|того\s+же\s+дня|(?:дн[её]м|сутками)\s+(?:ранее|раньше|позже|позднее)"
    r"|на\s+(?:следующий|другой)\s+день|за\s+день\s+до\s+(?:этого|того)"
    r"|(?:на\s+)?следующим\s+днём|на\s+следующие\s+сутки)"
)


def anaphor_needs_antecedent(phrase: str) -> bool:
    """«в тот же день», «на следующий день», «днём позже», «за день до этого» only make sense
    after a stated day; «днём ранее» may also mean the day before publication."""
    p = phrase.lower()
    return anaphor_offset(p) >= 0 or "до " in p


def anaphor_offset(phrase: str) -> int:
    p = phrase.lower()
    words = p.split()
    if "же" in words or words[:2] in (["в", "тот"], ["в", "этот"]):
        return 0
    if any(w in p for w in ("ранее", "раньше", "до этого", "до того")):
        return -1
    return 1


# Prepositions that may head a date expression; they decide the mode.
SINCE_PREPS = {"с", "со", "начиная с", "начиная со", "после", "не ранее"}
UNTIL_PREPS = {"до", "вплоть до", "к", "ко", "по", "не позднее"}
