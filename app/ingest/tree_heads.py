"""A word the parser hangs on itself gets its next-best head instead of becoming a root.

slovnet's syntax parser scores every (word, head) pair and takes each word's best head on
its own (an argmax per word), so now and then a word's best head is the word itself. That
arc was cut afterwards by making the word a root (nlp._acyclic), and the words it held
floated as a second tree: in «Второе заседание российско-монгольской межправительственной
рабочей группы ..., которое планировалось провести ..., перенесено» the noun «группы» hung
on itself, so the sitting lost the group (and the states of its adjective), and every
later rule reads the sentence's verb root only.

Here the self-arc is replaced while the parser's scores are still at hand: the word takes
the best-scoring head outside its own subtree (so no loop is made); that may be the root,
when the parser scores the root next. The other words keep the heads the parser chose,
and the relation labels, computed by slovnet from the heads after this step, fit the tree.

Loops of two or more words are left to nlp._acyclic: on the reading set, breaking them by
score too (the Chu–Liu/Edmonds step) lost a right date and an event, the parser's loops
there often standing for a clause boundary («что ... будет «не меньше десятка»») that the
later rules (participles.loop_participles) read from the cut form.
"""

from __future__ import annotations

from typing import Any

import numpy as np

ORIGINAL: dict[str, Any] = {}


def _under(heads: list[int], word: int) -> set[int]:
    """The words (1-based) whose walk up `heads` (0 the root) reaches `word`, the word
    itself included."""
    n = len(heads)
    out = {word}
    for start in range(1, n + 1):
        path: list[int] = []
        k = start
        while k != 0 and k not in out and k not in path and len(path) <= n:
            path.append(k)
            k = heads[k - 1]
        if k in out:
            out.update(path)
    return out


def tree_heads(scores: Any, heads: list[int]) -> list[int]:
    """`heads` (1-based, 0 the root, one per word) with every word that hangs on itself
    moved to its best-scoring head outside its own subtree. `scores[i, j]` is the parser's
    score of word i+1 hanging on j (j = 0: the root)."""
    out = list(heads)
    for w in range(1, len(out) + 1):
        if out[w - 1] != w:
            continue
        below = _under(out, w)
        row = scores[w - 1]
        out[w - 1] = max(
            (h for h in range(len(out) + 1) if h not in below), key=lambda h: float(row[h])
        )
    return out


def head_decode(self: Any, pred: Any, mask: Any) -> Any:
    """slovnet's ``SyntaxHead.decode`` (best head per word of each sentence of a batch),
    with the self-arcs of each sentence replaced by `tree_heads`."""
    heads = ORIGINAL["head_decode"](self, pred, mask)
    for row, size in enumerate(mask.sum(-1)):
        size = int(size)
        words = [int(h) for h in heads[row, :size]]
        if all(h != w for w, h in enumerate(words, start=1)):
            continue
        fixed = tree_heads(pred[row, :size, : size + 1], words)
        heads[row, :size] = np.array(fixed, dtype=heads.dtype)
    return heads


def install() -> None:
    """Put `head_decode` in place of slovnet's head decoder (once per process)."""
    if ORIGINAL:
        return
    from slovnet.exec.model import SyntaxHead

    ORIGINAL["head_decode"] = SyntaxHead.decode
    SyntaxHead.decode = head_decode
