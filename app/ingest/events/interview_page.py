"""A page printed as questions and answers is itself an interview of the one who answers.

An outlet's interview page (a headline «Иван Петров: «...»», a subtitle, a lead «Беседа
состоялась в начале мая», then questions and the answers of one person) seldom says
«интервью» in a sentence of its own: the word stands in the rubric, and the happening is the
page itself. When the answer lines (interview.py: «Имя Фамилия: ...», or dash lines after
the questions) are mostly one person's, who asks none of the questions (an «Имя: ...?» line
is the interviewer's), and no interview of his was read on the page already, the page is
his interview: a head sentence read as his words («X рассказал газете», «X ответил на
вопросы») is retyped as it; else the page gives one, told by the lead sentence
about the conversation («Беседа … состоялась», «интервью записано») when the head of the
page has one, else by the first line of the head (or his first answer line) naming him.
It is dated by a date of that sentence, else as words are: the day of publication (none:
unknown). The answers stay what they tell; none becomes an interview or a statement of
its own by this rule. The lead's conversation is the interview itself: a contact read from
that lead alone («Беседа состоялась в середине июля») is dropped (conversation_told).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from app.ingest.events import interview
from app.ingest.events.keys import keys as keys_of
from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ArticleInput, EventCandidate, in_excluded
from app.ingest.events.when import reading_of
from app.ingest.nlp import Token

# Nouns of a conversation a lead tells the time or place of («Беседа состоялась ...»).
CONVERSATION = frozenset({"беседа", "интервью", "разговор"})
# Answer lines one person must speak for the page to be his interview.
ANSWERS = 2
# Lines a rubric or menu word («Интервью») makes: too short to tell the conversation.
MIN_TOKENS = 3


def page_interview(
    inp: ArticleInput,
    groups: Sequence[EventCandidate],
    tokens_within: interview.TokensWithin,
) -> EventCandidate | None:
    """The interview the page itself is, if it is one and none of its answerer was read."""
    lines = interview.lines_of(inp.text)
    questions = [s for s, line in lines if interview.is_question(line)]
    if len(questions) < interview.QUESTIONS:
        return None
    # «Имя Фамилия: ...?» lines are the interviewer's: who asks is not the one who answers
    lines_spoken = interview.answer_lines(inp)
    asking = {w for a, b, w in lines_spoken if interview.is_question(inp.text[a:b])}
    spoken = Counter(w for _, _, w in lines_spoken if w not in asking)
    if not spoken:
        return None
    who, n = spoken.most_common(1)[0]
    if n < ANSWERS or n * 2 <= sum(spoken.values()):
        return None
    if any(g.type == "interview" and who in g.actors for g in groups):
        return None
    # «X рассказал газете ...», «X ответил на вопросы» in the head: read as his words, they
    # are the interview the page is, not words beside it.
    head = [
        g for g in groups
        if g.type in SPEECH_TYPES and who in g.actors
        and g.sentences and all(s < questions[0] for s, _ in g.sentences)
    ]  # fmt: skip
    if head:
        head[0].type = "interview"
        return None
    si = _telling_sentence(inp, questions[0], who, tokens_within)
    if si is None:
        # a page opening with its first question: the answer line that names him tells it
        naming = _naming(inp, who, -1, questions[0])
        si = next(
            (i for i, o in enumerate(inp.analysis.sentences) if naming and o.start == naming[1][0]),
            None,
        )
    if si is None:
        return None
    sent = inp.analysis.sentences[si]
    toks = tokens_within(sent.start, sent.end)
    mentions = [d for d in inp.dates if sent.start <= d.start < sent.end and not d.planned]
    date, _ = reading_of(inp, mentions, speech=True)
    if date is None:
        return None
    # the store keeps a participant by his naming inside an evidence sentence: where the
    # lead («Беседа состоялась ...») does not name him, the line that does is evidence too
    naming = _naming(inp, who, sent.start, questions[0])
    sentences = [(sent.start, sent.end)]
    if naming is not None and naming[1] != sentences[0]:
        sentences.append(naming[1])
    return EventCandidate(
        type="interview",
        title="",
        planned=False,
        date=date,
        sentences=sentences,
        actors=[who],
        actor_spans=[(*naming[0], who)] if naming else [],
        keys=keys_of(toks, [], mentions),
        sentence_dates=[date] * len(sentences),
        roles={who: "participant"},
    )


def _naming(
    inp: ArticleInput, who: str, telling: int, first_question: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the answerer is named, with the sentence that holds the naming whole: the
    sentence told by, else the first in the head, else his first answer line."""
    found: list[tuple[bool, bool, int, tuple[int, int], tuple[int, int]]] = []
    for h in inp.actor_hits:
        if h.actor_id != who:
            continue
        for o in inp.analysis.sentences:
            if o.start <= h.start and h.end <= o.end and not in_excluded(
                o.start, o.end, inp.excluded
            ):
                rank = (o.start != telling, h.start >= first_question, h.start)
                found.append((*rank, (h.start, h.end), (o.start, o.end)))
    if not found:
        return None
    best = min(found)
    return best[3], best[4]


def _telling_sentence(
    inp: ArticleInput, first_question: int, who: str, tokens_within: interview.TokensWithin
) -> int | None:
    """The head's sentence about the conversation (a dated one first), else the first
    sentence of the head naming the answerer."""
    telling: list[tuple[bool, int]] = []
    naming: int | None = None
    named = [h for h in inp.actor_hits if h.actor_id == who and h.start < first_question]
    for si, sent in enumerate(inp.analysis.sentences):
        if sent.end > first_question:
            break
        if in_excluded(sent.start, sent.end, inp.excluded):
            continue
        toks: list[Token] = tokens_within(sent.start, sent.end)
        words = [t for t in toks if any(c.isalpha() for c in t.text)]
        if len(words) >= MIN_TOKENS and any(t.lemma.lower() in CONVERSATION for t in words):
            dated = any(sent.start <= d.start < sent.end for d in inp.dates)
            telling.append((not dated, si))
        if naming is None and any(sent.start <= h.start < sent.end for h in named):
            naming = si
    if telling:
        return min(telling)[1]
    return naming


# Contacts a lead about the conversation may be misread as: the conversation is the interview.
_CONTACTS = frozenset({"meeting", "talks", "call"})


def conversation_told(
    inp: ArticleInput,
    page: EventCandidate,
    groups: list[EventCandidate],
    tokens_within: interview.TokensWithin,
) -> list[EventCandidate]:
    """`groups` without a contact told only by the page interview's lead about the
    conversation («Беседа состоялась в середине июля 2012 года»): that conversation is the
    interview, not a meeting of the answerer's."""
    lead = page.sentences[0]
    words = {t.lemma.lower() for t in tokens_within(*lead)}
    if not words & CONVERSATION:
        return groups
    return [g for g in groups if not (g.type in _CONTACTS and g.sentences == [lead])]
