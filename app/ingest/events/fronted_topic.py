"""A day between a fronted topic and the verb of telling dates the telling.

News put what a report is about first and the day right before the verb: «О поездке в
понедельник сообщил Госдепартамент», «О датах визита накануне объявила Захарова». The
parser hangs the day on the topic noun before it (a visit on Monday), yet a topic's own
day is told inside its phrase in another way («о пятничной встрече», «о встрече,
намеченной на пятницу»); a weekday or a day counted from the text's own («накануне»,
«вчера») standing just before the verb is the day the words were said. A month or a
numbered day is left to the parse: «О встрече в мае сообщил Песков» may well name when
the meeting is due (the day words: app/data/speech.toml, [fronted_topic]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import NOMINAL, VERBAL, ancestors
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    _DAYS = frozenset(tomllib.load(_f)["fronted_topic"]["days"])

_ABOUT = frozenset({"о", "об", "обо"})


def fronted_topic_day(
    tokens: list[Token], parse: SentenceParse, noun: int, date_head: int, verb: int
) -> bool:
    """Is `noun` (a word above the date headed at `date_head`) inside a topic phrase «о ...»
    that hangs on `verb` and stands before it, with the date, a day word, right between
    the topic and the verb? Then the date passes over the topic to the verb."""
    if not (tokens[verb].pos in VERBAL and noun < date_head < verb):
        return False
    # the topic's head: the first word up from `noun` that hangs on the verb, through
    # nouns only (the genitives that name whose dates or visit it is)
    top = noun
    while parse.heads[top] != verb:
        top = parse.heads[top]
        if top < 0 or tokens[top].pos not in NOMINAL:
            return False
    if parse.rels[top] != "obl" or not any(
        parse.heads[j] == top and parse.rels[j] == "case" and tokens[j].lemma.lower() in _ABOUT
        for j in range(top)
    ):
        return False
    # nothing but the date's own words between it and the verb
    date_words = [date_head] + [
        j for j in range(date_head + 1, verb) if date_head in ancestors(parse, j)
    ]
    if len(date_words) != verb - date_head:
        return False
    return any(tokens[j].lemma.lower() in _DAYS for j in date_words)
