"""A person's name set beside a noun for a person is that person's title, whatever the noun.

«Депутат Госдумы Леонид Слуцкий заявил», «уполномоченный по правам человека Дарья Морозова
сообщила», «сенатор Константин Косачев»: the lexicon's titles (президент, министр, посол …)
cannot list every office, and news names people by any of them. The parser hangs the name on
the noun as an apposition; when both the noun and the name are animate, the two name one
person, so the name stands wherever the noun does (the subject of a verb of saying, a party
to a meeting). An inanimate noun («наследие Джо Байдена», «администрация Байдена») is no
title: an actor under it only qualifies it.
"""

from __future__ import annotations

from app.ingest.nlp import Token


def named_title(tokens: list[Token], noun: int, name: int, rel: str) -> bool:
    """Is token `name`, an apposition of common noun `noun`, a person's name and `noun`
    a person (both animate), so that `noun` is the name's title?"""
    return (
        rel == "appos"
        and tokens[noun].pos == "NOUN"
        and tokens[name].pos == "PROPN"
        and tokens[noun].feats.get("Animacy") == "Anim"
        and tokens[name].feats.get("Animacy") == "Anim"
    )
