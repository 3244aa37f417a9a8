"""Names joined by a dash with no spaces around it («саммит Россия–ЕС», «диалог США-Россия»).

Outlets write the two sides of a summit, a council or a dialogue joined by a dash, spaced
(«Россия — ЕС») or not («Россия–ЕС», «Россия-АСЕАН»). razdel keeps an unspaced join as one
word, so «Россия–ЕС» is no name the gazetteer knows, and the sentence has no actor at all,
while the spaced form reads as two states. This module splits the word the way the spaced
form is tokenised, before the tagger sees it:

- an en or em dash is punctuation (Russian joins the parts of one word with a hyphen):
  it is split when one part is a name («Россия–ЕС», «Россия—Европейский»). Between other
  parts it may be a hyphen drawn too long by a typesetting program («Нью–Йорк»,
  «российско–американский», «кто–то»): left as one word;
- a hyphen joins the parts of one word as well («Нью-Йорк», «Гвинея-Бисау», «Жан-Пьер»):
  it is split only when each part on its own is a one-word name of a state or an
  organisation (an alias or a capital standing for its state) and the whole word is no
  name itself, which the caller's ``is_name`` tells.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

# Dashes that are never a hyphen inside a word.
_DASHES = frozenset("–—")
# Hyphen-like marks that may join the parts of one word.
_HYPHENS = frozenset("-‐‑")
_PARTS = re.compile(r"[^\W\d_]+|[-‐‑–—]")
_JOINED = re.compile(r"[^\W\d_]+(?:[-‐‑–—][^\W\d_]+)+")

IsName = Callable[[str], bool]


def split_points(word: str, is_name: IsName | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets within ``word`` of the tokens it reads as: the word itself
    when nothing is split, else its parts and the dashes between them as tokens of their
    own («Россия–ЕС» -> «Россия», «–», «ЕС»)."""
    if not _JOINED.fullmatch(word):
        return [(0, len(word))]
    pieces = [(m.start(), m.end()) for m in _PARTS.finditer(word)]
    if is_name is not None and is_name(word):
        cut_hyphens = False
    else:
        cut_hyphens = is_name is not None and all(
            is_name(word[s:e]) and word[s].isupper() for s, e in pieces[::2]
        )
    out: list[tuple[int, int]] = []
    start = 0
    for k in range(1, len(pieces), 2):
        s, e = pieces[k]
        mark = word[s:e]
        dash = mark in _DASHES and any(
            word[a].isupper() and is_name is not None and is_name(word[a:b])
            for a, b in (pieces[k - 1], pieces[k + 1])
        )
        if dash or (mark in _HYPHENS and cut_hyphens):
            if start < s:
                out.append((start, s))
            out.append((s, e))
            start = e
    out.append((start, len(word)))
    return out


class SplittingSegmenter:
    """natasha's segmenter with joined names split (see the module docstring); sentences as
    natasha's own. ``unsplit`` keeps the segmenter's own tokens: razdel's tokens of the
    text, which the NER tagger would tokenize the text again for (nlp.py hands them to it)."""

    def __init__(self, segmenter: Any, is_name: IsName | None = None) -> None:
        self._segmenter = segmenter
        self._is_name = is_name
        self.unsplit: list[Any] = []

    def tokenize(self, text: str) -> Iterator[Any]:
        self.unsplit = []
        for tok in self._segmenter.tokenize(text):
            self.unsplit.append(tok)
            points = split_points(tok.text, self._is_name)
            if len(points) == 1:
                yield tok
                continue
            for s, e in points:
                yield type(tok)(tok.start + s, tok.start + e, tok.text[s:e])

    def sentenize(self, text: str) -> Iterator[Any]:
        yield from self._segmenter.sentenize(text)


def state_name_test(gazetteer: Any) -> IsName:
    """A test of one word: is it a one-word name (alias or metonym) of a state or an
    organisation in the gazetteer? The word is a name of any kind when the whole joined
    word is tested («Гвинея-Бисау»)."""
    actors = gazetteer.actors
    lemmatizer = gazetteer.lemmatizer

    def is_name(word: str) -> bool:
        keys, _ = lemmatizer.token_keys(word, word)
        joined = bool(_JOINED.fullmatch(word)) and any(ch in _HYPHENS for ch in word)
        for k in keys:
            for p in gazetteer.index.get(k, ()):
                if len(p.words) != 1 or k not in p.words[0]:
                    continue
                if p.needs_capital and not word[:1].isupper():
                    continue
                if joined:
                    return True
                record = actors.get(p.target)
                if (
                    p.kind in ("alias", "metonym")
                    and record is not None
                    and record.kind in ("state", "organisation")
                ):
                    return True
        return False

    return is_name
