"""A genitive cut out of a loop of heads goes back under the noun before its phrase.

The parser sometimes closes a loop between a noun and an adjective of its own phrase:
«заседание российско-иорданской рабочей группы» comes back with «группы» hung on
«российско-иорданской» and that adjective on «группы». nlp._acyclic cuts the loop by making
the noun a root, and the phrase then hangs on nothing: the body is no longer what the sitting
is of, and the sentence reads as two. A noun the parser labelled ``nmod`` (a genitive or a
prepositional attribute) stands after the noun it qualifies in Russian, so it is put back
under the nearest word before its own phrase that heads a noun phrase itself. Pure over
the parse's heads and labels.
"""

from __future__ import annotations

from app.ingest.events.syntax import hangs_under

# Labels of the word a cut nmod goes under: the heads of noun phrases.
_NOMINAL = frozenset(
    {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "conj", "root"}
)


def _phrase_start(heads: list[int], i: int) -> int:
    """The first word of the phrase that hangs on `i` (`i` included)."""
    return next(k for k in range(i + 1) if hangs_under(heads, k, i))


def rehang_cut_nmods(
    before: tuple[int, ...], after: tuple[int, ...], rels: tuple[str, ...]
) -> tuple[int, ...]:
    """`after` (the heads with loops cut) with each word that the cut made a root while
    labelled ``nmod`` hung on the nearest noun-phrase head before its phrase, if any."""
    out = list(after)
    for i, (was, now) in enumerate(zip(before, after, strict=True)):
        if now != -1 or was == -1 or rels[i] != "nmod":
            continue
        for k in range(_phrase_start(out, i) - 1, -1, -1):
            if rels[k] in _NOMINAL and not hangs_under(out, k, i):
                out[i] = k
                break
    return tuple(out)
