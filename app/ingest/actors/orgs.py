"""Organisations the gazetteer does not list: companies, banks, exchanges, news media and
other named bodies that natasha tags ORG («Газпромбанк», «Raiffeisen Bank International»,
«Московская биржа», «телеканал RT»).

Such a name becomes an actor of its own, in the nominative (natasha's normal form), with a
kind read from its head noun or its own words (a bank or an exchange is a company, an
agency or a channel is media) and no English name (as for a new person: none is invented).
Whether it takes part in a happening is the sentence's grammar's business (events/tree.py),
as for any actor: being named is not taking part.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.actors.bodies import BODY_HEADS
from app.ingest.actors.gazetteer import ActorKind, ActorRecord
from app.ingest.actors.lemmas import norm
from app.ingest.actors.quoted import quoted_name
from app.ingest.actors.slugs import slugify
from app.ingest.dates.morph import analyzer, word
from app.ingest.nlp import Entity, Token

# Lemmas (or lower-cased words) that make a name a company's or a medium's. Words of the
# name itself count too: «Газпромбанк» ends in «банк», «Raiffeisen Bank International» has
# «bank».
COMPANY_WORDS = frozenset(
    {
        "компания", "корпорация", "концерн", "холдинг", "группа", "банк", "биржа", "фонд",
        "завод", "предприятие", "ао", "пао", "оао", "ооо", "bank", "group", "corporation",
        "company", "inc", "ltd", "plc", "ag", "gmbh", "holding", "exchange", "energy", "oil",
        "gas", "airlines", "клиринговый", "депозитарий", "авиакомпания", "госкорпорация",
    }
)  # fmt: skip
MEDIA_WORDS = frozenset(
    {
        "агентство", "телеканал", "газета", "издание", "радиостанция", "журнал", "вестник",
        "телерадиокомпания", "телекомпания", "радио", "медиа", "сми", "новость", "новости",
        "иа", "news", "times",  # «ИА» (информационное агентство) «Ореанда-Новости»
        "post", "tv", "media", "journal", "daily", "telegraph", "guardian", "press",
        # News agencies and outlets that news name bare, as sources of what they report.
        "риа", "тасс", "интерфакс", "reuters", "bloomberg", "afp", "ap", "cnn", "bbc", "rt",
        "sputnik", "синьхуа", "xinhua", "kyodo", "киодо", "yonhap", "ренхап", "анадолу",
        "anadolu", "ирна", "irna", "виа", "кцтак", "euronews", "рбк", "коммерсантъ",
        "ведомости", "известия", "axios", "politico", "bfm", "франс", "би-би-си", "си-эн-эн",
        "блумберг", "рейтер", "франс-пресс", "ассошиэйтед", "аль-джазира", "al", "jazeera",
    }
)  # fmt: skip
# Rooms and buildings that news name as where something took place («в Восточном зале»,
# «в Овальном кабинете», «в Константиновском дворце»): natasha may tag them ORG, but such a
# name is a place, never a party (a hall holds no talks).
PLACE_HEADS = frozenset(
    {
        "зал", "кабинет", "дворец", "особняк", "резиденция", "павильон", "холл", "усадьба",
        "замок", "ранчо", "гостиная", "библиотека",
    }
)  # fmt: skip
# Words of COMPANY_WORDS and MEDIA_WORDS that are plain common nouns: alone, they name no
# one («Новости», «Компания»), unlike a medium's own name («Известия», «Ведомости»).
GENERIC_WORDS = frozenset(
    {
        "новость", "новости", "компания", "корпорация", "концерн", "холдинг", "группа", "банк",
        "биржа", "фонд", "завод", "предприятие", "агентство", "телеканал", "газета", "издание",
        "радиостанция", "журнал", "телекомпания", "радио", "медиа",
    }
)  # fmt: skip
# Platforms where words are published: where, not who («написал в Telegram»).
PLATFORM_WORDS = frozenset(
    {
        "twitter", "твиттер", "telegram", "телеграм", "телеграм-канал", "x", "facebook",
        "фейсбук", "instagram", "инстаграм", "youtube", "ютуб", "вконтакте", "truth", "social",
    }
)  # fmt: skip
_COMPANY_ENDINGS = ("банк", "нефть", "газ", "ком", "атом", "энерго", "транс", "флот")
# Not organisations, though natasha sometimes tags them ORG: bare common nouns and media as
# sources of a report («по данным Reuters» is attribution, handled elsewhere).
_MIN_LETTERS = 2
_HAS_CAPITAL = re.compile(r"[A-ZА-ЯЁ]")


_NAME_GRAMMEMES = frozenset({"Orgn", "Abbr", "Name", "Surn", "Geox", "Trad"})


# Nouns of a happening: a name that opens with one («Встреча заместителей министров»,
# «Заседание комиссии») tells the happening, whatever tag a capital at a line's start got.
HAPPENING_HEADS = frozenset(
    {"встреча", "заседание", "переговоры", "консультация", "визит", "саммит", "беседа"}
)


def _common_noun(tok: Token, alone: bool) -> bool:
    """A word that is a common noun, capitalised only by its place: natasha's tag says NOUN,
    or, for a one-word name, the dictionary knows it as a noun and not as a name
    («Заседание»), unless it reads as a company's name («Сбербанк»)."""
    if alone and norm(tok.lemma) in BODY_HEADS:
        return True  # «МИД», «Минфин» alone: whose, the context aliases decide
    if alone and norm(tok.lemma) in GENERIC_WORDS and not tok.text.isupper():
        return True  # «Новости» alone (a rubric over a headline): a kind of thing, no name
    if tok.text.isupper() or norm(tok.lemma) in COMPANY_WORDS | MEDIA_WORDS:
        return False
    if norm(tok.lemma) in HAPPENING_HEADS or norm(tok.text) in HAPPENING_HEADS:
        return True
    if tok.pos == "NOUN":
        return True
    if not alone:
        return False
    tail = norm(tok.lemma).rsplit("-", 1)
    if len(tail) == 2 and tail[1] and _plain_noun(tail[1]):
        return True  # «SDN-список», «онлайн-платформа»: a kind of thing, no name
    if compound_adjective(tok):
        # «Российско-европейская» opening a sentence: capitalised by its place only; the
        # name it begins goes on past it («... экспертная группа по ...», named_bodies.py),
        # it names nothing alone.
        return True
    known = word(tok.text.lower())
    return (
        not known.grammemes & _NAME_GRAMMEMES
        and not known.lemma.endswith(_COMPANY_ENDINGS)
        and analyzer().word_is_known(tok.text.lower())
    )


def _plain_noun(text: str) -> bool:
    """A word the dictionary knows as a common noun only (no name, no company ending)."""
    if text in COMPANY_WORDS | MEDIA_WORDS or text.endswith(_COMPANY_ENDINGS):
        return False
    parses = analyzer().parse(text)
    return bool(parses) and all(
        p.is_known and p.tag.POS == "NOUN" and not set(p.tag.grammemes) & _NAME_GRAMMEMES
        for p in parses
    )


def compound_adjective(tok: Token) -> bool:
    """A compound adjective of two parts the dictionary does not list as a whole
    («российско-европейская», «итало-африканский»): its first part a stem in -о/-е, its last
    a common adjective."""
    parts = norm(tok.text).split("-")
    return len(parts) == 2 and parts[0].endswith(("о", "е")) and _plain_adjective(parts[1])


def _plain_adjective(text: str) -> bool:
    """A word the dictionary knows as a full adjective only, and as no name's part."""
    parses = analyzer().parse(text)
    return bool(parses) and all(
        p.is_known and p.tag.POS == "ADJF" and not set(p.tag.grammemes) & _NAME_GRAMMEMES
        for p in parses
    )


# Prepositions that open a governed phrase inside a name («Управление по туризму»,
# «Комитет по международным делам», «Агентство США по международному развитию»).
_NAME_PREPOSITIONS = frozenset({"по", "при", "для", "за", "о", "об", "на", "в", "с", "со"})


def governed_kept(text: str, normal: str | None, head: int | None = None) -> str:
    """The nominative of a name: natasha's normal form for the words up to a preposition,
    the written words from it on. The words a preposition governs keep their own case
    whatever the case of the name («Управления по туризму» → «Управление по туризму»,
    not natasha's «Управление по туризм»). So do the words after the name's head noun (word
    `head`): only the head and the words agreeing with it before it change case, its
    genitive complements do not («Министерством производства» → «Министерство
    производства», not natasha's «Министерство производство»)."""
    written = text.split()
    if not normal:
        return " ".join(written)
    normal_words = normal.split()
    cut = next((k for k, w in enumerate(written) if k > 0 and w in _NAME_PREPOSITIONS), None)
    if head is not None and head + 1 < len(written):
        cut = head + 1 if cut is None else min(cut, head + 1)
    if cut is None or len(normal_words) != len(written):
        return " ".join(normal_words)
    return " ".join(normal_words[:cut] + written[cut:])


def head_word(text: str, start: int, tokens: list[Token]) -> int | None:
    """The index among the words of a name `text` (starting at offset `start`; `tokens` are
    its tokens) of its head noun: the first noun, after the adjectives that agree with it
    («Международной группы поддержки Сирии»: «группы»). None when no noun is found."""
    for tok in tokens:
        if tok.pos in ("NOUN", "PROPN") and start <= tok.start < start + len(text):
            return len(text[: tok.start - start].split())
    return None


def kind_of(words: list[str]) -> ActorKind:
    """A company, a medium or another organisation, by the words of its name and the noun
    before it («телеканал RT»: media)."""
    lowered = [norm(w) for w in words]
    # «ИНТЕРФАКС-АВН», «Ореанда-Новости»: a medium's word inside a hyphenated name
    parts = [norm(p.strip('«»"“”')) for w in words if "-" in w for p in w.split("-")]
    if any(w in MEDIA_WORDS or w.endswith((".com", ".ru")) for w in lowered + parts):
        return "media"
    if any(w in COMPANY_WORDS for w in lowered) or any(
        w.endswith(_COMPANY_ENDINGS) and len(w) > 6 for w in lowered[:1]
    ):
        return "company"
    return "organisation"


def organisation(
    entity: Entity, tokens: list[Token], before: Token | None, in_quotes: bool = False
) -> ActorRecord | None:
    """The actor an ORG entity (of `tokens`) names, or None when the entity is no proper
    name (no capital letter, too short, a common word) or a platform. `before` is the token
    right before the entity: a head noun such as «компания», «телеканал» that gives its
    kind. A name `in_quotes` after such a noun is a name whatever its words."""

    quoted = quoted_name(tokens, entity.text, entity.start)
    if quoted is not None:  # «Партия "Кахоль-лаван"»: the quoted name, kind by the noun
        entity = replace(entity, text=quoted[0], normal=quoted[0])
        tokens, before = tokens[tokens.index(quoted[1]) + 2 :], quoted[1]
    head_at = head_word(entity.text, entity.start, tokens) if quoted is None else None
    name = governed_kept(entity.text, entity.normal, head_at)
    if not _HAS_CAPITAL.search(name) or sum(ch.isalpha() for ch in name) < _MIN_LETTERS:
        return None
    words = name.split()
    if any(norm(w) in PLATFORM_WORDS for w in words):
        return None
    first = tokens[0] if tokens else None
    in_quotes = in_quotes or quoted is not None
    if not in_quotes and first is not None and _common_noun(first, alone=len(words) == 1):
        # «Заседание российско-венгерской ...» opening a sentence: a common noun natasha
        # took for a name.
        return None
    heads = {norm(t.lemma) for t in tokens if t.pos == "NOUN"}
    if not in_quotes and heads & PLACE_HEADS and not heads & (COMPANY_WORDS | MEDIA_WORDS):
        return None  # «Восточный зал»: a room, no organisation
    # natasha's normal form lower-cases a first common word («московская биржа»).
    name = name[:1].upper() + name[1:]
    slug = slugify(name)
    if not slug:
        return None
    head = [before.lemma] if before is not None and before.pos == "NOUN" else []
    return ActorRecord(
        id=slug,
        name=None,
        name_ru=name,
        kind=kind_of(head + words),
        aliases=(" ".join(norm(w) for w in words),),
    )


def of_state(record: ActorRecord, state_words: str) -> ActorRecord:
    """An organisation whose name goes on with a state in the genitive («Управление по
    туризму» + «Таиланда»): the state's words are part of its name (kept as written: the
    genitive is the name's own)."""

    name = f"{record.name_ru} {state_words}"
    aliases = (
        (*record.aliases, f"{record.aliases[0]} {norm(state_words)}") if record.aliases else ()
    )
    return replace(record, id=slugify(name) or record.id, name_ru=name, aliases=aliases)
