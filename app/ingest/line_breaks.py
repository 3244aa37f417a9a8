"""When a single line break ends a sentence in news text.

natasha's segmenter (razdel) treats a line break as a space: a headline runs into the
standfirst, a rubric («Политика») or a time stamp of a live page into the first sentence, a
caption into the paragraph after it, a pulled quote's speaker line into the next paragraph.
Pages keep one paragraph, heading or caption per line. A line break after a line without
a stop ends a sentence when that line is a label (it holds no verb: a rubric, a stamp, an
outlet, a kicker, a speaker's name and post) and the next line is prose (ends with a stop)
or another label. A headline with a verb stays with its lead, and a rubric with the
headline under it: the events code folds a headline into what its lead tells
(events/headlines.py, when.py), and measured, a headline cut off alone is read as an event
of its own (a second, undated one). In every case the text must not go on across the break:

- the next line opens in lower case («провел\\nпереговоры»), or with a character that
  cannot open a sentence (a comma, a closing bracket);
- the line ends with a character that asks for more: a comma, a hyphen or dash, a colon
  (the quote that follows belongs to the speaker), an opening bracket or quote;
- the line ends with a short lower-case word a hard wrap left behind («в», «и», «на»).

A hard-wrapped paragraph (a block of lines some of which go on in lower case) is cut at a
line break only by the stricter rules of heading_lines.py: there a capital at the start of a
line is as likely a name inside the sentence («встретился с\\nПрезидентом»).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from app.ingest.heading_lines import dangles
from app.ingest.list_lines import MONTH

_BREAK = re.compile(r"[ \t\u00a0]*\n(?![ \t\u00a0]*\n)[ \t\u00a0]*")
_BLOCK_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
# What may open a new sentence: a capital, a digit, an opening quote. (A dash may open a
# line of dialogue, but as often the speaker's words that go on: «— сказал он».)
_OPENS = re.compile(r"[A-ZА-ЯЁ0-9«\"„“]")
_STOPS = ".!?…"
_CLOSERS = "»\"”)' \t\u00a0"
# What asks for the line to go on.
_CONTINUES = ",:;-–—(«„“/&+"
# A line that goes on in lower case: the mark of a hard wrap.
_WRAPPED = re.compile(r"[^\s.!?…:;»\"”)]\n[ \t\u00a0]*[a-zа-яё]")
# A line that opens with a speaker's name and a colon: «Мария Захарова: ...», «С.В.Лавров:
# ...», «Касем Ваттанасук: ...» (initials or two or three capitalised words, no more).
_SPEAKER_LABEL = re.compile(
    r"(?:(?:[А-ЯЁ]\.[ \t\u00a0]?){1,2}[А-ЯЁ][а-яё]+"
    r"|[А-ЯЁ][а-яё]+(?:[ \t\u00a0-][А-ЯЁ][а-яё]+){1,2}):[ \t\u00a0]"
)
# A line that is only a date («12 янв. 2024», «3 марта»): the heading of the chronicle
# entry under it, whose happening it dates; it stays with the entry.
_DATE_LINE = re.compile(
    r"\d{1,2}[ \t\u00a0]+" + MONTH + r"(?:[ \t\u00a0]+\d{4}(?:[ \t\u00a0]*г\.?)?)?[ \t\u00a0]*$"
)


def line_cuts(text: str, start: int, end: int, verbs: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Line breaks in ``text[start:end]`` that end a sentence: (cut start, cut end).

    ``verbs``: sorted start offsets of the text's verbs. A line that ends without a stop
    is cut off only when it holds no verb (a rubric, a time stamp, an outlet, a kicker, a
    speaker's name and post) and the next line is prose or another label. A headline
    with a verb stays with the lead it sums up (the events code folds the two:
    events/headlines.py, when.py)."""
    cuts: list[tuple[int, int]] = []
    for m in _BREAK.finditer(text, start, end):
        before = text[start : m.start()]
        after = text[m.end() : end]
        if not before.strip() or not after.strip():
            continue
        line_start = max(start, text.rfind("\n", 0, m.start()) + 1)
        next_end = text.find("\n", m.end(), end)
        next_end = end if next_end < 0 else next_end
        # A label over prose or over another label (a stack of rubrics, quotes, stamps);
        # a rubric over a headline stays with it.
        if _DATE_LINE.fullmatch(text, line_start, m.start()):
            continue  # a chronicle entry's date over its entry
        if _SPEAKER_LABEL.match(after) and _ends_sentence(before, after):
            # «Мария Захарова: ...», «С.В.Лавров: ...»: a line that opens with a speaker's
            # name and a colon is that person's words, a unit of its own (a transcript, a
            # post quoted whole), whatever the line above it is.
            cuts.append((m.start(), m.end()))
            continue
        if _quoted_line(text[line_start : m.start()]) and _OPENS.match(after):
            # A line that is one quotation («Визовый вопрос мы решим к юбилею»): an
            # interview's headline in the interviewee's words, closed by its quote marks; run
            # into the lead under it, it would make one sentence of two speakers' words.
            cuts.append((m.start(), m.end()))
            continue
        if (
            _ends_sentence(before, after)
            and not _has_verb(verbs, line_start, m.start())
            and (_prose_line(after) or not _has_verb(verbs, m.end(), next_end))
            and not _hard_wrapped(text, m.start())
        ):
            cuts.append((m.start(), m.end()))
    return cuts


def _quoted_line(line: str) -> bool:
    """A line that is one quotation from its first character to its last."""
    line = line.strip()
    return (
        len(line) > 2
        and line[0] in "«„“\""
        and line[-1] in "»“”\""
        and not any(q in line[1:-1] for q in "»”")
    )


def _prose_line(after: str) -> bool:
    """Does the line after the break end with a stop, as a line of prose does? A label over
    a headline («Визит в Монголию» over «Ушаков рассказал о программе визита») is the
    headline's rubric and names its topic: it stays with it, as the headline stays with
    its lead."""
    first = after.split("\n", 1)[0]
    line = first.rstrip(_CLOSERS)
    return line[-1:] in _STOPS or _quoted_line(first)


def _has_verb(verbs: Sequence[int], start: int, end: int) -> bool:
    i = bisect_left(verbs, start)
    return i < len(verbs) and verbs[i] < end


def _ends_sentence(before: str, after: str) -> bool:
    last_line = before.rsplit("\n", 1)[-1].rstrip()
    if not last_line or last_line[-1] in _CONTINUES:
        return False
    if not _OPENS.match(after):
        return False
    return not dangles(last_line.split()[-1])


def _hard_wrapped(text: str, at: int) -> bool:
    """Is the block (between blank lines) around ``at`` a hard-wrapped paragraph?"""
    block_start = 0
    for m in _BLOCK_BREAK.finditer(text, 0, at):
        block_start = m.end()
    nxt = _BLOCK_BREAK.search(text, at)
    block_end = nxt.start() if nxt else len(text)
    return bool(_WRAPPED.search(text, block_start, block_end))
