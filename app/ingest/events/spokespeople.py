"""Who speaks for a body, by the article's own appositions: «пресс-секретарь Белого дома Джей
Карни», «Джей Карни, официальный представитель Белого дома». A person named beside a
spokesman's title (attribution.SPOKESMEN: a singular noun whose case the name shares, the
body in the genitive under it, the body and the name read as two actors side by side) spoke
for that body, so that his statement in one outlet and the body's in another on the same day
are one statement, as a minister's and his state's are (state_voice.py). Used across
articles: identity.same_happening from same_stored; the store keeps the links of the
articles it has read, as it keeps the bodies' states.

No list of names or offices: the link is read from grammar alone, so it holds only where
the text gives it. Only one side of two reports may be a person: two people of one body
(the minister and his spokeswoman) each have their own words. Left out, as measured:
- inside one article: one that tells a spokesman's words and his body's statement apart
  means two (on a share never read by rule writers it joined two happenings of one article);
- a head's or deputy's title («глава МИД Сергей Лавров», «заместитель директора
  департамента»): the minister's own words and his ministry's statement of a day were two
  on the set;
- a person the gazetteer knows with his title as one mention («пресс-секретарь президента
  Дмитрий Песков»), the body looked for inside it: it joined «в Кремле отказывались
  подтверждать» with his confirmation of that day (words at odds), and lost a participant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence

from app.ingest.events.attribution import SPOKESMEN
from app.ingest.events.model import ActorSpan, DateReading
from app.ingest.nlp import Token

# A map: person id -> the bodies the article names him the voice of.
Spokes = Mapping[str, frozenset[str]]

# How far a title may stand from the body it names: «представитель пресс-службы
# Министерства иностранных дел Японии» has a few genitive words between them.
REACH = 8
# Words that end a title phrase without being its head.
_STOPS = frozenset({"VERB", "AUX", "PUNCT", "ADP", "CCONJ", "SCONJ", "PRON"})


def _case(tokens: Sequence[Token]) -> str | None:
    """The case a name is in (its first word that shows one; foreign names often show none)."""
    return next((t.feats["Case"] for t in tokens if "Case" in t.feats), None)


def _title(tok: Token, case: str | None) -> bool:
    """A common noun in the singular that a name in this case may stand in apposition to."""
    return (
        tok.pos == "NOUN"  # a common noun, whatever its first letter («Пресс-секретарь …»)
        and tok.feats.get("Number", "Sing") == "Sing"
        and (case is None or tok.feats.get("Case") in (None, case))
    )


def _voice_title(tok: Token) -> bool:
    """A title of one who speaks for a body rather than for himself (attribution.SPOKESMEN):
    a minister's own words and his ministry's statement of a day are often two («глава МИД
    Сергей Лавров» in one outlet, «МИД России осудил» in another)."""
    return tok.lemma.lower() in SPOKESMEN


def _governed(tokens: Sequence[Token], j: int) -> bool:
    """The noun at j is under a preposition (its adjectives between): a place or a topic,
    not a title a name stands beside («в здании Белого дома Джей Карни сказал»), whatever a
    name that shows no case would allow."""
    for tok in reversed(tokens[max(0, j - 4) : j]):
        if tok.pos != "ADJ":
            return tok.pos == "ADP"
    return False


def _before(tokens: Sequence[Token], k: int, case: str | None) -> bool:
    """A title heads the words before token k (the body's first): walking left over its
    genitive modifiers («представитель пресс-службы Белого дома»)."""
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        tok = tokens[j]
        if tok.pos in _STOPS:
            return False
        if _title(tok, case):
            return _voice_title(tok) and not _governed(tokens, j)
        if tok.feats.get("Case") not in (None, "Gen"):
            return False
    return False


def _after(tokens: Sequence[Token], k: int, end: int, case: str | None) -> bool:
    """A title follows the name after a comma (its adjectives before it) and heads the
    words up to the body, which starts at offset `end` («Джей Карни, пресс-секретарь
    Белого дома», «Мария Захарова, официальный представитель МИД России»)."""
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].pos == "ADJ" and j - k <= 2:
        j += 1
    if j >= len(tokens) or not _title(tokens[j], case) or not _voice_title(tokens[j]):
        return False
    for tok in tokens[j + 1 : j + 1 + REACH]:
        if tok.start >= end:
            return True
        if tok.pos in _STOPS or tok.feats.get("Case") not in (None, "Gen"):
            return False
    return False


def spokespeople(
    tokens: Sequence[Token], hits: Iterable[ActorSpan], kind: Callable[[str], str | None]
) -> dict[str, frozenset[str]]:
    """Person id -> the bodies (organisations) the text names him the voice of, by a
    spokesman's title in apposition to his name: «пресс-секретарь Белого дома Джей Карни»,
    «Джей Карни, пресс-секретарь Белого дома» (the body and the name two hits side by
    side)."""
    ordered = sorted(hits, key=lambda h: h.start)
    index = {t.start: i for i, t in enumerate(tokens)}
    out: dict[str, set[str]] = {}
    for first, second in zip(ordered, ordered[1:], strict=False):
        for b, p, body_first in ((first, second, True), (second, first, False)):
            if kind(b.actor_id) != "organisation" or kind(p.actor_id) != "person":
                continue
            name = [t for t in tokens if p.start <= t.start < p.end]
            if not name or b.start not in index:
                continue
            case = _case(name)
            if body_first:
                # «пресс-секретарь Белого дома Джей Карни»: the name follows the body.
                gap = [t for t in tokens if b.end <= t.start < p.start]
                linked = not gap and _before(tokens, index[b.start], case)
            else:
                # «Джей Карни, пресс-секретарь Белого дома»: the title follows the name.
                k = index.get(name[-1].start, -1) + 1
                linked = k > 0 and _after(tokens, k, b.start, case)
            if linked:
                out.setdefault(p.actor_id, set()).add(b.actor_id)
    return {p: frozenset(bs) for p, bs in out.items()}


def _voice(actors: Iterable[str], spokes: Spokes) -> frozenset[str]:
    """Who speaks, each spokesperson counted as the body he speaks for."""
    out: set[str] = set()
    for a in actors:
        out |= spokes.get(a, frozenset({a}))
    return frozenset(out)


def day_of(r: DateReading) -> dt.date | None:
    """The one day of a statement: stated, or the publication day it takes."""
    v = r.value
    if v.precision != "day" or v.start is None or v.start != v.end:
        return None
    return v.start if r.explicit or v.how == "publication-date" else None


def body_voice(
    type_a: str,
    speakers_a: Iterable[str],
    date_a: DateReading,
    type_b: str,
    speakers_b: Iterable[str],
    date_b: DateReading,
    spokes: Spokes | None,
) -> bool:
    """«Белый дом заявил» and «пресс-секретарь Белого дома Джей Карни заявил» of one day:
    one statement. One report's speakers are the body itself, the other's its voice."""
    if not spokes or type_a != "statement" or type_b != "statement":
        return False
    day = day_of(date_a)
    if day is None or day != day_of(date_b):
        return False
    sa, sb = frozenset(speakers_a), frozenset(speakers_b)
    if not sa or not sb or sa == sb:
        return False
    va, vb = _voice(sa, spokes), _voice(sb, spokes)
    # One side names the body itself: two spokespeople of one body are two voices.
    return va == vb and (va == sa or vb == sb)
