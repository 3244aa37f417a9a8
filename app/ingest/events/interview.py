"""«Я» in an interview's answers is the interviewee: «— Когда я вручал грамоты ...».

Outlets print interviews as questions and answers. An answer line opens with a dash («—
Мы встречались в мае») or with the speaker's name and a colon («Иван Петров: Я был в
Пекине»); the interviewer's lines end with a question mark. In an answer the interviewee
tells what he did in the first person, and «я» (any case: «меня принял министр») stands
for him; so does «мы» as the subject of a trip or contact («мы приехали в Минск», «мы с
коллегой встречались в мае»: he and those with him). Which person speaks:

- a line «Имя Фамилия: ...» is that person's words, whatever the article is;
- a dash line that is no question, in an article with at least two question lines, is the
  words of the person the head of the article (headline, subtitle, lead: everything before
  the first question) gives the word: each naming counts, and more a heading «X: ...» or
  «X — о ...» or a sentence of telling («посол X рассказал газете», «в интервью»); the
  last named wins a tie.

A dash line that carries its own speaker («— Я приеду, — сказал X») is X's quote in an
ordinary text, left to the speech rules; so is a question.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.syntax import span_head
from app.ingest.events.tree import actor_belongs
from app.ingest.nlp import Token

FIRST_PERSON = frozenset({"я"})
# «Мы приехали в Минск», «мы с коллегой встречались в мае»: the speaker with those around
# him, as the subject of his own trip or contact; elsewhere «мы» is too often his state.
PLURAL = frozenset({"мы"})
TRAVEL_OR_CONTACT = frozenset({"visit", "meeting", "talks", "call"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
NAME_LINKS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})
DASHES = ("—", "–", "-")
# Verbs and nouns that hand a person the word in a lead («рассказал газете», «в интервью»).
TELLING = frozenset({"рассказать", "ответить", "интервью", "беседа"})
# What a naming that hands the person the word counts, beside the naming itself.
GIVES_WORD = 2
# A name followed by a colon, or by a dash and «о»/«об» (what he speaks about).
_HANDS_WORD = re.compile(r"[ \t]*(?::|[—–-][ \t]+(?:обо|об|о)[ \t])")
# How many question lines make a text an interview.
QUESTIONS = 2
MUTUAL = frozenset({"call", "meeting", "talks", "agreement", "exchange"})
# The tokens of a span of the text (extract.SentenceTokens.within).
TokensWithin = Callable[[int, int], list[Token]]


def worth_parsing(toks: list[Token]) -> bool:
    """A sentence told in the first person may name its party by «я» alone."""
    return any(t.lemma.lower() in FIRST_PERSON | PLURAL for t in toks)


def lines_of(text: str) -> list[tuple[int, str]]:
    """Each non-empty line of the text with the offset of its first non-blank character."""
    out: list[tuple[int, str]] = []
    at = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append((at + raw.index(stripped[0]), stripped))
        at += len(raw) + 1
    return out


def is_question(line: str) -> bool:
    return line.rstrip("»\"” ").endswith("?")


def _dash_answer(line: str) -> bool:
    """A dash line with no speaker tag of its own («, — сказал X») and no question."""
    if not line.startswith(DASHES) or is_question(line):
        return False
    body = line.lstrip("—–- ")
    return not any(f"{p} {d} " in body for p in ",!?…" for d in DASHES[:2])


def _persons(inp: ArticleInput) -> set[str]:
    return {a for a, info in inp.actors.items() if info.kind == "person"}


def _colon_speaker(inp: ArticleInput, start: int, line: str) -> str | None:
    """The person whose name alone opens the line before a colon («Иван Петров: ...»)."""
    colon = line.find(":")
    if colon <= 0:
        return None
    persons = _persons(inp)
    for h in inp.actor_hits:
        if (
            h.actor_id in persons
            and h.start >= start
            and h.end <= start + colon
            and not line[: h.start - start].strip()
            and not line[h.end - start : colon].strip()
        ):
            return h.actor_id
    return None


def _interviewee(inp: ArticleInput, lines: list[tuple[int, str]]) -> str | None:
    """The person the head of the article (before the first question) gives the word:
    each naming counts, and a naming that hands him the word counts more."""
    first = next((s for s, line in lines if is_question(line)), None)
    if first is None:
        return None
    persons = _persons(inp)
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    for h in inp.actor_hits:
        if h.start < first and h.actor_id in persons:
            counts[h.actor_id] += 1 + GIVES_WORD * _given_word(inp, h)
            last[h.actor_id] = h.start
    if not counts:
        return None
    return max(counts, key=lambda a: (counts[a], last[a]))


def _given_word(inp: ArticleInput, h: ActorSpan) -> bool:
    """Does this naming hand the person the word: a heading «Имя Фамилия: ...» or «Имя
    Фамилия — о ...», or a sentence of telling («... посол X рассказал газете»)?"""
    if _HANDS_WORD.match(inp.text, h.end):
        return True
    si = next((i for i, s in enumerate(inp.analysis.sentences) if s.start <= h.start < s.end), None)
    if si is None:
        return False
    sent = inp.analysis.sentences[si]
    toks = inp.analysis.tokens_in(sent.start, sent.end)
    telling = [i for i, t in enumerate(toks) if t.lemma.lower() in TELLING]
    if not telling:
        return False
    parse = inp.parses.get(si)
    if parse is None:
        return True
    # Who tells is the subject of the telling verb («... рассказал посол X»), or of the verb
    # the telling noun hangs on («X в интервью газете заявил»), not whoever else is named.
    head = span_head(toks, parse, h.start, h.end)
    while head is not None and parse.rels[head] in NAME_LINKS and parse.heads[head] >= 0:
        head = parse.heads[head]  # «посол Алексей Ерхов»: the title is the subject
    if head is None or parse.rels[head] not in SUBJECTS:
        return False
    verb = parse.heads[head]
    return verb in telling or any(parse.heads[i] == verb for i in telling)


# The last article read: its answer lines (an article is read sentence by sentence).
_LAST: list[tuple[ArticleInput, tuple[tuple[int, int, str], ...]]] = []


def _reading(inp: ArticleInput) -> tuple[tuple[int, int, str], ...]:
    """Spans of answer lines with the person who speaks them."""
    if _LAST and _LAST[0][0] is inp:
        return _LAST[0][1]
    found = _read(inp)
    _LAST[:] = [(inp, found)]
    return found


def _read(inp: ArticleInput) -> tuple[tuple[int, int, str], ...]:
    lines = lines_of(inp.text)
    out: list[tuple[int, int, str]] = []
    interview = sum(is_question(line) for _, line in lines) >= QUESTIONS
    who = _interviewee(inp, lines) if interview else None
    seen_question = False
    for start, line in lines:
        end = start + len(line)
        speaker = _colon_speaker(inp, start, line)
        if speaker is not None:
            out.append((start, end, speaker))
        elif who is not None and seen_question and _dash_answer(line):
            out.append((start, end, who))
        seen_question = seen_question or is_question(line)
    return tuple(out)


def answer_lines(inp: ArticleInput) -> tuple[tuple[int, int, str], ...]:
    """Spans of the answer lines with the person who speaks each (interview_page.py)."""
    return _reading(inp)


def speaker_at(inp: ArticleInput, at: int) -> str | None:
    """Who speaks the answer line that holds offset `at` (None: no answer line)."""
    for start, end, who in _reading(inp):
        if start <= at < end:
            return who
    return None


def first_person(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    typ: str,
    actors: list[ActorSpan],
) -> list[ActorSpan]:
    """The interviewee, for a «я» of his answer that takes part in `trigger`, or a «мы»
    that is the subject of his trip or contact."""
    taken = {a.actor_id for a in actors}
    sent = inp.analysis.sentences[si]
    for i, tok in enumerate(toks):
        lemma = tok.lemma.lower()
        plural = (
            lemma in PLURAL
            and typ in TRAVEL_OR_CONTACT
            and parse.rels[i] in SUBJECTS
            and tok.pos == "PRON"
        )
        if lemma not in FIRST_PERSON and not plural:
            continue
        who = speaker_at(inp, sent.start)
        if who is None or who in taken:
            return []
        if actor_belongs(toks, parse, i, {i}, trigger, False, False, typ in MUTUAL):
            return [ActorSpan(tok.start, tok.end, who)]
    return []
