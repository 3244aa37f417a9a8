"""A date belongs to the finite verb of its own clause, past a parse that hangs it on a word
of another clause.

The parser often hangs a date on a verb across a clause boundary («Контакты нечасты: в
конце апреля 2014 года Сантьяго посетил министр, а в 2009 году ... побывала президент» —
the April date put under «побывала»), or leaves it a root of its own («днём раньше
представитель МИД выразил надежду»), or under the adverb of time it stands in apposition to
(«несколько раньше, 7 февраля, вице-президент заявил»). Words run in order: a date with a
finite verb in its own stretch of the sentence — between commas, dashes, colons and the
words that open a clause — is that verb's. A date set off by commas alone, with nothing
else in its stretch, is an apposition, and its clause goes on past the closing comma.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors, hangs_under
from app.ingest.nlp import Token

# Punctuation that closes a clause's stretch of words.
_STOPS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", ".", "!", "?"})
# Words that open a clause of their own («..., который сенат одобрил», «когда», «где»).
_OPENERS = frozenset({"который", "где", "когда", "куда", "откуда", "чтобы", "что", "как"})
_OPENING_POS = frozenset({"SCONJ", "CCONJ"})
# Links of an auxiliary to the predicate it serves («была согласована»): the predicate.
_AUX_LINKS = frozenset({"aux", "aux:pass", "cop"})


def _stop(tok: Token) -> bool:
    return tok.text in _STOPS or tok.pos in _OPENING_POS or tok.lemma.lower() in _OPENERS


def _apposed_date(tokens: list[Token], k: int) -> int | None:
    """The index of the comma closing a date set off by commas that starts at `k` («...
    во вторник, 12 мая, приземлился»), or None: a day number and a few words."""
    if k >= len(tokens) or not tokens[k].text[:1].isdigit():
        return None
    for j in range(k + 1, min(k + _APPOSED_WORDS + 1, len(tokens))):
        if tokens[j].text == ",":
            return j
        if _stop(tokens[j]):
            return None
    return None


_APPOSED_WORDS = 4  # «12 мая 2014 года»


def _stretch(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The tokens around [first, last] up to the nearest stops on each side; a date set off
    by commas inside («утром во вторник, 12 мая, приземлился») does not stop it."""
    lo = first
    while lo > 0 and not _stop(tokens[lo - 1]):
        lo -= 1
    hi = last
    while hi + 1 < len(tokens):
        if _stop(tokens[hi + 1]):
            close = _apposed_date(tokens, hi + 2) if tokens[hi + 1].text == "," else None
            if close is None:
                break
            hi = close
        hi += 1
    return lo, hi


def _bare_genitive(tokens: list[Token], parse: SentenceParse, date_head: int) -> bool:
    """A genitive date with no preposition right after the noun it hangs on."""
    host = parse.heads[date_head]
    return (
        host == date_head - 1
        and tokens[host].pos == "NOUN"
        and tokens[date_head].feats.get("Case") == "Gen"
        and not any(
            parse.heads[j] == date_head and parse.rels[j] == "case" for j in range(len(tokens))
        )
    )


def _finite(tok: Token) -> bool:
    return tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin"


def clause_verb(
    tokens: list[Token], parse: SentenceParse, date_head: int, first: int, last: int
) -> SentenceParse:
    """`parse` with the date phrase [first, last] (headed at `date_head`) hung on the finite
    verb of its own stretch of words, when the parse hung it outside that stretch (or on
    nothing). Unchanged when the stretch has no finite verb or the parse already agrees."""
    if _bare_genitive(tokens, parse, date_head):
        return parse  # «вопросом 2019 года», «декларации 1956 года»: the noun's, not a time
    lo, hi = _stretch(tokens, first, last)
    if hi == last and any(t.text == "," for t in tokens[first:last]) and hi + 2 < len(tokens):
        # «во вторник, 12 мая, приземлился»: the comma after the date closes the one in it
        if tokens[hi + 1].text == "," and not _stop(tokens[hi + 2]):
            _, hi = _stretch(tokens, hi + 2, hi + 2)
    if lo == first and hi == last and first > 0 and tokens[first - 1].text == ",":
        # «несколько раньше, 7 февраля, вице-президент заявил», «провела в Москве два дня,
        # 11–12 ноября, ...»: an apposition; its clause runs on both sides of it (not into
        # a clause that opens after it)
        lo, _ = _stretch(tokens, first - 2, first - 2) if first >= 2 else (lo, hi)
        k = last + 1
        if k + 1 < len(tokens) and tokens[k].text == "," and not _stop(tokens[k + 1]):
            _, hi = _stretch(tokens, k + 1, k + 1)
    host = parse.heads[date_head]
    chain = [host, *ancestors(parse, host)] if host >= 0 else []
    verbal = next((a for a in chain if tokens[a].pos in VERBAL), None)
    if host >= 0 and lo <= host <= hi and (verbal is None or lo <= verbal <= hi):
        return parse  # hung inside its own clause: the parse's reading stands
    if verbal is not None and lo <= verbal <= hi:
        return parse  # on a word whose verb is the clause's own («несколько раньше»: not)
    verbs = [k for k in range(lo, hi + 1) if not first <= k <= last and _finite(tokens[k])]
    if not verbs:
        return parse
    verb = min(verbs, key=lambda k: (abs(k - date_head), k < date_head))
    if parse.rels[verb] in _AUX_LINKS and parse.heads[verb] >= 0:
        verb = parse.heads[verb]  # «была согласована»: the predicate the auxiliary serves
    heads = list(parse.heads)
    if hangs_under(heads, verb, date_head):
        return parse  # the verb hangs under the date: re-hanging would make a loop
    heads[date_head] = verb
    rels = list(parse.rels)
    rels[date_head] = "obl"
    return SentenceParse(tuple(heads), tuple(rels))


def noun_before_in_stretch(tokens: list[Token], trigger: int, first: int, last: int) -> bool:
    """Is the trigger a noun standing before the date [first, last] in the date's own stretch,
    with no verb between («, и заседания группы в Мюнхене 11–12 февраля 2016 года ...»)? The
    date is then the noun's, whatever word of another clause the parse hangs the noun on."""
    if tokens[trigger].pos != "NOUN" or trigger >= first:
        return False
    lo, _ = _stretch(tokens, first, last)
    return lo <= trigger and not any(t.pos in VERBAL for t in tokens[trigger:first])
