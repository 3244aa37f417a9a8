"""«Он добавил, что ...», «— сказал он»: a pronoun speaker goes on with the words of the
speaker of the sentence before.

News quote a person by name, then go on with his words under a pronoun: «Песков накануне
отметил, что ... Он подчеркнул, что ...», «По словам министра, ... Она также напомнила, что
...», «"...", — сказал он». Such a sentence names no speaker of its own; it is read as more
words of the one person who speaks in the sentence right before it, when the pronoun's gender
is his. Not the nearest person of that gender: a title holder named in between («помощник
президента Юрий Ушаков») is not the speaker, and no one is guessed when the sentence before
is no one's words. «По его словам, ...» is read as «он» is (the possessive's gender), and a
quote of several sentences closed by «— добавил он» goes on with the speaker before the
sentence that opened it.

Words of one speaker across sentences of one article on one day are one statement: the
follow-up, with no date of its own, takes the day of the words it goes on with, so that it
joins them rather than standing apart on the day of publication. «По его словам» has no
verb of saying of its own: a date inside such words is their content's, never their day.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import (
    ActorSpan,
    ArticleInput,
    DateReading,
    EventCandidate,
    SentenceParse,
)
from app.ingest.events.syntax import anchor_verb
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

PRONOUN_GENDER = {"он": "Masc", "она": "Fem"}
# «По его словам», «по ее словам»: the possessive of one person under the noun of words.
POSSESSIVE_GENDER = {"его": "Masc", "ее": "Fem"}


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Words in a sentence whose only possible speaker is a pronoun in the nominative."""
    if not any(t in SPEECH_TYPES for _, t in triggers):
        return False
    return any(_pronoun(t) for t in toks) or any(
        _possessive(toks, j) for j, t in enumerate(toks) if lemma_of(t) == "слово"
    )


def no_saying(toks: Sequence[Token], trigger: int) -> bool:
    """«По его словам, ... в четверг»: no verb of saying here, so a date of the sentence is
    the content's (the call of Thursday), never the day the words were said."""
    return lemma_of(toks[trigger]) == "слово" and _possessive(toks, trigger)


def _possessive(toks: Sequence[Token], noun: int) -> bool:
    """«по его словам»: a possessive of one person right before the noun of words."""
    return noun > 1 and lemma_of(toks[noun - 2]) == "по" and _possessive_of(toks[noun - 1])


def _possessive_of(t: Token) -> bool:
    return t.pos in ("DET", "PRON") and lemma_of(t) in POSSESSIVE_GENDER


def _pronoun(t: Token) -> bool:
    return t.pos == "PRON" and lemma_of(t) in PRONOUN_GENDER and t.feats.get("Case") == "Nom"


def previous_voice(
    groups: Sequence[EventCandidate],
    spans: Sequence[tuple[int, int]],
    si: int,
    text: str | None = None,
) -> tuple[str, DateReading] | None:
    """The one speaker of the words told in the sentence right before `si` (before the
    quote `si` closes, when the quote runs over several sentences: «Песков сообщил ...
    «Контакты продолжатся. Сроков нет», — добавил он»), and the date that sentence gives
    them; None when that sentence holds no one's words, or several's."""
    before = _before_quote(text, spans, si) if text is not None else si - 1
    if before < 0:
        return None
    prev = spans[before]
    for g in reversed(groups):
        if g.type not in SPEECH_TYPES or prev not in g.sentences:
            continue
        speakers = [a for a in g.actors if g.roles.get(a) == "speaker"] or list(g.actors)
        if len(speakers) != 1:
            return None
        k = g.sentences.index(prev)
        reading = g.sentence_dates[k] if k < len(g.sentence_dates) else g.date
        return speakers[0], reading
    return None


# How many sentences back a quote closed by «— добавил он» may have been opened.
QUOTE_SPAN = 4


def _before_quote(text: str, spans: Sequence[tuple[int, int]], si: int) -> int:
    """The sentence before `si`, or, when `si` closes a quote opened sentences before, the
    sentence before the one that opened it."""
    if not _closes(text[slice(*spans[si])]):
        return si - 1
    for k in range(si - 1, max(-1, si - 1 - QUOTE_SPAN), -1):
        if _opens(text[slice(*spans[k])]):
            return k - 1
    return si - 1


def _closes(s: str) -> bool:
    """The sentence closes a quote it did not open («... нет», — добавил он»)."""
    straight = s.count('"') % 2 == 1 and not s.lstrip().startswith('"')
    return s.count("»") > s.count("«") or straight


def _opens(s: str) -> bool:
    """The sentence opens a quote it does not close («Контакты продолжатся.»)."""
    straight = s.count('"') % 2 == 1 and s.lstrip().startswith('"')
    return s.count("«") > s.count("»") or straight


def speaker(
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    voice: tuple[str, DateReading] | None,
    genders: Mapping[str, str | None],
) -> list[ActorSpan]:
    """The speaker of the sentence before, as a span on the pronoun that is the subject of
    the verb of saying, when the pronoun's gender is his (or his is unknown)."""
    if voice is None:
        return []
    who, _ = voice
    if lemma_of(toks[trigger]) == "слово" and _possessive(toks, trigger):
        # «По его словам, ...»: «его» is the one who speaks before, as «он» is
        return _follows(
            toks[trigger - 1], POSSESSIVE_GENDER[lemma_of(toks[trigger - 1])], who, genders
        )
    return speaker_named(toks, parse, trigger, who, genders)


def speaker_named(
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    who: str,
    genders: Mapping[str, str | None],
) -> list[ActorSpan]:
    """Person `who`, as a span on the pronoun that is the subject of the verb of saying,
    when the pronoun's gender is his (or his is unknown)."""
    verb = anchor_verb(toks, parse, trigger)
    for j, tok in enumerate(toks):
        if not _pronoun(tok) or parse.heads[j] not in (trigger, verb):
            continue
        if not parse.rels[j].startswith("nsubj"):
            continue
        gender = tok.feats.get("Gender") or PRONOUN_GENDER[lemma_of(tok)]
        return _follows(tok, gender, who, genders)
    return []


def _follows(
    tok: Token, gender: str, who: str, genders: Mapping[str, str | None]
) -> list[ActorSpan]:
    """The speaker before, on the pronoun `tok` of `gender`, when the gender is his."""
    if who not in genders:
        return []  # a body's words: «он» is someone else
    known = genders[who]
    if known is not None and known != gender:
        return []
    return [ActorSpan(tok.start, tok.end, who)]


def subject_before(inp: ArticleInput, si: int, genders: Mapping[str, str | None]) -> str | None:
    """«Трамп во вторник попытался погасить скандал ... . Выступая в Белом доме, он сказал»:
    the one person the sentence before names in the nominative, of a known gender, whom a
    pronoun speaker with no words before it goes on with. None when that sentence names
    several such people (or none): «Путин и Трамп встретились. Он сказал» is anyone's."""
    if si < 1:
        return None
    prev = inp.analysis.sentences[si - 1]
    found = set()
    for h in inp.actor_hits:
        if h.start < prev.start or h.end > prev.end or genders.get(h.actor_id) is None:
            continue
        info = inp.actors.get(h.actor_id)
        if info is None or info.kind != "person":
            continue
        words = [t for t in inp.analysis.tokens_in(h.start, h.end) if t.pos == "PROPN"]
        if words and words[-1].feats.get("Case") == "Nom":
            found.add(h.actor_id)
    return found.pop() if len(found) == 1 else None
